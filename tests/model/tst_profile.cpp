// The profile file: a JSON round trip keeps every field, refuses what it cannot read, and never
// has a place for a secret value.
#include "model/profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace leap;

namespace {
Profile sample()
{
    Profile p;
    p.name = QStringLiteral("prod");
    p.cloud = Cloud::UsGov;
    p.authorityOverride = QUrl(QStringLiteral("https://login.proxy.example.com"));
    p.graphOverride = QUrl(QStringLiteral("https://graph.proxy.example.com"));
    p.tenantId = QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35");
    p.tenantDomain = QStringLiteral("contoso.onmicrosoft.com");
    p.leapHost = QStringLiteral("leap.example.com:9443");
    p.credentialAlias = QStringLiteral("leapProd");
    p.displayName = QStringLiteral("HCL Leap (prod) – Zürich");
    p.uniqueName = Profile::defaultUniqueName(p.leapHost);
    p.appId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    p.objectId = QStringLiteral("66666666-7777-8888-9999-000000000000");
    p.servicePrincipalId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    SecretInfo old;
    old.keyId = QStringLiteral("0a0a0a0a-0000-0000-0000-000000000001");
    old.displayName = QStringLiteral("Leap 2025");
    old.hint = QStringLiteral("abc");
    old.startDateTime = QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC);
    old.endDateTime = QDateTime(QDate(2025, 6, 30), QTime(10, 0), Qt::UTC);
    SecretInfo current = old;
    current.keyId = QStringLiteral("0a0a0a0a-0000-0000-0000-000000000002");
    current.displayName = QStringLiteral("Leap 2026");
    current.hint = QStringLiteral("x~Y");
    current.current = true;
    current.startDateTime = QDateTime(QDate(2026, 1, 1), QTime(10, 0, 5), Qt::UTC);
    current.endDateTime = QDateTime(QDate(2026, 6, 30), QTime(10, 0, 5), Qt::UTC);
    p.secrets = {old, current};
    JournalEntry started;
    started.time = QDateTime(QDate(2026, 1, 1), QTime(9, 59, 59), Qt::UTC);
    started.step = QStringLiteral("register");
    started.action = QStringLiteral("create");
    started.state = QStringLiteral("started");
    started.objectType = QStringLiteral("application");
    JournalEntry done = started;
    done.state = QStringLiteral("done");
    done.objectId = p.objectId;
    done.detail = QStringLiteral("HCL Leap (prod)");
    p.journal = {started, done};
    p.setupBy = QStringLiteral("admin@contoso.onmicrosoft.com");
    p.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 59, 0), Qt::UTC);
    p.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(8, 0, 0), Qt::UTC);
    return p;
}

void compareSecrets(const SecretInfo &a, const SecretInfo &b)
{
    QCOMPARE(a.keyId, b.keyId);
    QCOMPARE(a.displayName, b.displayName);
    QCOMPARE(a.hint, b.hint);
    QCOMPARE(a.startDateTime, b.startDateTime);
    QCOMPARE(a.endDateTime, b.endDateTime);
    QCOMPARE(a.current, b.current);
}
} // namespace

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void roundTripThroughText();
    void minimalProfile();
    void refusesOtherSchemaVersion_data();
    void refusesOtherSchemaVersion();
    void refusesUnknownCloud();
    void lowerCasesIds();
    void noSecretValueField();
    void redirectAndNames();
    void currentAndFind();
    void journalIsBounded();
    void daysLeft_data();
    void daysLeft();
    void keychainKey();
};

void TestProfile::roundTrip()
{
    const Profile p = sample();
    const Result<Profile> r = Profile::fromJson(p.toJson());
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    const Profile &q = *r;
    QCOMPARE(q.name, p.name);
    QCOMPARE(q.cloud, p.cloud);
    QCOMPARE(q.authorityOverride, p.authorityOverride);
    QCOMPARE(q.graphOverride, p.graphOverride);
    QCOMPARE(q.tenantId, p.tenantId);
    QCOMPARE(q.tenantDomain, p.tenantDomain);
    QCOMPARE(q.leapHost, p.leapHost);
    QCOMPARE(q.credentialAlias, p.credentialAlias);
    QCOMPARE(q.displayName, p.displayName);
    QCOMPARE(q.uniqueName, p.uniqueName);
    QCOMPARE(q.appId, p.appId);
    QCOMPARE(q.objectId, p.objectId);
    QCOMPARE(q.servicePrincipalId, p.servicePrincipalId);
    QCOMPARE(q.secrets.size(), p.secrets.size());
    for (int i = 0; i < p.secrets.size(); ++i)
        compareSecrets(q.secrets.at(i), p.secrets.at(i));
    QCOMPARE(q.journal.size(), p.journal.size());
    for (int i = 0; i < p.journal.size(); ++i) {
        QCOMPARE(q.journal.at(i).time, p.journal.at(i).time);
        QCOMPARE(q.journal.at(i).step, p.journal.at(i).step);
        QCOMPARE(q.journal.at(i).action, p.journal.at(i).action);
        QCOMPARE(q.journal.at(i).state, p.journal.at(i).state);
        QCOMPARE(q.journal.at(i).objectType, p.journal.at(i).objectType);
        QCOMPARE(q.journal.at(i).objectId, p.journal.at(i).objectId);
        QCOMPARE(q.journal.at(i).detail, p.journal.at(i).detail);
    }
    QCOMPARE(q.setupBy, p.setupBy);
    QCOMPARE(q.createdAt, p.createdAt);
    QCOMPARE(q.updatedAt, p.updatedAt);
    // A second trip is byte-identical: nothing drifts on every save.
    QCOMPARE(q.toJson(), p.toJson());
    QCOMPARE(q.endpoints().authority, p.authorityOverride);
    QCOMPARE(q.endpoints().graph, p.graphOverride);
}

void TestProfile::roundTripThroughText()
{
    const Profile p = sample();
    const QByteArray text = QJsonDocument(p.toJson()).toJson();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Result<Profile> r = Profile::fromJson(doc.object());
    QVERIFY(r.ok());
    QCOMPARE(r->toJson(), p.toJson());
    QVERIFY(text.contains("\"schemaVersion\": 1"));
    QVERIFY(text.contains("\"cloud\": \"usgov\""));
}

void TestProfile::minimalProfile()
{
    const Result<Profile> r = Profile::fromJson(QJsonObject {{QStringLiteral("schemaVersion"), 1}});
    QVERIFY(r.ok());
    QCOMPARE(r->name, QStringLiteral("default"));
    QCOMPARE(r->cloud, Cloud::Global);
    QCOMPARE(r->credentialAlias, QStringLiteral("azureAlias"));
    QVERIFY(r->authorityOverride.isEmpty());
    QCOMPARE(r->endpoints().authority, QUrl(QStringLiteral("https://login.microsoftonline.com")));
    QVERIFY(r->secrets.isEmpty());
    QVERIFY(r->currentSecret() == nullptr);
    // Without overrides the file carries no authority/graph keys.
    Profile plain;
    QVERIFY(!plain.toJson().contains(QStringLiteral("authority")));
    QVERIFY(!plain.toJson().contains(QStringLiteral("graph")));
}

void TestProfile::refusesOtherSchemaVersion_data()
{
    QTest::addColumn<QJsonValue>("version");
    QTest::newRow("missing") << QJsonValue();
    QTest::newRow("0") << QJsonValue(0);
    QTest::newRow("2") << QJsonValue(2);
    QTest::newRow("string") << QJsonValue(QStringLiteral("1"));
    QTest::newRow("negative") << QJsonValue(-1);
}

void TestProfile::refusesOtherSchemaVersion()
{
    QFETCH(QJsonValue, version);
    QJsonObject o = sample().toJson();
    if (version.isUndefined() || version.isNull())
        o.remove(QStringLiteral("schemaVersion"));
    else
        o.insert(QStringLiteral("schemaVersion"), version);
    const Result<Profile> r = Profile::fromJson(o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY(!r.error().fix.isEmpty());
}

void TestProfile::refusesUnknownCloud()
{
    QJsonObject o = sample().toJson();
    o.insert(QStringLiteral("cloud"), QStringLiteral("germany"));
    const Result<Profile> r = Profile::fromJson(o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
}

void TestProfile::lowerCasesIds()
{
    QJsonObject o = sample().toJson();
    o.insert(QStringLiteral("tenantId"), QStringLiteral("8D3F1C2A-5B7E-4C19-9A0D-2E6F4B1C7A35"));
    o.insert(QStringLiteral("appId"), QStringLiteral("11111111-2222-3333-4444-55555555555A"));
    QJsonArray secrets = o.value(QStringLiteral("secrets")).toArray();
    QJsonObject s = secrets.at(0).toObject();
    s.insert(QStringLiteral("keyId"), QStringLiteral("0A0A0A0A-0000-0000-0000-00000000000F"));
    secrets.replace(0, s);
    o.insert(QStringLiteral("secrets"), secrets);
    const Result<Profile> r = Profile::fromJson(o);
    QVERIFY(r.ok());
    QCOMPARE(r->tenantId, QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35"));
    QCOMPARE(r->appId, QStringLiteral("11111111-2222-3333-4444-55555555555a"));
    QCOMPARE(r->secrets.at(0).keyId, QStringLiteral("0a0a0a0a-0000-0000-0000-00000000000f"));
}

void TestProfile::noSecretValueField()
{
    // A value smuggled into the file is not read back, and never written out again.
    QJsonObject o = sample().toJson();
    QJsonArray secrets = o.value(QStringLiteral("secrets")).toArray();
    QJsonObject s = secrets.at(1).toObject();
    s.insert(QStringLiteral("secretText"), QStringLiteral("SMUGGLED-VALUE"));
    s.insert(QStringLiteral("value"), QStringLiteral("SMUGGLED-VALUE"));
    secrets.replace(1, s);
    o.insert(QStringLiteral("secrets"), secrets);
    o.insert(QStringLiteral("refreshToken"), QStringLiteral("SMUGGLED-VALUE"));
    const Result<Profile> r = Profile::fromJson(o);
    QVERIFY(r.ok());
    const QByteArray out = QJsonDocument(r->toJson()).toJson();
    QVERIFY(!out.contains("SMUGGLED-VALUE"));
    // And no key of a written profile is named like a secret.
    for (const QByteArray &name : {QByteArrayLiteral("secretText"), QByteArrayLiteral("value\""),
                                   QByteArrayLiteral("token"), QByteArrayLiteral("password")})
        QVERIFY2(!QJsonDocument(sample().toJson()).toJson().contains(name), name.constData());
}

void TestProfile::redirectAndNames()
{
    Profile p;
    p.leapHost = QStringLiteral("leap.example.com:9443");
    QCOMPARE(p.redirectUri(),
             QStringLiteral("https://leap.example.com:9443/oidcclient/redirect/oidc"));
    QCOMPARE(Profile::defaultDisplayName(QStringLiteral("leap.example.com")),
             QStringLiteral("HCL Leap (leap.example.com)"));
    // The unique name is stable per host (a re-run on another machine finds the same app) and
    // differs between hosts and ports.
    QCOMPARE(Profile::defaultUniqueName(QStringLiteral("leap.example.com")),
             Profile::defaultUniqueName(QStringLiteral("LEAP.example.com")));
    QVERIFY(Profile::defaultUniqueName(QStringLiteral("leap.example.com")) !=
            Profile::defaultUniqueName(QStringLiteral("leap.example.com:9443")));
    QVERIFY(Profile::defaultUniqueName(QStringLiteral("leap.example.com")) !=
            Profile::defaultUniqueName(QStringLiteral("leap2.example.com")));
    QVERIFY(!Profile::defaultUniqueName(QStringLiteral("leap.example.com:9443"))
                 .contains(QLatin1Char(':')));
}

void TestProfile::currentAndFind()
{
    Profile p = sample();
    QVERIFY(p.currentSecret());
    QCOMPARE(p.currentSecret()->keyId, QStringLiteral("0a0a0a0a-0000-0000-0000-000000000002"));
    QVERIFY(p.findSecret(QStringLiteral("0A0A0A0A-0000-0000-0000-000000000001")));
    QVERIFY(!p.findSecret(QStringLiteral("0a0a0a0a-0000-0000-0000-000000000003")));
}

void TestProfile::journalIsBounded()
{
    Profile p;
    for (int i = 0; i < 250; ++i) {
        JournalEntry e;
        e.step = QStringLiteral("secret");
        e.detail = QString::number(i);
        p.addJournal(e);
    }
    QCOMPARE(p.journal.size(), 200);
    // The newest entries are kept (they are the ones a resume needs).
    QCOMPARE(p.journal.last().detail, QStringLiteral("249"));
    QCOMPARE(p.journal.first().detail, QStringLiteral("50"));
    QVERIFY(p.journal.last().time.isValid());
}

void TestProfile::daysLeft_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("expired");
    QTest::newRow("180 days") << qint64(180) * 86400 << 180 << false;
    QTest::newRow("30 days and an hour") << qint64(30) * 86400 + 3600 << 30 << false;
    QTest::newRow("later today") << qint64(3600) << 0 << false;
    QTest::newRow("a second ago") << qint64(-1) << -1 << true;
    QTest::newRow("ten days ago") << qint64(-10) * 86400 << -10 << true;
}

void TestProfile::daysLeft()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(int, days);
    QFETCH(bool, expired);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    SecretInfo s;
    s.endDateTime = now.addSecs(secondsLeft);
    QCOMPARE(s.daysLeft(now), days);
    QCOMPARE(s.isExpired(now), expired);
}

void TestProfile::keychainKey()
{
    QCOMPARE(secretKeychainKey(QStringLiteral("8D3F1C2A-5B7E-4C19-9A0D-2E6F4B1C7A35"),
                               QStringLiteral("11111111-2222-3333-4444-55555555555A"),
                               QStringLiteral("0A0A0A0A-0000-0000-0000-00000000000F")),
             QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35/"
                            "11111111-2222-3333-4444-55555555555a/"
                            "0a0a0a0a-0000-0000-0000-00000000000f"));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
