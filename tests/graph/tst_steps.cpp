// The three documented steps end to end, over real HTTP against the in-process sandbox and with
// the real keychain: first run, second run (no write), faults, replication delay, token expiry,
// missing role, lifetime policy, resume after an interrupted run, a run killed at every request,
// keychain unavailable. Also measures the depth of sequential round trips.

#include "graph/applicationservice.h"
#include "graph/graphclient.h"
#include "graph/permissionservice.h"
#include "graph/secretservice.h"
#include "sandbox/sandboxserver.h"
#include "sandboxtokens.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"
#include "testawait.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace leap;
using namespace std::chrono_literals;
using sandbox::Fault;

namespace {

// Documented steps 1-3 as `configure` runs them: step 1, then steps 2 and 3 concurrently (they
// are independent once the application and its service principal exist).
QCoro::Task<VoidResult> configure(Profile &p, GraphClient *client, ProfileStore *store,
                                  SecretStore *secrets, QStringList *progress = nullptr)
{
    ApplicationService apps(client, store);
    SecretService secretService(client, secrets, store);
    PermissionService permissions(client, store);
    if (progress) {
        QObject::connect(&apps, &ApplicationService::progress,
                         [progress](const QString &m) { *progress << m; });
        QObject::connect(client, &GraphClient::progress,
                         [progress](const QString &m) { *progress << m; });
    }
    const Result<ApplicationOutcome> outcome = co_await apps.ensure(p);
    if (!outcome)
        co_return outcome.error();
    std::optional<QCoro::Task<Result<SecretInfo>>> secretTask;
    const Result<QStringList> orphans = co_await secretService.removeOrphans(p);
    if (!orphans)
        co_return orphans.error();
    if (!p.currentSecret())
        secretTask.emplace(secretService.create(p, QStringLiteral("Leap"), 180));
    auto grantTask = permissions.grant(p, GrantOptions {outcome->servicePrincipalCreated});
    std::optional<Error> failure;
    if (secretTask) {
        const Result<SecretInfo> s = co_await *secretTask;
        if (!s)
            failure = s.error();
    }
    const Result<PermissionStatus> g = co_await grantTask;
    if (!g && !failure)
        failure = g.error();
    if (failure)
        co_return *failure;
    co_return VoidResult {};
}

Profile newProfile()
{
    Profile p;
    p.name = QStringLiteral("default");
    p.tenantId = QString::fromLatin1(sandbox::seed::kTenantId);
    p.leapHost = QStringLiteral("leap.example.com");
    return p;
}

QString secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("leap-entra-setup"),
             QStringLiteral("user"), key});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<hung>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Sequential round trips in the request log: a request starts a new "wave" when it arrived after
// the first request of the current wave was answered. With a latency fault on every request,
// concurrent requests fall into one wave.
int roundTripDepth(const QList<sandbox::LoggedRequest> &log)
{
    QList<sandbox::LoggedRequest> sorted = log;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.time < b.time; });
    int depth = 0;
    qint64 waveEnd = -1;
    for (const auto &r : sorted) {
        if (depth == 0 || r.time >= waveEnd) {
            ++depth;
            waveEnd = r.time + r.durationMs;
        }
    }
    return depth;
}

int runChildUnavailable();

} // namespace

class TestSteps : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<test::SandboxTokens> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;

    Endpoints endpoints() const
    {
        Endpoints e;
        e.authority = m_server->baseUrl();
        e.graph = m_server->graphRoot();
        return e;
    }

    std::unique_ptr<GraphClient> newClient()
    {
        auto c = std::make_unique<GraphClient>(m_nam.get(), endpoints(), m_tokens.get());
        c->setPolicy(GraphPolicy::fastForTests());
        return c;
    }

    QJsonArray appsNamed(const QString &uniqueName) const
    {
        QJsonArray out;
        for (const QJsonValue &v : m_server->applications()) {
            if (v.toObject().value(QStringLiteral("uniqueName")).toString() == uniqueName)
                out.append(v);
        }
        return out;
    }

    // Exactly one of everything, fully consented, and the profile agrees with the tenant.
    void verifyConverged(const Profile &p, int secretsOnApp = 1)
    {
        const QJsonArray apps = appsNamed(p.uniqueName);
        QCOMPARE(apps.size(), 1);
        const QJsonObject app = apps.first().toObject();
        QCOMPARE(app.value(QStringLiteral("appId")).toString(), p.appId);
        QCOMPARE(app.value(QStringLiteral("id")).toString(), p.objectId);
        QCOMPARE(app.value(QStringLiteral("signInAudience")).toString(),
                 QStringLiteral("AzureADMyOrg"));
        QCOMPARE(app.value(QStringLiteral("groupMembershipClaims")).toString(),
                 QStringLiteral("SecurityGroup"));
        QVERIFY(app.value(QStringLiteral("web"))
                    .toObject()
                    .value(QStringLiteral("redirectUris"))
                    .toArray()
                    .contains(QStringLiteral("https://leap.example.com/oidcclient/redirect/oidc")));
        const QJsonArray rra = app.value(QStringLiteral("requiredResourceAccess")).toArray();
        QCOMPARE(rra.size(), 1);
        QCOMPARE(rra.first().toObject().value(QStringLiteral("resourceAccess")).toArray().size(),
                 4);
        int sps = 0;
        for (const QJsonValue &v : m_server->servicePrincipals()) {
            if (v.toObject().value(QStringLiteral("appId")).toString() == p.appId) {
                ++sps;
                QCOMPARE(v.toObject().value(QStringLiteral("id")).toString(), p.servicePrincipalId);
            }
        }
        QCOMPARE(sps, 1);
        const QJsonArray creds = app.value(QStringLiteral("passwordCredentials")).toArray();
        QCOMPARE(creds.size(), secretsOnApp);
        QVERIFY(p.currentSecret());
        bool currentOnApp = false;
        for (const QJsonValue &c : creds)
            currentOnApp = currentOnApp || c.toObject().value(QStringLiteral("keyId")).toString() ==
                                               p.currentSecret()->keyId;
        QVERIFY(currentOnApp);
        QSet<QString> roles;
        for (const QJsonValue &v : m_server->appRoleAssignments()) {
            if (v.toObject().value(QStringLiteral("principalId")).toString() ==
                p.servicePrincipalId)
                roles.insert(v.toObject().value(QStringLiteral("appRoleId")).toString());
        }
        QCOMPARE(roles, (QSet<QString> {QStringLiteral("97235f07-e226-4f63-ace3-39588e11d3a1"),
                                        QStringLiteral("5b567255-7703-4780-807c-7be8301ae99b")}));
        int roleRows = 0;
        for (const QJsonValue &v : m_server->appRoleAssignments())
            roleRows += v.toObject().value(QStringLiteral("principalId")).toString() ==
                        p.servicePrincipalId;
        QCOMPARE(roleRows, 2);
        int grants = 0;
        for (const QJsonValue &v : m_server->oauth2PermissionGrants()) {
            const QJsonObject g = v.toObject();
            if (g.value(QStringLiteral("clientId")).toString() != p.servicePrincipalId)
                continue;
            ++grants;
            QCOMPARE(g.value(QStringLiteral("consentType")).toString(),
                     QStringLiteral("AllPrincipals"));
            const QStringList scopes = g.value(QStringLiteral("scope"))
                                           .toString()
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY(scopes.contains(QStringLiteral("openid")));
            QVERIFY(scopes.contains(QStringLiteral("profile")));
        }
        QCOMPARE(grants, 1);
        // The value is in the keychain under the contract's key, and it is what Graph issued.
        const QString key = secretKeychainKey(p.tenantId, p.appId, p.currentSecret()->keyId);
        const QString stored = secretToolLookup(key);
        QVERIFY2(!stored.isEmpty(), qPrintable(key));
        QVERIFY(m_server->issuedSecretValues().contains(stored));
        // The profile on disk never holds it.
        QFile f(m_store->pathFor(p.name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(stored.toUtf8()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with an unlocked gnome-keyring (run through ./dev test)");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_server->listen());
        m_server->setAutoApprove(true);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tokens =
            std::make_unique<test::SandboxTokens>(m_nam.get(), endpoints(), m_server->tenantId());
        m_client = newClient();
        m_store = std::make_unique<ProfileStore>(m_dir->path());
        m_secrets = std::make_unique<SecretStore>();
        QVERIFY(test::await(m_tokens->accessToken()).ok());
        m_server->clearRequestLog();
    }

    void cleanup()
    {
        m_client.reset();
        m_tokens.reset();
        m_nam.reset();
        m_server.reset();
        m_dir.reset();
    }

    void firstRunThenNoWrite()
    {
        // Every Graph request takes 250 ms: concurrent requests overlap, sequential ones add up.
        Fault slow;
        slow.path = QStringLiteral("^/graph/");
        slow.latencyMs = 250;
        slow.times = -1;
        m_server->addFault(slow);

        Profile p = newProfile();
        const VoidResult r =
            test::await(configure(p, m_client.get(), m_store.get(), m_secrets.get()));
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        verifyConverged(p);
        // Minimum the dependencies allow: (app lookup ‖ Graph SP) → app upsert → SP upsert →
        // (addPassword ‖ 2 app role assignments ‖ grant). Four.
        const int depth = roundTripDepth(m_server->requestLog());
        qInfo() << "first run:" << m_server->requestLog().size() << "requests," << depth
                << "sequential round trips";
        QCOMPARE(depth, 4);
        QCOMPARE(m_server->requestLog().size(), 8);

        // Second run, from the saved profile, with a fresh client: reads only.
        m_server->clearFaults();
        m_server->clearRequestLog();
        Profile again = m_store->load(p.name).value();
        auto client = newClient();
        ApplicationService apps(client.get(), m_store.get());
        const Result<ApplicationPlan> plan = test::await(apps.plan(again));
        QVERIFY(plan.ok());
        QVERIFY(!plan->needsWrite());
        QVERIFY(test::await(configure(again, client.get(), m_store.get(), m_secrets.get())).ok());
        for (const auto &req : m_server->requestLog())
            QVERIFY2(req.method == QLatin1String("GET"),
                     qPrintable(req.method + QLatin1Char(' ') + req.path));
        verifyConverged(again);
        const Result<PermissionStatus> st =
            test::await(PermissionService(client.get()).status(again));
        QVERIFY(st.ok());
        QVERIFY(st->allConsented());
        for (const auto &s : st->permissions)
            QVERIFY(s.requested);
    }

    void existingApplicationOnlyGains()
    {
        // An administrator's app: other redirect URI, another permission, "All" group claims.
        Profile p = newProfile();
        p.uniqueName = Profile::defaultUniqueName(p.leapHost);
        GraphRequest create = GraphRequest::patch(
            QStringLiteral("/applications(uniqueName='%1')").arg(p.uniqueName),
            {{QStringLiteral("displayName"), QStringLiteral("Admin's Leap")},
             {QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")},
             {QStringLiteral("groupMembershipClaims"), QStringLiteral("All")},
             {QStringLiteral("web"),
              QJsonObject {{QStringLiteral("redirectUris"),
                            QJsonArray {QStringLiteral("https://other.example.com/cb")}}}},
             {QStringLiteral("requiredResourceAccess"),
              QJsonArray {
                  QJsonObject {{QStringLiteral("resourceAppId"),
                                QStringLiteral("00000003-0000-0000-c000-000000000000")},
                               {QStringLiteral("resourceAccess"),
                                QJsonArray {QJsonObject {
                                    {QStringLiteral("id"),
                                     QStringLiteral("e1fe6dd8-ba31-4d61-89e7-88639da4683d")},
                                    {QStringLiteral("type"), QStringLiteral("Scope")}}}}}}}});
        create.withHeader("Prefer", "create-if-missing");
        QVERIFY(test::await(m_client->send(create)).ok());

        ApplicationService apps(m_client.get(), m_store.get());
        const Result<ApplicationPlan> plan = test::await(apps.plan(p));
        QVERIFY(plan.ok());
        QVERIFY(plan->applicationExists);
        QCOMPARE(plan->missingRedirectUris, QStringList {p.redirectUri()});
        QCOMPARE(plan->missingPermissions.size(), 4);
        QVERIFY(!plan->groupClaimsMissing);
        QVERIFY(plan->needsWrite());

        const Result<ApplicationOutcome> out = test::await(apps.ensure(p));
        QVERIFY2(out.ok(), qPrintable(out.error().text()));
        QVERIFY(!out->applicationCreated);
        QVERIFY(out->applicationUpdated);
        const QJsonObject app = appsNamed(p.uniqueName).first().toObject();
        const QJsonArray uris = app.value(QStringLiteral("web"))
                                    .toObject()
                                    .value(QStringLiteral("redirectUris"))
                                    .toArray();
        QVERIFY(uris.contains(QStringLiteral("https://other.example.com/cb")));
        QVERIFY(uris.contains(p.redirectUri()));
        QCOMPARE(app.value(QStringLiteral("groupMembershipClaims")).toString(),
                 QStringLiteral("All"));
        QCOMPARE(app.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Admin's Leap"));
        QCOMPARE(app.value(QStringLiteral("requiredResourceAccess"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("resourceAccess"))
                     .toArray()
                     .size(),
                 5);
    }

    void faultsConverge_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<bool>("commit");
        const QString app = QStringLiteral("^/graph/v1.0/applications\\(uniqueName=");
        QTest::newRow("429 Retry-After on create") << "PATCH" << app << 429 << 1 << false << false;
        QTest::newRow("429 on create") << "PATCH" << app << 429 << -1 << false << false;
        QTest::newRow("503 on create") << "PATCH" << app << 503 << -1 << false << false;
        QTest::newRow("504 on create") << "PATCH" << app << 504 << -1 << false << false;
        QTest::newRow("drop on create") << "PATCH" << app << 0 << -1 << true << false;
        QTest::newRow("create done, answer 503") << "PATCH" << app << 503 << -1 << false << true;
        QTest::newRow("SP done, answer 503")
            << "PATCH"
            << "^/graph/v1.0/servicePrincipals\\(appId=" << 503 << -1 << false << true;
        QTest::newRow("addPassword done, answer 503")
            << "POST"
            << "/addPassword$" << 503 << -1 << false << true;
        QTest::newRow("addPassword 503") << "POST"
                                         << "/addPassword$" << 503 << -1 << false << false;
        QTest::newRow("assignment done, answer 504")
            << "POST"
            << "/appRoleAssignedTo$" << 504 << -1 << false << true;
        QTest::newRow("grant done, dropped")
            << "POST"
            << "^/graph/v1.0/oauth2PermissionGrants$" << 0 << -1 << true << true;
        QTest::newRow("429 on Graph SP")
            << "GET"
            << "^/graph/v1.0/servicePrincipals\\(appId='00000003" << 429 << -1 << false << false;
    }

    void faultsConverge()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(bool, drop);
        QFETCH(bool, commit);
        Fault f;
        f.method = method;
        f.path = path;
        f.status = status;
        f.retryAfter = retryAfter;
        f.drop = drop;
        f.commit = commit;
        f.times = 1;
        m_server->addFault(f);
        Profile p = newProfile();
        const VoidResult r =
            test::await(configure(p, m_client.get(), m_store.get(), m_secrets.get()));
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        verifyConverged(p);
        QVERIFY(m_server->faults().isEmpty()); // the fault was hit
    }

    void replicationDelay()
    {
        m_server->setReplicationDelayMs(1200);
        Profile p = newProfile();
        QStringList progress;
        const VoidResult r =
            test::await(configure(p, m_client.get(), m_store.get(), m_secrets.get(), &progress));
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QVERIFY(progress.contains(QStringLiteral("Waiting for the directory to replicate…")));
        m_server->setReplicationDelayMs(0);
        verifyConverged(p);
    }

    void tokenExpiresMidRun()
    {
        Fault slow;
        slow.path = QStringLiteral("^/graph/");
        slow.latencyMs = 400;
        slow.times = -1;
        m_server->addFault(slow);
        m_server->setAccessTokenLifetimeSec(1);
        m_tokens->dropAccessToken();
        QVERIFY(test::await(m_tokens->accessToken()).ok());
        Profile p = newProfile();
        const VoidResult r =
            test::await(configure(p, m_client.get(), m_store.get(), m_secrets.get()));
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QVERIFY(m_tokens->forcedCalls >= 1);
        m_server->clearFaults();
        verifyConverged(p);
    }

    void userLacksRole()
    {
        m_server->setUserLacksPrivilegedRole(true);
        Profile p = newProfile();
        const VoidResult r =
            test::await(configure(p, m_client.get(), m_store.get(), m_secrets.get()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::GraphRefused);
        QCOMPARE(exitCodeFor(r.error().kind), 4);
        QVERIFY(r.error().message.contains(QStringLiteral("Privileged Role Administrator")));
        QVERIFY(r.error().message.contains(QStringLiteral("Global Administrator")));
        const QUrl consent = p.endpoints().adminConsent(p.tenantId, p.appId);
        QVERIFY2(r.error().fix.contains(consent.toString()), qPrintable(r.error().fix));
        QVERIFY(consent.toString().contains(QStringLiteral("client_id=") + p.appId));
        // Nothing else was lost: the app and the secret exist, and a run with the role converges.
        m_server->setUserLacksPrivilegedRole(false);
        Profile again = m_store->load(p.name).value();
        QVERIFY(test::await(configure(again, m_client.get(), m_store.get(), m_secrets.get())).ok());
        verifyConverged(again);
    }

    void lifetimePolicy()
    {
        m_server->setSecretMaxLifetimeDays(90);
        Profile p = newProfile();
        ApplicationService apps(m_client.get(), m_store.get());
        QVERIFY(test::await(apps.ensure(p)).ok());
        SecretService secrets(m_client.get(), m_secrets.get(), m_store.get());
        const Result<SecretInfo> tooLong =
            test::await(secrets.create(p, QStringLiteral("Leap"), 180));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().kind, ErrorKind::GraphRefused);
        QCOMPARE(tooLong.error().code, QStringLiteral("CredentialInvalidLifetimeAsPerAppPolicy"));
        QVERIFY2(tooLong.error().message.contains(QStringLiteral("90 days")),
                 qPrintable(tooLong.error().message));
        QVERIFY(tooLong.error().fix.contains(QStringLiteral("90")));
        QVERIFY(!secrets.takeUnsavedSecret());
        const Result<SecretInfo> ok = test::await(secrets.create(p, QStringLiteral("Leap"), 90));
        QVERIFY2(ok.ok(), qPrintable(ok.error().text()));
        QCOMPARE(appsNamed(p.uniqueName)
                     .first()
                     .toObject()
                     .value(QStringLiteral("passwordCredentials"))
                     .toArray()
                     .size(),
                 1);
    }

    void rotationKeepsPreviousValid()
    {
        Profile p = newProfile();
        QVERIFY(test::await(configure(p, m_client.get(), m_store.get(), m_secrets.get())).ok());
        const QString first = p.currentSecret()->keyId;
        SecretService secrets(m_client.get(), m_secrets.get(), m_store.get());
        const Result<SecretInfo> second =
            test::await(secrets.create(p, QStringLiteral("Leap 2"), 30));
        QVERIFY(second.ok());
        QCOMPARE(p.currentSecret()->keyId, second->keyId);
        QVERIFY(!p.findSecret(first)->current);
        verifyConverged(p, 2);
        QVERIFY(test::await(secrets.remove(p, first)).ok());
        QVERIFY(!p.findSecret(first));
        QCOMPARE(secretToolLookup(secretKeychainKey(p.tenantId, p.appId, first)), QString());
        verifyConverged(p, 1);
    }

    void resumeRemovesOrphan()
    {
        Profile p = newProfile();
        ApplicationService apps(m_client.get(), m_store.get());
        QVERIFY(test::await(apps.ensure(p)).ok());
        // A run that died after addPassword, before the keychain: "started", a credential, no
        // value.
        p.addJournal({QDateTime::currentDateTimeUtc(),
                      QStringLiteral("secret"),
                      QStringLiteral("add-password"),
                      QStringLiteral("started"),
                      QStringLiteral("passwordCredential"),
                      {},
                      QStringLiteral("Leap")});
        QVERIFY(m_store->save(p).ok());
        const GraphResponse lost = test::await(m_client->send(GraphRequest::post(
            QStringLiteral("/applications/%1/addPassword").arg(p.objectId),
            {{QStringLiteral("passwordCredential"),
              QJsonObject {{QStringLiteral("displayName"), QStringLiteral("Leap")}}}})));
        QVERIFY(lost.ok());
        const QString orphan = lost.json.value(QStringLiteral("keyId")).toString();
        // An administrator's own secret with another name stays.
        QVERIFY(
            test::await(
                m_client->send(GraphRequest::post(
                    QStringLiteral("/applications/%1/addPassword").arg(p.objectId),
                    {{QStringLiteral("passwordCredential"),
                      QJsonObject {{QStringLiteral("displayName"), QStringLiteral("manual")}}}})))
                .ok());

        Profile resumed = m_store->load(p.name).value();
        QVERIFY(
            test::await(configure(resumed, m_client.get(), m_store.get(), m_secrets.get())).ok());
        const QJsonArray creds = appsNamed(resumed.uniqueName)
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("passwordCredentials"))
                                     .toArray();
        QCOMPARE(creds.size(), 2);
        for (const QJsonValue &c : creds)
            QVERIFY(c.toObject().value(QStringLiteral("keyId")).toString() != orphan);
        verifyConverged(resumed, 2);
    }

    void createAdoptsSecretAnInterruptedRunStored()
    {
        // A run that died after the keychain took the new secret's value but before the profile
        // said "done". Creating again (as `configure` does when the profile has no current
        // secret) adopts that secret instead of adding a second one.
        Profile p = newProfile();
        ApplicationService apps(m_client.get(), m_store.get());
        QVERIFY(test::await(apps.ensure(p)).ok());
        p.addJournal({QDateTime::currentDateTimeUtc(),
                      QStringLiteral("secret"),
                      QStringLiteral("add-password"),
                      QStringLiteral("started"),
                      QStringLiteral("passwordCredential"),
                      {},
                      QStringLiteral("Leap")});
        QVERIFY(m_store->save(p).ok());
        const GraphResponse added = test::await(m_client->send(GraphRequest::post(
            QStringLiteral("/applications/%1/addPassword").arg(p.objectId),
            {{QStringLiteral("passwordCredential"),
              QJsonObject {{QStringLiteral("displayName"), QStringLiteral("Leap")}}}})));
        QVERIFY(added.ok());
        const QString keyId = added.json.value(QStringLiteral("keyId")).toString();
        const QString value = added.json.value(QStringLiteral("secretText")).toString();
        QVERIFY(test::await(m_secrets->writeSecret(p.tenantId, p.appId, keyId, value)).ok());

        Profile resumed = m_store->load(p.name).value();
        QVERIFY(!resumed.currentSecret());
        SecretService secretService(m_client.get(), m_secrets.get(), m_store.get());
        const Result<SecretInfo> created =
            test::await(secretService.create(resumed, QStringLiteral("Leap"), 180));
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().text()));
        QCOMPARE(created->keyId, keyId);
        QVERIFY(resumed.currentSecret());
        QCOMPARE(resumed.currentSecret()->keyId, keyId);
        const QJsonArray creds = appsNamed(resumed.uniqueName)
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("passwordCredentials"))
                                     .toArray();
        QCOMPARE(creds.size(), 1);
    }

    void killedAtEveryRequestConverges()
    {
        // Kill (cancel, with the profile as last saved) after the n-th Graph request, then run
        // again from the saved profile: always exactly one of everything.
        for (int n = 1; n <= 8; ++n) {
            m_server->reset();
            m_server->clearRequestLog();
            QVERIFY(m_store->remove(QStringLiteral("default")).ok());
            m_tokens->dropAccessToken();
            QVERIFY(test::await(m_tokens->accessToken()).ok());
            auto client = newClient();
            int seen = 0;
            QObject guard;
            connect(m_server.get(), &sandbox::SandboxServer::requestLogged, &guard,
                    [&](const sandbox::LoggedRequest &e) {
                        if (e.path.startsWith(QLatin1String("/graph/")) && ++seen == n)
                            client->cancel();
                    });
            Profile p = newProfile();
            (void)test::await(configure(p, client.get(), m_store.get(), m_secrets.get()));
            guard.disconnect();
            Profile resumed = m_store->exists(QStringLiteral("default"))
                                  ? m_store->load(QStringLiteral("default")).value()
                                  : newProfile();
            auto fresh = newClient();
            const VoidResult r =
                test::await(configure(resumed, fresh.get(), m_store.get(), m_secrets.get()));
            QVERIFY2(r.ok(), qPrintable(QStringLiteral("n=%1: ").arg(n) + r.error().text()));
            verifyConverged(resumed);
        }
    }

    void keychainUnavailable()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/leap-bus"));
        env.insert(QStringLiteral("LEAP_STEPS_CHILD"), QStringLiteral("unavailable"));
        env.insert(QStringLiteral("LEAP_CHILD_DIR"), m_dir->path());
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        const QJsonObject r = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        QVERIFY2(!r.isEmpty(), out.constData());
        QCOMPARE(r.value(QStringLiteral("kind")).toString(), errorKindName(ErrorKind::Storage));
        QCOMPARE(exitCodeFor(ErrorKind::Storage), 5);
        const QString keyId = r.value(QStringLiteral("keyId")).toString();
        QVERIFY(!keyId.isEmpty());
        QVERIFY(r.value(QStringLiteral("message")).toString().contains(keyId));
        QVERIFY(r.value(QStringLiteral("handedOverMatchesIssued")).toBool());
        QVERIFY(r.value(QStringLiteral("secondTakeEmpty")).toBool());
        QVERIFY(r.value(QStringLiteral("inProfileNotCurrent")).toBool());
        // The value reached no file (the child scanned its profile directory for every issued
        // secret) and no output line.
        QVERIFY(r.value(QStringLiteral("fileScanClean")).toBool());
        QVERIFY(r.value(QStringLiteral("outputClean")).toBool());
        QVERIFY(!err.contains("secretText"));
    }
};

namespace {

bool dirContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

// Child: the whole configure with no session bus (QtKeychain picks its backend once per process).
int runChildUnavailable()
{
    sandbox::SandboxServer server;
    server.listen();
    server.setAutoApprove(true);
    QNetworkAccessManager nam;
    Endpoints e;
    e.authority = server.baseUrl();
    e.graph = server.graphRoot();
    test::SandboxTokens tokens(&nam, e, server.tenantId());
    GraphClient client(&nam, e, &tokens);
    client.setPolicy(GraphPolicy::fastForTests());
    ProfileStore store(qEnvironmentVariable("LEAP_CHILD_DIR") + QStringLiteral("/child"));
    SecretStore secrets;
    secrets.setTimeout(5000ms);
    Profile p = newProfile();
    ApplicationService apps(&client, &store);
    QJsonObject out;
    if (!test::await(apps.ensure(p)).ok()) {
        out.insert(QStringLiteral("kind"), QStringLiteral("ensure failed"));
    } else {
        SecretService service(&client, &secrets, &store);
        const Result<SecretInfo> r = test::await(service.create(p, QStringLiteral("Leap"), 180));
        out.insert(QStringLiteral("kind"),
                   errorKindName(r.ok() ? ErrorKind::None : r.error().kind));
        out.insert(QStringLiteral("message"), r.ok() ? QString() : r.error().message);
        auto handed = service.takeUnsavedSecret();
        const QStringList issued = server.issuedSecretValues();
        out.insert(QStringLiteral("keyId"), handed ? handed->keyId : QString());
        out.insert(QStringLiteral("handedOverMatchesIssued"),
                   handed && issued.contains(handed->value));
        out.insert(QStringLiteral("secondTakeEmpty"), !service.takeUnsavedSecret().has_value());
        const Profile saved = store.load(p.name).value();
        const SecretInfo *s =
            handed ? const_cast<Profile &>(saved).findSecret(handed->keyId) : nullptr;
        out.insert(QStringLiteral("inProfileNotCurrent"), s && !s->current);
        bool clean = true;
        for (const QString &v : issued) {
            if (v.size() > 20 && dirContains(qEnvironmentVariable("LEAP_CHILD_DIR"), v.toUtf8()))
                clean = false;
        }
        out.insert(QStringLiteral("fileScanClean"), clean);
        bool outputClean = true;
        const QByteArray doc = QJsonDocument(out).toJson(QJsonDocument::Compact);
        for (const QString &v : issued)
            outputClean = outputClean && !doc.contains(v.toUtf8());
        out.insert(QStringLiteral("outputClean"), outputClean);
    }
    fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    fputs("\n", stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("LEAP_STEPS_CHILD") == QLatin1String("unavailable"))
        return runChildUnavailable();
    TestSteps t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_steps.moc"
