// Identity endpoints of the sandbox tenant over real HTTP: discovery, authorize + PKCE, the four
// token grants, device code and its page, Entra's error bodies.
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace leap::testsupport;
using leap::sandbox::seed::kGraphCliClientId;

namespace {

QJsonObject payload(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void verifyEntraError(const HttpResult &r, int status, const QString &error, int code)
{
    QCOMPARE(r.status, status);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
    QVERIFY2(o.value(QStringLiteral("error_description"))
                 .toString()
                 .startsWith(QStringLiteral("AADSTS%1: ").arg(code)),
             qPrintable(o.value(QStringLiteral("error_description")).toString()));
    QCOMPARE(o.value(QStringLiteral("error_codes")).toArray(), QJsonArray {code});
    for (const char *key : {"timestamp", "trace_id", "correlation_id", "error_uri"})
        QVERIFY2(!o.value(QLatin1String(key)).toString().isEmpty(), key);
}

const QString kVerifier =
    QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-sandbox-tests");
const QString kRedirect = QStringLiteral("http://localhost:45123");

} // namespace

class TestSandboxIdentity : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    QUrl at(const QString &path) const
    {
        QUrl u = m_sandbox.baseUrl();
        u.setPath(path);
        return u;
    }
    QUrl tenantUrl(const QString &suffix, const QString &tenant = {}) const
    {
        return at(QLatin1Char('/') + (tenant.isEmpty() ? m_sandbox.tenantId() : tenant) + suffix);
    }
    HttpResult token(const QList<QPair<QString, QString>> &fields, const QString &tenant = {})
    {
        return httpForm(tenantUrl(QStringLiteral("/oauth2/v2.0/token"), tenant), fields);
    }
    QUrl authorizeUrl(const QList<QPair<QString, QString>> &overrides = {}) const
    {
        QMap<QString, QString> p {
            {QStringLiteral("client_id"), QString::fromLatin1(kGraphCliClientId)},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("redirect_uri"), kRedirect},
            {QStringLiteral("scope"), defaultAdminScopes().join(QLatin1Char(' '))},
            {QStringLiteral("state"), QStringLiteral("st4te")},
            {QStringLiteral("code_challenge"), challengeFor(kVerifier)},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        for (const auto &o : overrides) {
            if (o.second.isNull())
                p.remove(o.first);
            else
                p.insert(o.first, o.second);
        }
        QUrl u = tenantUrl(QStringLiteral("/oauth2/v2.0/authorize"));
        QUrlQuery q;
        for (auto it = p.begin(); it != p.end(); ++it)
            q.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
        u.setQuery(q);
        return u;
    }
    // Authorize with autoApprove; returns the query of the redirect.
    QUrlQuery authorizeRedirect(const QList<QPair<QString, QString>> &overrides = {})
    {
        const HttpResult r = httpRaw("GET", authorizeUrl(overrides), {}, {});
        if (r.status != 302)
            return {};
        return QUrlQuery(QUrl(QString::fromUtf8(r.header("location"))));
    }
    QList<QPair<QString, QString>> redeem(const QString &code, const QString &verifier = kVerifier,
                                          const QString &redirect = kRedirect)
    {
        return {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("client_id"), QString::fromLatin1(kGraphCliClientId)},
                {QStringLiteral("code"), code},
                {QStringLiteral("redirect_uri"), redirect},
                {QStringLiteral("code_verifier"), verifier}};
    }
    QJsonObject startDeviceCode(const QString &scope = defaultAdminScopes().join(QLatin1Char(' ')))
    {
        return httpForm(tenantUrl(QStringLiteral("/oauth2/v2.0/devicecode")),
                        {{QStringLiteral("client_id"), QString::fromLatin1(kGraphCliClientId)},
                         {QStringLiteral("scope"), scope}})
            .json();
    }
    HttpResult pollDeviceCode(const QString &deviceCode)
    {
        return token({{QStringLiteral("grant_type"),
                       QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                      {QStringLiteral("client_id"), QString::fromLatin1(kGraphCliClientId)},
                      {QStringLiteral("device_code"), deviceCode}});
    }
    QPair<QString, QString> createAppWithSecret(bool withSp = true)
    {
        const QString admin =
            m_sandbox->issueAdminAccessToken({QStringLiteral("Application.ReadWrite.All")});
        const QJsonObject app =
            http("POST", m_sandbox.graphV1(QStringLiteral("/applications")), admin,
                 {{QStringLiteral("displayName"), QStringLiteral("Leap")},
                  {QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")}})
                .json();
        if (withSp)
            http("POST", m_sandbox.graphV1(QStringLiteral("/servicePrincipals")), admin,
                 {{QStringLiteral("appId"), app.value(QStringLiteral("appId"))}});
        const QString secret =
            http("POST",
                 m_sandbox.graphV1(QStringLiteral("/applications/%1/addPassword")
                                       .arg(app.value(QStringLiteral("id")).toString())),
                 admin, {})
                .json()
                .value(QStringLiteral("secretText"))
                .toString();
        return {app.value(QStringLiteral("appId")).toString(), secret};
    }
    QList<QPair<QString, QString>>
    clientCredentials(const QString &appId, const QString &secret,
                      const QString &scope = QStringLiteral("https://graph.microsoft.com/.default"))
    {
        return {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                {QStringLiteral("client_id"), appId},
                {QStringLiteral("client_secret"), secret},
                {QStringLiteral("scope"), scope}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.ok()); }

    void init()
    {
        m_sandbox->reset();
        m_sandbox->setConfig({});
        m_sandbox->setDeviceCodeIntervalSec(1);
        m_sandbox->setAutoApprove(true);
    }

    void discovery_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("guid") << m_sandbox.tenantId();
        QTest::newRow("domain") << QStringLiteral("contoso.onmicrosoft.com");
        QTest::newRow("domain, other case") << QStringLiteral("Contoso.OnMicrosoft.com");
    }

    void discovery()
    {
        QFETCH(QString, tenant);
        const HttpResult r = httpRaw(
            "GET", tenantUrl(QStringLiteral("/v2.0/.well-known/openid-configuration"), tenant), {},
            {});
        QCOMPARE(r.status, 200);
        const QJsonObject doc = r.json();
        const QString root =
            m_sandbox.baseUrl().toString() + QLatin1Char('/') + m_sandbox.tenantId();
        QCOMPARE(doc.value(QStringLiteral("issuer")).toString(), root + QStringLiteral("/v2.0"));
        QCOMPARE(doc.value(QStringLiteral("token_endpoint")).toString(),
                 root + QStringLiteral("/oauth2/v2.0/token"));
        QCOMPARE(doc.value(QStringLiteral("authorization_endpoint")).toString(),
                 root + QStringLiteral("/oauth2/v2.0/authorize"));
        QCOMPARE(doc.value(QStringLiteral("device_authorization_endpoint")).toString(),
                 root + QStringLiteral("/oauth2/v2.0/devicecode"));
        QCOMPARE(doc.value(QStringLiteral("cloud_instance_name")).toString(),
                 QStringLiteral("microsoftonline.com"));
        QVERIFY(!doc.value(QStringLiteral("msgraph_host")).toString().isEmpty());
        QVERIFY(!doc.value(QStringLiteral("tenant_region_scope")).toString().isEmpty());
        const HttpResult keys =
            httpRaw("GET", QUrl(doc.value(QStringLiteral("jwks_uri")).toString()), {}, {});
        QCOMPARE(keys.status, 200);
        QCOMPARE(keys.json()
                     .value(QStringLiteral("keys"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kid"))
                     .toString(),
                 QStringLiteral("sandbox-key-1"));
    }

    void discoveryOrganizationsAndUnknownTenant()
    {
        HttpResult r = httpRaw("GET",
                               tenantUrl(QStringLiteral("/v2.0/.well-known/openid-configuration"),
                                         QStringLiteral("organizations")),
                               {}, {});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()
                    .value(QStringLiteral("issuer"))
                    .toString()
                    .contains(QLatin1String("{tenantid}")));
        QVERIFY(r.json()
                    .value(QStringLiteral("token_endpoint"))
                    .toString()
                    .contains(QLatin1String("/organizations/")));
        r = httpRaw("GET",
                    tenantUrl(QStringLiteral("/v2.0/.well-known/openid-configuration"),
                              QStringLiteral("fabrikam.onmicrosoft.com")),
                    {}, {});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()
                    .value(QStringLiteral("issuer"))
                    .toString()
                    .contains(QLatin1String("3c9b7d21-6e4f-4a8b-9c5d-1f2e3a4b5c6d")));
        r = httpRaw("GET",
                    tenantUrl(QStringLiteral("/v2.0/.well-known/openid-configuration"),
                              QStringLiteral("nowhere.onmicrosoft.com")),
                    {}, {});
        verifyEntraError(r, 400, QStringLiteral("invalid_tenant"), 90002);
        QVERIFY(r.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .contains(QLatin1String("nowhere.onmicrosoft.com")));
    }

    void authorizationCodeWithPkce()
    {
        const QUrlQuery back = authorizeRedirect();
        QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
        const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        HttpResult r = token(redeem(code));
        QCOMPARE(r.status, 200);
        const QJsonObject t = r.json();
        QCOMPARE(t.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(t.value(QStringLiteral("expires_in")).toInt() > 0);
        QVERIFY(!t.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QVERIFY(!t.value(QStringLiteral("id_token")).toString().isEmpty());

        const QJsonObject claims = payload(t.value(QStringLiteral("access_token")).toString());
        QCOMPARE(claims.value(QStringLiteral("tid")).toString(), m_sandbox.tenantId());
        QCOMPARE(claims.value(QStringLiteral("oid")).toString(), m_sandbox->adminObjectId());
        QCOMPARE(claims.value(QStringLiteral("upn")).toString(), m_sandbox->adminUpn());
        QCOMPARE(claims.value(QStringLiteral("name")).toString(), QStringLiteral("Adele Admin"));
        QCOMPARE(claims.value(QStringLiteral("appid")).toString(),
                 QString::fromLatin1(kGraphCliClientId));
        const QStringList scp =
            claims.value(QStringLiteral("scp")).toString().split(QLatin1Char(' '));
        for (const char *s : {"Application.ReadWrite.All", "AppRoleAssignment.ReadWrite.All",
                              "DelegatedPermissionGrant.ReadWrite.All"})
            QVERIFY2(scp.contains(QLatin1String(s)), s);
        QVERIFY(!scp.contains(QStringLiteral("offline_access")));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(claims.value(QStringLiteral("exp")).toInteger() - now - 3600) < 5);
        QVERIFY(claims.value(QStringLiteral("nbf")).toInteger() <= now);
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(),
                 QStringLiteral("https://graph.microsoft.com"));
        const QStringList header =
            t.value(QStringLiteral("access_token")).toString().split(QLatin1Char('.'));
        const QJsonObject h =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(header.at(0).toLatin1(), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(h.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(h.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QVERIFY(!h.value(QStringLiteral("kid")).toString().isEmpty());
        const QJsonObject id = payload(t.value(QStringLiteral("id_token")).toString());
        QCOMPARE(id.value(QStringLiteral("aud")).toString(),
                 QString::fromLatin1(kGraphCliClientId));
        QCOMPARE(id.value(QStringLiteral("preferred_username")).toString(), m_sandbox->adminUpn());

        // The token works on Graph.
        QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/me")),
                      t.value(QStringLiteral("access_token")).toString())
                     .status,
                 200);
        // Single use.
        verifyEntraError(token(redeem(code)), 400, QStringLiteral("invalid_grant"), 54005);
        // The helper does the same end to end.
        QVERIFY(signInWithBrowser(m_sandbox.baseUrl(), m_sandbox.tenantId(),
                                  QString::fromLatin1(kGraphCliClientId), defaultAdminScopes())
                    .ok());
    }

    void authorizationCodeFailures()
    {
        QString code =
            authorizeRedirect().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        verifyEntraError(
            token(redeem(code, QStringLiteral("wrong-verifier-wrong-verifier-wrong-verifier"))),
            400, QStringLiteral("invalid_grant"), 50148);
        code = authorizeRedirect().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        verifyEntraError(token(redeem(code, kVerifier, QStringLiteral("http://localhost:9999"))),
                         400, QStringLiteral("invalid_grant"), 50011);
        code = authorizeRedirect().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        verifyEntraError(token(redeem(code, QString())), 400, QStringLiteral("invalid_request"),
                         9002325);
        // A public client must not send a secret.
        auto withSecret = redeem(code);
        withSecret.append({QStringLiteral("client_secret"), QStringLiteral("abc")});
        verifyEntraError(token(withSecret), 401, QStringLiteral("invalid_client"), 700025);
        verifyEntraError(token(redeem(QStringLiteral("not-a-code"))), 400,
                         QStringLiteral("invalid_grant"), 9002313);
        // Codes expire.
        m_sandbox->setConfig([this] {
            auto c = m_sandbox->config();
            c.authCodeLifetimeSec = 1;
            return c;
        }());
        code = authorizeRedirect().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QTest::qWait(1100);
        verifyEntraError(token(redeem(code)), 400, QStringLiteral("invalid_grant"), 70008);
        // Codes are tenant-bound.
        code = authorizeRedirect().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        m_sandbox->setConfig({});
        QCOMPARE(token(redeem(code), QStringLiteral("fabrikam.onmicrosoft.com")).status, 400);
        verifyEntraError(
            token({{QStringLiteral("client_id"), QString::fromLatin1(kGraphCliClientId)}}), 400,
            QStringLiteral("invalid_request"), 900144);
        verifyEntraError(
            token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                   {QStringLiteral("client_id"), QString::fromLatin1(kGraphCliClientId)}}),
            400, QStringLiteral("unsupported_grant_type"), 70003);
        verifyEntraError(token(redeem(code), QStringLiteral("nowhere.onmicrosoft.com")), 400,
                         QStringLiteral("invalid_request"), 90002);
        QCOMPARE(httpRaw("GET", tenantUrl(QStringLiteral("/oauth2/v2.0/token")), {}, {}).status,
                 405);
    }

    void authorizePageAndErrors()
    {
        m_sandbox->setAutoApprove(false);
        HttpResult r = httpRaw("GET", authorizeUrl(), {}, {});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("admin@contoso.onmicrosoft.com"));
        QVERIFY(r.body.contains("Application.ReadWrite.All"));
        QVERIFY(r.body.contains("name=\"decision\" value=\"deny\""));
        // Pressing "Cancel".
        QList<QPair<QString, QString>> fields;
        for (const auto &item : QUrlQuery(authorizeUrl()).queryItems(QUrl::FullyDecoded))
            fields.append(item);
        auto deny = fields;
        deny.append({QStringLiteral("decision"), QStringLiteral("deny")});
        r = httpForm(tenantUrl(QStringLiteral("/oauth2/v2.0/authorize")), deny);
        QCOMPARE(r.status, 302);
        QUrlQuery back(QUrl(QString::fromUtf8(r.header("location"))));
        QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
        QVERIFY(QUrl(QString::fromUtf8(r.header("location"))).toString().startsWith(kRedirect));
        // Pressing "Accept".
        auto approve = fields;
        approve.append({QStringLiteral("decision"), QStringLiteral("approve")});
        r = httpForm(tenantUrl(QStringLiteral("/oauth2/v2.0/authorize")), approve);
        QCOMPARE(r.status, 302);
        back = QUrlQuery(QUrl(QString::fromUtf8(r.header("location"))));
        QCOMPARE(
            token(redeem(back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded))).status,
            200);

        // Redirect URI rules: http://localhost on any port and the same path, nothing else.
        m_sandbox->setAutoApprove(true);
        QVERIFY(authorizeRedirect(
                    {{QStringLiteral("redirect_uri"), QStringLiteral("http://localhost:1/")}})
                    .hasQueryItem(QStringLiteral("code")));
        for (const QString &bad :
             {QStringLiteral("http://127.0.0.1:45123"), QStringLiteral("https://evil.example.com/"),
              QStringLiteral("http://localhost:45123/callback")}) {
            r = httpRaw("GET", authorizeUrl({{QStringLiteral("redirect_uri"), bad}}), {}, {});
            QCOMPARE(r.status, 400);
            QVERIFY2(r.body.contains("AADSTS50011"), qPrintable(bad));
        }
        r = httpRaw("GET",
                    authorizeUrl({{QStringLiteral("client_id"),
                                   QStringLiteral("11111111-0000-4000-8000-000000000000")}}),
                    {}, {});
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("AADSTS700016"));
        r = httpRaw("GET",
                    QUrl(authorizeUrl().toString().replace(m_sandbox.tenantId(),
                                                           QStringLiteral("nowhere.example"))),
                    {}, {});
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("AADSTS90002"));

        // PKCE is required, S256 only; errors go back to the app with state.
        QUrlQuery e = authorizeRedirect({{QStringLiteral("code_challenge"), QString()},
                                         {QStringLiteral("code_challenge_method"), QString()}});
        QCOMPARE(e.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QCOMPARE(e.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
        e = authorizeRedirect({{QStringLiteral("code_challenge_method"), QStringLiteral("plain")}});
        QCOMPARE(e.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        e = authorizeRedirect(
            {{QStringLiteral("scope"),
              QStringLiteral("https://graph.microsoft.com/No.Such.Scope openid")}});
        QCOMPARE(e.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_scope"));
        e = authorizeRedirect({{QStringLiteral("response_type"), QStringLiteral("token")}});
        QCOMPARE(e.queryItemValue(QStringLiteral("error")),
                 QStringLiteral("unsupported_response_type"));
        // The sandbox's own Graph root is an accepted scope prefix, and bare names too.
        e = authorizeRedirect(
            {{QStringLiteral("scope"),
              m_sandbox.graphRoot().toString() +
                  QStringLiteral("/Application.ReadWrite.All User.Read openid")}});
        QVERIFY(e.hasQueryItem(QStringLiteral("code")));
    }

    void refreshToken()
    {
        const TokenSet first = m_sandbox.signInAdminTokens();
        QVERIFY2(first.ok(), qPrintable(first.error));
        const QList<QPair<QString, QString>> refresh {
            {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("client_id"), QString::fromLatin1(kGraphCliClientId)},
            {QStringLiteral("refresh_token"), first.refreshToken}};
        HttpResult r = token(refresh);
        QCOMPARE(r.status, 200);
        const QString rotated = r.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != first.refreshToken);
        QVERIFY(r.json().value(QStringLiteral("access_token")).toString() != first.accessToken);
        // Qt 6.4 sends an empty client_secret and a redirect_uri on refresh: tolerated.
        auto qtStyle = refresh;
        qtStyle.append({QStringLiteral("client_secret"), QString()});
        qtStyle.append({QStringLiteral("redirect_uri"), kRedirect});
        QCOMPARE(token(qtStyle).status, 200);
        auto other = refresh;
        other[2].second = QStringLiteral("1.AXnot-a-refresh-token");
        verifyEntraError(token(other), 400, QStringLiteral("invalid_grant"), 9002313);
        other = refresh;
        other[1].second = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
        QCOMPARE(token(other).status, 400);
        // Refresh tokens expire.
        auto c = m_sandbox->config();
        c.refreshTokenLifetimeSec = 1;
        m_sandbox->setConfig(c);
        const TokenSet shortLived = m_sandbox.signInAdminTokens();
        QTest::qWait(1100);
        auto expired = refresh;
        expired[2].second = shortLived.refreshToken;
        verifyEntraError(token(expired), 400, QStringLiteral("invalid_grant"), 700082);
        // No offline_access, no refresh token.
        const TokenSet noOffline = m_sandbox.signInAdminTokens(
            {QStringLiteral("https://graph.microsoft.com/Application.ReadWrite.All")});
        QVERIFY(noOffline.ok());
        QVERIFY(noOffline.refreshToken.isEmpty());
        QVERIFY(noOffline.idToken.isEmpty());
    }

    void deviceCodeFlow()
    {
        m_sandbox->setAutoApprove(false);
        const QJsonObject dc = startDeviceCode();
        QCOMPARE(dc.value(QStringLiteral("verification_uri")).toString(),
                 m_sandbox.baseUrl().toString() + QStringLiteral("/devicelogin"));
        QCOMPARE(dc.value(QStringLiteral("interval")).toInt(), 1);
        QCOMPARE(dc.value(QStringLiteral("expires_in")).toInt(), 900);
        const QString userCode = dc.value(QStringLiteral("user_code")).toString();
        QVERIFY(dc.value(QStringLiteral("message")).toString().contains(userCode));
        const QString deviceCode = dc.value(QStringLiteral("device_code")).toString();
        verifyEntraError(pollDeviceCode(deviceCode), 400, QStringLiteral("authorization_pending"),
                         70016);
        // Polling faster than the interval.
        QCOMPARE(pollDeviceCode(deviceCode).json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("slow_down"));
        // The page a person uses.
        HttpResult page = httpRaw("GET", at(QStringLiteral("/devicelogin")), {}, {});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"otc\""));
        page = httpForm(at(QStringLiteral("/devicelogin")),
                        {{QStringLiteral("otc"), QStringLiteral("WRONGCODE")},
                         {QStringLiteral("action"), QStringLiteral("approve")}});
        QCOMPARE(page.status, 400);
        page = httpForm(at(QStringLiteral("/devicelogin")),
                        {{QStringLiteral("otc"), userCode.toLower()},
                         {QStringLiteral("action"), QStringLiteral("approve")}});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Microsoft Graph Command Line Tools"));
        QTest::qWait(1050);
        HttpResult r = pollDeviceCode(deviceCode);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(QStringLiteral("access_token")).toString().isEmpty());
        QVERIFY(!r.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
        QTest::qWait(1050);
        QCOMPARE(pollDeviceCode(deviceCode).status, 400); // used
        // The helper plays the person the same way.
        QVERIFY(m_sandbox.signInAdminTokens().ok());
    }

    void deviceCodeDeclinedExpiredAndBad()
    {
        m_sandbox->setAutoApprove(false);
        QJsonObject dc = startDeviceCode();
        QVERIFY(
            m_sandbox->approveDeviceCode(dc.value(QStringLiteral("user_code")).toString(), false));
        verifyEntraError(pollDeviceCode(dc.value(QStringLiteral("device_code")).toString()), 400,
                         QStringLiteral("authorization_declined"), 65004);
        dc = startDeviceCode();
        QCOMPARE(
            httpForm(at(QStringLiteral("/devicelogin")),
                     {{QStringLiteral("otc"), dc.value(QStringLiteral("user_code")).toString()},
                      {QStringLiteral("action"), QStringLiteral("deny")}})
                .status,
            200);
        QCOMPARE(pollDeviceCode(dc.value(QStringLiteral("device_code")).toString())
                     .json()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("authorization_declined"));
        m_sandbox->setDeviceCodeLifetimeSec(1);
        dc = startDeviceCode();
        QCOMPARE(dc.value(QStringLiteral("expires_in")).toInt(), 1);
        QTest::qWait(1100);
        verifyEntraError(pollDeviceCode(dc.value(QStringLiteral("device_code")).toString()), 400,
                         QStringLiteral("expired_token"), 70019);
        QVERIFY(!m_sandbox->approveDeviceCode(dc.value(QStringLiteral("user_code")).toString()));
        verifyEntraError(pollDeviceCode(QStringLiteral("DAQABAAEAAAnonsense")), 400,
                         QStringLiteral("bad_verification_code"), 70018);
        const HttpResult unknownClient = httpForm(
            tenantUrl(QStringLiteral("/oauth2/v2.0/devicecode")),
            {{QStringLiteral("client_id"), QStringLiteral("22222222-0000-4000-8000-000000000000")},
             {QStringLiteral("scope"), QStringLiteral("openid")}});
        verifyEntraError(unknownClient, 400, QStringLiteral("unauthorized_client"), 700016);
        const HttpResult badScope =
            httpForm(tenantUrl(QStringLiteral("/oauth2/v2.0/devicecode")),
                     {{QStringLiteral("client_id"), QString::fromLatin1(kGraphCliClientId)},
                      {QStringLiteral("scope"),
                       QStringLiteral("https://management.azure.com/user_impersonation")}});
        verifyEntraError(badScope, 400, QStringLiteral("invalid_scope"), 500011);
        const HttpResult wrongTenant =
            httpForm(tenantUrl(QStringLiteral("/oauth2/v2.0/devicecode"),
                               QStringLiteral("00000000-1111-2222-3333-444444444444")),
                     {{QStringLiteral("client_id"), QString::fromLatin1(kGraphCliClientId)},
                      {QStringLiteral("scope"), QStringLiteral("openid")}});
        verifyEntraError(wrongTenant, 400, QStringLiteral("invalid_request"), 90002);
    }

    void deviceCodeOrganizationsSignsIntoHomeTenant()
    {
        const TokenSet t =
            signInWithDeviceCode(m_sandbox.baseUrl(), QStringLiteral("organizations"),
                                 QString::fromLatin1(kGraphCliClientId), defaultAdminScopes());
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(payload(t.accessToken).value(QStringLiteral("tid")).toString(),
                 m_sandbox.tenantId());
        const TokenSet other =
            signInWithDeviceCode(m_sandbox.baseUrl(), QStringLiteral("fabrikam.onmicrosoft.com"),
                                 QString::fromLatin1(kGraphCliClientId), defaultAdminScopes());
        QVERIFY(other.ok());
        QCOMPARE(payload(other.accessToken).value(QStringLiteral("upn")).toString(),
                 QStringLiteral("admin@fabrikam.onmicrosoft.com"));
        // A Fabrikam token sees Fabrikam's directory only.
        QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/organization")), other.accessToken)
                     .json()
                     .value(QStringLiteral("value"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("3c9b7d21-6e4f-4a8b-9c5d-1f2e3a4b5c6d"));
    }

    void clientCredentials()
    {
        const auto [appId, secret] = createAppWithSecret();
        HttpResult r = token(clientCredentials(appId, secret));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(QStringLiteral("refresh_token")));
        QJsonObject claims = payload(r.json().value(QStringLiteral("access_token")).toString());
        QCOMPARE(claims.value(QStringLiteral("appid")).toString(), appId);
        QCOMPARE(claims.value(QStringLiteral("idtyp")).toString(), QStringLiteral("app"));
        QVERIFY(!claims.contains(QStringLiteral("roles"))); // nothing granted yet
        QVERIFY(!claims.contains(QStringLiteral("scp")));

        // Grant the two Leap roles; the next token carries them.
        const QString admin =
            m_sandbox->issueAdminAccessToken({QStringLiteral("Application.ReadWrite.All"),
                                              QStringLiteral("AppRoleAssignment.ReadWrite.All")});
        const QString graphSp =
            http("GET",
                 m_sandbox.graphV1(QStringLiteral(
                     "/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')")),
                 admin)
                .json()
                .value(QStringLiteral("id"))
                .toString();
        const QString spId =
            http("GET",
                 m_sandbox.graphV1(QStringLiteral("/servicePrincipals(appId='%1')").arg(appId)),
                 admin)
                .json()
                .value(QStringLiteral("id"))
                .toString();
        for (const char *role :
             {"97235f07-e226-4f63-ace3-39588e11d3a1", "5b567255-7703-4780-807c-7be8301ae99b"})
            QCOMPARE(
                http("POST",
                     m_sandbox.graphV1(
                         QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(graphSp)),
                     admin,
                     {{QStringLiteral("principalId"), spId},
                      {QStringLiteral("resourceId"), graphSp},
                      {QStringLiteral("appRoleId"), QLatin1String(role)}})
                    .status,
                201);
        r = token(clientCredentials(
            appId, secret, m_sandbox.graphRoot().toString() + QStringLiteral("/.default")));
        QCOMPARE(r.status, 200);
        claims = payload(r.json().value(QStringLiteral("access_token")).toString());
        QCOMPARE(
            claims.value(QStringLiteral("roles")).toArray(),
            (QJsonArray {QStringLiteral("User.ReadBasic.All"), QStringLiteral("Group.Read.All")}));

        verifyEntraError(token(clientCredentials(appId, secret + QStringLiteral("x"))), 401,
                         QStringLiteral("invalid_client"), 7000215);
        verifyEntraError(token(clientCredentials(
                             QStringLiteral("33333333-0000-4000-8000-000000000000"), secret)),
                         400, QStringLiteral("unauthorized_client"), 700016);
        verifyEntraError(
            token(clientCredentials(appId, secret), QStringLiteral("fabrikam.onmicrosoft.com")),
            400, QStringLiteral("unauthorized_client"), 700016);
        verifyEntraError(
            token(clientCredentials(appId, secret), QStringLiteral("nowhere.onmicrosoft.com")), 400,
            QStringLiteral("invalid_request"), 90002);
        verifyEntraError(token(clientCredentials(appId, secret), QStringLiteral("organizations")),
                         400, QStringLiteral("invalid_request"), 50059);
        verifyEntraError(
            token(clientCredentials(appId, secret,
                                    QStringLiteral("https://graph.microsoft.com/User.Read"))),
            400, QStringLiteral("invalid_scope"), 1002012);
        verifyEntraError(token(clientCredentials(
                             appId, secret, QStringLiteral("https://vault.azure.net/.default"))),
                         400, QStringLiteral("invalid_resource"), 500011);
        verifyEntraError(token(clientCredentials(appId, QString())), 401,
                         QStringLiteral("invalid_client"), 7000218);
        const auto [noSpAppId, noSpSecret] = createAppWithSecret(false);
        verifyEntraError(token(clientCredentials(noSpAppId, noSpSecret)), 400,
                         QStringLiteral("invalid_client"), 7000229);
    }

    void clientCredentialsExpiredSecret()
    {
        const QString admin =
            m_sandbox->issueAdminAccessToken({QStringLiteral("Application.ReadWrite.All")});
        const QJsonObject app =
            http("POST", m_sandbox.graphV1(QStringLiteral("/applications")), admin,
                 {{QStringLiteral("displayName"), QStringLiteral("Old")},
                  {QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")}})
                .json();
        http("POST", m_sandbox.graphV1(QStringLiteral("/servicePrincipals")), admin,
             {{QStringLiteral("appId"), app.value(QStringLiteral("appId"))}});
        const HttpResult pw =
            http("POST",
                 m_sandbox.graphV1(QStringLiteral("/applications/%1/addPassword")
                                       .arg(app.value(QStringLiteral("id")).toString())),
                 admin,
                 {{QStringLiteral("passwordCredential"),
                   QJsonObject {
                       {QStringLiteral("startDateTime"), QStringLiteral("2020-01-01T00:00:00Z")},
                       {QStringLiteral("endDateTime"), QStringLiteral("2020-06-01T00:00:00Z")}}}});
        QCOMPARE(pw.status, 200);
        verifyEntraError(
            token(clientCredentials(app.value(QStringLiteral("appId")).toString(),
                                    pw.json().value(QStringLiteral("secretText")).toString())),
            401, QStringLiteral("invalid_client"), 7000222);
    }

    void clientCredentialsDuringReplication()
    {
        m_sandbox->setReplicationDelayMs(600);
        const QString admin =
            m_sandbox->issueAdminAccessToken({QStringLiteral("Application.ReadWrite.All")});
        const QJsonObject app =
            http("POST", m_sandbox.graphV1(QStringLiteral("/applications")), admin,
                 {{QStringLiteral("displayName"), QStringLiteral("Fresh")},
                  {QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")}})
                .json();
        const QString appId = app.value(QStringLiteral("appId")).toString();
        const QString addPassword = QStringLiteral("/applications/%1/addPassword")
                                        .arg(app.value(QStringLiteral("id")).toString());
        // Right after the create, the application is not found anywhere yet.
        QCOMPARE(http("POST", m_sandbox.graphV1(addPassword), admin, {}).status, 404);
        verifyEntraError(token(clientCredentials(appId, QStringLiteral("whatever"))), 400,
                         QStringLiteral("unauthorized_client"), 700016);
        QTest::qWait(650);
        const QString secret = http("POST", m_sandbox.graphV1(addPassword), admin, {})
                                   .json()
                                   .value(QStringLiteral("secretText"))
                                   .toString();
        QVERIFY(!secret.isEmpty());
        // A secret that is still replicating is refused like a wrong one.
        verifyEntraError(token(clientCredentials(appId, secret)), 401,
                         QStringLiteral("invalid_client"), 7000215);
        QCOMPARE(http("POST", m_sandbox.graphV1(QStringLiteral("/servicePrincipals")), admin,
                      {{QStringLiteral("appId"), appId}})
                     .status,
                 201);
        verifyEntraError(token(clientCredentials(appId, secret)), 401,
                         QStringLiteral("invalid_client"), 7000215);
        QTest::qWait(650);
        QCOMPARE(token(clientCredentials(appId, secret)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxIdentity)
#include "tst_sandbox_identity.moc"
