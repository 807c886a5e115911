#include "auth/tokens.h"

#include "auth/authlog.h"
#include "model/cloud.h"
#include "model/permissions.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SignIn", text);
}

} // namespace

bool TokenSet::expiresWithin(std::chrono::seconds margin) const
{
    if (!expiresAt.isValid())
        return true;
    return QDateTime::currentDateTimeUtc().addSecs(margin.count()) >= expiresAt;
}

std::chrono::seconds TokenSet::refreshMargin() const
{
    constexpr std::chrono::seconds kMinute {60};
    if (!issuedAt.isValid() || !expiresAt.isValid())
        return kMinute;
    return std::min(kMinute, std::chrono::seconds(issuedAt.secsTo(expiresAt) / 2));
}

QString SignedInUser::displayText() const
{
    if (!name.isEmpty() && !upn.isEmpty())
        return QStringLiteral("%1 (%2)").arg(name, upn);
    return name.isEmpty() ? upn : name;
}

QJsonObject decodeJwtPayload(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return QJsonDocument::fromJson(*decoded).object();
}

SignedInUser userFromIdToken(const QString &idToken)
{
    const QJsonObject claims = decodeJwtPayload(idToken);
    SignedInUser user;
    user.name = claims.value(QLatin1String("name")).toString();
    for (const char *key : {"preferred_username", "upn", "email", "unique_name"}) {
        user.upn = claims.value(QLatin1String(key)).toString();
        if (!user.upn.isEmpty())
            break;
    }
    user.tenantId = claims.value(QLatin1String("tid")).toString().toLower();
    user.objectId = claims.value(QLatin1String("oid")).toString();
    if (user.objectId.isEmpty())
        user.objectId = claims.value(QLatin1String("sub")).toString();
    return user;
}

Result<TokenSet> parseTokenResponse(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    TokenSet t;
    t.accessToken = o.value(QLatin1String("access_token")).toString();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString();
    t.idToken = o.value(QLatin1String("id_token")).toString();
    t.scope = o.value(QLatin1String("scope")).toString();
    // Entra sends expires_in as a number; some servers as a string.
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    // Clamped before the conversion: a server's 1e300 must not overflow (found by
    // tests/fuzz/fuzz_token_response); no access token lives longer than a day anyway.
    const double rawSeconds =
        expires.isString() ? expires.toString().toDouble() : expires.toDouble(-1);
    const qint64 seconds = rawSeconds > 0 ? qint64(qMin(rawSeconds, 86400.0)) : 0;
    t.issuedAt = QDateTime::currentDateTimeUtc();
    if (seconds > 0)
        t.expiresAt = t.issuedAt.addSecs(seconds);
    if (t.accessToken.isEmpty()) {
        Error e = Error::make(ErrorKind::SignIn,
                              tr("The sign-in server's answer contained no access token."),
                              tr("Try again; if it keeps failing, check --authority."));
        e.code = QStringLiteral("no_access_token");
        return e;
    }
    return t;
}

QStringList defaultSignInScopes(const QUrl &graphRoot)
{
    Endpoints e;
    e.graph = graphRoot;
    return {e.graphScope(QStringLiteral("Application.ReadWrite.All")),
            e.graphScope(QStringLiteral("AppRoleAssignment.ReadWrite.All")),
            e.graphScope(QStringLiteral("DelegatedPermissionGrant.ReadWrite.All")),
            QStringLiteral("openid"),
            QStringLiteral("profile"),
            QStringLiteral("offline_access")};
}

Error TokenClient::transportError(const HttpResult &http, const QUrl &url)
{
    if (http.cancelled)
        return Error::make(ErrorKind::Cancelled, tr("Sign-in was cancelled."));
    Error e = Error::make(
        ErrorKind::Network,
        http.timedOut
            ? tr("The sign-in server %1 did not answer in time.").arg(url.host())
            : tr("Could not reach the sign-in server %1: %2.").arg(url.host(), http.errorString),
        tr("Check the network connection and proxy, then try again."));
    e.code = http.timedOut ? QStringLiteral("timeout") : QStringLiteral("network");
    e.requestId = http.clientRequestId;
    return e;
}

Result<TokenSet> TokenClient::toTokens(const HttpResult &http, SignInMethod method)
{
    if (http.noAnswer())
        return transportError(http, {});
    if (http.status == 200)
        return parseTokenResponse(http.body);
    // Entra answers 429 and 5xx with a JSON body too; "temporarily_unavailable" and
    // "server_error" (RFC 6749 §5.2) or no OAuth error at all mean the service, not the sign-in,
    // failed: a network-class error the administrator fixes by trying again.
    const QString oauthError =
        QJsonDocument::fromJson(http.body).object().value(QLatin1String("error")).toString();
    const bool serviceBusy = http.status == 429 || http.status >= 500;
    if (serviceBusy &&
        (oauthError.isEmpty() || oauthError == QLatin1String("temporarily_unavailable") ||
         oauthError == QLatin1String("server_error"))) {
        Error e = Error::make(ErrorKind::Network,
                              tr("The sign-in server answered HTTP %1.").arg(http.status),
                              tr("Try again in a few minutes."));
        e.httpStatus = http.status;
        return e;
    }
    return identityError(http.body, http.status, method);
}

QCoro::Task<Result<TokenSet>> TokenClient::redeemCode(QUrl tokenEndpoint, QString clientId,
                                                      QString code, QString redirectUri,
                                                      QString codeVerifier, QStringList scopes)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    form.addQueryItem(QStringLiteral("code_verifier"), codeVerifier);
    form.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    const HttpResult http = co_await postForm(m_nam, tokenEndpoint, form, m_timeout, m_cancel);
    if (http.noAnswer())
        co_return transportError(http, tokenEndpoint);
    co_return toTokens(http, SignInMethod::Browser);
}

QCoro::Task<Result<TokenSet>> TokenClient::refresh(QUrl tokenEndpoint, QString clientId,
                                                   QString refreshToken, QStringList scopes,
                                                   SignInMethod method)
{
    // A public client sends neither client_secret nor redirect_uri on refresh (Qt 6.4's
    // refreshAccessToken() sends both, which Entra rejects for public clients).
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    const HttpResult http = co_await postForm(m_nam, tokenEndpoint, form, m_timeout, m_cancel);
    if (http.noAnswer())
        co_return transportError(http, tokenEndpoint);
    co_return toTokens(http, method);
}

} // namespace leap
