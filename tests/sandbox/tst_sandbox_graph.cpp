// Graph v1.0 endpoints of the sandbox tenant over real HTTP: success and error paths.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace leap::testsupport;
using leap::sandbox::seed::kGraphAppId;

namespace {
const QString kUserReadBasicAll = QStringLiteral("97235f07-e226-4f63-ace3-39588e11d3a1");
const QString kGroupReadAll = QStringLiteral("5b567255-7703-4780-807c-7be8301ae99b");
const QString kOpenId = QStringLiteral("37f7f235-527c-4136-accd-4a02d197296e");
const QString kProfile = QStringLiteral("14dad69e-099b-42c9-810b-d002981feec1");

QJsonObject leapApplication(const QString &name)
{
    return QJsonObject {
        {QStringLiteral("displayName"), name},
        {QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")},
        {QStringLiteral("web"),
         QJsonObject {
             {QStringLiteral("redirectUris"),
              QJsonArray {QStringLiteral("https://leap.example.com/oidcclient/redirect/oidc")}}}},
        {QStringLiteral("groupMembershipClaims"), QStringLiteral("SecurityGroup")},
        {QStringLiteral("requiredResourceAccess"),
         QJsonArray {QJsonObject {
             {QStringLiteral("resourceAppId"), QString::fromLatin1(kGraphAppId)},
             {QStringLiteral("resourceAccess"),
              QJsonArray {QJsonObject {{QStringLiteral("id"), kUserReadBasicAll},
                                       {QStringLiteral("type"), QStringLiteral("Role")}},
                          QJsonObject {{QStringLiteral("id"), kGroupReadAll},
                                       {QStringLiteral("type"), QStringLiteral("Role")}},
                          QJsonObject {{QStringLiteral("id"), kOpenId},
                                       {QStringLiteral("type"), QStringLiteral("Scope")}},
                          QJsonObject {{QStringLiteral("id"), kProfile},
                                       {QStringLiteral("type"), QStringLiteral("Scope")}}}}}}}};
}

QString errorCode(const HttpResult &r)
{
    return r.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}
QString errorMessage(const HttpResult &r)
{
    return r.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}
} // namespace

class TestSandboxGraph : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QString m_token;

    QUrl g(const QString &path) const { return m_sandbox.graphV1(path); }
    HttpResult get(const QString &path, const QString &token = {})
    {
        return http("GET", g(path), token.isEmpty() ? m_token : token);
    }
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return http("POST", g(path), token.isEmpty() ? m_token : token, body);
    }
    HttpResult patch(const QString &path, const QJsonObject &body, const HeaderList &headers = {})
    {
        return http("PATCH", g(path), m_token, body, headers);
    }
    HttpResult del(const QString &path) { return http("DELETE", g(path), m_token); }
    QString graphSpId()
    {
        return get(QStringLiteral("/servicePrincipals(appId='%1')").arg(QLatin1String(kGraphAppId)))
            .json()
            .value(QStringLiteral("id"))
            .toString();
    }
    // App + SP + secret (+ the two Leap app roles when `grantRoles`); returns {appId, secret}.
    QPair<QString, QString> makeConfidentialApp(bool grantRoles)
    {
        const HttpResult app =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Leap app-only")));
        const QString appId = app.json().value(QStringLiteral("appId")).toString();
        const QString objectId = app.json().value(QStringLiteral("id")).toString();
        const HttpResult sp =
            post(QStringLiteral("/servicePrincipals"), {{QStringLiteral("appId"), appId}});
        const HttpResult pw =
            post(QStringLiteral("/applications/%1/addPassword").arg(objectId), {});
        if (grantRoles) {
            const QString graphSp = graphSpId();
            for (const auto &role : {kUserReadBasicAll, kGroupReadAll})
                post(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(graphSp),
                     {{QStringLiteral("principalId"), sp.json().value(QStringLiteral("id"))},
                      {QStringLiteral("resourceId"), graphSp},
                      {QStringLiteral("appRoleId"), role}});
        }
        return {appId, pw.json().value(QStringLiteral("secretText")).toString()};
    }
    QString appOnlyToken(const QString &appId, const QString &secret)
    {
        QUrl token = m_sandbox.baseUrl();
        token.setPath(QStringLiteral("/%1/oauth2/v2.0/token").arg(m_sandbox.tenantId()));
        return httpForm(token,
                        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("client_id"), appId},
                         {QStringLiteral("client_secret"), secret},
                         {QStringLiteral("scope"),
                          QStringLiteral("https://graph.microsoft.com/.default")}})
            .json()
            .value(QStringLiteral("access_token"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.ok()); }

    void init()
    {
        m_sandbox->reset();
        m_sandbox->setConfig({});
        m_sandbox->setAutoApprove(true);
        QString error;
        m_token = m_sandbox.signInAdmin(defaultAdminScopes(), &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
    }

    void authorizationHeaders()
    {
        HttpResult r = http("GET", g(QStringLiteral("/applications")));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("InvalidAuthenticationToken"));
        QVERIFY(!r.header("www-authenticate").isEmpty());
        QVERIFY(!r.header("request-id").isEmpty());
        const QJsonObject inner = r.json()
                                      .value(QStringLiteral("error"))
                                      .toObject()
                                      .value(QStringLiteral("innerError"))
                                      .toObject();
        QCOMPARE(inner.value(QStringLiteral("request-id")).toString(),
                 QString::fromLatin1(r.header("request-id")));
        QVERIFY(!inner.value(QStringLiteral("date")).toString().isEmpty());

        r = http("GET", g(QStringLiteral("/applications")), QStringLiteral("garbage"));
        QCOMPARE(r.status, 401);
        // A JWT-shaped token the sandbox never issued.
        const QString forged = m_token.section(QLatin1Char('.'), 0, 1) + QStringLiteral(".c2ln");
        QCOMPARE(http("GET", g(QStringLiteral("/applications")), forged).status, 401);

        // client-request-id is echoed.
        r = http("GET", g(QStringLiteral("/me")), m_token, {},
                 {{"client-request-id", "3f1e2d3c-0000-4000-8000-000000000001"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("client-request-id"), QByteArray("3f1e2d3c-0000-4000-8000-000000000001"));
    }

    void expiredTokenIs401()
    {
        m_sandbox->setAccessTokenLifetimeSec(1);
        const QString shortLived = m_sandbox.signInAdmin();
        QCOMPARE(get(QStringLiteral("/me"), shortLived).status, 200);
        QTest::qWait(1100);
        const HttpResult r = get(QStringLiteral("/me"), shortLived);
        QCOMPARE(r.status, 401);
        QVERIFY(errorMessage(r).contains(QLatin1String("expired")));
    }

    void meAndOrganization()
    {
        HttpResult r = get(QStringLiteral("/me"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("userPrincipalName")).toString(),
                 QStringLiteral("admin@contoso.onmicrosoft.com"));
        QCOMPARE(r.json().value(QStringLiteral("id")).toString(), m_sandbox->adminObjectId());
        r = get(QStringLiteral("/me?$select=displayName"));
        QCOMPARE(r.json().keys(),
                 QStringList({QStringLiteral("@odata.context"), QStringLiteral("displayName")}));
        r = get(QStringLiteral("/organization"));
        QCOMPARE(r.status, 200);
        const QJsonObject org = r.json().value(QStringLiteral("value")).toArray().at(0).toObject();
        QCOMPARE(org.value(QStringLiteral("id")).toString(), m_sandbox.tenantId());
        QCOMPARE(org.value(QStringLiteral("verifiedDomains"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name")),
                 QStringLiteral("contoso.onmicrosoft.com"));
    }

    void createGetListDeleteApplication()
    {
        HttpResult r = post(QStringLiteral("/applications"),
                            leapApplication(QStringLiteral("HCL Leap (leap.example.com)")));
        QCOMPARE(r.status, 201);
        const QJsonObject app = r.json();
        const QString id = app.value(QStringLiteral("id")).toString();
        const QString appId = app.value(QStringLiteral("appId")).toString();
        QVERIFY(QUuid::fromString(id).isNull() == false);
        QVERIFY(QUuid::fromString(appId).isNull() == false);
        QCOMPARE(app.value(QStringLiteral("signInAudience")).toString(),
                 QStringLiteral("AzureADMyOrg"));
        QCOMPARE(app.value(QStringLiteral("passwordCredentials")).toArray().size(), 0);
        QCOMPARE(app.value(QStringLiteral("publisherDomain")).toString(),
                 QStringLiteral("contoso.onmicrosoft.com"));
        QVERIFY(!r.header("location").isEmpty());

        QCOMPARE(get(QStringLiteral("/applications/") + id)
                     .json()
                     .value(QStringLiteral("appId"))
                     .toString(),
                 appId);
        QCOMPARE(get(QStringLiteral("/applications(appId='%1')").arg(appId))
                     .json()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);
        r = get(QStringLiteral("/applications?$filter=appId eq '%1'&$select=id,displayName")
                    .arg(appId));
        QCOMPARE(r.status, 200);
        const QJsonArray value = r.json().value(QStringLiteral("value")).toArray();
        QCOMPARE(value.size(), 1);
        QCOMPARE(value.at(0).toObject().keys(),
                 QStringList({QStringLiteral("displayName"), QStringLiteral("id")}));
        r = get(
            QStringLiteral("/applications?$filter=displayName eq 'HCL Leap (leap.example.com)'"));
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
        r = get(QStringLiteral("/applications?$filter=startswith(displayName,'HCL')"));
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
        r = get(QStringLiteral("/applications?$filter=displayName eq 'nothing'"));
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 0);

        QCOMPARE(del(QStringLiteral("/applications/") + id).status, 204);
        r = get(QStringLiteral("/applications/") + id);
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), QStringLiteral("Request_ResourceNotFound"));
    }

    void queryErrors()
    {
        HttpResult r = get(QStringLiteral("/applications?$filter=notes eq 'x'"));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("Request_UnsupportedQuery"));
        r = get(QStringLiteral("/applications?$select=nope"));
        QCOMPARE(r.status, 400);
        r = get(QStringLiteral("/applications?$top=1000"));
        QCOMPARE(r.status, 400);
        QVERIFY(errorMessage(r).contains(QLatin1String("999")));
        QCOMPARE(get(QStringLiteral("/nothingHere")).status, 400);
        QCOMPARE(http("GET", QUrl(m_sandbox.graphRoot().toString() + QStringLiteral("/beta/me")),
                      m_token)
                     .status,
                 400);
    }

    void paging()
    {
        m_sandbox->setPageSize(2);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(post(QStringLiteral("/applications"),
                          {{QStringLiteral("displayName"), QStringLiteral("Page %1").arg(i)}})
                         .status,
                     201);
        QStringList seen;
        QUrl next = g(QStringLiteral("/applications?$select=displayName"));
        int pages = 0;
        while (next.isValid() && pages < 10) {
            const HttpResult r = http("GET", next, m_token);
            QCOMPARE(r.status, 200);
            for (const auto &v : r.json().value(QStringLiteral("value")).toArray())
                seen.append(v.toObject().value(QStringLiteral("displayName")).toString());
            next = QUrl(r.json().value(QStringLiteral("@odata.nextLink")).toString());
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 5);
        // $top overrides the page size and survives into nextLink.
        const HttpResult r = get(QStringLiteral("/applications?$top=4"));
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 4);
        QVERIFY(r.json()
                    .value(QStringLiteral("@odata.nextLink"))
                    .toString()
                    .contains(QLatin1String("top=4")));
        QCOMPARE(get(QStringLiteral("/applications?$skiptoken=bogus")).status, 400);
    }

    void strictness_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown property")
            << QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")},
                            {QStringLiteral("colour"), 1}}
            << QStringLiteral("Invalid property 'colour'");
        QTest::newRow("no displayName")
            << QJsonObject {{QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")}}
            << QStringLiteral("displayName");
        QTest::newRow("read-only appId")
            << QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")},
                            {QStringLiteral("appId"),
                             QStringLiteral("00000000-0000-0000-0000-000000000001")}}
            << QStringLiteral("read-only");
        QTest::newRow("bad audience")
            << QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")},
                            {QStringLiteral("signInAudience"), QStringLiteral("Everyone")}}
            << QStringLiteral("signInAudience");
        QTest::newRow("passwordCredentials on create")
            << QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")},
                            {QStringLiteral("passwordCredentials"), QJsonArray {}}}
            << QStringLiteral("addPassword");
        QTest::newRow("http redirect")
            << QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")},
                            {QStringLiteral("web"),
                             QJsonObject {
                                 {QStringLiteral("redirectUris"),
                                  QJsonArray {QStringLiteral(
                                      "http://leap.example.com/oidcclient/redirect/oidc")}}}}}
            << QStringLiteral("https");
        QTest::newRow("unknown web property")
            << QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")},
                            {QStringLiteral("web"), QJsonObject {{QStringLiteral("redirectUri"),
                                                                  QStringLiteral("https://a")}}}}
            << QStringLiteral("Invalid property 'redirectUri'");
        QTest::newRow("unknown permission id")
            << QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")},
                            {QStringLiteral("requiredResourceAccess"),
                             QJsonArray {QJsonObject {
                                 {QStringLiteral("resourceAppId"),
                                  QString::fromLatin1(kGraphAppId)},
                                 {QStringLiteral("resourceAccess"),
                                  QJsonArray {QJsonObject {
                                      {QStringLiteral("id"),
                                       QStringLiteral("11111111-2222-3333-4444-555555555555")},
                                      {QStringLiteral("type"), QStringLiteral("Role")}}}}}}}}
            << QStringLiteral("does not exist");
        QTest::newRow("scope id as Role")
            << QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")},
                            {QStringLiteral("requiredResourceAccess"),
                             QJsonArray {QJsonObject {
                                 {QStringLiteral("resourceAppId"),
                                  QString::fromLatin1(kGraphAppId)},
                                 {QStringLiteral("resourceAccess"),
                                  QJsonArray {QJsonObject {
                                      {QStringLiteral("id"), kOpenId},
                                      {QStringLiteral("type"), QStringLiteral("Role")}}}}}}}}
            << QStringLiteral("does not exist");
        QTest::newRow("unknown resource")
            << QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")},
                            {QStringLiteral("requiredResourceAccess"),
                             QJsonArray {QJsonObject {
                                 {QStringLiteral("resourceAppId"),
                                  QStringLiteral("00000002-0000-0000-c000-000000000009")},
                                 {QStringLiteral("resourceAccess"), QJsonArray {}}}}}}
            << QStringLiteral("not found");
    }

    void strictness()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, messagePart);
        const HttpResult r = post(QStringLiteral("/applications"), body);
        QCOMPARE(r.status, 400);
        QVERIFY2(errorMessage(r).contains(messagePart), qPrintable(errorMessage(r)));
        QVERIFY(!errorCode(r).isEmpty());
        QCOMPARE(m_sandbox->applications().size(), 0);
    }

    void patchMergesAndReplacesArrays()
    {
        const HttpResult created =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Leap")));
        const QString id = created.json().value(QStringLiteral("id")).toString();
        HttpResult r = patch(
            QStringLiteral("/applications/") + id,
            {{QStringLiteral("web"),
              QJsonObject {
                  {QStringLiteral("redirectUris"),
                   QJsonArray {QStringLiteral("https://b.example.com/oidcclient/redirect/oidc")}}}},
             {QStringLiteral("notes"), QStringLiteral("managed by leap-entra-setup")}});
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        const QJsonObject app = get(QStringLiteral("/applications/") + id).json();
        const QJsonObject web = app.value(QStringLiteral("web")).toObject();
        QCOMPARE(web.value(QStringLiteral("redirectUris")).toArray(),
                 QJsonArray {QStringLiteral("https://b.example.com/oidcclient/redirect/oidc")});
        QVERIFY(web.contains(QStringLiteral("implicitGrantSettings"))); // merged, not replaced
        QCOMPARE(app.value(QStringLiteral("displayName")).toString(), QStringLiteral("Leap"));
        QCOMPARE(app.value(QStringLiteral("requiredResourceAccess"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("resourceAccess"))
                     .toArray()
                     .size(),
                 4);
        QCOMPARE(
            patch(QStringLiteral("/applications/") + id, {{QStringLiteral("bogus"), true}}).status,
            400);
        QCOMPARE(patch(QStringLiteral("/applications/00000000-0000-0000-0000-000000000000"),
                       {{QStringLiteral("notes"), QStringLiteral("x")}})
                     .status,
                 404);
    }

    void upsertByUniqueName()
    {
        const HeaderList prefer {{"Prefer", "create-if-missing"}};
        // Without the header: update-only.
        HttpResult r = patch(QStringLiteral("/applications(uniqueName='leap-prod')"),
                             {{QStringLiteral("displayName"), QStringLiteral("Leap prod")}});
        QCOMPARE(r.status, 404);
        r = patch(QStringLiteral("/applications(uniqueName='leap-prod')"),
                  {{QStringLiteral("displayName"), QStringLiteral("Leap prod")}}, prefer);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QStringLiteral("uniqueName")).toString(),
                 QStringLiteral("leap-prod"));
        const QString id = r.json().value(QStringLiteral("id")).toString();
        r = patch(QStringLiteral("/applications(uniqueName='leap-prod')"),
                  {{QStringLiteral("displayName"), QStringLiteral("Leap production")}}, prefer);
        QCOMPARE(r.status, 204);
        QCOMPARE(m_sandbox->applications().size(), 1);
        QCOMPARE(get(QStringLiteral("/applications(uniqueName='leap-prod')"))
                     .json()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("Leap production"));
        QCOMPARE(get(QStringLiteral("/applications?$filter=uniqueName eq 'leap-prod'"))
                     .json()
                     .value(QStringLiteral("value"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);
        // Creating needs a displayName.
        r = patch(QStringLiteral("/applications(uniqueName='other')"),
                  {{QStringLiteral("notes"), QStringLiteral("x")}}, prefer);
        QCOMPARE(r.status, 400);
    }

    void addAndRemovePassword()
    {
        const QJsonObject app =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Leap"))).json();
        const QString id = app.value(QStringLiteral("id")).toString();
        const QString appId = app.value(QStringLiteral("appId")).toString();
        HttpResult r =
            post(QStringLiteral("/applications/%1/addPassword").arg(id),
                 {{QStringLiteral("passwordCredential"),
                   QJsonObject {
                       {QStringLiteral("displayName"), QStringLiteral("leap-entra-setup 2026-11")},
                       {QStringLiteral("endDateTime"), QStringLiteral("2027-05-01T00:00:00Z")}}}});
        QCOMPARE(r.status, 200);
        const QJsonObject pc = r.json();
        const QString secret = pc.value(QStringLiteral("secretText")).toString();
        QCOMPARE(secret.size(), 40);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9~._-]+$")).match(secret).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("[~._-]")).match(secret).hasMatch());
        QCOMPARE(pc.value(QStringLiteral("hint")).toString(), secret.left(3));
        QCOMPARE(pc.value(QStringLiteral("endDateTime")).toString(),
                 QStringLiteral("2027-05-01T00:00:00Z"));
        QCOMPARE(pc.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("leap-entra-setup 2026-11"));
        const QString keyId = pc.value(QStringLiteral("keyId")).toString();
        QVERIFY(m_sandbox->issuedSecretValues().contains(secret));

        // Reads never show the value again.
        const HttpResult read =
            get(QStringLiteral("/applications/%1?$select=passwordCredentials").arg(id));
        QVERIFY(!read.body.contains(secret.toUtf8()));
        const QJsonObject stored =
            read.json().value(QStringLiteral("passwordCredentials")).toArray().at(0).toObject();
        QCOMPARE(stored.value(QStringLiteral("keyId")).toString(), keyId);
        QVERIFY(stored.value(QStringLiteral("secretText")).isNull());
        QCOMPARE(stored.value(QStringLiteral("hint")).toString(), secret.left(3));

        // By alternate key, with defaults (2 years).
        r = post(QStringLiteral("/applications(appId='%1')/addPassword").arg(appId), {});
        QCOMPARE(r.status, 200);
        const QDateTime start = QDateTime::fromString(
            r.json().value(QStringLiteral("startDateTime")).toString(), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(
            r.json().value(QStringLiteral("endDateTime")).toString(), Qt::ISODate);
        QCOMPARE(start.addYears(2), end);
        QVERIFY(r.json().value(QStringLiteral("secretText")).toString() != secret);

        QCOMPARE(post(QStringLiteral("/applications/%1/addPassword").arg(id),
                      {{QStringLiteral("passwordCredential"),
                        QJsonObject {{QStringLiteral("secretText"), QStringLiteral("mine")}}}})
                     .status,
                 400);
        QCOMPARE(
            post(QStringLiteral("/applications/%1/addPassword").arg(id),
                 {{QStringLiteral("passwordCredential"),
                   QJsonObject {{QStringLiteral("endDateTime"), QStringLiteral("not a date")}}}})
                .status,
            400);

        r = post(QStringLiteral("/applications/%1/removePassword").arg(id),
                 {{QStringLiteral("keyId"), keyId}});
        QCOMPARE(r.status, 204);
        QCOMPARE(get(QStringLiteral("/applications/") + id)
                     .json()
                     .value(QStringLiteral("passwordCredentials"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(post(QStringLiteral("/applications/%1/removePassword").arg(id),
                      {{QStringLiteral("keyId"), keyId}})
                     .status,
                 404);
        QCOMPARE(patch(QStringLiteral("/applications/") + id,
                       {{QStringLiteral("passwordCredentials"), QJsonArray {}}})
                     .status,
                 400);
    }

    void secretLifetimePolicy()
    {
        m_sandbox->setSecretMaxLifetimeDays(90);
        const QString id =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Leap")))
                .json()
                .value(QStringLiteral("id"))
                .toString();
        HttpResult r = post(
            QStringLiteral("/applications/%1/addPassword").arg(id),
            {{QStringLiteral("passwordCredential"),
              QJsonObject {{QStringLiteral("endDateTime"),
                            QDateTime::currentDateTimeUtc().addDays(180).toString(Qt::ISODate)}}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("CredentialInvalidLifetimeAsPerAppPolicy"));
        const QJsonArray details = r.json()
                                       .value(QStringLiteral("error"))
                                       .toObject()
                                       .value(QStringLiteral("details"))
                                       .toArray();
        QCOMPARE(details.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("InvalidKeyEndDate"));
        QCOMPARE(details.at(0).toObject().value(QStringLiteral("target")).toString(),
                 QStringLiteral("EndDate"));
        // The default two years is beyond the policy as well.
        QCOMPARE(post(QStringLiteral("/applications/%1/addPassword").arg(id), {}).status, 400);
        r = post(
            QStringLiteral("/applications/%1/addPassword").arg(id),
            {{QStringLiteral("passwordCredential"),
              QJsonObject {{QStringLiteral("endDateTime"),
                            QDateTime::currentDateTimeUtc().addDays(89).toString(Qt::ISODate)}}}});
        QCOMPARE(r.status, 200);
    }

    void personalAccountAudienceAllowsTwoSecrets()
    {
        const QString id =
            post(QStringLiteral("/applications"),
                 {{QStringLiteral("displayName"), QStringLiteral("default audience")}})
                .json()
                .value(QStringLiteral("id"))
                .toString();
        QCOMPARE(post(QStringLiteral("/applications/%1/addPassword").arg(id), {}).status, 200);
        QCOMPARE(post(QStringLiteral("/applications/%1/addPassword").arg(id), {}).status, 200);
        const HttpResult r = post(QStringLiteral("/applications/%1/addPassword").arg(id), {});
        QCOMPARE(r.status, 400);
        QVERIFY(errorMessage(r).contains(QLatin1String("maximum of 2")));
    }

    void servicePrincipals()
    {
        const QString appId =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Leap")))
                .json()
                .value(QStringLiteral("appId"))
                .toString();
        HttpResult r =
            post(QStringLiteral("/servicePrincipals"), {{QStringLiteral("appId"), appId}});
        QCOMPARE(r.status, 201);
        const QString spId = r.json().value(QStringLiteral("id")).toString();
        QCOMPARE(r.json().value(QStringLiteral("appId")).toString(), appId);
        QCOMPARE(r.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Leap"));
        QCOMPARE(r.json().value(QStringLiteral("servicePrincipalType")).toString(),
                 QStringLiteral("Application"));
        r = post(QStringLiteral("/servicePrincipals"), {{QStringLiteral("appId"), appId}});
        QCOMPARE(r.status, 409);
        r = post(
            QStringLiteral("/servicePrincipals"),
            {{QStringLiteral("appId"), QStringLiteral("6a1b2c3d-0000-4000-8000-00000000abcd")}});
        QCOMPARE(r.status, 400);
        QVERIFY(errorMessage(r).contains(
            QLatin1String("does not reference a valid application object")));
        QCOMPARE(post(QStringLiteral("/servicePrincipals"),
                      {{QStringLiteral("appId"), appId}, {QStringLiteral("colour"), 1}})
                     .status,
                 400);

        QCOMPARE(get(QStringLiteral("/servicePrincipals/") + spId)
                     .json()
                     .value(QStringLiteral("appId"))
                     .toString(),
                 appId);
        QCOMPARE(get(QStringLiteral("/servicePrincipals(appId='%1')").arg(appId))
                     .json()
                     .value(QStringLiteral("id"))
                     .toString(),
                 spId);
        r = get(QStringLiteral("/servicePrincipals?$filter=appId eq '%1'").arg(appId));
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
        r = get(QStringLiteral("/servicePrincipals(appId='%1')?$select=id,appId,displayName,"
                               "appRoles,oauth2PermissionScopes")
                    .arg(QLatin1String(kGraphAppId)));
        QCOMPARE(r.status, 200);
        bool found = false;
        for (const auto &role : r.json().value(QStringLiteral("appRoles")).toArray()) {
            if (role.toObject().value(QStringLiteral("value")) ==
                QStringLiteral("User.ReadBasic.All")) {
                found = true;
                QCOMPARE(role.toObject().value(QStringLiteral("id")).toString(), kUserReadBasicAll);
                QVERIFY(role.toObject()
                            .value(QStringLiteral("allowedMemberTypes"))
                            .toArray()
                            .contains(QStringLiteral("Application")));
            }
        }
        QVERIFY(found);
        QCOMPARE(patch(QStringLiteral("/servicePrincipals/") + spId,
                       {{QStringLiteral("tags"), QJsonArray {QStringLiteral("HideApp")}}})
                     .status,
                 204);
        QCOMPARE(get(QStringLiteral("/servicePrincipals/") + spId)
                     .json()
                     .value(QStringLiteral("tags"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(del(QStringLiteral("/servicePrincipals/") + spId).status, 204);
        QCOMPARE(get(QStringLiteral("/servicePrincipals/") + spId).status, 404);
    }

    void servicePrincipalUpsert()
    {
        const QString appId =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Leap")))
                .json()
                .value(QStringLiteral("appId"))
                .toString();
        const QString key = QStringLiteral("/servicePrincipals(appId='%1')").arg(appId);
        QCOMPARE(patch(key, {{QStringLiteral("notes"), QStringLiteral("x")}}).status, 404);
        HttpResult r = patch(key, {}, {{"Prefer", "create-if-missing"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QStringLiteral("appId")).toString(), appId);
        r = patch(key, {{QStringLiteral("notes"), QStringLiteral("y")}},
                  {{"Prefer", "create-if-missing"}});
        QCOMPARE(r.status, 204);
        QCOMPARE(m_sandbox->servicePrincipals().size(), 2); // Microsoft Graph + Leap
    }

    void appRoleAssignments()
    {
        const QString appId =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Leap")))
                .json()
                .value(QStringLiteral("appId"))
                .toString();
        const QString spId =
            post(QStringLiteral("/servicePrincipals"), {{QStringLiteral("appId"), appId}})
                .json()
                .value(QStringLiteral("id"))
                .toString();
        const QString graphSp = graphSpId();
        const QString path = QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(graphSp);
        HttpResult r = post(path, {{QStringLiteral("principalId"), spId},
                                   {QStringLiteral("resourceId"), graphSp},
                                   {QStringLiteral("appRoleId"), kUserReadBasicAll}});
        QCOMPARE(r.status, 201);
        const QJsonObject a = r.json();
        QCOMPARE(a.value(QStringLiteral("principalType")).toString(),
                 QStringLiteral("ServicePrincipal"));
        QCOMPARE(a.value(QStringLiteral("resourceDisplayName")).toString(),
                 QStringLiteral("Microsoft Graph"));
        QCOMPARE(a.value(QStringLiteral("principalId")).toString(), spId);
        const QString assignmentId = a.value(QStringLiteral("id")).toString();
        QVERIFY(!assignmentId.isEmpty());

        r = post(path, {{QStringLiteral("principalId"), spId},
                        {QStringLiteral("resourceId"), graphSp},
                        {QStringLiteral("appRoleId"), kUserReadBasicAll}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorMessage(r),
                 QStringLiteral("Permission being assigned already exists on the object."));
        r = post(path, {{QStringLiteral("principalId"), spId},
                        {QStringLiteral("resourceId"), graphSp},
                        {QStringLiteral("appRoleId"), kOpenId}});
        QCOMPARE(r.status, 400); // a scope id is not an app role
        r = post(path, {{QStringLiteral("principalId"),
                         QStringLiteral("0f0f0f0f-0000-4000-8000-000000000000")},
                        {QStringLiteral("resourceId"), graphSp},
                        {QStringLiteral("appRoleId"), kGroupReadAll}});
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), QStringLiteral("Request_ResourceNotFound"));
        QCOMPARE(post(path, {{QStringLiteral("principalId"), spId},
                             {QStringLiteral("resourceId"), spId},
                             {QStringLiteral("appRoleId"), kGroupReadAll}})
                     .status,
                 400);
        QCOMPARE(post(path, {{QStringLiteral("principalId"), spId},
                             {QStringLiteral("resourceId"), graphSp},
                             {QStringLiteral("appRoleId"), kGroupReadAll},
                             {QStringLiteral("x"), 1}})
                     .status,
                 400);
        QCOMPARE(post(path, {{QStringLiteral("principalId"), spId},
                             {QStringLiteral("resourceId"), graphSp},
                             {QStringLiteral("appRoleId"), kGroupReadAll}})
                     .status,
                 201);

        r = get(path);
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 2);
        r = get(QStringLiteral("/servicePrincipals/%1/appRoleAssignments").arg(spId));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 2);
        QCOMPARE(del(path + QLatin1Char('/') + assignmentId).status, 204);
        QCOMPARE(del(path + QLatin1Char('/') + assignmentId).status, 404);
        QCOMPARE(get(QStringLiteral("/servicePrincipals/%1/appRoleAssignments").arg(spId))
                     .json()
                     .value(QStringLiteral("value"))
                     .toArray()
                     .size(),
                 1);
    }

    void privilegedRoleNeededForGraphAppRoles()
    {
        m_sandbox->setUserLacksPrivilegedRole(true);
        const QString appId =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Leap")))
                .json()
                .value(QStringLiteral("appId"))
                .toString();
        QVERIFY(!appId.isEmpty()); // an Application Administrator can still create apps
        const QString spId =
            post(QStringLiteral("/servicePrincipals"), {{QStringLiteral("appId"), appId}})
                .json()
                .value(QStringLiteral("id"))
                .toString();
        const QString graphSp = graphSpId();
        const HttpResult r =
            post(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(graphSp),
                 {{QStringLiteral("principalId"), spId},
                  {QStringLiteral("resourceId"), graphSp},
                  {QStringLiteral("appRoleId"), kUserReadBasicAll}});
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), QStringLiteral("Authorization_RequestDenied"));
        // Delegated grants still work.
        QCOMPARE(post(QStringLiteral("/oauth2PermissionGrants"),
                      {{QStringLiteral("clientId"), spId},
                       {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                       {QStringLiteral("resourceId"), graphSp},
                       {QStringLiteral("scope"), QStringLiteral("openid profile")}})
                     .status,
                 201);
    }

    void scopeChecks_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const QStringList readOnly {QStringLiteral("Application.Read.All")};
        QTest::newRow("read list ok")
            << readOnly << QByteArray("GET") << QStringLiteral("/applications") << 200;
        QTest::newRow("create needs ReadWrite")
            << readOnly << QByteArray("POST") << QStringLiteral("/applications") << 403;
        QTest::newRow("grants need DelegatedPermissionGrant")
            << readOnly << QByteArray("POST") << QStringLiteral("/oauth2PermissionGrants") << 403;
        QTest::newRow("grants readable with Directory.ReadWrite.All")
            << QStringList {QStringLiteral("Directory.ReadWrite.All")} << QByteArray("GET")
            << QStringLiteral("/oauth2PermissionGrants") << 200;
        QTest::newRow("assignments need AppRoleAssignment")
            << QStringList {QStringLiteral("Application.ReadWrite.All")} << QByteArray("POST")
            << QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo") << 403;
        QTest::newRow("users need a user permission")
            << QStringList {QStringLiteral("Application.ReadWrite.All")} << QByteArray("GET")
            << QStringLiteral("/users") << 403;
        QTest::newRow("groups need a group permission")
            << QStringList {QStringLiteral("Application.ReadWrite.All")} << QByteArray("GET")
            << QStringLiteral("/groups") << 403;
        QTest::newRow("delegated Group.Read.All")
            << QStringList {QStringLiteral("Group.Read.All")} << QByteArray("GET")
            << QStringLiteral("/groups") << 200;
    }

    void scopeChecks()
    {
        QFETCH(QStringList, scopes);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const QString token = m_sandbox->issueAdminAccessToken(scopes);
        const QString resolved = path.contains(QLatin1String("%1")) ? path.arg(graphSpId()) : path;
        const HttpResult r = http(
            method, g(resolved), token,
            method == "GET" ? QJsonObject()
                            : QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")}});
        QCOMPARE(r.status, status);
        if (status == 403)
            QCOMPARE(errorCode(r), QStringLiteral("Authorization_RequestDenied"));
    }

    void oauth2PermissionGrants()
    {
        const QString appId =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Leap")))
                .json()
                .value(QStringLiteral("appId"))
                .toString();
        const QString spId =
            post(QStringLiteral("/servicePrincipals"), {{QStringLiteral("appId"), appId}})
                .json()
                .value(QStringLiteral("id"))
                .toString();
        const QString graphSp = graphSpId();
        const QJsonObject grant {{QStringLiteral("clientId"), spId},
                                 {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                                 {QStringLiteral("resourceId"), graphSp},
                                 {QStringLiteral("scope"), QStringLiteral("openid profile")}};
        HttpResult r = post(QStringLiteral("/oauth2PermissionGrants"), grant);
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(QStringLiteral("id")).toString();
        QVERIFY(r.json().value(QStringLiteral("principalId")).isNull());
        QCOMPARE(r.json().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("openid profile"));

        r = post(QStringLiteral("/oauth2PermissionGrants"), grant);
        QCOMPARE(r.status, 409);
        // clientId must be the SP object id, not the appId.
        QJsonObject wrong = grant;
        wrong.insert(QStringLiteral("clientId"), appId);
        r = post(QStringLiteral("/oauth2PermissionGrants"), wrong);
        QCOMPARE(r.status, 400);
        QVERIFY(errorMessage(r).contains(QLatin1String("clientId")));
        wrong = grant;
        wrong.insert(QStringLiteral("scope"), QStringLiteral("openid Bogus.Scope"));
        QCOMPARE(post(QStringLiteral("/oauth2PermissionGrants"), wrong).status, 400);
        wrong = grant;
        wrong.insert(QStringLiteral("consentType"), QStringLiteral("Everyone"));
        QCOMPARE(post(QStringLiteral("/oauth2PermissionGrants"), wrong).status, 400);

        r = get(QStringLiteral("/oauth2PermissionGrants?$filter=clientId eq '%1'").arg(spId));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
        QCOMPARE(get(QStringLiteral(
                         "/oauth2PermissionGrants?$filter=clientId eq '%1' and resourceId eq '%2'")
                         .arg(spId, graphSp))
                     .json()
                     .value(QStringLiteral("value"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(
            get(QStringLiteral("/oauth2PermissionGrants?$filter=clientId eq '%1'").arg(graphSp))
                .json()
                .value(QStringLiteral("value"))
                .toArray()
                .size(),
            0);
        QCOMPARE(patch(QStringLiteral("/oauth2PermissionGrants/") + id,
                       {{QStringLiteral("scope"), QStringLiteral("openid profile email")}})
                     .status,
                 204);
        QCOMPARE(get(QStringLiteral("/oauth2PermissionGrants/") + id)
                     .json()
                     .value(QStringLiteral("scope"))
                     .toString(),
                 QStringLiteral("openid profile email"));
        QCOMPARE(patch(QStringLiteral("/oauth2PermissionGrants/") + id,
                       {{QStringLiteral("clientId"), graphSp}})
                     .status,
                 400);
        QCOMPARE(del(QStringLiteral("/oauth2PermissionGrants/") + id).status, 204);
        QCOMPARE(get(QStringLiteral("/oauth2PermissionGrants/") + id).status, 404);
    }

    void usersAndGroupsAppOnly()
    {
        const auto [appId, secret] = makeConfidentialApp(true);
        const QString app = appOnlyToken(appId, secret);
        QVERIFY(!app.isEmpty());
        HttpResult r = get(QStringLiteral("/users?$top=1&$select=id,displayName"), app);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
        QVERIFY(r.json().contains(QStringLiteral("@odata.nextLink")));
        r = get(QStringLiteral("/users"), app);
        // User.ReadBasic.All sees the basic profile only.
        const QJsonObject user = r.json().value(QStringLiteral("value")).toArray().at(0).toObject();
        QVERIFY(user.contains(QStringLiteral("displayName")));
        QVERIFY(!user.contains(QStringLiteral("jobTitle")));
        r = get(QStringLiteral("/groups?$top=1&$select=id,displayName"), app);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("value")).toArray().size(), 1);
        QCOMPARE(get(QStringLiteral("/groups/372863bc-5d1e-4f2a-9b3c-4d5e6f7a8b91"), app)
                     .json()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("Leap Designers"));
        r = get(QStringLiteral("/users/admin@contoso.onmicrosoft.com"), app);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("id")).toString(), m_sandbox->adminObjectId());
        QCOMPARE(get(QStringLiteral("/users/nobody@contoso.onmicrosoft.com"), app).status, 404);
        QCOMPARE(
            get(QStringLiteral(
                    "/users?$filter=userPrincipalName eq 'megan.bowen@contoso.onmicrosoft.com'"),
                app)
                .json()
                .value(QStringLiteral("value"))
                .toArray()
                .size(),
            1);
        QCOMPARE(get(QStringLiteral("/me"), app).status, 400);
        QCOMPARE(get(QStringLiteral("/applications"), app).status, 403);

        const auto [bareAppId, bareSecret] = makeConfidentialApp(false);
        const QString bare = appOnlyToken(bareAppId, bareSecret);
        QVERIFY(!bare.isEmpty());
        QCOMPARE(get(QStringLiteral("/users"), bare).status, 403);
        QCOMPARE(get(QStringLiteral("/groups"), bare).status, 403);
        // The delegated admin token (no user/group scopes) is refused as well.
        QCOMPARE(get(QStringLiteral("/users")).status, 403);
    }

    void replicationDelay()
    {
        m_sandbox->setReplicationDelayMs(700);
        HttpResult r =
            post(QStringLiteral("/applications"), leapApplication(QStringLiteral("Fresh")));
        QCOMPARE(r.status, 201); // the create response is complete
        const QString id = r.json().value(QStringLiteral("id")).toString();
        const QString appId = r.json().value(QStringLiteral("appId")).toString();
        QCOMPARE(get(QStringLiteral("/applications/") + id).status, 404);
        QCOMPARE(get(QStringLiteral("/applications?$filter=appId eq '%1'").arg(appId))
                     .json()
                     .value(QStringLiteral("value"))
                     .toArray()
                     .size(),
                 0);
        r = post(QStringLiteral("/servicePrincipals"), {{QStringLiteral("appId"), appId}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorMessage(r), QStringLiteral("The appId '%1' of the service principal does not "
                                                 "reference a valid application object.")
                                      .arg(appId));
        QTest::qWait(750);
        QCOMPARE(get(QStringLiteral("/applications/") + id).status, 200);
        r = post(QStringLiteral("/servicePrincipals"), {{QStringLiteral("appId"), appId}});
        QCOMPARE(r.status, 201);
        const QString spId = r.json().value(QStringLiteral("id")).toString();
        const QString graphSp = graphSpId();
        r = post(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(graphSp),
                 {{QStringLiteral("principalId"), spId},
                  {QStringLiteral("resourceId"), graphSp},
                  {QStringLiteral("appRoleId"), kGroupReadAll}});
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), QStringLiteral("Request_ResourceNotFound"));
        r = post(QStringLiteral("/oauth2PermissionGrants"),
                 {{QStringLiteral("clientId"), spId},
                  {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                  {QStringLiteral("resourceId"), graphSp},
                  {QStringLiteral("scope"), QStringLiteral("openid")}});
        QCOMPARE(r.status, 404);
        QTest::qWait(750);
        r = post(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(graphSp),
                 {{QStringLiteral("principalId"), spId},
                  {QStringLiteral("resourceId"), graphSp},
                  {QStringLiteral("appRoleId"), kGroupReadAll}});
        QCOMPARE(r.status, 201);
    }

    void batch()
    {
        const QJsonObject body {
            {QStringLiteral("requests"),
             QJsonArray {
                 QJsonObject {{QStringLiteral("id"), QStringLiteral("1")},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("url"), QStringLiteral("/applications")},
                              {QStringLiteral("headers"),
                               QJsonObject {{QStringLiteral("Content-Type"),
                                             QStringLiteral("application/json")}}},
                              {QStringLiteral("body"), QJsonObject {{QStringLiteral("displayName"),
                                                                     QStringLiteral("Batched")}}}},
                 QJsonObject {{QStringLiteral("id"), QStringLiteral("2")},
                              {QStringLiteral("method"), QStringLiteral("GET")},
                              {QStringLiteral("url"), QStringLiteral("/me?$select=displayName")},
                              {QStringLiteral("dependsOn"), QJsonArray {QStringLiteral("1")}}},
                 QJsonObject {{QStringLiteral("id"), QStringLiteral("3")},
                              {QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("url"), QStringLiteral("/applications")},
                              {QStringLiteral("headers"),
                               QJsonObject {{QStringLiteral("Content-Type"),
                                             QStringLiteral("application/json")}}},
                              {QStringLiteral("body"),
                               QJsonObject {{QStringLiteral("colour"), QStringLiteral("red")}}}},
                 QJsonObject {{QStringLiteral("id"), QStringLiteral("4")},
                              {QStringLiteral("method"), QStringLiteral("GET")},
                              {QStringLiteral("url"), QStringLiteral("/organization")},
                              {QStringLiteral("dependsOn"), QJsonArray {QStringLiteral("3")}}}}}};
        HttpResult r = post(QStringLiteral("/$batch"), body);
        QCOMPARE(r.status, 200);
        QMap<QString, QJsonObject> byId;
        for (const auto &v : r.json().value(QStringLiteral("responses")).toArray())
            byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        QCOMPARE(byId.size(), 4);
        QCOMPARE(byId[QStringLiteral("1")].value(QStringLiteral("status")).toInt(), 201);
        QCOMPARE(byId[QStringLiteral("1")]
                     .value(QStringLiteral("body"))
                     .toObject()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("Batched"));
        QCOMPARE(byId[QStringLiteral("2")].value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(byId[QStringLiteral("2")]
                     .value(QStringLiteral("body"))
                     .toObject()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("Adele Admin"));
        QCOMPARE(byId[QStringLiteral("3")].value(QStringLiteral("status")).toInt(), 400);
        QCOMPARE(byId[QStringLiteral("4")].value(QStringLiteral("status")).toInt(), 424);

        // Faults and auth reach batch items.
        m_sandbox->addFault({QStringLiteral("GET"), QStringLiteral("^/graph/v1.0/me$"), 429, 2, 1,
                             0, false, false});
        r = post(QStringLiteral("/$batch"),
                 {{QStringLiteral("requests"),
                   QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                                            {QStringLiteral("method"), QStringLiteral("GET")},
                                            {QStringLiteral("url"), QStringLiteral("/me")}}}}});
        const QJsonObject item =
            r.json().value(QStringLiteral("responses")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("status")).toInt(), 429);
        QCOMPARE(item.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("Retry-After"))
                     .toString(),
                 QStringLiteral("2"));
        r = post(QStringLiteral("/$batch"),
                 {{QStringLiteral("requests"),
                   QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                                            {QStringLiteral("method"), QStringLiteral("GET")},
                                            {QStringLiteral("url"), QStringLiteral("/users")}}}}});
        QCOMPARE(r.json()
                     .value(QStringLiteral("responses"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 403);

        // Whole-batch errors.
        QJsonArray many;
        for (int i = 0; i < 21; ++i)
            many.append(QJsonObject {{QStringLiteral("id"), QString::number(i)},
                                     {QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("url"), QStringLiteral("/me")}});
        QCOMPARE(post(QStringLiteral("/$batch"), {{QStringLiteral("requests"), many}}).status, 400);
        const QJsonObject dup {{QStringLiteral("id"), QStringLiteral("x")},
                               {QStringLiteral("method"), QStringLiteral("GET")},
                               {QStringLiteral("url"), QStringLiteral("/me")}};
        QCOMPARE(
            post(QStringLiteral("/$batch"), {{QStringLiteral("requests"), QJsonArray {dup, dup}}})
                .status,
            400);
        QCOMPARE(post(QStringLiteral("/$batch"),
                      {{QStringLiteral("requests"),
                        QJsonArray {QJsonObject {
                            {QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("url"), QStringLiteral("/me")},
                            {QStringLiteral("dependsOn"), QJsonArray {QStringLiteral("9")}}}}}})
                     .status,
                 400);
        QCOMPARE(post(QStringLiteral("/$batch"),
                      {{QStringLiteral("requests"),
                        QJsonArray {QJsonObject {
                            {QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("url"), QStringLiteral("/applications")},
                            {QStringLiteral("body"), QJsonObject {{QStringLiteral("displayName"),
                                                                   QStringLiteral("x")}}}}}}})
                     .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxGraph)
#include "tst_sandbox_graph.moc"
