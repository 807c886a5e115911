#pragma once

#include <QWidget>

#include <chrono>

class QLineEdit;
class QPushButton;
class QTimer;

namespace leap::ui {

// Shows a client secret value that could not be stored in the keychain, for manual copy: masked
// until revealed, with Copy. Copy clears the clipboard after a delay (60 s) if it still holds the
// value, so the secret does not linger there. The value is wiped when the widget goes away.
class SecretDisplay : public QWidget
{
    Q_OBJECT
public:
    explicit SecretDisplay(QWidget *parent = nullptr);
    ~SecretDisplay() override;

    void setValue(const QString &value);
    void clearValue();
    bool isRevealed() const;
    bool hasValue() const;

    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *copyButton() const { return m_copy; }
    QLineEdit *field() const { return m_field; }

    // How long the copied value may stay on the clipboard (tests shorten it).
    static void setClipboardClearDelay(std::chrono::milliseconds delay);
    static std::chrono::milliseconds clipboardClearDelay();

Q_SIGNALS:
    void copied();

private:
    void copyToClipboard();
    void clearClipboardIfStillOurs();

    QLineEdit *m_field;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    QTimer *m_clearTimer;
    QString m_value;
};

} // namespace leap::ui
