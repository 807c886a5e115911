// Endpoints per national cloud (entra-leap-facts §5.1) and with overrides.
#include "model/cloud.h"
#include "model/profile.h"

#include <QTest>
#include <QUrlQuery>

using namespace leap;

class TestEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void perCloud_data();
    void perCloud();
    void paths();
    void graphPathsKeepODataCharacters();
    void overrideWithPath();
    void adminConsent();
    void instanceNames();
    void profileOverrides();
};

void TestEndpoints::perCloud_data()
{
    QTest::addColumn<int>("cloud");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("graph");
    QTest::newRow("global") << int(Cloud::Global) << "https://login.microsoftonline.com"
                            << "https://graph.microsoft.com";
    QTest::newRow("usgov") << int(Cloud::UsGov) << "https://login.microsoftonline.us"
                           << "https://graph.microsoft.us";
    QTest::newRow("usgov-dod") << int(Cloud::UsGovDod) << "https://login.microsoftonline.us"
                               << "https://dod-graph.microsoft.us";
    QTest::newRow("china") << int(Cloud::China) << "https://login.chinacloudapi.cn"
                           << "https://microsoftgraph.chinacloudapi.cn";
}

void TestEndpoints::perCloud()
{
    QFETCH(int, cloud);
    QFETCH(QString, authority);
    QFETCH(QString, graph);
    const Endpoints e = Endpoints::forCloud(Cloud(cloud));
    QCOMPARE(int(e.cloud), cloud);
    QCOMPARE(e.authority.toString(), authority);
    QCOMPARE(e.graph.toString(), graph);
    const QString tenant = QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35");
    QCOMPARE(e.discovery(tenant).toString(),
             authority + QLatin1Char('/') + tenant + "/v2.0/.well-known/openid-configuration");
    QCOMPARE(e.token(tenant).toString(),
             authority + QLatin1Char('/') + tenant + "/oauth2/v2.0/token");
    QCOMPARE(e.graphV1(QStringLiteral("/me")).toString(), graph + "/v1.0/me");
    QCOMPARE(e.graphScope(QStringLiteral("User.Read")), graph + "/User.Read");
    QCOMPARE(e.graphScope(QStringLiteral(".default")), graph + "/.default");
    // Every default is https.
    QCOMPARE(e.authority.scheme(), QStringLiteral("https"));
    QCOMPARE(e.graph.scheme(), QStringLiteral("https"));
    // Names round-trip.
    QCOMPARE(cloudFromName(cloudName(Cloud(cloud))), std::optional<Cloud>(Cloud(cloud)));
    QVERIFY(!cloudDisplayName(Cloud(cloud)).isEmpty());
}

void TestEndpoints::paths()
{
    const Endpoints e = Endpoints::forCloud(Cloud::Global);
    QCOMPARE(e.authorize(QStringLiteral("contoso.onmicrosoft.com")).toString(),
             QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/"
                            "authorize"));
    QCOMPARE(e.deviceCode(QStringLiteral("organizations")).toString(),
             QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/"
                            "devicecode"));
}

void TestEndpoints::graphPathsKeepODataCharacters()
{
    const Endpoints e = Endpoints::forCloud(Cloud::Global);
    const QUrl url = e.graphV1(QStringLiteral(
        "/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')?$select=id,appRoles"));
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://graph.microsoft.com/v1.0/servicePrincipals(appId='00000003-"
                            "0000-0000-c000-000000000000')?$select=id,appRoles"));
    QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("$select=id,appRoles"));
}

void TestEndpoints::overrideWithPath()
{
    // A sandbox or proxy root with a path and a port; trailing slashes never double.
    Endpoints e = Endpoints::forCloud(Cloud::Global);
    e.authority = QUrl(QStringLiteral("http://127.0.0.1:41234/"));
    e.graph = QUrl(QStringLiteral("http://127.0.0.1:41234/graph/"));
    QCOMPARE(e.discovery(QStringLiteral("contoso.onmicrosoft.com")).toString(),
             QStringLiteral("http://127.0.0.1:41234/contoso.onmicrosoft.com/v2.0/.well-known/"
                            "openid-configuration"));
    QCOMPARE(e.graphV1(QStringLiteral("/applications")).toString(),
             QStringLiteral("http://127.0.0.1:41234/graph/v1.0/applications"));
    QCOMPARE(e.graphScope(QStringLiteral("Application.ReadWrite.All")),
             QStringLiteral("http://127.0.0.1:41234/graph/Application.ReadWrite.All"));
}

void TestEndpoints::adminConsent()
{
    const QUrl url = Endpoints::forCloud(Cloud::China)
                         .adminConsent(QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35"),
                                       QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("login.chinacloudapi.cn"));
    QCOMPARE(url.path(), QStringLiteral("/8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35/adminconsent"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("client_id")),
             QStringLiteral("11111111-2222-3333-4444-555555555555"));
}

void TestEndpoints::instanceNames()
{
    QCOMPARE(cloudFromInstanceName(QStringLiteral("microsoftonline.com")),
             std::optional<Cloud>(Cloud::Global));
    QCOMPARE(cloudFromInstanceName(QStringLiteral("MicrosoftOnline.US")),
             std::optional<Cloud>(Cloud::UsGov));
    QCOMPARE(cloudFromInstanceName(QStringLiteral("chinacloudapi.cn")),
             std::optional<Cloud>(Cloud::China));
    QVERIFY(!cloudFromInstanceName(QStringLiteral("microsoftonline.de")));
    QVERIFY(!cloudFromInstanceName(QString()));
}

void TestEndpoints::profileOverrides()
{
    Profile p;
    p.cloud = Cloud::UsGovDod;
    QCOMPARE(p.endpoints().graph.toString(), QStringLiteral("https://dod-graph.microsoft.us"));
    p.graphOverride = QUrl(QStringLiteral("https://graph.proxy.example"));
    QCOMPARE(p.endpoints().graph.toString(), QStringLiteral("https://graph.proxy.example"));
    QCOMPARE(p.endpoints().authority.toString(),
             QStringLiteral("https://login.microsoftonline.us"));
    QCOMPARE(p.endpoints().cloud, Cloud::UsGovDod);
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
