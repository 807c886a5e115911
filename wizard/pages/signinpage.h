#pragma once

#include "pages/wizardpage.h"

#include <QUrl>

class QLabel;
class QPushButton;
class QWidget;

namespace leap {
struct DeviceCodePrompt;
}

namespace leap::ui {

// Page 3: the administrator signs in, in the browser ("Sign in with Microsoft") or with a device
// code ("Use a code instead"). Shows who signed in and to which tenant, and checks before any write
// that the sign-in carries the delegated permissions the steps need.
class SignInPage : public WizardPage
{
    Q_OBJECT
public:
    SignInPage(WizardState *state, Services *services, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override;

    QPushButton *browserButton() const { return m_browserButton; }
    QPushButton *deviceCodeButton() const { return m_codeButton; }
    QLabel *userCodeLabel() const { return m_userCode; }
    QLabel *signedInLabel() const { return m_signedIn; }
    QString userCode() const;

protected:
    bool isReady() const override;
    void cancelWork() override;

private:
    void startSignIn(SignInMethod method);
    void trySilentSignIn();
    void onSignedIn(bool interactive);
    void onFailed(const Error &error);
    void showDeviceCode(const DeviceCodePrompt &prompt);
    void showAuthorizationUrl(const QUrl &url);
    void showSignedIn();
    void signOut();

    QLabel *m_target;
    QPushButton *m_browserButton;
    QPushButton *m_codeButton;
    QWidget *m_codePanel;
    QLabel *m_codeIntro;
    QLabel *m_userCode;
    QPushButton *m_copyCode;
    QPushButton *m_openVerification;
    QUrl m_verificationUri;
    QWidget *m_urlPanel;
    QLabel *m_urlLabel;
    QUrl m_authorizationUrl;
    QWidget *m_signedInPanel;
    QLabel *m_signedIn;
    QLabel *m_scopeWarning;
    QPushButton *m_switchAccount;
    QPushButton *m_useSuggestedCloud;
    bool m_ready = false;
};

} // namespace leap::ui
