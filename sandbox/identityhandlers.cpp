// The Microsoft identity platform v2 endpoints, as the product uses them
// (entra-leap-facts §5, §6): discovery, authorize (+PKCE), token (authorization_code,
// refresh_token, device_code, client_credentials), devicecode and the /devicelogin page.
#include "handlers.h"
#include "tokens.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace leap::sandbox {

namespace {

const QStringList kOidcScopes {QStringLiteral("openid"), QStringLiteral("profile"),
                               QStringLiteral("offline_access"), QStringLiteral("email")};
const auto kGraphResource = QLatin1String("https://graph.microsoft.com");
const auto kDeviceCodeGrant = QLatin1String("urn:ietf:params:oauth:grant-type:device_code");

QMap<QString, QString> formParams(const QByteArray &body)
{
    QMap<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>body{font-family:sans-serif;max-width:34em;"
                          "margin:3em auto;color:#1b1b1b}.banner{background:#fff4ce;padding:.5em"
                          " 1em;border-radius:4px}button{font-size:1em;margin-right:1em;padding:"
                          ".4em 1.2em}</style></head><body><p class=\"banner\">Sandbox tenant: "
                          "nothing here reaches Microsoft.</p><h1>%1</h1>%2</body></html>")
        .arg(htmlEscape(title), body);
}

SandboxResponse errorPage(int status, int aadsts, const QString &text)
{
    return SandboxResponse::html(
        status, page(QStringLiteral("Sign in"),
                     QStringLiteral("<p>Sorry, but we're having trouble signing you in.</p>"
                                    "<p id=\"error\">AADSTS%1: %2</p>")
                         .arg(aadsts)
                         .arg(htmlEscape(text))));
}

QString tenantNotFound(const QString &tenant)
{
    return QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant "
                          "ID and are signing into the correct cloud. Check with your "
                          "subscription administrator, this may happen if there are no active "
                          "subscriptions for the tenant.")
        .arg(tenant);
}

QString appNotFound(const QString &appId, const QString &tenantName)
{
    return QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. "
                          "This can happen if the application has not been installed by the "
                          "administrator of the tenant or consented to by any user in the tenant. "
                          "You may have sent your authentication request to the wrong tenant.")
        .arg(appId, tenantName);
}

bool isTenantIndependent(const QString &segment)
{
    return segment.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0 ||
           segment.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0;
}

// Which tenant a path segment names. Tenant-independent endpoints sign in the seeded
// administrator's home tenant (Contoso).
Tenant *resolveTenant(Directory &d, const QString &segment)
{
    if (isTenantIndependent(segment))
        return d.tenant(QString::fromLatin1(seed::kTenantId));
    return d.tenant(segment);
}

QString issuerFor(const QUrl &base, const QString &tenantId)
{
    return base.toString() + QLatin1Char('/') + tenantId + QStringLiteral("/v2.0");
}

struct ScopeRequest
{
    QStringList graphScopes; // short Graph names
    QStringList oidc; // openid profile offline_access email
    bool defaultScope = false;
    QString error; // invalid_scope description
    int aadsts = 0;
};

// Parses a delegated `scope` parameter; resource prefix may be Graph's public root, the
// sandbox's own Graph root, or absent.
ScopeRequest parseDelegatedScopes(Directory &d, Tenant &t, const QUrl &base, const QString &scope)
{
    ScopeRequest r;
    const QString sandboxGraph = base.toString() + QStringLiteral("/graph");
    for (const QString &raw : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString name = raw;
        if (kOidcScopes.contains(name, Qt::CaseInsensitive)) {
            r.oidc.append(name.toLower());
            continue;
        }
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        if (slash >= 0) {
            const QString resource = name.left(slash);
            if (resource.compare(kGraphResource, Qt::CaseInsensitive) != 0 &&
                resource.compare(sandboxGraph, Qt::CaseInsensitive) != 0 &&
                resource != QLatin1String(seed::kGraphAppId)) {
                r.error = QStringLiteral("The resource principal named %1 was not found in the "
                                         "tenant named %2. This can happen if the application "
                                         "has not been installed by the administrator of the "
                                         "tenant or consented to by any user in the tenant. You "
                                         "might have sent your authentication request to the "
                                         "wrong tenant.")
                              .arg(resource, t.displayName);
                r.aadsts = 500011;
                return r;
            }
            name = name.mid(slash + 1);
        }
        if (name == QLatin1String(".default")) {
            r.defaultScope = true;
            continue;
        }
        const QJsonObject def = d.graphScopeByValue(t, name);
        if (def.isEmpty()) {
            r.error = QStringLiteral("The provided value for the input parameter 'scope' is not "
                                     "valid. The scope '%1' does not exist.")
                          .arg(raw);
            r.aadsts = 70011;
            return r;
        }
        r.graphScopes.append(def.value(QStringLiteral("value")).toString());
    }
    if (r.graphScopes.isEmpty() && r.oidc.isEmpty() && !r.defaultScope) {
        r.error = QStringLiteral("The provided request must include a 'scope' input parameter.");
        r.aadsts = 900144;
    }
    return r;
}

QStringList allScopes(const ScopeRequest &r)
{
    QStringList all = r.graphScopes;
    if (r.defaultScope)
        all.append(QStringLiteral(".default"));
    return all + r.oidc;
}

// Graph scopes a delegated token carries: what the admin consented to for this client plus
// what was asked for (the admin consents on approval).
QStringList grantedScopes(Tenant &t, const QString &clientId, const QStringList &requested)
{
    QStringList granted = t.consentedScopes.value(clientId);
    for (const auto &s : requested) {
        if (s == QLatin1String(".default") || s == QLatin1String("offline_access"))
            continue;
        if (!granted.contains(s, Qt::CaseInsensitive))
            granted.append(s);
    }
    granted.removeAll(QStringLiteral("offline_access"));
    return granted;
}

void recordConsent(Tenant &t, const QString &clientId, const QStringList &requested)
{
    QStringList &consented = t.consentedScopes[clientId];
    for (const auto &s : requested) {
        if (s != QLatin1String(".default") && !consented.contains(s, Qt::CaseInsensitive))
            consented.append(s);
    }
}

QString appDisplayName(Directory &d, Tenant &t, const QString &clientId)
{
    if (const auto pc = d.publicClient(t, clientId))
        return pc->displayName;
    if (const QJsonObject *app = d.applicationByAppId(t, clientId, true))
        return app->value(QStringLiteral("displayName")).toString();
    return clientId;
}

bool userIsGlobalAdmin(Directory &d, Tenant &t, const QString &userId)
{
    return userId == t.adminId && !d.config.userLacksPrivilegedRole;
}

QString makeIdToken(Directory &d, const QUrl &base, Tenant &t, const QString &clientId,
                    const QString &userId, const QString &nonce)
{
    const QJsonObject *user = d.user(t, userId);
    const qint64 now = Directory::nowMs() / 1000;
    QJsonObject claims {
        {QStringLiteral("aud"), clientId},
        {QStringLiteral("iss"), issuerFor(base, t.id)},
        {QStringLiteral("iat"), double(now)},
        {QStringLiteral("nbf"), double(now)},
        {QStringLiteral("exp"), double(now + d.config.accessTokenLifetimeSec)},
        {QStringLiteral("name"), user ? user->value(QStringLiteral("displayName")) : QJsonValue()},
        {QStringLiteral("oid"), userId},
        {QStringLiteral("preferred_username"),
         user ? user->value(QStringLiteral("userPrincipalName")) : QJsonValue()},
        {QStringLiteral("sub"), tokens::newOpaque(32)},
        {QStringLiteral("tid"), t.id},
        {QStringLiteral("ver"), QStringLiteral("2.0")}};
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    const QString token = tokens::makeJwt(claims);
    d.recordIssued(QStringLiteral("idToken"), token);
    return token;
}

// The token response of a delegated grant (code, device code, refresh).
SandboxResponse delegatedTokenResponse(Directory &d, const QUrl &base, Tenant &t,
                                       const QString &clientId, const QString &userId,
                                       const QStringList &requested, const QString &nonce)
{
    const QStringList granted = grantedScopes(t, clientId, requested);
    const TokenRecord access = issueDelegatedAccessToken(d, base, t, clientId, userId, granted);
    QJsonObject body {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                      {QStringLiteral("scope"), granted.join(QLatin1Char(' '))},
                      {QStringLiteral("expires_in"), d.config.accessTokenLifetimeSec},
                      {QStringLiteral("ext_expires_in"), d.config.accessTokenLifetimeSec},
                      {QStringLiteral("access_token"), access.token}};
    if (requested.contains(QStringLiteral("offline_access"))) {
        TokenRecord refresh;
        // Entra's refresh tokens are opaque, not JWTs.
        refresh.token = QStringLiteral("1.AX") + tokens::newOpaque(96);
        refresh.kind = QStringLiteral("refresh");
        refresh.tenantId = t.id;
        refresh.clientId = clientId;
        refresh.userId = userId;
        refresh.scopes = requested;
        refresh = d.issueToken(refresh, d.config.refreshTokenLifetimeSec);
        body.insert(QStringLiteral("refresh_token"), refresh.token);
    }
    if (requested.contains(QStringLiteral("openid")))
        body.insert(QStringLiteral("id_token"), makeIdToken(d, base, t, clientId, userId, nonce));
    SandboxResponse r = SandboxResponse::json(200, body);
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

// ---------------------------------------------------------------------------------------------
// Discovery

SandboxResponse discovery(Directory &d, const QUrl &base, const SandboxRequest &req,
                          const QString &segment)
{
    QString tid;
    if (isTenantIndependent(segment)) {
        tid = QStringLiteral("{tenantid}");
    } else {
        const Tenant *t = d.tenant(segment);
        if (!t)
            return entraError(req, 400, QStringLiteral("invalid_tenant"), 90002,
                              tenantNotFound(segment));
        tid = t->id;
    }
    const QString root = base.toString() + QLatin1Char('/');
    const QString pathTenant = isTenantIndependent(segment) ? segment.toLower() : tid;
    QJsonObject doc {
        {QStringLiteral("token_endpoint"),
         QString(root + pathTenant + QStringLiteral("/oauth2/v2.0/token"))},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray {QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt"),
                     QStringLiteral("client_secret_basic")}},
        {QStringLiteral("jwks_uri"),
         QString(root + pathTenant + QStringLiteral("/discovery/v2.0/keys"))},
        {QStringLiteral("response_modes_supported"),
         QJsonArray {QStringLiteral("query"), QStringLiteral("fragment"),
                     QStringLiteral("form_post")}},
        {QStringLiteral("subject_types_supported"), QJsonArray {QStringLiteral("pairwise")}},
        {QStringLiteral("id_token_signing_alg_values_supported"),
         QJsonArray {QStringLiteral("RS256")}},
        {QStringLiteral("response_types_supported"),
         QJsonArray {QStringLiteral("code"), QStringLiteral("id_token"),
                     QStringLiteral("code id_token"), QStringLiteral("id_token token")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                     QStringLiteral("offline_access")}},
        {QStringLiteral("issuer"), QString(root + tid + QStringLiteral("/v2.0"))},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("userinfo_endpoint"),
         QString(root + QStringLiteral("graph/oidc/userinfo"))},
        {QStringLiteral("authorization_endpoint"),
         QString(root + pathTenant + QStringLiteral("/oauth2/v2.0/authorize"))},
        {QStringLiteral("device_authorization_endpoint"),
         QString(root + pathTenant + QStringLiteral("/oauth2/v2.0/devicecode"))},
        {QStringLiteral("http_logout_supported"), true},
        {QStringLiteral("frontchannel_logout_supported"), true},
        {QStringLiteral("end_session_endpoint"),
         QString(root + pathTenant + QStringLiteral("/oauth2/v2.0/logout"))},
        {QStringLiteral("claims_supported"),
         QJsonArray {QStringLiteral("sub"), QStringLiteral("iss"),
                     QStringLiteral("cloud_instance_name"), QStringLiteral("aud"),
                     QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("nonce"),
                     QStringLiteral("preferred_username"), QStringLiteral("name"),
                     QStringLiteral("tid"), QStringLiteral("ver"), QStringLiteral("email")}},
        {QStringLiteral("tenant_region_scope"), isTenantIndependent(segment)
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(QStringLiteral("EU"))},
        {QStringLiteral("cloud_instance_name"), QStringLiteral("microsoftonline.com")},
        {QStringLiteral("cloud_graph_host_name"), QStringLiteral("graph.windows.net")},
        // Entra gives a bare host; the sandbox's Graph lives under a path, so this is
        // host:port/graph ("http://" + msgraph_host + "/v1.0" works).
        {QStringLiteral("msgraph_host"), QString(base.authority() + QStringLiteral("/graph"))},
        {QStringLiteral("rbac_url"), QStringLiteral("https://pas.windows.net")}};
    return SandboxResponse::json(200, doc);
}

SandboxResponse jwks(Directory &d, const SandboxRequest &req, const QString &segment)
{
    if (!isTenantIndependent(segment) && !d.tenant(segment))
        return entraError(req, 400, QStringLiteral("invalid_tenant"), 90002,
                          tenantNotFound(segment));
    // A well-formed key set; tokens are not really signed with it (see sandboxserver.h).
    const QJsonObject key {
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("kid"), QString::fromLatin1(tokens::kSigningKeyId)},
        {QStringLiteral("n"), QString::fromLatin1(tokens::base64Url(QByteArray(256, '\x5a')))},
        {QStringLiteral("e"), QStringLiteral("AQAB")}};
    return SandboxResponse::json(200, QJsonObject {{QStringLiteral("keys"), QJsonArray {key}}});
}

// ---------------------------------------------------------------------------------------------
// Authorize

// Registered http://localhost matches any port (entra-docs reply-url.md); the path must match.
bool redirectMatches(const QStringList &registered, const QString &requested)
{
    const QUrl req(requested);
    if (!req.isValid() || req.scheme().isEmpty())
        return false;
    for (const QString &r : registered) {
        if (r == requested)
            return true;
        const QUrl reg(r);
        if (reg.scheme() == QLatin1String("http") && reg.host() == QLatin1String("localhost") &&
            req.scheme() == QLatin1String("http") && req.host() == QLatin1String("localhost") &&
            reg.port(-1) == -1) {
            const QString regPath = reg.path().isEmpty() ? QStringLiteral("/") : reg.path();
            const QString reqPath = req.path().isEmpty() ? QStringLiteral("/") : req.path();
            if (regPath == reqPath && !req.hasQuery() && !req.hasFragment())
                return true;
        }
    }
    return false;
}

QUrl redirectWith(const QString &redirectUri, const QList<QPair<QString, QString>> &params)
{
    QUrl url(redirectUri);
    QUrlQuery q(url);
    for (const auto &p : params)
        q.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
    url.setQuery(q);
    return url;
}

SandboxResponse authorize(Directory &d, const QUrl &base, const SandboxRequest &req,
                          const QString &segment)
{
    // GET carries the parameters in the query; the consent page POSTs them back as a form.
    QMap<QString, QString> p;
    if (req.method == "POST") {
        p = formParams(req.body);
    } else {
        for (const auto &item : req.query.queryItems(QUrl::FullyDecoded))
            p.insert(item.first, item.second);
    }
    Tenant *t = resolveTenant(d, segment);
    if (!t)
        return errorPage(400, 90002, tenantNotFound(segment));
    const QString clientId = p.value(QStringLiteral("client_id"));
    const auto client = d.publicClient(*t, clientId);
    if (!client) {
        if (clientId.isEmpty())
            return errorPage(400, 900144,
                             QStringLiteral("The request body must contain the following "
                                            "parameter: 'client_id'."));
        return errorPage(400, 700016, appNotFound(clientId, t->displayName));
    }
    const QString redirectUri = p.value(QStringLiteral("redirect_uri"));
    if (!redirectMatches(client->redirectUris, redirectUri)) {
        return errorPage(400, 50011,
                         QStringLiteral("The redirect URI '%1' specified in the request does not "
                                        "match the redirect URIs configured for the application "
                                        "'%2'. Make sure the redirect URI sent in the request "
                                        "matches one added to your application in the Azure "
                                        "portal.")
                             .arg(redirectUri, clientId));
    }
    const QString state = p.value(QStringLiteral("state"));
    auto fail = [&](const QString &error, int code, const QString &text) {
        QList<QPair<QString, QString>> params {
            {QStringLiteral("error"), error},
            {QStringLiteral("error_description"),
             QStringLiteral("AADSTS%1: %2").arg(code).arg(text)}};
        if (!state.isEmpty())
            params.append({QStringLiteral("state"), state});
        return SandboxResponse::redirect(redirectWith(redirectUri, params));
    };
    if (p.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"), 700054,
                    QStringLiteral("response_type '%1' is not enabled for the application.")
                        .arg(p.value(QStringLiteral("response_type"))));
    const QString challenge = p.value(QStringLiteral("code_challenge"));
    const QString method = p.value(QStringLiteral("code_challenge_method"));
    if (challenge.isEmpty())
        return fail(QStringLiteral("invalid_request"), 9002325,
                    QStringLiteral("Proof Key for Code Exchange is required for this public "
                                   "client. Send code_challenge and code_challenge_method=S256."));
    if (method != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"), 9002325,
                    QStringLiteral("The sandbox requires code_challenge_method=S256, got '%1'.")
                        .arg(method));
    if (challenge.size() != 43)
        return fail(QStringLiteral("invalid_request"), 9002325,
                    QStringLiteral("The code_challenge is not a base64url SHA-256 value."));
    const ScopeRequest scopes = parseDelegatedScopes(d, *t, base, p.value(QStringLiteral("scope")));
    if (!scopes.error.isEmpty())
        return fail(QStringLiteral("invalid_scope"), scopes.aadsts, scopes.error);

    const QString decision = p.value(QStringLiteral("decision"));
    if (!d.config.autoApprove && decision.isEmpty()) {
        QString hidden;
        for (auto it = p.begin(); it != p.end(); ++it)
            hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                          .arg(htmlEscape(it.key()), htmlEscape(it.value()));
        const QJsonObject *admin = d.user(*t, t->adminId);
        const QString who =
            admin ? admin->value(QStringLiteral("userPrincipalName")).toString() : QString();
        const QString body =
            QStringLiteral("<p>Signed in as <b id=\"user\">%1</b> (%2).</p>"
                           "<p><b>%3</b> wants to:</p><ul id=\"scopes\">%4</ul>"
                           "<form method=\"post\" action=\"%5\">%6"
                           "<button type=\"submit\" name=\"decision\" value=\"approve\" "
                           "id=\"approve\">Accept</button>"
                           "<button type=\"submit\" name=\"decision\" value=\"deny\" "
                           "id=\"deny\">Cancel</button></form>")
                .arg(
                    htmlEscape(who), htmlEscape(t->displayName), htmlEscape(client->displayName),
                    [&] {
                        QString items;
                        for (const auto &s : allScopes(scopes))
                            items += QStringLiteral("<li>%1</li>").arg(htmlEscape(s));
                        return items;
                    }(),
                    htmlEscape(req.path), hidden);
        return SandboxResponse::html(200, page(QStringLiteral("Permissions requested"), body));
    }
    if (decision == QLatin1String("deny"))
        return fail(QStringLiteral("access_denied"), 65004,
                    QStringLiteral("User declined to consent to access the app."));

    AuthCodeRecord code;
    code.code = QStringLiteral("1.AQ") + tokens::newOpaque(120);
    code.tenantId = t->id;
    code.clientId = client->appId;
    code.redirectUri = redirectUri;
    code.codeChallenge = challenge;
    code.codeChallengeMethod = method;
    code.scopes = allScopes(scopes);
    code.userId = t->adminId;
    code.nonce = p.value(QStringLiteral("nonce"));
    code.expiresAt = Directory::nowMs() + qint64(d.config.authCodeLifetimeSec) * 1000;
    d.authCodes.append(code);
    d.recordIssued(QStringLiteral("authCode"), code.code);
    recordConsent(*t, client->appId, scopes.graphScopes + scopes.oidc);
    QList<QPair<QString, QString>> params {{QStringLiteral("code"), code.code}};
    if (!state.isEmpty())
        params.append({QStringLiteral("state"), state});
    params.append({QStringLiteral("session_state"), tokens::newGuid()});
    return SandboxResponse::redirect(redirectWith(redirectUri, params));
}

// ---------------------------------------------------------------------------------------------
// Device code

SandboxResponse deviceCode(Directory &d, const QUrl &base, const SandboxRequest &req,
                           const QString &segment)
{
    if (req.method != "POST")
        return entraError(req, 405, QStringLiteral("invalid_request"), 900561,
                          QStringLiteral("The endpoint only accepts POST requests."));
    Tenant *t = resolveTenant(d, segment);
    if (!t)
        return entraError(req, 400, QStringLiteral("invalid_request"), 90002,
                          tenantNotFound(segment));
    const auto p = formParams(req.body);
    const QString clientId = p.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return entraError(req, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'client_id'."));
    const auto client = d.publicClient(*t, clientId);
    if (!client) {
        if (d.applicationByAppId(*t, clientId))
            return entraError(req, 401, QStringLiteral("invalid_client"), 7000218,
                              QStringLiteral("The request body must contain the following "
                                             "parameter: 'client_assertion' or "
                                             "'client_secret'."));
        return entraError(req, 400, QStringLiteral("unauthorized_client"), 700016,
                          appNotFound(clientId, t->displayName));
    }
    const ScopeRequest scopes = parseDelegatedScopes(d, *t, base, p.value(QStringLiteral("scope")));
    if (!scopes.error.isEmpty())
        return entraError(req, 400, QStringLiteral("invalid_scope"), scopes.aadsts, scopes.error);

    DeviceCodeRecord rec;
    rec.deviceCode = QStringLiteral("DAQABAAEAAA") + tokens::newOpaque(96);
    rec.userCode = tokens::newUserCode();
    rec.tenantId = t->id;
    rec.clientId = client->appId;
    rec.scopes = allScopes(scopes);
    rec.expiresAt = Directory::nowMs() + qint64(d.config.deviceCodeLifetimeSec) * 1000;
    if (d.config.autoApprove) {
        rec.state = QStringLiteral("approved");
        rec.userId = t->adminId;
        recordConsent(*t, rec.clientId, scopes.graphScopes + scopes.oidc);
    }
    d.deviceCodes.append(rec);
    d.recordIssued(QStringLiteral("deviceCode"), rec.deviceCode);
    const QString verification = base.toString() + QStringLiteral("/devicelogin");
    return SandboxResponse::json(
        200,
        QJsonObject {{QStringLiteral("user_code"), rec.userCode},
                     {QStringLiteral("device_code"), rec.deviceCode},
                     {QStringLiteral("verification_uri"), verification},
                     {QStringLiteral("expires_in"), d.config.deviceCodeLifetimeSec},
                     {QStringLiteral("interval"), d.config.deviceCodeIntervalSec},
                     {QStringLiteral("message"),
                      QStringLiteral("To sign in, use a web browser to open the page %1 and enter "
                                     "the code %2 to authenticate.")
                          .arg(verification, rec.userCode)}});
}

DeviceCodeRecord *findPendingUserCode(Directory &d, const QString &userCode)
{
    const QString normalized = userCode.trimmed().toUpper().remove(QLatin1Char('-'));
    for (auto &rec : d.deviceCodes) {
        if (rec.userCode == normalized && rec.state == QLatin1String("pending") &&
            rec.expiresAt > Directory::nowMs())
            return &rec;
    }
    return nullptr;
}

SandboxResponse deviceLogin(Directory &d, const SandboxRequest &req)
{
    static const QString form = QStringLiteral(
        "<p>Enter the code displayed on your app or device.</p>"
        "<form method=\"post\" action=\"/devicelogin\"><p><input name=\"otc\" id=\"otc\" "
        "autocomplete=\"off\" placeholder=\"Code\" value=\"%1\"></p>"
        "<button type=\"submit\" name=\"action\" value=\"approve\" id=\"approve\">Sign in and "
        "allow</button><button type=\"submit\" name=\"action\" value=\"deny\" id=\"deny\">Deny"
        "</button></form>");
    if (req.method == "GET")
        return SandboxResponse::html(
            200, page(QStringLiteral("Enter code"),
                      form.arg(htmlEscape(req.queryValue(QStringLiteral("otc"))))));
    if (req.method != "POST")
        return SandboxResponse::html(405, page(QStringLiteral("Enter code"), form.arg(QString())));
    const auto p = formParams(req.body);
    DeviceCodeRecord *rec = findPendingUserCode(d, p.value(QStringLiteral("otc")));
    if (!rec) {
        return SandboxResponse::html(
            400, page(QStringLiteral("Enter code"),
                      QStringLiteral("<p id=\"error\">AADSTS70018: That code didn't work. Check "
                                     "the code and try again.</p>") +
                          form.arg(QString())));
    }
    Tenant *t = d.tenant(rec->tenantId);
    const bool approve =
        p.value(QStringLiteral("action"), QStringLiteral("approve")) == QLatin1String("approve");
    rec->state = approve ? QStringLiteral("approved") : QStringLiteral("declined");
    rec->userId = t ? t->adminId : QString();
    const QString appName = t ? appDisplayName(d, *t, rec->clientId) : rec->clientId;
    if (approve && t)
        recordConsent(*t, rec->clientId, rec->scopes);
    return SandboxResponse::html(
        200, page(approve ? QStringLiteral("You're signed in") : QStringLiteral("Sign-in denied"),
                  approve ? QStringLiteral("<p id=\"result\">You have signed in to the %1 "
                                           "application on your device. You may now close this "
                                           "window.</p>")
                                .arg(htmlEscape(appName))
                          : QStringLiteral("<p id=\"result\">You declined to sign in to %1.</p>")
                                .arg(htmlEscape(appName))));
}

// ---------------------------------------------------------------------------------------------
// Token

SandboxResponse tokenAuthorizationCode(Directory &d, const QUrl &base, const SandboxRequest &req,
                                       Tenant &t, const QMap<QString, QString> &p)
{
    const QString clientId = p.value(QStringLiteral("client_id"));
    const QString codeValue = p.value(QStringLiteral("code"));
    d.recordIssued(QStringLiteral("codeVerifier"), p.value(QStringLiteral("code_verifier")));
    if (codeValue.isEmpty())
        return entraError(req, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'code'."));
    AuthCodeRecord *code = nullptr;
    for (auto &c : d.authCodes) {
        if (c.code == codeValue)
            code = &c;
    }
    if (!code || code->tenantId != t.id)
        return entraError(req, 400, QStringLiteral("invalid_grant"), 9002313,
                          QStringLiteral("Invalid request. Request is malformed or invalid. The "
                                         "provided value for the 'code' parameter is not "
                                         "valid."));
    if (code->redeemed)
        return entraError(req, 400, QStringLiteral("invalid_grant"), 54005,
                          QStringLiteral("OAuth2 Authorization code was already redeemed, please "
                                         "retry with a new valid code or use an existing refresh "
                                         "token."));
    if (code->expiresAt <= Directory::nowMs())
        return entraError(req, 400, QStringLiteral("invalid_grant"), 70008,
                          QStringLiteral("The provided authorization code or refresh token has "
                                         "expired due to inactivity. Send a new interactive "
                                         "authorization request for this user and resource."));
    if (code->clientId.compare(clientId, Qt::CaseInsensitive) != 0)
        return entraError(req, 400, QStringLiteral("invalid_grant"), 700005,
                          QStringLiteral("Provided Authorization Code is intended to use against "
                                         "other tenant or client, thus rejected."));
    if (code->redirectUri != p.value(QStringLiteral("redirect_uri")))
        return entraError(req, 400, QStringLiteral("invalid_grant"), 50011,
                          QStringLiteral("The redirect URI '%1' specified in the request does "
                                         "not match the redirect URI used in the authorization "
                                         "request.")
                              .arg(p.value(QStringLiteral("redirect_uri"))));
    const QString verifier = p.value(QStringLiteral("code_verifier"));
    if (verifier.isEmpty())
        return entraError(req, 400, QStringLiteral("invalid_request"), 9002325,
                          QStringLiteral("Proof Key for Code Exchange is required. The request "
                                         "must contain the 'code_verifier' parameter."));
    const QByteArray challenge =
        tokens::base64Url(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256));
    if (QString::fromLatin1(challenge) != code->codeChallenge)
        return entraError(req, 400, QStringLiteral("invalid_grant"), 50148,
                          QStringLiteral("The code_verifier does not match the code_challenge "
                                         "supplied in the authorization request for PKCE."));
    code->redeemed = true;
    return delegatedTokenResponse(d, base, t, code->clientId, code->userId, code->scopes,
                                  code->nonce);
}

SandboxResponse tokenRefresh(Directory &d, const QUrl &base, const SandboxRequest &req, Tenant &t,
                             const QMap<QString, QString> &p)
{
    const QString clientId = p.value(QStringLiteral("client_id"));
    TokenRecord *rt =
        d.findToken(p.value(QStringLiteral("refresh_token")), QStringLiteral("refresh"));
    if (!rt || rt->tenantId != t.id || rt->clientId.compare(clientId, Qt::CaseInsensitive) != 0)
        return entraError(req, 400, QStringLiteral("invalid_grant"), 9002313,
                          QStringLiteral("Invalid request. Request is malformed or invalid. The "
                                         "refresh token is not valid for this client and "
                                         "tenant."));
    if (rt->expiresAt <= Directory::nowMs())
        return entraError(req, 400, QStringLiteral("invalid_grant"), 700082,
                          QStringLiteral("The refresh token has expired due to inactivity."));
    QStringList scopes = rt->scopes;
    const QString requested = p.value(QStringLiteral("scope"));
    if (!requested.isEmpty()) {
        const ScopeRequest sr = parseDelegatedScopes(d, t, base, requested);
        if (!sr.error.isEmpty())
            return entraError(req, 400, QStringLiteral("invalid_scope"), sr.aadsts, sr.error);
        scopes = allScopes(sr);
        if (!scopes.contains(QStringLiteral("offline_access")))
            scopes.append(QStringLiteral("offline_access"));
    }
    const TokenRecord copy = *rt;
    return delegatedTokenResponse(d, base, t, copy.clientId, copy.userId, scopes, {});
}

SandboxResponse tokenDeviceCode(Directory &d, const QUrl &base, const SandboxRequest &req,
                                Tenant &t, const QMap<QString, QString> &p)
{
    const QString clientId = p.value(QStringLiteral("client_id"));
    const QString deviceCodeValue = p.value(QStringLiteral("device_code"));
    DeviceCodeRecord *rec = nullptr;
    for (auto &r : d.deviceCodes) {
        if (r.deviceCode == deviceCodeValue && !deviceCodeValue.isEmpty())
            rec = &r;
    }
    if (!rec || rec->clientId.compare(clientId, Qt::CaseInsensitive) != 0 || rec->tenantId != t.id)
        return entraError(req, 400, QStringLiteral("bad_verification_code"), 70018,
                          QStringLiteral("Invalid verification code. The device_code is not "
                                         "known for this client."));
    const qint64 now = Directory::nowMs();
    if (rec->expiresAt <= now)
        return entraError(req, 400, QStringLiteral("expired_token"), 70019,
                          QStringLiteral("Verification code expired."));
    if (rec->state == QLatin1String("redeemed"))
        return entraError(req, 400, QStringLiteral("invalid_grant"), 90120,
                          QStringLiteral("The device code was already used to sign in."));
    // RFC 8628 §3.5 slow_down; Entra does not document it, so only a poll faster than the
    // interval since the previous poll triggers it.
    const bool tooFast = rec->lastPollAt > 0 &&
                         now - rec->lastPollAt < qint64(d.config.deviceCodeIntervalSec) * 1000;
    rec->lastPollAt = now;
    if (tooFast)
        return entraError(req, 400, QStringLiteral("slow_down"), 70016,
                          QStringLiteral("OAuth 2.0 device flow error. Polling too fast: wait "
                                         "the interval plus 5 seconds between requests."));
    if (rec->state == QLatin1String("declined"))
        return entraError(req, 400, QStringLiteral("authorization_declined"), 65004,
                          QStringLiteral("User declined to consent to access the app."));
    if (rec->state == QLatin1String("pending"))
        return entraError(req, 400, QStringLiteral("authorization_pending"), 70016,
                          QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. "
                                         "Continue polling."));
    rec->state = QStringLiteral("redeemed");
    const DeviceCodeRecord copy = *rec;
    return delegatedTokenResponse(d, base, t, copy.clientId, copy.userId, copy.scopes, {});
}

SandboxResponse tokenClientCredentials(Directory &d, const QUrl &base, const SandboxRequest &req,
                                       Tenant &t, const QMap<QString, QString> &p)
{
    const QString clientId = p.value(QStringLiteral("client_id"));
    const QString secret = p.value(QStringLiteral("client_secret"));
    QJsonObject *app = d.applicationByAppId(t, clientId, true);
    if (!app || !d.replicated(t, app->value(QStringLiteral("id")).toString()))
        return entraError(req, 400, QStringLiteral("unauthorized_client"), 700016,
                          appNotFound(clientId, t.displayName));
    if (secret.isEmpty())
        return entraError(req, 401, QStringLiteral("invalid_client"), 7000218,
                          QStringLiteral("The request body must contain the following parameter: "
                                         "'client_assertion' or 'client_secret'."));
    const QString appObjectId = app->value(QStringLiteral("id")).toString();
    const SecretRecord *match = nullptr;
    for (const auto &s : d.secrets) {
        if (s.tenantId == t.id && s.appObjectId == appObjectId && s.value == secret)
            match = &s;
    }
    // A secret still replicating is as unknown to the token service as a wrong one.
    if (!match || !d.replicatedAt(match->createdAt))
        return entraError(req, 401, QStringLiteral("invalid_client"), 7000215,
                          QStringLiteral("Invalid client secret provided. Ensure the secret being "
                                         "sent in the request is the client secret value, not "
                                         "the client secret ID, for a secret added to app "
                                         "'%1'.")
                              .arg(clientId));
    if (match->endAt <= Directory::nowMs())
        return entraError(req, 401, QStringLiteral("invalid_client"), 7000222,
                          QStringLiteral("The provided client secret keys for app '%1' are "
                                         "expired. Visit the Azure portal to create new keys for "
                                         "your app: https://aka.ms/NewClientSecret, or consider "
                                         "using certificate credentials for added security: "
                                         "https://aka.ms/certCreds.")
                              .arg(clientId));
    const QString scope = p.value(QStringLiteral("scope")).trimmed();
    const QString sandboxGraph = base.toString() + QStringLiteral("/graph");
    if (!scope.endsWith(QLatin1String("/.default")) || scope.contains(QLatin1Char(' ')))
        return entraError(req, 400, QStringLiteral("invalid_scope"), 1002012,
                          QStringLiteral("The provided value for scope %1 is not valid. Client "
                                         "credential flows must have a scope value with /.default "
                                         "suffixed to the resource identifier (application ID "
                                         "URI).")
                              .arg(scope));
    const QString resource = scope.left(scope.size() - int(qstrlen("/.default")));
    if (resource.compare(kGraphResource, Qt::CaseInsensitive) != 0 &&
        resource.compare(sandboxGraph, Qt::CaseInsensitive) != 0 &&
        resource != QLatin1String(seed::kGraphAppId))
        return entraError(req, 400, QStringLiteral("invalid_resource"), 500011,
                          QStringLiteral("The resource principal named %1 was not found in the "
                                         "tenant named %2.")
                              .arg(resource, t.displayName));
    const QJsonObject *sp = d.servicePrincipalByAppId(t, clientId, true);
    if (!sp)
        return entraError(req, 400, QStringLiteral("invalid_client"), 7000229,
                          QStringLiteral("The client application %1 is missing service principal "
                                         "in the tenant %2.")
                              .arg(clientId, t.id));
    if (!d.replicated(t, sp->value(QStringLiteral("id")).toString()))
        return entraError(req, 400, QStringLiteral("unauthorized_client"), 700016,
                          appNotFound(clientId, t.displayName));
    const QString spId = sp->value(QStringLiteral("id")).toString();
    const QJsonObject *graphSp =
        d.servicePrincipalByAppId(t, QString::fromLatin1(seed::kGraphAppId), true);
    const QString graphSpId = graphSp ? graphSp->value(QStringLiteral("id")).toString() : QString();
    QStringList roles;
    for (const auto &a : t.appRoleAssignments) {
        if (a.value(QStringLiteral("principalId")).toString() == spId &&
            a.value(QStringLiteral("resourceId")).toString() == graphSpId) {
            const QJsonObject role =
                d.graphRoleById(t, a.value(QStringLiteral("appRoleId")).toString());
            if (!role.isEmpty())
                roles.append(role.value(QStringLiteral("value")).toString());
        }
    }
    const qint64 now = Directory::nowMs() / 1000;
    QJsonObject claims {
        {QStringLiteral("aud"), QString(kGraphResource)},
        {QStringLiteral("iss"), issuerFor(base, t.id)},
        {QStringLiteral("iat"), double(now)},
        {QStringLiteral("nbf"), double(now)},
        {QStringLiteral("exp"), double(now + d.config.accessTokenLifetimeSec)},
        {QStringLiteral("app_displayname"), app->value(QStringLiteral("displayName"))},
        {QStringLiteral("appid"), clientId},
        {QStringLiteral("azp"), clientId},
        {QStringLiteral("idtyp"), QStringLiteral("app")},
        {QStringLiteral("oid"), spId},
        {QStringLiteral("sub"), spId},
        {QStringLiteral("tid"), t.id},
        {QStringLiteral("uti"), tokens::newOpaque(16)},
        {QStringLiteral("ver"), QStringLiteral("1.0")}};
    if (!roles.isEmpty())
        claims.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    TokenRecord rec;
    rec.token = tokens::makeJwt(claims);
    rec.kind = QStringLiteral("access");
    rec.tenantId = t.id;
    rec.clientId = clientId;
    rec.roles = roles;
    rec = d.issueToken(rec, d.config.accessTokenLifetimeSec);
    SandboxResponse r = SandboxResponse::json(
        200, QJsonObject {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("expires_in"), d.config.accessTokenLifetimeSec},
                          {QStringLiteral("ext_expires_in"), d.config.accessTokenLifetimeSec},
                          {QStringLiteral("access_token"), rec.token}});
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

SandboxResponse token(Directory &d, const QUrl &base, const SandboxRequest &req,
                      const QString &segment)
{
    if (req.method != "POST")
        return entraError(req, 405, QStringLiteral("invalid_request"), 900561,
                          QStringLiteral("The endpoint only accepts POST, OPTIONS requests. "
                                         "Received a GET request."));
    const auto p = formParams(req.body);
    const QString grant = p.value(QStringLiteral("grant_type"));
    if (grant == QLatin1String("client_credentials") && isTenantIndependent(segment))
        return entraError(req, 400, QStringLiteral("invalid_request"), 50059,
                          QStringLiteral("No tenant-identifying information found in either the "
                                         "request or implied by any provided credentials."));
    Tenant *t = resolveTenant(d, segment);
    if (!t)
        return entraError(req, 400, QStringLiteral("invalid_request"), 90002,
                          tenantNotFound(segment));
    if (grant.isEmpty())
        return entraError(req, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'grant_type'."));
    const QString clientId = p.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return entraError(req, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'client_id'."));
    if (grant == QLatin1String("client_credentials"))
        return tokenClientCredentials(d, base, req, *t, p);

    const auto client = d.publicClient(*t, clientId);
    if (!client)
        return entraError(req, 400, QStringLiteral("unauthorized_client"), 700016,
                          appNotFound(clientId, t->displayName));
    // Qt 6.4 sends an empty client_secret on refresh; how Entra reacts is unverified, so an
    // empty one counts as absent here. A real value from a public client is refused.
    if (!p.value(QStringLiteral("client_secret")).isEmpty() ||
        p.contains(QStringLiteral("client_assertion")))
        return entraError(req, 401, QStringLiteral("invalid_client"), 700025,
                          QStringLiteral("Client is public so neither 'client_assertion' nor "
                                         "'client_secret' should be presented."));
    if (grant == QLatin1String("authorization_code"))
        return tokenAuthorizationCode(d, base, req, *t, p);
    if (grant == QLatin1String("refresh_token"))
        return tokenRefresh(d, base, req, *t, p);
    if (grant == kDeviceCodeGrant || grant == QLatin1String("device_code"))
        return tokenDeviceCode(d, base, req, *t, p);
    return entraError(
        req, 400, QStringLiteral("unsupported_grant_type"), 70003,
        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
}

} // namespace

TokenRecord issueDelegatedAccessToken(Directory &d, const QUrl &base, Tenant &t,
                                      const QString &clientId, const QString &userId,
                                      const QStringList &scopes)
{
    const QJsonObject *user = d.user(t, userId);
    const qint64 now = Directory::nowMs() / 1000;
    // Directory role template ids: Global Administrator, or Application Administrator when the
    // sandbox is told the user lacks the privileged role.
    const QString role = userIsGlobalAdmin(d, t, userId)
                             ? QStringLiteral("62e90394-69f5-4237-9190-012177145e10")
                             : QStringLiteral("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3");
    QStringList scp = scopes;
    scp.removeAll(QStringLiteral("offline_access"));
    scp.removeAll(QStringLiteral(".default"));
    const QJsonObject claims {
        {QStringLiteral("aud"), QString(kGraphResource)},
        {QStringLiteral("iss"), issuerFor(base, t.id)},
        {QStringLiteral("iat"), double(now)},
        {QStringLiteral("nbf"), double(now)},
        {QStringLiteral("exp"), double(now + d.config.accessTokenLifetimeSec)},
        {QStringLiteral("app_displayname"), appDisplayName(d, t, clientId)},
        {QStringLiteral("appid"), clientId},
        {QStringLiteral("azp"), clientId},
        {QStringLiteral("idtyp"), QStringLiteral("user")},
        {QStringLiteral("name"), user ? user->value(QStringLiteral("displayName")) : QJsonValue()},
        {QStringLiteral("oid"), userId},
        {QStringLiteral("preferred_username"),
         user ? user->value(QStringLiteral("userPrincipalName")) : QJsonValue()},
        {QStringLiteral("scp"), scp.join(QLatin1Char(' '))},
        {QStringLiteral("sub"), tokens::newOpaque(32)},
        {QStringLiteral("tid"), t.id},
        {QStringLiteral("unique_name"),
         user ? user->value(QStringLiteral("userPrincipalName")) : QJsonValue()},
        {QStringLiteral("upn"),
         user ? user->value(QStringLiteral("userPrincipalName")) : QJsonValue()},
        {QStringLiteral("uti"), tokens::newOpaque(16)},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
        {QStringLiteral("wids"), QJsonArray {role}}};
    TokenRecord rec;
    rec.token = tokens::makeJwt(claims);
    rec.kind = QStringLiteral("access");
    rec.tenantId = t.id;
    rec.clientId = clientId;
    rec.userId = userId;
    rec.scopes = scp;
    return d.issueToken(rec, d.config.accessTokenLifetimeSec);
}

std::optional<SandboxResponse> handleIdentity(Directory &d, const QUrl &base,
                                              const SandboxRequest &req)
{
    if (req.path == QLatin1String("/devicelogin"))
        return deviceLogin(d, req);
    static const QRegularExpression re(
        QStringLiteral("^/([^/]+)/(v2\\.0/\\.well-known/openid-configuration|discovery/v2\\.0/keys|"
                       "oauth2/v2\\.0/(authorize|token|devicecode))$"));
    const auto m = re.match(req.path);
    if (!m.hasMatch())
        return std::nullopt;
    const QString segment = m.captured(1);
    const QString what = m.captured(2);
    if (what.startsWith(QLatin1String("v2.0/")))
        return discovery(d, base, req, segment);
    if (what.startsWith(QLatin1String("discovery/")))
        return jwks(d, req, segment);
    const QString endpoint = m.captured(3);
    if (endpoint == QLatin1String("authorize"))
        return authorize(d, base, req, segment);
    if (endpoint == QLatin1String("token"))
        return token(d, base, req, segment);
    return deviceCode(d, base, req, segment);
}

} // namespace leap::sandbox
