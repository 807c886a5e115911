#pragma once

#include "auth/aadsts.h"
#include "auth/authhttp.h"
#include "model/error.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace leap {

// Tokens of one sign-in, in memory only. Never logged, never written anywhere but the refresh
// token to the keychain (SignInSession).
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QString idToken;
    QString scope;
    QDateTime expiresAt; // UTC
    QDateTime issuedAt; // UTC, when the answer arrived

    bool isValid() const { return !accessToken.isEmpty(); }
    // True when the access token expires within `margin` (or has no known expiry).
    bool expiresWithin(std::chrono::seconds margin) const;
    // When to refresh ahead of expiry: a minute, or half the lifetime of short-lived tokens
    // (so a token that lives seconds is not refreshed on every request).
    std::chrono::seconds refreshMargin() const;
};

// The signed-in person, from the id token's claims (display only: the signature is not checked,
// the token came straight from the token endpoint over the connection we opened).
struct SignedInUser
{
    QString name; // "name"
    QString upn; // "preferred_username" (or "upn", "email")
    QString tenantId; // "tid"
    QString objectId; // "oid" (or "sub")

    bool isEmpty() const { return upn.isEmpty() && name.isEmpty() && tenantId.isEmpty(); }
    // "Adele Admin (admin@contoso.onmicrosoft.com)"
    QString displayText() const;
};

// The payload of a JWT (base64url JSON), without any signature check. Empty if malformed.
QJsonObject decodeJwtPayload(const QString &jwt);
SignedInUser userFromIdToken(const QString &idToken);

// Parses a successful token endpoint answer. Errors are SignIn (no access_token).
Result<TokenSet> parseTokenResponse(const QByteArray &body);

// The delegated scopes the product requests: the three Graph permissions of the cloud (prefix =
// Graph root) plus openid profile offline_access (entra-leap-facts §5.4).
QStringList defaultSignInScopes(const QUrl &graphRoot);

// The token endpoint's grants (RFC 6749, PKCE, RFC 8628 polling is in DeviceCodeFlow). All POSTs
// are done here, with QNetworkAccessManager, so AADSTS error bodies reach the user (Qt 6.4's
// QOAuth2AuthorizationCodeFlow only logs them) and a public client never sends an empty
// client_secret or a redirect_uri on refresh.
class TokenClient
{
public:
    TokenClient(QNetworkAccessManager *nam, Cancellation *cancel) : m_nam(nam), m_cancel(cancel) { }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    QCoro::Task<Result<TokenSet>> redeemCode(QUrl tokenEndpoint, QString clientId, QString code,
                                             QString redirectUri, QString codeVerifier,
                                             QStringList scopes);
    QCoro::Task<Result<TokenSet>> refresh(QUrl tokenEndpoint, QString clientId,
                                          QString refreshToken, QStringList scopes,
                                          SignInMethod method);

    // Turns an HTTP result into tokens or an Error (Network for no answer / 5xx, Cancelled,
    // SignIn with advice otherwise).
    static Result<TokenSet> toTokens(const HttpResult &http, SignInMethod method);
    static Error transportError(const HttpResult &http, const QUrl &url);

private:
    QNetworkAccessManager *m_nam;
    Cancellation *m_cancel;
    std::chrono::milliseconds m_timeout = std::chrono::seconds(30);
};

} // namespace leap
