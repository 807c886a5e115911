// The client secret's whole life and the checks after setup, against the in-process sandbox
// tenant with the real keychain (run inside a private D-Bus session with an unlocked keyring):
// configure -> verify -> rotate -> retire; the refusals; lifetime policy; expiry; verification
// failures with their advice; drift for every item, repaired.
#include "export/exportformat.h"
#include "lifecycleharness.h"
#include "model/summary.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace leap;
using leap::testsupport::http;
using lifecycle::Harness;

namespace {

QStringList keyIdsOnApplication(Harness &h, const Profile &p)
{
    QStringList ids;
    for (const QJsonValue &v : h.sandbox->applications()) {
        const QJsonObject app = v.toObject();
        if (app.value(QStringLiteral("appId")).toString() != p.appId)
            continue;
        for (const QJsonValue &c : app.value(QStringLiteral("passwordCredentials")).toArray())
            ids << c.toObject().value(QStringLiteral("keyId")).toString().toLower();
    }
    return ids;
}

bool inKeychain(Harness &h, const Profile &p, const QString &keyId)
{
    const Result<bool> r =
        lifecycle::wait(h.keychain.contains(secretKeychainKey(p.tenantId, p.appId, keyId)));
    if (!r)
        qWarning() << "keychain:" << r.error().text();
    return r.ok() && *r;
}

// A role assignment or grant of the Leap service principal, found through Graph as an
// administrator would.
QJsonArray assignmentsOf(Harness &h, const Profile &p)
{
    return http("GET",
                h.sandbox.graphV1(QStringLiteral("/servicePrincipals/%1/appRoleAssignments")
                                      .arg(p.servicePrincipalId)),
                h.adminToken)
        .json()
        .value(QStringLiteral("value"))
        .toArray();
}

QString roleValue(const QString &appRoleId)
{
    for (const PermissionSpec &s : leapPermissions()) {
        if (s.knownId == appRoleId)
            return s.value;
    }
    return {};
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private:
    Harness m_h;
    int m_counter = 0;

    // The three documented steps with the graph services, the way `configure` runs them.
    bool configure(Profile &p, int days = 180)
    {
        const auto app = lifecycle::wait(m_h.applications->ensure(p));
        if (!app) {
            qWarning() << "ensure:" << app.error().text();
            return false;
        }
        if (!p.currentSecret()) {
            const auto secret =
                lifecycle::wait(m_h.secrets->create(p, QStringLiteral("Leap initial"), days));
            if (!secret) {
                qWarning() << "secret:" << secret.error().text();
                return false;
            }
        }
        GrantOptions options;
        options.servicePrincipalIsNew = app->servicePrincipalCreated;
        const auto perms = lifecycle::wait(m_h.permissions->grant(p, options));
        if (!perms) {
            qWarning() << "grant:" << perms.error().text();
            return false;
        }
        return perms->allConsented();
    }

    Profile freshProfile()
    {
        ++m_counter;
        return m_h.newProfile(QStringLiteral("lc%1").arg(m_counter),
                              QStringLiteral("leap%1.example.com").arg(m_counter));
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void configureRotateVerifyRetire();
    void verifyWaitsThroughReplication();
    void verifyReadsUserAndGroupTogether();
    void retireRefusesTheCurrentSecret();
    void retireRefusesToLeaveNoValidSecret();
    void expiringSecretIsAWarning();
    void lifetimePolicyIsExplainedAndNothingIsLost();
    void verifyWrongSecretNamesTheIdMixUp();
    void verifyExpiredSecret();
    void verifyRemovedRoleAssignment();
    void verifyUnknownTenant();
    void driftForEachItemThenRepair();
    void driftApplicationDeleted();
    void summaryFromLiveFacts();
};

void TestLifecycle::initTestCase()
{
    QVERIFY(m_h.start());
}

void TestLifecycle::init()
{
    m_h.sandbox->setReplicationDelayMs(0);
    m_h.sandbox->setSecretMaxLifetimeDays(0);
    m_h.sandbox->clearFaults();
}

void TestLifecycle::configureRotateVerifyRetire()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    const QString first = p.currentSecret()->keyId;
    QVERIFY(inKeychain(m_h, p, first));

    auto verified = lifecycle::wait(m_h.verifier->verify(p));
    QVERIFY2(verified.ok(), qPrintable(verified.error().text()));
    QVERIFY(verified->roles.contains(QStringLiteral("User.ReadBasic.All")));
    QVERIFY(verified->roles.contains(QStringLiteral("Group.Read.All")));
    QVERIFY(!verified->userId.isEmpty());
    QVERIFY(!verified->groupId.isEmpty());
    QCOMPARE(verified->keyId, first);

    auto rotated = lifecycle::wait(m_h.rotation->rotate(p, QStringLiteral("Leap rotated"), {}));
    QVERIFY2(rotated.ok(), qPrintable(rotated.error().text()));
    const QString second = rotated->secret.keyId;
    QVERIFY(second != first);
    QVERIFY2(rotated->verified, qPrintable(rotated->verifyError.text()));
    QCOMPARE(p.currentSecret()->keyId, second);
    QCOMPARE(rotated->stillValid.size(), 1);
    QCOMPARE(rotated->stillValid.first().keyId, first);
    QCOMPARE(rotated->leap.appId, p.appId);
    QCOMPARE(rotated->leap.credentialAlias, p.credentialAlias);
    QCOMPARE(rotated->leap.keychainKey, secretKeychainKey(p.tenantId, p.appId, second));
    // Overlap: both are on the application and in the keychain until retired.
    const QStringList both = keyIdsOnApplication(m_h, p);
    QCOMPARE(QSet<QString>(both.begin(), both.end()), QSet<QString>({first, second}));
    QVERIFY(inKeychain(m_h, p, first));
    QVERIFY(inKeychain(m_h, p, second));

    RetireRequest all;
    all.allButCurrent = true;
    auto retired = lifecycle::wait(m_h.rotation->retire(p, all));
    QVERIFY2(retired.ok(), qPrintable(retired.error().text()));
    QCOMPARE(retired->removed, QStringList {first});

    // Exactly one secret left, on the application and in the keychain: the new one.
    QCOMPARE(keyIdsOnApplication(m_h, p), QStringList {second});
    QVERIFY(!inKeychain(m_h, p, first));
    QVERIFY(inKeychain(m_h, p, second));
    QCOMPARE(p.secrets.size(), 1);
    QCOMPARE(p.secrets.first().keyId, second);
    // The saved profile agrees.
    const auto saved = m_h.profiles.load(p.name);
    QVERIFY(saved.ok());
    QCOMPARE(saved->secrets.size(), 1);
    QCOMPARE(saved->currentSecret()->keyId, second);

    verified = lifecycle::wait(m_h.verifier->verify(p));
    QVERIFY2(verified.ok(), qPrintable(verified.error().text()));
    QCOMPARE(verified->keyId, second);
}

void TestLifecycle::verifyWaitsThroughReplication()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    // A new secret is unknown to the token service for a while, as in Entra.
    m_h.sandbox->setReplicationDelayMs(1200);
    QSignalSpy progress(m_h.rotation.get(), &RotationService::progress);
    auto rotated = lifecycle::wait(m_h.rotation->rotate(p, QStringLiteral("Leap replicated"), {}));
    QVERIFY2(rotated.ok(), qPrintable(rotated.error().text()));
    QVERIFY2(rotated->verified, qPrintable(rotated->verifyError.text()));
    QVERIFY(rotated->verification->attempts > 1);
    bool waited = false;
    for (const QList<QVariant> &args : progress)
        waited = waited || args.at(0).toString().contains(QStringLiteral("Waiting"));
    QVERIFY(waited);
}

void TestLifecycle::verifyReadsUserAndGroupTogether()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    // 300 ms per Graph read: in sequence the two reads would take 600 ms; together about 300.
    sandbox::Fault slow;
    slow.method = QStringLiteral("GET");
    slow.path = QStringLiteral("^/graph/v1\\.0/(users|groups)$");
    slow.latencyMs = 300;
    slow.times = -1;
    m_h.sandbox->addFault(slow);
    m_h.sandbox->clearRequestLog();
    const auto r = lifecycle::wait(m_h.verifier->verify(p));
    m_h.sandbox->clearFaults();
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    qint64 usersAt = -1, groupsAt = -1, usersDone = -1, groupsDone = -1;
    for (const sandbox::LoggedRequest &e : m_h.sandbox->requestLog()) {
        if (e.path.endsWith(QLatin1String("/users"))) {
            usersAt = e.time;
            usersDone = e.time + e.durationMs;
        } else if (e.path.endsWith(QLatin1String("/groups"))) {
            groupsAt = e.time;
            groupsDone = e.time + e.durationMs;
        }
    }
    QVERIFY(usersAt >= 0 && groupsAt >= 0);
    // Each arrived before the other was answered.
    QVERIFY2(groupsAt < usersDone && usersAt < groupsDone,
             qPrintable(QStringLiteral("users %1..%2, groups %3..%4")
                            .arg(usersAt)
                            .arg(usersDone)
                            .arg(groupsAt)
                            .arg(groupsDone)));
}

void TestLifecycle::retireRefusesTheCurrentSecret()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    const QString current = p.currentSecret()->keyId;

    RetireRequest r;
    r.keyId = current;
    auto result = lifecycle::wait(m_h.rotation->retire(p, r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    QVERIFY(result.error().fix.contains(QStringLiteral("rotate-secret")));
    QCOMPARE(keyIdsOnApplication(m_h, p), QStringList {current});
    QVERIFY(inKeychain(m_h, p, current));

    // --all-but-current with only the current one: nothing to do, nothing removed.
    RetireRequest all;
    all.allButCurrent = true;
    result = lifecycle::wait(m_h.rotation->retire(p, all));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QVERIFY(result->removed.isEmpty());
    QCOMPARE(keyIdsOnApplication(m_h, p), QStringList {current});

    // An unknown key id is bad input, not a silent success.
    r.keyId = QStringLiteral("00000000-1111-2222-3333-444444444444");
    result = lifecycle::wait(m_h.rotation->retire(p, r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);

    // Forced, the current (and only) secret goes: the administrator asked for it explicitly.
    r.keyId = current;
    r.force = true;
    result = lifecycle::wait(m_h.rotation->retire(p, r));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QVERIFY(keyIdsOnApplication(m_h, p).isEmpty());
    QVERIFY(!inKeychain(m_h, p, current));
}

void TestLifecycle::retireRefusesToLeaveNoValidSecret()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    const QString longLived = p.currentSecret()->keyId;
    // The new current secret expires almost at once; the older one is then the only valid one.
    SecretLifetime shortLived;
    shortLived.endDateTime = QDateTime::currentDateTimeUtc().addSecs(2);
    m_h.rotation->setEndpoints(m_h.endpoints());
    auto rotated =
        lifecycle::wait(m_h.rotation->rotate(p, QStringLiteral("Leap short"), shortLived));
    QVERIFY2(rotated.ok(), qPrintable(rotated.error().text()));
    QTest::qWait(2500);

    RetireRequest r;
    r.keyId = longLived;
    auto result = lifecycle::wait(m_h.rotation->retire(p, r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::BadInput);
    QVERIFY(result.error().message.contains(QStringLiteral("no valid client secret")));
    QVERIFY(keyIdsOnApplication(m_h, p).contains(longLived));
    QVERIFY(inKeychain(m_h, p, longLived));
}

void TestLifecycle::expiringSecretIsAWarning()
{
    Profile p = freshProfile();
    QVERIFY(configure(p, 10));
    auto report = lifecycle::wait(m_h.drift->check(p));
    QVERIFY2(report.ok(), qPrintable(report.error().text()));
    QVERIFY(report->has(DriftItem::Kind::SecretExpiring));
    QVERIFY(!report->hasErrors()); // a warning, not an error
    for (const DriftItem &i : report->items) {
        if (i.kind == DriftItem::Kind::SecretExpiring) {
            QCOMPARE(i.severity, DriftItem::Severity::Warning);
            QVERIFY(i.message.contains(QStringLiteral("9 days")) ||
                    i.message.contains(QStringLiteral("10 days")));
            QVERIFY(i.fix.contains(QStringLiteral("rotate-secret")));
        }
    }
    // The human summary says so too.
    SummaryFacts facts;
    facts.secretsInKeychain = report->secretsInKeychain;
    const auto md =
        exporter::renderExport(Summary::build(p, facts), exporter::ExportFormat::Markdown);
    QVERIFY(md.ok());
    QVERIFY(md->contains("days left: rotate soon"));
}

void TestLifecycle::lifetimePolicyIsExplainedAndNothingIsLost()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    const QString before = p.currentSecret()->keyId;
    m_h.sandbox->setSecretMaxLifetimeDays(90);

    SecretLifetime tooLong;
    tooLong.days = 180;
    auto rotated =
        lifecycle::wait(m_h.rotation->rotate(p, QStringLiteral("Leap too long"), tooLong));
    QVERIFY(!rotated.ok());
    QVERIFY(isLifetimePolicyError(rotated.error()));
    QCOMPARE(rotated.error().kind, ErrorKind::GraphRefused);
    QVERIFY2(rotated.error().message.contains(QStringLiteral("90")),
             qPrintable(rotated.error().text()));
    // Nothing changed: same current secret, still on the application and in the keychain.
    QCOMPARE(p.currentSecret()->keyId, before);
    QCOMPARE(p.secrets.size(), 1);
    QCOMPARE(keyIdsOnApplication(m_h, p), QStringList {before});
    QVERIFY(inKeychain(m_h, p, before));

    // The shorter choice offered again works.
    SecretLifetime allowed;
    allowed.days = 90;
    rotated = lifecycle::wait(m_h.rotation->rotate(p, QStringLiteral("Leap 90"), allowed));
    QVERIFY2(rotated.ok(), qPrintable(rotated.error().text()));
    QCOMPARE(rotated->secret.daysLeft(), 89);
    QVERIFY(rotated->verified);

    // Out-of-range lifetimes never reach Graph.
    SecretLifetime bad;
    bad.days = 731;
    QCOMPARE(bad.validate().error().kind, ErrorKind::BadInput);
    bad.endDateTime = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(!bad.validate().ok());
    for (int d : SecretLifetime::presets()) {
        SecretLifetime preset;
        preset.days = d;
        QVERIFY(preset.validate().ok());
    }
}

void TestLifecycle::verifyWrongSecretNamesTheIdMixUp()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    const QString keyId = p.currentSecret()->keyId;
    // The classic mistake: the secret's ID stored where its value belongs.
    QVERIFY(lifecycle::wait(m_h.keychain.writeSecret(p.tenantId, p.appId, keyId, keyId)).ok());
    QSignalSpy progress(m_h.verifier.get(), &VerifyService::progress);
    const auto r = lifecycle::wait(m_h.verifier->verify(p));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QCOMPARE(exitCodeFor(r.error().kind), 6);
    QCOMPARE(r.error().code, QStringLiteral("AADSTS7000215"));
    QVERIFY(r.error().message.contains(QStringLiteral("ID")));
    QVERIFY(r.error().fix.contains(QStringLiteral("Value")));
    QVERIFY(r.error().fix.contains(QStringLiteral("rotate-secret")));
    // 7000215 may be replication: it was retried before giving up, visibly.
    QVERIFY(progress.size() >= 1);
    // The advice never carries the value.
    QVERIFY(!r.error().text().contains(keyId));
}

void TestLifecycle::verifyExpiredSecret()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    SecretLifetime shortLived;
    shortLived.endDateTime = QDateTime::currentDateTimeUtc().addSecs(2);
    auto rotated =
        lifecycle::wait(m_h.rotation->rotate(p, QStringLiteral("Leap brief"), shortLived));
    QVERIFY2(rotated.ok(), qPrintable(rotated.error().text()));
    QTest::qWait(2500);
    const auto r = lifecycle::wait(m_h.verifier->verify(p));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QCOMPARE(r.error().code, QStringLiteral("AADSTS7000222"));
    QVERIFY(r.error().message.contains(QStringLiteral("expired")));
    QVERIFY(r.error().fix.contains(QStringLiteral("rotate-secret")));

    // Drift says the same, as an error.
    const auto report = lifecycle::wait(m_h.drift->check(p));
    QVERIFY(report.ok());
    QVERIFY(report->has(DriftItem::Kind::SecretExpired));
    QVERIFY(report->hasErrors());
}

void TestLifecycle::verifyRemovedRoleAssignment()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    const QJsonArray assignments = assignmentsOf(m_h, p);
    QCOMPARE(assignments.size(), 2);
    QString removedRole;
    for (const QJsonValue &v : assignments) {
        const QJsonObject a = v.toObject();
        if (roleValue(a.value(QStringLiteral("appRoleId")).toString()) ==
            QLatin1String("Group.Read.All")) {
            removedRole = QStringLiteral("Group.Read.All");
            const auto del = http(
                "DELETE",
                m_h.sandbox.graphV1(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo/%2")
                                        .arg(a.value(QStringLiteral("resourceId")).toString(),
                                             a.value(QStringLiteral("id")).toString())),
                m_h.adminToken);
            QCOMPARE(del.status, 204);
        }
    }
    QCOMPARE(removedRole, QStringLiteral("Group.Read.All"));
    const auto r = lifecycle::wait(m_h.verifier->verify(p));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QVERIFY(r.error().message.contains(QStringLiteral("Group.Read.All")));
    QVERIFY(r.error().message.contains(QStringLiteral("consent")));
    QVERIFY(r.error().fix.contains(QStringLiteral("adminconsent")));
    QVERIFY(r.error().fix.contains(QStringLiteral("configure")));
}

void TestLifecycle::verifyUnknownTenant()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    p.tenantId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    const auto r = lifecycle::wait(m_h.verifier->verify(p, m_h.endpoints()));
    QVERIFY(!r.ok());
    // The value of the real tenant's secret is not in the keychain under a wrong tenant.
    QVERIFY(r.error().kind == ErrorKind::Verification);
}

void TestLifecycle::driftForEachItemThenRepair()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    auto report = lifecycle::wait(m_h.drift->check(p));
    QVERIFY2(report.ok(), qPrintable(report.error().text()));
    QVERIFY2(report->clean(), qPrintable(QJsonDocument(report->toJson()).toJson()));

    // Break everything an administrator could break in the portal.
    const QString appPath = QStringLiteral("/applications/%1").arg(p.objectId);
    QJsonObject app = http("GET", m_h.sandbox.graphV1(appPath), m_h.adminToken).json();
    QJsonArray rra = app.value(QStringLiteral("requiredResourceAccess")).toArray();
    QJsonObject graphAccess = rra.at(0).toObject();
    QJsonArray access = graphAccess.value(QStringLiteral("resourceAccess")).toArray();
    access.removeAt(0); // User.ReadBasic.All no longer requested
    graphAccess.insert(QStringLiteral("resourceAccess"), access);
    rra.replace(0, graphAccess);
    auto patched =
        http("PATCH", m_h.sandbox.graphV1(appPath), m_h.adminToken,
             QJsonObject {{QStringLiteral("web"),
                           QJsonObject {{QStringLiteral("redirectUris"), QJsonArray {}}}},
                          {QStringLiteral("requiredResourceAccess"), rra}});
    QCOMPARE(patched.status, 204);
    for (const QJsonValue &v : assignmentsOf(m_h, p)) {
        const QJsonObject a = v.toObject();
        QCOMPARE(
            http("DELETE",
                 m_h.sandbox.graphV1(QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo/%2")
                                         .arg(a.value(QStringLiteral("resourceId")).toString(),
                                              a.value(QStringLiteral("id")).toString())),
                 m_h.adminToken)
                .status,
            204);
    }
    const QJsonArray grants =
        http("GET",
             m_h.sandbox.graphV1(QStringLiteral("/oauth2PermissionGrants?$filter=clientId eq '%1'")
                                     .arg(p.servicePrincipalId)),
             m_h.adminToken)
            .json()
            .value(QStringLiteral("value"))
            .toArray();
    QCOMPARE(grants.size(), 1);
    QCOMPARE(http("DELETE",
                  m_h.sandbox.graphV1(QStringLiteral("/oauth2PermissionGrants/%1")
                                          .arg(grants.at(0).toObject().value("id").toString())),
                  m_h.adminToken)
                 .status,
             204);
    const QString current = p.currentSecret()->keyId;
    QCOMPARE(http("POST", m_h.sandbox.graphV1(appPath + QStringLiteral("/removePassword")),
                  m_h.adminToken, QJsonObject {{QStringLiteral("keyId"), current}})
                 .status,
             204);
    QVERIFY(lifecycle::wait(m_h.keychain.removeSecret(p.tenantId, p.appId, current)).ok());

    report = lifecycle::wait(m_h.drift->check(p));
    QVERIFY2(report.ok(), qPrintable(report.error().text()));
    using K = DriftItem::Kind;
    for (K kind :
         {K::RedirectUriMissing, K::PermissionNotRequested, K::AppRoleAssignmentMissing,
          K::DelegatedGrantMissing, K::SecretMissingOnApplication, K::SecretNotInKeychain}) {
        QVERIFY2(report->has(kind), qPrintable(DriftItem::kindName(kind)));
    }
    int roleItems = 0;
    int grantItems = 0;
    for (const DriftItem &i : report->items) {
        QVERIFY(!i.message.isEmpty());
        QVERIFY2(i.fix.contains(QStringLiteral("leap-entra-setup --profile ") + p.name),
                 qPrintable(i.fix));
        roleItems += i.kind == K::AppRoleAssignmentMissing ? 1 : 0;
        grantItems += i.kind == K::DelegatedGrantMissing ? 1 : 0;
        if (i.kind == K::RedirectUriMissing)
            QCOMPARE(i.subject, p.redirectUri());
        if (i.kind == K::PermissionNotRequested)
            QCOMPARE(i.subject, QStringLiteral("User.ReadBasic.All"));
    }
    QCOMPARE(roleItems, 2);
    QCOMPARE(grantItems, 2);
    const QJsonArray json = report->toJson();
    QCOMPARE(json.size(), report->items.size());
    QVERIFY(json.at(0).toObject().contains(QStringLiteral("fix")));

    // Repair: configure converges the application and the permissions; the secret items are
    // rotate-secret's (a new secret, since the old value is gone).
    for (const DriftItem &i : report->items) {
        const bool secretItem =
            i.kind == K::SecretMissingOnApplication || i.kind == K::SecretNotInKeychain;
        QCOMPARE(i.repair,
                 secretItem ? DriftItem::Repair::RotateSecret : DriftItem::Repair::Configure);
    }
    QVERIFY(configure(p));
    auto rotated = lifecycle::wait(m_h.rotation->rotate(p, QStringLiteral("Leap repaired"), {}));
    QVERIFY2(rotated.ok(), qPrintable(rotated.error().text()));
    QVERIFY2(rotated->verified, qPrintable(rotated->verifyError.text()));
    RetireRequest all;
    all.allButCurrent = true;
    const auto retired = lifecycle::wait(m_h.rotation->retire(p, all));
    QVERIFY2(retired.ok(), qPrintable(retired.error().text()));

    report = lifecycle::wait(m_h.drift->check(p));
    QVERIFY2(report.ok(), qPrintable(report.error().text()));
    QVERIFY2(report->clean(), qPrintable(QJsonDocument(report->toJson()).toJson()));
}

void TestLifecycle::driftApplicationDeleted()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    QCOMPARE(http("DELETE", m_h.sandbox.graphV1(QStringLiteral("/applications/%1").arg(p.objectId)),
                  m_h.adminToken)
                 .status,
             204);
    auto report = lifecycle::wait(m_h.drift->check(p));
    QVERIFY2(report.ok(), qPrintable(report.error().text()));
    QVERIFY(!report->applicationExists);
    QVERIFY(report->has(DriftItem::Kind::ApplicationMissing));
    QCOMPARE(report->items.size(), 1);

    const auto r = lifecycle::wait(m_h.verifier->verify(p));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("AADSTS700016"));
}

void TestLifecycle::summaryFromLiveFacts()
{
    Profile p = freshProfile();
    QVERIFY(configure(p));
    const auto report = lifecycle::wait(m_h.drift->check(p));
    QVERIFY(report.ok());
    SummaryFacts facts;
    facts.secretsInKeychain = report->secretsInKeychain;
    for (const PermissionState &s : report->permissions->permissions) {
        facts.permissionIds.insert(s.spec.value, s.id);
        if (s.consented)
            facts.consentedPermissions.insert(s.spec.value);
    }
    const QJsonObject o = Summary::build(p, facts).toJson();
    QCOMPARE(o.value("application").toObject().value("appId").toString(), p.appId);
    QCOMPARE(o.value("application").toObject().value("servicePrincipalId").toString(),
             p.servicePrincipalId);
    QCOMPARE(o.value("endpoints").toObject().value("token").toString(),
             m_h.sandbox.baseUrl().toString() + QLatin1Char('/') + p.tenantId +
                 QStringLiteral("/oauth2/v2.0/token"));
    for (const QJsonValue &v : o.value("permissions").toArray())
        QVERIFY(v.toObject().value("adminConsent").toBool());
    const QJsonArray secrets = o.value("clientSecrets").toArray();
    QCOMPARE(secrets.size(), 1);
    QVERIFY(secrets.at(0).toObject().value("inKeychain").toBool());
    QVERIFY(secrets.at(0).toObject().value("current").toBool());
    // Every secret value the sandbox issued stays out of the summary.
    const QByteArray json = QJsonDocument(o).toJson();
    for (const QString &issued : m_h.sandbox->issuedSecretValues())
        QVERIFY(!json.contains(issued.toUtf8()));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
