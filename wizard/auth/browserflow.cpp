#include "auth/browserflow.h"

#include "auth/aadsts.h"
#include "auth/authlog.h"

#include <QCoreApplication>
#include <QCoro/QCoroTimer>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace leap {

namespace {

// `bytes` random bytes as base64url without padding (RFC 7636 §4.1 unreserved characters).
QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString s256Challenge(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void replaceParameter(QMultiMap<QString, QVariant> *parameters, const QString &key,
                      const QVariant &value)
{
    // QMultiMap::insert would add a second value under the same key.
    parameters->remove(key);
    parameters->insert(key, value);
}

} // namespace

// QOAuth2AuthorizationCodeFlow that only builds the authorization request: the callback is
// handled by BrowserFlow and the code redeemed by TokenClient. The base class would otherwise
// redeem the code itself and, on Qt 6.4, swallow a token endpoint error (only a log line, the
// flow never finishes).
class LoopbackCodeFlow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;

protected:
    void resourceOwnerAuthorization(const QUrl &url,
                                    const QMultiMap<QString, QVariant> &parameters) override
    {
        Q_UNUSED(url);
        Q_EMIT authorizeWithBrowser(buildAuthenticateUrl(parameters));
    }
};

QString callbackPageHtml(const QString &title, const QString &text, bool success)
{
    // ASCII only (entities for the rest): Qt 6.4's reply handler writes the page itself.
    const QString accent = success ? QStringLiteral("#0b6a0b") : QStringLiteral("#a4262c");
    return QStringLiteral(
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<style>body{margin:0;font-family:'Segoe UI',Cantarell,'Noto Sans',Helvetica,"
               "Arial,sans-serif;background:#f3f2f1;color:#201f1e}"
               ".card{max-width:420px;margin:12vh auto;background:#fff;border-radius:8px;"
               "box-shadow:0 2px 8px rgba(0,0,0,.12);padding:32px 36px}"
               ".brand{font-size:13px;letter-spacing:.04em;text-transform:uppercase;"
               "color:#605e5c;margin-bottom:18px}"
               "h1{font-size:22px;font-weight:600;margin:0 0 12px;color:%1}"
               "p{font-size:15px;line-height:1.5;margin:0}</style>"
               "<div class=\"card\"><div class=\"brand\">HCL Leap &middot; Entra Setup</div>"
               "<h1 id=\"title\">%2</h1><p id=\"text\">%3</p></div>")
        .arg(accent, title.toHtmlEscaped(), text.toHtmlEscaped());
}

BrowserFlow::BrowserFlow(QNetworkAccessManager *nam, Cancellation *cancel, QObject *parent)
    : QObject(parent), m_nam(nam), m_cancel(cancel)
{
    m_wait.setSingleShot(true);
    connect(m_cancel, &Cancellation::cancelled, this, &BrowserFlow::finishWait);
}

BrowserFlow::~BrowserFlow() = default;

quint16 BrowserFlow::listenerPort() const
{
    return m_handler && m_handler->isListening() ? m_handler->port() : 0;
}

void BrowserFlow::finishWait()
{
    // Wakes the waiting run() at once (the same timer carries the overall timeout).
    if (m_wait.isActive())
        m_wait.start(0);
}

void BrowserFlow::onCallback(QOAuthHttpServerReplyHandler *handler, const QVariantMap &data)
{
    const QString state = data.value(QStringLiteral("state")).toString();
    if (handler != m_handler || m_gotCallback || !m_wait.isActive()) {
        // A listener of an earlier run (closing down) or a replayed redirect.
        qCWarning(lcAuth) << "ignored a second call of the sign-in redirect";
        handler->setCallbackText(callbackPageHtml(
            tr("Nothing to do"), tr("This sign-in has already finished. You can close this tab."),
            false));
        return;
    }
    if (state.isEmpty() || (state != m_expectedState &&
                            QUrl::fromPercentEncoding(state.toUtf8()) != m_expectedState)) {
        // A forged or stale redirect: not ours. Keep waiting for the real one.
        qCWarning(lcAuth) << "ignored a sign-in redirect with a wrong or missing state";
        handler->setCallbackText(callbackPageHtml(
            tr("Not a valid sign-in"),
            tr("This page was not opened by the sign-in that Leap Entra Setup started. "
               "Return to the app and sign in from there."),
            false));
        return;
    }
    const QString error = data.value(QStringLiteral("error")).toString();
    const QString code = data.value(QStringLiteral("code")).toString();
    if (error.isEmpty() && code.isEmpty()) {
        handler->setCallbackText(callbackPageHtml(
            tr("Not a valid sign-in"),
            tr("The sign-in server sent neither a code nor an error. Return to the app and "
               "sign in again."),
            false));
        return;
    }
    m_gotCallback = true;
    if (!error.isEmpty()) {
        m_error = error;
        m_errorDescription = QUrl::fromPercentEncoding(
            data.value(QStringLiteral("error_description")).toString().toUtf8());
        handler->setCallbackText(callbackPageHtml(
            tr("Sign-in not completed"),
            tr("The sign-in was not completed. Return to Leap Entra Setup to see why."), false));
    } else {
        // Qt 6.4 hands the code over still percent-encoded; codes contain / + = and %.
        m_code = QUrl::fromPercentEncoding(code.toUtf8());
        handler->setCallbackText(callbackPageHtml(
            tr("Signed in"),
            tr("You are signed in to Leap Entra Setup. You can close this tab and return "
               "to the app."),
            true));
    }
    finishWait();
}

QCoro::Task<Result<TokenSet>> BrowserFlow::run(OpenIdConfiguration config, QString clientId,
                                               QStringList scopes)
{
    if (m_wait.isActive()) {
        Error e = Error::make(ErrorKind::Internal, tr("A browser sign-in is already running."));
        co_return e;
    }
    m_gotCallback = false;
    m_code.clear();
    m_error.clear();
    m_errorDescription.clear();

    // 127.0.0.1 only. Note: (QHostAddress::LocalHost, 0) would pick the (quint16, QObject*)
    // overload and listen on every interface.
    auto *handler =
        new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    m_handler = handler;
    if (!handler->isListening()) {
        handler->deleteLater();
        Error e = Error::make(ErrorKind::SignIn,
                              tr("Could not open a local port for the browser to return to."),
                              tr("Sign in with a device code instead (--sign-in device-code)."));
        e.code = QStringLiteral("loopback_unavailable");
        co_return e;
    }
    handler->setCallbackText(callbackPageHtml(
        tr("Signed in"), tr("You can close this tab and return to the app."), true));
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this, handler](const QVariantMap &data) { onCallback(handler, data); });

    auto *flow = new LoopbackCodeFlow(m_nam, this);
    m_flow = flow;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8 adds PKCE itself (S256 by default), but keeps the verifier private; the code is
    // redeemed by TokenClient here (to read AADSTS errors), so the verifier must be ours.
    flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::None);
#endif
    flow->setClientIdentifier(clientId);
    flow->setAuthorizationUrl(config.authorizationEndpoint);
    flow->setAccessTokenUrl(config.tokenEndpoint);
    flow->setScope(scopes.join(QLatin1Char(' ')));
    flow->setReplyHandler(handler);
    m_expectedState = randomUrlSafe(24);
    flow->setState(m_expectedState);

    const QString verifier = randomUrlSafe(32); // 43 characters
    const QString challenge = s256Challenge(verifier);
    // handler->callback() says http://127.0.0.1:<port>/; the redirect must be what the client
    // registered (http://localhost for Microsoft Graph Command Line Tools; any port matches).
    const QString redirectUri =
        QStringLiteral("http://%1:%2/").arg(m_redirectHost).arg(handler->port());
    const QVariantMap extra = m_extra;
    flow->setModifyParametersFunction(
        [challenge, redirectUri, extra](QAbstractOAuth::Stage stage,
                                        QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return; // the token request is ours (TokenClient), never the flow's
            replaceParameter(parameters, QStringLiteral("code_challenge"), challenge);
            replaceParameter(parameters, QStringLiteral("code_challenge_method"),
                             QStringLiteral("S256"));
            replaceParameter(parameters, QStringLiteral("redirect_uri"), redirectUri);
            replaceParameter(parameters, QStringLiteral("response_mode"), QStringLiteral("query"));
            for (auto it = extra.begin(); it != extra.end(); ++it)
                replaceParameter(parameters, it.key(), it.value());
        });

    QUrl authorizationUrl;
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this,
            [&authorizationUrl](const QUrl &url) { authorizationUrl = url; });
    flow->grant();

    Result<TokenSet> result =
        Error::make(ErrorKind::Internal, tr("Browser sign-in did not start."));
    if (authorizationUrl.isValid() && !(m_cancel && m_cancel->isCancelled())) {
        qCInfo(lcAuth) << "browser sign-in: listening on 127.0.0.1 port" << handler->port();
        m_wait.start(m_overallTimeout);
        Q_EMIT authorizationUrlReady(authorizationUrl);
        if (!m_openBrowser || !m_openBrowser(authorizationUrl))
            qCInfo(lcAuth) << "the browser did not open; waiting for the URL to be opened by hand";
        if (m_wait.isActive())
            co_await qCoro(m_wait).waitForTimeout();
        m_wait.stop();

        if (m_cancel && m_cancel->isCancelled()) {
            result = Error::make(ErrorKind::Cancelled, tr("Sign-in was cancelled."));
        } else if (!m_gotCallback) {
            Error e = Error::make(
                ErrorKind::SignIn, tr("The browser sign-in did not finish in time."),
                tr("Sign in again, or sign in with a device code (--sign-in device-code)."));
            e.code = QStringLiteral("timeout");
            result = e;
        } else if (!m_error.isEmpty()) {
            result = authorizationError(m_error, m_errorDescription, SignInMethod::Browser);
        } else {
            TokenClient client(m_nam, m_cancel);
            client.setTimeout(m_requestTimeout);
            result = co_await client.redeemCode(config.tokenEndpoint, clientId, m_code, redirectUri,
                                                verifier, scopes);
        }
    } else if (m_cancel && m_cancel->isCancelled()) {
        result = Error::make(ErrorKind::Cancelled, tr("Sign-in was cancelled."));
    }

    // Stop accepting connections now; the handler lives a moment longer so the page of the
    // last redirect is written out before its socket goes away.
    m_code.clear();
    handler->close();
    QTimer::singleShot(std::chrono::seconds(2), handler, &QObject::deleteLater);
    flow->deleteLater();
    co_return result;
}

} // namespace leap
