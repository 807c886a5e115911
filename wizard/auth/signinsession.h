#pragma once

#include "auth/aadsts.h"
#include "auth/authhttp.h"
#include "auth/browserflow.h"
#include "auth/devicecodeflow.h"
#include "auth/discovery.h"
#include "auth/tokenprovider.h"
#include "auth/tokens.h"
#include "model/cloud.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace leap {

class SecretStore;

struct SignInOptions
{
    Endpoints endpoints; // cloud defaults or --authority/--graph overrides
    QString tenant; // GUID, verified domain, or "organizations"
    QString clientId; // empty = Microsoft Graph Command Line Tools
    QString profile = QStringLiteral("default"); // names the refresh-token cache entry
    SignInMethod method = SignInMethod::DeviceCode;
    QStringList scopes; // empty = defaultSignInScopes(endpoints.graph)
};

// The signed-in administrator: discovery, interactive sign-in (device code or browser), tokens in
// memory refreshed before they expire, and the refresh token cached ONLY in the OS keychain
// (SecretStore key "refresh/<profile>/<tenantId>") so re-opening needs no new sign-in while it is
// valid. Implements TokenProvider for GraphClient.
//
// Typical use:  session.setOptions(o);  if (!co_await session.restore()) co_await session.signIn();
class SignInSession : public TokenProvider
{
    Q_OBJECT
public:
    // `store` may be null: then nothing is cached and restore() always asks for a sign-in.
    SignInSession(QNetworkAccessManager *nam, SecretStore *store, QObject *parent = nullptr);
    ~SignInSession() override;

    void setOptions(const SignInOptions &options);
    const SignInOptions &options() const { return m_options; }
    QString clientId() const;
    QStringList scopes() const;

    // Forwarded to the browser flow (QDesktopServices::openUrl from app/ or pages/).
    void setOpenBrowser(BrowserFlow::OpenBrowser openBrowser);
    void setRequestTimeout(std::chrono::milliseconds timeout);
    // Caps each interactive grant (browser: waiting for the redirect; device code: polling).
    void setInteractiveTimeout(std::chrono::milliseconds timeout);

    // Reads and checks the tenant's discovery document (cached for the session). A document of
    // another cloud than options().endpoints.cloud fails with code kWrongCloudCode and sets
    // suggestedCloud().
    QCoro::Task<Result<OpenIdConfiguration>> discover();

    // Interactive sign-in with options().method (or the given method).
    QCoro::Task<VoidResult> signIn();
    QCoro::Task<VoidResult> signIn(SignInMethod method);
    // Silent sign-in from the keychain's refresh token. NotFound when nothing is cached (or
    // the keychain is unavailable: that is only logged); SignIn when the cached token was refused
    // (it is then removed).
    QCoro::Task<VoidResult> restore();
    // Forgets the tokens and removes the cached refresh token.
    QCoro::Task<VoidResult> signOut();
    // Cancels whatever runs (discovery, browser wait, device-code polling, refresh): it ends with
    // ErrorKind::Cancelled.
    void cancel();

    QCoro::Task<Result<QString>> accessToken(bool forceRefresh = false) override;

    bool isSignedIn() const { return m_tokens.isValid(); }
    SignedInUser user() const { return m_user; }
    // The tenant GUID (id token "tid", else the discovery document's issuer).
    QString tenantId() const;
    std::optional<OpenIdConfiguration> configuration() const { return m_config; }
    std::optional<Cloud> suggestedCloud() const { return m_suggestedCloud; }
    QDateTime accessTokenExpiresAt() const { return m_tokens.expiresAt; }
    // The keychain key of the cached refresh token for a profile and tenant.
    static QString refreshTokenKey(const QString &profile, const QString &tenantId);

    BrowserFlow *browserFlow() const { return m_browser; }
    DeviceCodeFlow *deviceCodeFlow() const { return m_deviceCode; }

Q_SIGNALS:
    void deviceCodeReady(const leap::DeviceCodePrompt &prompt);
    void authorizationUrlReady(const QUrl &url);
    void signedIn(const leap::SignedInUser &user);
    void signedOut();
    // A short line for a status bar or stderr ("Reading the tenant's sign-in configuration").
    void progress(const QString &text);
    // After every refresh attempt (concurrent accessToken() callers wait for it).
    void refreshFinished(bool ok);

private:
    QCoro::Task<VoidResult> adopt(TokenSet tokens, SignInMethod method);
    QCoro::Task<VoidResult> refreshNow();
    QCoro::Task<void> cacheRefreshToken();

    QNetworkAccessManager *m_nam;
    SecretStore *m_store;
    Cancellation *m_cancel;
    BrowserFlow *m_browser;
    DeviceCodeFlow *m_deviceCode;
    SignInOptions m_options;
    std::chrono::milliseconds m_requestTimeout = std::chrono::seconds(30);
    std::optional<OpenIdConfiguration> m_config;
    std::optional<Cloud> m_suggestedCloud;
    TokenSet m_tokens;
    SignedInUser m_user;
    SignInMethod m_lastMethod = SignInMethod::DeviceCode;
    bool m_refreshing = false;
    VoidResult m_lastRefresh;
};

} // namespace leap

Q_DECLARE_METATYPE(leap::SignedInUser)
