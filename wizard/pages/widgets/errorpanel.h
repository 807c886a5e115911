#pragma once

#include "model/error.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace leap::ui {

// Shows a failure as a person reads it: the cause, then the fix, in plain words. What support needs
// (Graph code, request-id, time) sits in a collapsed Details area; Copy puts all of it on the
// clipboard for a ticket.
class ErrorPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void showError(const Error &error);
    void clear();

    bool hasError() const { return m_error.isError(); }
    const Error &error() const { return m_error; }
    bool detailsVisible() const;
    QString cause() const;
    QString fix() const;
    QString details() const;
    // The text Copy puts on the clipboard.
    QString reportText() const;

    QToolButton *detailsButton() const { return m_toggle; }
    QPushButton *copyButton() const { return m_copy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setDetailsVisible(bool visible);
    void applyPalette();

    Error m_error;
    QLabel *m_icon;
    QLabel *m_cause;
    QLabel *m_fix;
    QToolButton *m_toggle;
    QLabel *m_details;
    QPushButton *m_copy;
};

} // namespace leap::ui
