#pragma once

#include "pages/wizardpage.h"

class QLabel;
class QLineEdit;

namespace leap::ui {

class AccountLine;
class LifetimeChooser;
class SecretDisplay;

// Re-open: rotate the client secret with an overlap. A new secret is added (the old one stays
// valid), stored in the keychain and made current; the Done page then proves it works and hands
// over what Leap needs, and retires the old one once Leap uses the new one.
class RotatePage : public WizardPage
{
    Q_OBJECT
public:
    RotatePage(WizardState *state, Services *services, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    QLineEdit *descriptionEdit() const { return m_description; }
    LifetimeChooser *lifetime() const { return m_lifetime; }
    SecretDisplay *secretDisplay() const { return m_display; }

protected:
    bool isReady() const override;
    void cancelWork() override;

private:
    void rotate();

    AccountLine *m_account;
    QLabel *m_current;
    QLineEdit *m_description;
    LifetimeChooser *m_lifetime;
    QLabel *m_result;
    SecretDisplay *m_display;
};

} // namespace leap::ui
