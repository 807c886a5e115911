#pragma once

#include "pages/wizardpage.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace leap::ui {

class AccountLine;
class SecretDisplay;

// Lifetime choices shared by the secret and rotate pages: the presets of 90, 180 (default), 365,
// 545 and 730 days, or a custom end date within the same limit.
class LifetimeChooser : public QWidget
{
    Q_OBJECT
public:
    explicit LifetimeChooser(QWidget *parent = nullptr);
    QComboBox *combo() const { return m_combo; }
    QDateEdit *dateEdit() const { return m_date; }
    // The end date and time the choice means (UTC), computed at call time.
    QDateTime endDateTime() const;
    int days() const; // 0 for a custom date
    void selectDays(int days);

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_combo;
    QDateEdit *m_date;
};

// Page 5, documented step 2: a client secret with a description and a lifetime. The value goes
// straight into the keychain; it is shown only if the keychain failed (masked until revealed).
class SecretPage : public WizardPage
{
    Q_OBJECT
public:
    SecretPage(WizardState *state, Services *services, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    QLineEdit *descriptionEdit() const { return m_description; }
    LifetimeChooser *lifetime() const { return m_lifetime; }
    QLabel *resultLabel() const { return m_result; }
    SecretDisplay *secretDisplay() const { return m_display; }
    QCheckBox *copiedCheck() const { return m_copied; }

protected:
    bool isReady() const override;
    void cancelWork() override;

private:
    void createSecret();
    void showStored();
    void showUnsaved(const QString &keyId, const QString &value);
    void setInputsEnabled(bool enabled);

    AccountLine *m_account;
    QLineEdit *m_description;
    LifetimeChooser *m_lifetime;
    QLabel *m_result;
    QWidget *m_unsavedPanel;
    SecretDisplay *m_display;
    QCheckBox *m_copied;
    bool m_keepExisting = false;
};

} // namespace leap::ui
