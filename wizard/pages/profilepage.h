#pragma once

#include "pages/wizardpage.h"

class QCommandLinkButton;
class QLabel;

namespace leap::ui {

// The start page when a profile exists: the application, the secret's days left (warning colours),
// and what an administrator comes back for: rotate the secret, verify, export, repair, or set up
// another Leap environment.
class ProfilePage : public WizardPage
{
    Q_OBJECT
public:
    ProfilePage(WizardState *state, Services *services, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;

    QLabel *secretLabel() const { return m_secret; }
    QCommandLinkButton *rotateButton() const { return m_rotate; }
    QCommandLinkButton *verifyButton() const { return m_verify; }
    QCommandLinkButton *exportButton() const { return m_export; }
    QCommandLinkButton *repairButton() const { return m_repair; }
    QCommandLinkButton *anotherButton() const { return m_another; }

protected:
    bool isReady() const override;

private:
    void choose(WizardState::Intent intent);
    void setUpAnother();

    QLabel *m_overview;
    QLabel *m_secret;
    QCommandLinkButton *m_rotate;
    QCommandLinkButton *m_verify;
    QCommandLinkButton *m_export;
    QCommandLinkButton *m_repair;
    QCommandLinkButton *m_another;
    bool m_newEnvironment = false;
    bool m_chosen = false;
};

} // namespace leap::ui
