#include "auth/signinsession.h"

#include "auth/authlog.h"
#include "model/permissions.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QCoro/QCoroSignal>

namespace leap {

SignInSession::SignInSession(QNetworkAccessManager *nam, SecretStore *store, QObject *parent)
    : TokenProvider(parent), m_nam(nam), m_store(store), m_cancel(new Cancellation(this)),
      m_browser(new BrowserFlow(nam, m_cancel, this)),
      m_deviceCode(new DeviceCodeFlow(nam, m_cancel, this))
{
    qRegisterMetaType<leap::SignedInUser>();
    connect(m_browser, &BrowserFlow::authorizationUrlReady, this,
            &SignInSession::authorizationUrlReady);
    connect(m_deviceCode, &DeviceCodeFlow::promptReady, this, &SignInSession::deviceCodeReady);
}

SignInSession::~SignInSession() = default;

void SignInSession::setOptions(const SignInOptions &options)
{
    m_options = options;
    m_config.reset();
    m_suggestedCloud.reset();
}

QString SignInSession::clientId() const
{
    return m_options.clientId.isEmpty() ? QString::fromLatin1(kGraphCommandLineToolsClientId)
                                        : m_options.clientId;
}

QStringList SignInSession::scopes() const
{
    return m_options.scopes.isEmpty() ? defaultSignInScopes(m_options.endpoints.graph)
                                      : m_options.scopes;
}

void SignInSession::setOpenBrowser(BrowserFlow::OpenBrowser openBrowser)
{
    m_browser->setOpenBrowser(std::move(openBrowser));
}

void SignInSession::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
    m_browser->setRequestTimeout(timeout);
    m_deviceCode->setRequestTimeout(timeout);
}

void SignInSession::setInteractiveTimeout(std::chrono::milliseconds timeout)
{
    m_browser->setOverallTimeout(timeout);
    m_deviceCode->setOverallTimeout(timeout);
}

QString SignInSession::tenantId() const
{
    if (!m_user.tenantId.isEmpty())
        return m_user.tenantId;
    return m_config ? m_config->tenantId : QString();
}

QString SignInSession::refreshTokenKey(const QString &profile, const QString &tenantId)
{
    return QStringLiteral("refresh/%1/%2").arg(profile, tenantId.toLower());
}

void SignInSession::cancel()
{
    qCInfo(lcAuth) << "sign-in cancelled";
    m_cancel->cancel();
}

QCoro::Task<Result<OpenIdConfiguration>> SignInSession::discover()
{
    // QCoro 0.8's return_value(U&&) moves from an lvalue: always co_return a copy of members.
    if (m_config)
        co_return OpenIdConfiguration(*m_config);
    // Synchronous since the caller's own reset (signIn, restore): no cancel can be lost here.
    m_cancel->reset();
    const QString tenant =
        m_options.tenant.isEmpty() ? QStringLiteral("organizations") : m_options.tenant;
    Q_EMIT progress(tr("Reading the sign-in configuration of %1").arg(tenant));
    Discovery discovery(m_nam);
    Result<OpenIdConfiguration> config =
        co_await discovery.fetch(m_options.endpoints, tenant, m_requestTimeout, m_cancel);
    if (!config)
        co_return config;
    const std::optional<Cloud> documentCloud = config->documentCloud();
    if (documentCloud && !sameLoginCloud(*documentCloud, m_options.endpoints.cloud)) {
        m_suggestedCloud = documentCloud;
        qCWarning(lcAuth) << "tenant" << tenant << "belongs to cloud" << cloudName(*documentCloud)
                          << "not" << cloudName(m_options.endpoints.cloud);
        co_return wrongCloudError(m_options.endpoints.cloud, *documentCloud);
    }
    m_suggestedCloud.reset();
    m_config = *config;
    co_return config;
}

QCoro::Task<VoidResult> SignInSession::signIn()
{
    co_return co_await signIn(m_options.method);
}

QCoro::Task<VoidResult> SignInSession::signIn(SignInMethod method)
{
    m_cancel->reset();
    const Result<OpenIdConfiguration> config = co_await discover();
    if (!config)
        co_return config.error();
    Result<TokenSet> tokens = Error::make(ErrorKind::Internal, QString());
    if (method == SignInMethod::Browser) {
        Q_EMIT progress(tr("Waiting for the sign-in in the browser"));
        tokens = co_await m_browser->run(*config, clientId(), scopes());
    } else {
        Q_EMIT progress(tr("Waiting for the code to be entered"));
        tokens = co_await m_deviceCode->run(*config, clientId(), scopes());
    }
    if (!tokens) {
        qCWarning(lcAuth) << "sign-in failed:" << tokens.error().code << "correlation id"
                          << tokens.error().requestId;
        co_return tokens.error();
    }
    co_return co_await adopt(std::move(tokens).value(), method);
}

QCoro::Task<VoidResult> SignInSession::adopt(TokenSet tokens, SignInMethod method)
{
    m_lastMethod = method;
    m_tokens = std::move(tokens);
    const SignedInUser user = userFromIdToken(m_tokens.idToken);
    if (!user.isEmpty())
        m_user = user;
    if (m_user.tenantId.isEmpty() && m_config)
        m_user.tenantId = m_config->tenantId;
    qCInfo(lcAuth) << "signed in as" << m_user.upn << "tenant" << m_user.tenantId;
    co_await cacheRefreshToken();
    Q_EMIT signedIn(m_user);
    co_return VoidResult();
}

QCoro::Task<void> SignInSession::cacheRefreshToken()
{
    const QString tid = tenantId();
    if (!m_store || m_tokens.refreshToken.isEmpty() || tid.isEmpty())
        co_return;
    const VoidResult written = co_await m_store->writeValue(refreshTokenKey(m_options.profile, tid),
                                                            m_tokens.refreshToken);
    if (!written) // The sign-in still works for this run; only re-opening will ask again.
        qCWarning(lcAuth) << "could not cache the sign-in in the keychain:"
                          << written.error().message;
}

QCoro::Task<VoidResult> SignInSession::restore()
{
    m_cancel->reset();
    const auto notCached = [] {
        Error e = Error::make(ErrorKind::NotFound, tr("No saved sign-in for this profile."),
                              tr("Sign in."));
        e.code = QStringLiteral("no_cached_sign_in");
        return e;
    };
    if (!m_store)
        co_return notCached();
    const Result<OpenIdConfiguration> config = co_await discover();
    if (!config)
        co_return config.error();
    const QString tid = config->tenantId;
    if (tid.isEmpty())
        co_return notCached();
    const QString key = refreshTokenKey(m_options.profile, tid);
    const Result<QString> cached = co_await m_store->readValue(key);
    if (!cached) {
        if (cached.error().kind != ErrorKind::NotFound)
            qCWarning(lcAuth) << "could not read the saved sign-in:" << cached.error().message;
        co_return notCached();
    }
    Q_EMIT progress(tr("Using the saved sign-in"));
    TokenClient client(m_nam, m_cancel);
    client.setTimeout(m_requestTimeout);
    Result<TokenSet> tokens = co_await client.refresh(config->tokenEndpoint, clientId(),
                                                      cached.value(), scopes(), m_lastMethod);
    if (!tokens) {
        if (tokens.error().kind == ErrorKind::SignIn) {
            // Expired or revoked: forget it so the next start asks at once.
            co_await m_store->removeValue(key);
        }
        co_return tokens.error();
    }
    if (tokens->refreshToken.isEmpty())
        tokens->refreshToken = cached.value();
    co_return co_await adopt(std::move(tokens).value(), m_lastMethod);
}

QCoro::Task<VoidResult> SignInSession::signOut()
{
    const QString tid = tenantId();
    m_tokens = TokenSet();
    m_user = SignedInUser();
    VoidResult result;
    if (m_store && !tid.isEmpty())
        result = co_await m_store->removeValue(refreshTokenKey(m_options.profile, tid));
    Q_EMIT signedOut();
    co_return result;
}

QCoro::Task<Result<QString>> SignInSession::accessToken(bool forceRefresh)
{
    if (!isSignedIn()) {
        Error e = Error::make(ErrorKind::SignIn, tr("Not signed in."), tr("Sign in first."));
        e.code = QStringLiteral("not_signed_in");
        co_return e;
    }
    if (!forceRefresh && !m_tokens.expiresWithin(m_tokens.refreshMargin()))
        co_return QString(m_tokens.accessToken);
    if (m_refreshing) {
        // One refresh at a time; everybody else waits for its outcome.
        co_await qCoro(this, &SignInSession::refreshFinished);
    } else {
        m_lastRefresh = co_await refreshNow();
    }
    if (!m_lastRefresh)
        co_return m_lastRefresh.error();
    co_return QString(m_tokens.accessToken);
}

QCoro::Task<VoidResult> SignInSession::refreshNow()
{
    if (m_tokens.refreshToken.isEmpty() || !m_config) {
        Error e =
            Error::make(ErrorKind::SignIn, tr("The sign-in has expired."), tr("Sign in again."));
        e.code = QStringLiteral("no_refresh_token");
        Q_EMIT refreshFinished(false);
        co_return e;
    }
    m_refreshing = true;
    m_cancel->reset();
    qCInfo(lcAuth) << "refreshing the access token";
    TokenClient client(m_nam, m_cancel);
    client.setTimeout(m_requestTimeout);
    const QString oldRefreshToken = m_tokens.refreshToken;
    Result<TokenSet> tokens = co_await client.refresh(m_config->tokenEndpoint, clientId(),
                                                      oldRefreshToken, scopes(), m_lastMethod);
    VoidResult result;
    if (tokens) {
        TokenSet fresh = std::move(tokens).value();
        if (fresh.refreshToken.isEmpty())
            fresh.refreshToken = oldRefreshToken;
        if (fresh.idToken.isEmpty())
            fresh.idToken = m_tokens.idToken;
        m_tokens = std::move(fresh);
        if (m_tokens.refreshToken != oldRefreshToken)
            co_await cacheRefreshToken();
    } else {
        qCWarning(lcAuth) << "refresh failed:" << tokens.error().code;
        result = tokens.error();
    }
    m_refreshing = false;
    m_lastRefresh = result;
    Q_EMIT refreshFinished(result.ok());
    co_return result;
}

} // namespace leap
