// The summary document against the contract (shared/contract.md, "Summary document"): every
// field, its exact name and JSON type, and nothing else.
#include "export/exportformat.h"
#include "model/summary.h"
#include "sampleprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace leap;

namespace {

const QRegularExpression
    kGuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
const QRegularExpression
    kRfc3339Utc(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"));

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> s;
    for (const char *n : names)
        s.insert(QString::fromLatin1(n));
    return s;
}

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyContractFieldWithItsType();
    void secretValueOnlyWhenGiven();
    void endpointsFollowTheCloudAndOverrides();
    void exportJsonIsTheSummary();
};

void TestSummary::everyContractFieldWithItsType()
{
    const Summary summary = Summary::build(sample::profile(), sample::facts());
    const QJsonObject o = summary.toJson();

    QCOMPARE(keysOf(o),
             set({"schemaVersion", "generatedAt", "profile", "cloud", "tenantId", "leap",
                  "application", "clientSecrets", "permissions", "endpoints", "leapProperties"}));
    QVERIFY(o.value("schemaVersion").isDouble());
    QCOMPARE(o.value("schemaVersion").toInt(), 1);
    QVERIFY(kRfc3339Utc.match(o.value("generatedAt").toString()).hasMatch());
    QCOMPARE(o.value("generatedAt").toString(), QStringLiteral("2026-11-26T05:00:00Z"));
    QCOMPARE(o.value("profile").toString(), QStringLiteral("prod"));
    QCOMPARE(o.value("cloud").toString(), QStringLiteral("global"));
    QCOMPARE(o.value("tenantId").toString(), sample::kTenant);

    const QJsonObject leapObj = o.value("leap").toObject();
    QCOMPARE(keysOf(leapObj), set({"host", "redirectUri", "credentialAlias"}));
    QCOMPARE(leapObj.value("host").toString(), QStringLiteral("leap.example.com:9443"));
    QCOMPARE(leapObj.value("redirectUri").toString(),
             QStringLiteral("https://leap.example.com:9443/oidcclient/redirect/oidc"));
    QCOMPARE(leapObj.value("credentialAlias").toString(), QStringLiteral("azureAlias"));

    const QJsonObject app = o.value("application").toObject();
    QCOMPARE(keysOf(app), set({"displayName", "appId", "objectId", "servicePrincipalId"}));
    QCOMPARE(app.value("displayName").toString(),
             QStringLiteral("HCL Leap (leap.example.com:9443)"));
    QCOMPARE(app.value("appId").toString(), sample::kAppId);
    QCOMPARE(app.value("objectId").toString(), sample::kObjectId);
    QCOMPARE(app.value("servicePrincipalId").toString(), sample::kSpId);

    QVERIFY(o.value("clientSecrets").isArray());
    const QJsonArray secrets = o.value("clientSecrets").toArray();
    QCOMPARE(secrets.size(), 2);
    for (const QJsonValue &v : secrets) {
        QVERIFY(v.isObject());
        const QJsonObject s = v.toObject();
        QCOMPARE(keysOf(s), set({"keyId", "displayName", "hint", "startDateTime", "endDateTime",
                                 "daysLeft", "current", "inKeychain"}));
        QVERIFY(kGuid.match(s.value("keyId").toString()).hasMatch());
        QVERIFY(s.value("displayName").isString());
        QVERIFY(s.value("hint").isString());
        QVERIFY(kRfc3339Utc.match(s.value("startDateTime").toString()).hasMatch());
        QVERIFY(kRfc3339Utc.match(s.value("endDateTime").toString()).hasMatch());
        QVERIFY(s.value("daysLeft").isDouble());
        QVERIFY(s.value("current").isBool());
        QVERIFY(s.value("inKeychain").isBool());
    }
    const QJsonObject old = secrets.at(0).toObject();
    const QJsonObject current = secrets.at(1).toObject();
    QCOMPARE(old.value("keyId").toString(), sample::kOldKey);
    QCOMPARE(old.value("daysLeft").toInt(), 10);
    QCOMPARE(old.value("current").toBool(), false);
    QCOMPARE(old.value("inKeychain").toBool(), false);
    QCOMPARE(current.value("keyId").toString(), sample::kCurrentKey);
    QCOMPARE(current.value("daysLeft").toInt(), 179);
    QCOMPARE(current.value("current").toBool(), true);
    QCOMPARE(current.value("inKeychain").toBool(), true);
    QCOMPARE(current.value("hint").toString(), QStringLiteral("Q8~"));

    const QJsonArray perms = o.value("permissions").toArray();
    QCOMPARE(perms.size(), 4);
    const QStringList values {"User.ReadBasic.All", "Group.Read.All", "openid", "profile"};
    const QStringList types {"Application", "Application", "Delegated", "Delegated"};
    const QList<bool> consent {true, true, true, false};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject p = perms.at(i).toObject();
        QCOMPARE(keysOf(p), set({"api", "value", "type", "id", "adminConsent"}));
        QCOMPARE(p.value("api").toString(), QStringLiteral("Microsoft Graph"));
        QCOMPARE(p.value("value").toString(), values.at(i));
        QCOMPARE(p.value("type").toString(), types.at(i));
        QVERIFY(kGuid.match(p.value("id").toString()).hasMatch());
        QVERIFY(p.value("adminConsent").isBool());
        QCOMPARE(p.value("adminConsent").toBool(), consent.at(i));
    }
    QCOMPARE(perms.at(0).toObject().value("id").toString(),
             QStringLiteral("97235f07-e226-4f63-ace3-39588e11d3a1"));

    const QJsonObject endpoints = o.value("endpoints").toObject();
    QCOMPARE(keysOf(endpoints), set({"authority", "discovery", "token", "graph"}));
    QCOMPARE(endpoints.value("authority").toString(),
             QStringLiteral("https://login.microsoftonline.com"));
    QCOMPARE(endpoints.value("discovery").toString(),
             QStringLiteral("https://login.microsoftonline.com/%1/v2.0/.well-known/"
                            "openid-configuration")
                 .arg(sample::kTenant));
    QCOMPARE(endpoints.value("token").toString(),
             QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/token")
                 .arg(sample::kTenant));
    QCOMPARE(endpoints.value("graph").toString(), QStringLiteral("https://graph.microsoft.com"));

    const QJsonObject props = o.value("leapProperties").toObject();
    QCOMPARE(props.size(), 3);
    QCOMPARE(props.value("ibm.nitro.NitroConfig.memberManagerType").toString(),
             QStringLiteral("ms-azure-ad"));
    QCOMPARE(props.value("ibm.nitro.NitroConfig.GraphApiMemberManager.tenantId").toString(),
             sample::kTenant);
    QCOMPARE(props.value("ibm.nitro.NitroConfig.GraphApiMemberManager.credentialAlias").toString(),
             QStringLiteral("azureAlias"));
}

void TestSummary::secretValueOnlyWhenGiven()
{
    const QJsonObject without = Summary::build(sample::profile(), sample::facts(false)).toJson();
    QVERIFY(!without.contains("clientSecretValue"));
    const QJsonObject with = Summary::build(sample::profile(), sample::facts(true)).toJson();
    QCOMPARE(with.value("clientSecretValue").toString(), sample::kSecretValue);
}

void TestSummary::endpointsFollowTheCloudAndOverrides()
{
    Profile p = sample::profile();
    p.cloud = Cloud::UsGov;
    QJsonObject o = Summary::build(p, sample::facts()).toJson();
    QCOMPARE(o.value("cloud").toString(), QStringLiteral("usgov"));
    QCOMPARE(o.value("endpoints").toObject().value("graph").toString(),
             QStringLiteral("https://graph.microsoft.us"));
    QVERIFY(o.value("endpoints")
                .toObject()
                .value("discovery")
                .toString()
                .startsWith(QStringLiteral("https://login.microsoftonline.us/") + sample::kTenant));

    p.cloud = Cloud::Global;
    p.authorityOverride = QUrl(QStringLiteral("http://127.0.0.1:4711"));
    p.graphOverride = QUrl(QStringLiteral("http://127.0.0.1:4711/graph"));
    o = Summary::build(p, sample::facts()).toJson();
    const QJsonObject e = o.value("endpoints").toObject();
    QCOMPARE(e.value("authority").toString(), QStringLiteral("http://127.0.0.1:4711"));
    QCOMPARE(e.value("token").toString(),
             QStringLiteral("http://127.0.0.1:4711/%1/oauth2/v2.0/token").arg(sample::kTenant));
    QCOMPARE(e.value("graph").toString(), QStringLiteral("http://127.0.0.1:4711/graph"));
}

void TestSummary::exportJsonIsTheSummary()
{
    // The value in the summary must not leak into a json export that did not ask for it.
    const Summary summary = Summary::build(sample::profile(), sample::facts(true));
    const auto plain = exporter::renderExport(summary, exporter::ExportFormat::Json);
    QVERIFY(plain.ok());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*plain, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    QVERIFY(!doc.object().contains("clientSecretValue"));
    QVERIFY(!plain->contains(sample::kSecretValue.toUtf8()));
    QJsonObject expected = summary.toJson();
    expected.remove("clientSecretValue");
    QCOMPARE(doc.object(), expected);

    const auto secret = exporter::renderExport(summary, exporter::ExportFormat::Json, true);
    QVERIFY(secret.ok());
    QCOMPARE(QJsonDocument::fromJson(*secret).object().value("clientSecretValue").toString(),
             sample::kSecretValue);
}

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
