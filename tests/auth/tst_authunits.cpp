// Pure parts of sign-in: the AADSTS advice table, discovery parsing, clouds, id-token claims,
// form encoding and the callback page. (The flows themselves are tested over HTTP in
// tst_signin_sandbox and tst_signin_oidcpeer.)

#include "auth/aadsts.h"
#include "auth/authhttp.h"
#include "auth/browserflow.h"
#include "auth/discovery.h"
#include "auth/signinsession.h"
#include "auth/tokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace leap;

class TestAuthUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adviceTable_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("causeHas");
        QTest::addColumn<QString>("fixHas");
        QTest::newRow("50011") << "AADSTS50011"
                               << "redirect"
                               << "http://localhost";
        QTest::newRow("53003") << "AADSTS53003"
                               << "Conditional Access"
                               << "device-code";
        QTest::newRow("530033") << "AADSTS530033"
                                << "Conditional Access"
                                << "device-code";
        QTest::newRow("65001") << "AADSTS65001"
                               << "consent"
                               << "Global Administrator";
        QTest::newRow("50076") << "AADSTS50076"
                               << "multi-factor"
                               << "second factor";
        QTest::newRow("50079") << "AADSTS50079"
                               << "multi-factor"
                               << "mfasetup";
        QTest::newRow("90002") << "AADSTS90002"
                               << "wrong name or wrong cloud"
                               << "--cloud";
        QTest::newRow("700016") << "AADSTS700016"
                                << "not known in this tenant"
                                << "--client-id";
        QTest::newRow("50194") << "AADSTS50194"
                               << "single-tenant"
                               << "--tenant";
        QTest::newRow("7000218") << "AADSTS7000218"
                                 << "public client flows"
                                 << "Allow public client flows";
        QTest::newRow("65002") << "AADSTS65002"
                               << "pre-authorized"
                               << "--client-id";
        QTest::newRow("70016") << "AADSTS70016"
                               << "not been entered"
                               << "enter the code";
        QTest::newRow("70018") << "AADSTS70018"
                               << "not accepted"
                               << "new code";
        QTest::newRow("70019") << "AADSTS70019"
                               << "expired"
                               << "again";
        QTest::newRow("90120") << "AADSTS90120"
                               << "declined"
                               << "again";
        QTest::newRow("access_denied") << "access_denied"
                                       << "declined"
                                       << "accept";
        QTest::newRow("expired_token") << "expired_token"
                                       << "expired"
                                       << "again";
        QTest::newRow("authorization_declined") << "authorization_declined"
                                                << "declined"
                                                << "approve";
        QTest::newRow("bad_verification_code") << "bad_verification_code"
                                               << "not accepted"
                                               << "new code";
    }
    void adviceTable()
    {
        QFETCH(QString, code);
        QFETCH(QString, causeHas);
        QFETCH(QString, fixHas);
        const SignInAdvice a = adviceFor(code, SignInMethod::Browser);
        QVERIFY2(a.cause.contains(causeHas, Qt::CaseInsensitive), qPrintable(a.cause));
        QVERIFY2(a.fix.contains(fixHas, Qt::CaseInsensitive), qPrintable(a.fix));
        // One or two sentences each.
        QVERIFY(a.cause.count(QLatin1Char('.')) <= 3);
        QVERIFY(a.fix.count(QLatin1Char('.')) <= 4);
    }

    void conditionalAccessOffersTheOtherMethod()
    {
        QVERIFY(adviceFor(QStringLiteral("AADSTS53003"), SignInMethod::Browser)
                    .fix.contains(QLatin1String("--sign-in device-code")));
        QVERIFY(adviceFor(QStringLiteral("AADSTS53003"), SignInMethod::DeviceCode)
                    .fix.contains(QLatin1String("--sign-in browser")));
    }

    void identityErrorKeepsCodeAndCorrelationId()
    {
        const QByteArray body =
            "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50011: The redirect URI "
            "'x' does not match.\\r\\nTrace ID: 1\\r\\nCorrelation ID: "
            "2\",\"error_codes\":[50011],\"timestamp\":\"2024-01-01 "
            "00:00:00Z\",\"trace_id\":\"t-1\",\"correlation_id\":\"c0ffee00-0000-4000-8000-"
            "000000000001\"}";
        const Error e = identityError(body, 400, SignInMethod::Browser);
        QCOMPARE(e.kind, ErrorKind::SignIn);
        QCOMPARE(exitCodeFor(e.kind), 3);
        QCOMPARE(e.code, QStringLiteral("AADSTS50011"));
        QCOMPARE(e.requestId, QStringLiteral("c0ffee00-0000-4000-8000-000000000001"));
        QCOMPARE(e.httpStatus, 400);
        QVERIFY(e.message.contains(QLatin1String("redirect")));
        QVERIFY(!e.fix.isEmpty());
    }

    void identityErrorUnknownCodeFallsBackToFirstSentence()
    {
        const QByteArray body =
            "{\"error\":\"invalid_request\",\"error_description\":\"AADSTS99999: Something odd "
            "happened.\\r\\nTrace ID: abc\",\"error_codes\":[99999],\"correlation_id\":\"cid\"}";
        const Error e = identityError(body, 400, SignInMethod::DeviceCode);
        QCOMPARE(e.code, QStringLiteral("AADSTS99999"));
        QVERIFY2(e.message.contains(QLatin1String("Something odd happened.")),
                 qPrintable(e.message));
        QVERIFY(!e.message.contains(QLatin1String("Trace ID")));
        QVERIFY(!e.fix.isEmpty());
        // Without error_codes the number comes from the description.
        QCOMPARE(aadstsNumber("{\"error\":\"x\",\"error_description\":\"AADSTS700016: nope\"}"),
                 700016);
        QCOMPARE(aadstsNumber("{\"error\":\"x\"}"), 0);
    }

    void authorizationErrorFromRedirect()
    {
        const Error e = authorizationError(
            QStringLiteral("access_denied"),
            QStringLiteral("AADSTS65004: User declined to consent to access the app."),
            SignInMethod::Browser);
        QCOMPARE(e.kind, ErrorKind::SignIn);
        QCOMPARE(e.code, QStringLiteral("AADSTS65004"));
        QVERIFY(e.message.contains(QLatin1String("declined")));
    }

    void parseDiscovery()
    {
        const QJsonObject doc =
            QJsonDocument::fromJson(
                "{"
                "\"issuer\":\"https://login.microsoftonline.us/"
                "8D3F1C2A-5B7E-4C19-9A0D-2E6F4B1C7A35/v2.0\","
                "\"authorization_endpoint\":\"https://login.microsoftonline.us/"
                "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35/oauth2/v2.0/authorize\","
                "\"token_endpoint\":\"https://login.microsoftonline.us/"
                "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35/oauth2/v2.0/token\","
                "\"device_authorization_endpoint\":\"https://login.microsoftonline.us/"
                "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35/oauth2/v2.0/devicecode\","
                "\"cloud_instance_name\":\"microsoftonline.us\"}")
                .object();
        const auto c = parseOpenIdConfiguration(doc, QUrl(QStringLiteral("https://x/")));
        QVERIFY(c.ok());
        QCOMPARE(c->tenantId, QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35"));
        QCOMPARE(c->documentCloud(), std::optional<Cloud>(Cloud::UsGov));
        QVERIFY(c->deviceAuthorizationEndpoint.path().endsWith(QLatin1String("/devicecode")));

        // organizations: the issuer carries a placeholder, no tenant yet.
        QJsonObject org = doc;
        org[QStringLiteral("issuer")] =
            QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
        org.remove(QStringLiteral("cloud_instance_name"));
        const auto o = parseOpenIdConfiguration(org, QUrl());
        QVERIFY(o.ok());
        QVERIFY(o->tenantId.isEmpty());
        QVERIFY(!o->documentCloud());

        QJsonObject broken = doc;
        broken.remove(QStringLiteral("token_endpoint"));
        const auto b = parseOpenIdConfiguration(broken, QUrl());
        QVERIFY(!b.ok());
        QCOMPARE(b.error().kind, ErrorKind::SignIn);
    }

    void wrongCloud()
    {
        QVERIFY(sameLoginCloud(Cloud::UsGov, Cloud::UsGovDod));
        QVERIFY(!sameLoginCloud(Cloud::UsGov, Cloud::Global));
        const Error e = wrongCloudError(Cloud::UsGov, Cloud::Global);
        QCOMPARE(e.code, QString::fromLatin1(kWrongCloudCode));
        QCOMPARE(e.kind, ErrorKind::SignIn);
        QVERIFY(e.message.contains(cloudDisplayName(Cloud::Global)));
        QVERIFY(e.fix.contains(QLatin1String("--cloud global")));
    }

    void cloudEndpoints_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("graph");
        QTest::newRow("global") << "global"
                                << "https://login.microsoftonline.com"
                                << "https://graph.microsoft.com";
        QTest::newRow("usgov") << "usgov"
                               << "https://login.microsoftonline.us"
                               << "https://graph.microsoft.us";
        QTest::newRow("usgov-dod") << "usgov-dod"
                                   << "https://login.microsoftonline.us"
                                   << "https://dod-graph.microsoft.us";
        QTest::newRow("china") << "china"
                               << "https://login.chinacloudapi.cn"
                               << "https://microsoftgraph.chinacloudapi.cn";
    }
    void cloudEndpoints()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, login);
        QFETCH(QString, graph);
        const Endpoints e = Endpoints::forCloud(*cloudFromName(cloud));
        const QString t = QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35");
        QCOMPARE(e.discovery(t).toString(),
                 login + QLatin1Char('/') + t +
                     QStringLiteral("/v2.0/.well-known/openid-configuration"));
        QCOMPARE(e.authorize(t).toString(),
                 login + QLatin1Char('/') + t + QStringLiteral("/oauth2/v2.0/authorize"));
        QCOMPARE(e.token(t).toString(),
                 login + QLatin1Char('/') + t + QStringLiteral("/oauth2/v2.0/token"));
        QCOMPARE(e.deviceCode(t).toString(),
                 login + QLatin1Char('/') + t + QStringLiteral("/oauth2/v2.0/devicecode"));
        const QStringList scopes = defaultSignInScopes(e.graph);
        QCOMPARE(scopes,
                 QStringList({graph + QStringLiteral("/Application.ReadWrite.All"),
                              graph + QStringLiteral("/AppRoleAssignment.ReadWrite.All"),
                              graph + QStringLiteral("/DelegatedPermissionGrant.ReadWrite.All"),
                              QStringLiteral("openid"), QStringLiteral("profile"),
                              QStringLiteral("offline_access")}));
        // The session asks for exactly these on that cloud.
        SignInSession session(nullptr, nullptr);
        SignInOptions o;
        o.endpoints = e;
        session.setOptions(o);
        QCOMPARE(session.scopes(), scopes);
        QCOMPARE(session.clientId(), QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
        o.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        session.setOptions(o);
        QCOMPARE(session.clientId(), o.clientId);
    }

    void idTokenClaims()
    {
        const QByteArray payload =
            QJsonDocument(QJsonObject {{QStringLiteral("name"), QStringLiteral("Adele Admin")},
                                       {QStringLiteral("preferred_username"),
                                        QStringLiteral("admin@contoso.onmicrosoft.com")},
                                       {QStringLiteral("tid"),
                                        QStringLiteral("8D3F1C2A-5B7E-4C19-9A0D-2E6F4B1C7A35")},
                                       {QStringLiteral("oid"),
                                        QStringLiteral("5f2a9e4b-8c1d-4e7a-b3f6-0a9c2d7e1b48")}})
                .toJson(QJsonDocument::Compact);
        // A payload whose base64url form needs '-' / '_' and no padding.
        const QString jwt = QStringLiteral("eyJhbGciOiJub25lIn0.") +
                            QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding |
                                                                 QByteArray::OmitTrailingEquals)) +
                            QStringLiteral(".sig");
        const SignedInUser u = userFromIdToken(jwt);
        QCOMPARE(u.name, QStringLiteral("Adele Admin"));
        QCOMPARE(u.upn, QStringLiteral("admin@contoso.onmicrosoft.com"));
        QCOMPARE(u.tenantId, QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35"));
        QCOMPARE(u.objectId, QStringLiteral("5f2a9e4b-8c1d-4e7a-b3f6-0a9c2d7e1b48"));
        QCOMPARE(u.displayText(), QStringLiteral("Adele Admin (admin@contoso.onmicrosoft.com)"));
        QVERIFY(userFromIdToken(QStringLiteral("not-a-jwt")).isEmpty());
        QVERIFY(userFromIdToken(QStringLiteral("a.!!!.c")).isEmpty());
    }

    void tokenResponse()
    {
        const auto t = parseTokenResponse(
            "{\"token_type\":\"Bearer\",\"scope\":\"openid\",\"expires_in\":3599,\"ext_expires_"
            "in\":3599,\"access_token\":\"at\",\"refresh_token\":\"rt\",\"id_token\":\"it\"}");
        QVERIFY(t.ok());
        QCOMPARE(t->accessToken, QStringLiteral("at"));
        QCOMPARE(t->refreshToken, QStringLiteral("rt"));
        QVERIFY(!t->expiresWithin(std::chrono::seconds(60)));
        QVERIFY(t->expiresWithin(std::chrono::seconds(3600)));
        const auto s = parseTokenResponse("{\"access_token\":\"at\",\"expires_in\":\"30\"}");
        QVERIFY(s.ok());
        QVERIFY(s->expiresWithin(std::chrono::seconds(60)));
        QVERIFY(!parseTokenResponse("{\"token_type\":\"Bearer\"}").ok());
        QCOMPARE(t->refreshMargin(), std::chrono::seconds(60));
        QCOMPARE(s->refreshMargin(), std::chrono::seconds(15));
    }

    void formEncoding()
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("code"), QStringLiteral("a+b/c=d%e&f g"));
        QCOMPARE(encodeForm(q), QByteArray("code=a%2Bb%2Fc%3Dd%25e%26f%20g"));
    }

    void callbackPage()
    {
        const QString html = callbackPageHtml(QStringLiteral("Signed in"),
                                              QStringLiteral("You can close <this> tab."), true);
        QVERIFY(html.contains(QLatin1String("Signed in")));
        QVERIFY(html.contains(QLatin1String("&lt;this&gt;")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        // Qt 6.4's reply handler computes Content-Length from the characters: ASCII only.
        for (const QChar c : html)
            QVERIFY(c.unicode() < 128);
    }

    void refreshTokenKey()
    {
        QCOMPARE(
            SignInSession::refreshTokenKey(QStringLiteral("prod"),
                                           QStringLiteral("8D3F1C2A-5B7E-4C19-9A0D-2E6F4B1C7A35")),
            QStringLiteral("refresh/prod/8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35"));
    }
};

QTEST_GUILESS_MAIN(TestAuthUnits)
#include "tst_authunits.moc"
