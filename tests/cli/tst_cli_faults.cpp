// configure under faults (issue 3 "Done when", issue 9 "Faults"): throttling, 5xx, a dropped
// connection, replication delay, a create that succeeds but answers 503, tokens that expire
// mid-run. Each cell converges to exactly one consented application with one secret in the
// keychain — in the first run, or after a documented failure and one re-run. The matrix is
// printed at the end.
#include "clisupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace clitest;

class TestCliFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void faults_data();
    void faults();
    void killedAfterEachStep_data();
    void killedAfterEachStep();
    void cleanupTestCase();

private:
    QStringList configureArgs(const QString &profile, const QString &host) const;
    void checkConverged(const Machine &machine, const QString &profile, const QString &tag);
    void forgetKeys(const Machine &machine, const QString &profile);

    std::unique_ptr<Sandbox> m_sandbox;
    QStringList m_matrix;
    int m_counter = 0;
};

void TestCliFaults::initTestCase()
{
    if (!QFile::exists(setupBinary()) || !QFile::exists(sandboxBinary()))
        QSKIP("leap-entra-setup or leap-entra-sandbox is not built");
    if (!keychainAvailable())
        QSKIP("needs the keychain D-Bus session (run through ./dev test or dbus-run-session)");
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestCliFaults::cleanupTestCase()
{
    if (!m_matrix.isEmpty()) {
        const QString header =
            QStringLiteral("%1 | %2 | %3 | %4")
                .arg(QStringLiteral("cell").leftJustified(34),
                     QStringLiteral("1st run").leftJustified(8),
                     QStringLiteral("re-run").leftJustified(7), QStringLiteral("result"));
        qInfo().noquote() << QStringLiteral("\nconfigure under faults:\n") + header +
                                 QLatin1Char('\n') + m_matrix.join(QLatin1Char('\n'));
    }
    m_sandbox.reset();
}

QStringList TestCliFaults::configureArgs(const QString &profile, const QString &host) const
{
    return QStringList {QStringLiteral("configure"),
                        QStringLiteral("--profile"),
                        profile,
                        QStringLiteral("--tenant"),
                        QString::fromLatin1(kTenantDomain),
                        QStringLiteral("--leap-host"),
                        host,
                        QStringLiteral("--verbose")} +
           m_sandbox->endpointArgs();
}

void TestCliFaults::forgetKeys(const Machine &machine, const QString &profile)
{
    const QJsonObject p = machine.profile(profile);
    for (const QJsonValue &v : p.value(QStringLiteral("secrets")).toArray())
        keychainClear(QStringLiteral("%1/%2/%3")
                          .arg(p.value(QStringLiteral("tenantId")).toString(),
                               p.value(QStringLiteral("appId")).toString(),
                               v.toObject().value(QStringLiteral("keyId")).toString()));
    keychainClear(QStringLiteral("refresh/%1/%2").arg(profile, QString::fromLatin1(kTenantId)));
}

// One application with this profile's unique name, its service principal, exactly one secret on
// the application that is the profile's current one and whose value is in the keychain, and the
// four permissions consented (the sandbox's own view).
void TestCliFaults::checkConverged(const Machine &machine, const QString &profile,
                                   const QString &tag)
{
    const QJsonObject p = machine.profile(profile);
    const QString appId = p.value(QStringLiteral("appId")).toString();
    QVERIFY2(!appId.isEmpty(), qPrintable(tag));
    const QJsonArray apps =
        m_sandbox->applications(p.value(QStringLiteral("uniqueName")).toString());
    QVERIFY2(apps.size() == 1,
             qPrintable(tag + QStringLiteral(": %1 applications").arg(apps.size())));
    QCOMPARE(apps.at(0).toObject().value(QStringLiteral("appId")).toString(), appId);
    const QJsonArray sps = m_sandbox->servicePrincipalsFor(appId);
    QVERIFY2(sps.size() == 1,
             qPrintable(tag + QStringLiteral(": %1 service principals").arg(sps.size())));
    const QJsonArray creds =
        apps.at(0).toObject().value(QStringLiteral("passwordCredentials")).toArray();
    QVERIFY2(creds.size() == 1,
             qPrintable(tag + QStringLiteral(": %1 secrets on the app").arg(creds.size())));
    const QString keyId = creds.at(0).toObject().value(QStringLiteral("keyId")).toString();
    QString current;
    int currentCount = 0;
    for (const QJsonValue &v : p.value(QStringLiteral("secrets")).toArray()) {
        if (v.toObject().value(QStringLiteral("current")).toBool()) {
            current = v.toObject().value(QStringLiteral("keyId")).toString();
            ++currentCount;
        }
    }
    QCOMPARE(currentCount, 1);
    QCOMPARE(current, keyId);
    const QString value = keychainLookup(
        QStringLiteral("%1/%2/%3").arg(QString::fromLatin1(kTenantId), appId, keyId));
    QVERIFY2(!value.isEmpty(), qPrintable(tag + QStringLiteral(": secret not in the keychain")));
    QVERIFY(m_sandbox->issuedValues(QStringLiteral("clientSecret")).contains(value));

    // Consent as the sandbox sees it: two app role assignments to the app's service principal,
    // and an AllPrincipals grant with openid and profile.
    const QJsonObject tenant = m_sandbox->tenant();
    const QString spId = sps.at(0).toObject().value(QStringLiteral("id")).toString();
    int roles = 0;
    for (const QJsonValue &v : tenant.value(QStringLiteral("appRoleAssignments")).toArray())
        roles += v.toObject().value(QStringLiteral("principalId")).toString() == spId ? 1 : 0;
    QVERIFY2(roles == 2, qPrintable(tag + QStringLiteral(": %1 app role assignments").arg(roles)));
    int grants = 0;
    for (const QJsonValue &v : tenant.value(QStringLiteral("oauth2PermissionGrants")).toArray()) {
        const QJsonObject g = v.toObject();
        if (g.value(QStringLiteral("clientId")).toString() != spId)
            continue;
        ++grants;
        const QStringList scopes =
            g.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(scopes.contains(QStringLiteral("openid")));
        QVERIFY(scopes.contains(QStringLiteral("profile")));
        QCOMPARE(g.value(QStringLiteral("consentType")).toString(),
                 QStringLiteral("AllPrincipals"));
    }
    QVERIFY2(grants == 1, qPrintable(tag + QStringLiteral(": %1 grants").arg(grants)));
}

void TestCliFaults::faults_data()
{
    QTest::addColumn<QJsonArray>("faults");
    QTest::addColumn<QJsonObject>("config");

    const auto f = [](const char *method, const char *path, int status, int retryAfter = -1,
                      int times = 1, bool commit = false, bool drop = false, int latencyMs = 0) {
        return QJsonObject {{QStringLiteral("method"), QLatin1String(method)},
                            {QStringLiteral("path"), QLatin1String(path)},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("retryAfter"), retryAfter},
                            {QStringLiteral("times"), times},
                            {QStringLiteral("commit"), commit},
                            {QStringLiteral("drop"), drop},
                            {QStringLiteral("latencyMs"), latencyMs}};
    };
    // The product creates both by upsert (PATCH ...(uniqueName=...) / (appId=...), Prefer:
    // create-if-missing), so a lost answer can be repeated safely.
    const char *apps = "^/graph/v1\\.0/applications(\\(|%28)uniqueName";
    const char *sps = "^/graph/v1\\.0/servicePrincipals(\\(|%28)appId";
    const char *addPassword = "/addPassword$";
    const char *roles = "/appRoleAssignedTo$";
    const char *grants = "^/graph/v1\\.0/oauth2PermissionGrants";
    const char *anyGraph = "^/graph/v1\\.0/";
    const char *token = "/oauth2/v2\\.0/token$";

    QTest::newRow("429 Retry-After on create app")
        << QJsonArray {f("PATCH", apps, 429, 1, 2)} << QJsonObject {};
    QTest::newRow("429 no Retry-After on reads")
        << QJsonArray {f("GET", anyGraph, 429, -1, 2)} << QJsonObject {};
    QTest::newRow("503 Retry-After everywhere x3")
        << QJsonArray {f("*", anyGraph, 503, 1, 3)} << QJsonObject {};
    QTest::newRow("500 on reads") << QJsonArray {f("GET", anyGraph, 500, -1, 2)} << QJsonObject {};
    QTest::newRow("504 on grants") << QJsonArray {f("POST", grants, 504, 1, 1)} << QJsonObject {};
    QTest::newRow("503 on token") << QJsonArray {f("POST", token, 503, 1, 1)} << QJsonObject {};
    QTest::newRow("dropped read") << QJsonArray {f("GET", anyGraph, 0, -1, 1, false, true)}
                                  << QJsonObject {};
    QTest::newRow("create app commits, answers 503")
        << QJsonArray {f("PATCH", apps, 503, 1, 1, true)} << QJsonObject {};
    QTest::newRow("create SP commits, answers 503")
        << QJsonArray {f("PATCH", sps, 503, 1, 1, true)} << QJsonObject {};
    QTest::newRow("addPassword commits, answers 503")
        << QJsonArray {f("POST", addPassword, 503, 1, 1, true)} << QJsonObject {};
    QTest::newRow("role assignment commits, answers 503")
        << QJsonArray {f("POST", roles, 503, 1, 1, true)} << QJsonObject {};
    QTest::newRow("create app dropped after commit")
        << QJsonArray {f("PATCH", apps, 0, -1, 1, true, true)} << QJsonObject {};
    QTest::newRow("replication delay 1.5 s")
        << QJsonArray {} << QJsonObject {{QStringLiteral("replicationDelayMs"), 1500}};
    QTest::newRow("token expires mid-run")
        << QJsonArray {f("POST", addPassword, 0, -1, 1, false, false, 2500)}
        << QJsonObject {{QStringLiteral("accessTokenLifetimeSec"), 2}};
    QTest::newRow("throttle + replication + 503 commit")
        << QJsonArray {f("PATCH", apps, 503, 1, 1, true), f("GET", anyGraph, 429, 1, 2)}
        << QJsonObject {{QStringLiteral("replicationDelayMs"), 1000}};
}

void TestCliFaults::faults()
{
    QFETCH(QJsonArray, faults);
    QFETCH(QJsonObject, config);
    QVERIFY(m_sandbox->defaults());
    Machine machine;
    ++m_counter;
    const QString profile =
        QStringLiteral("f%1-%2").arg(QCoreApplication::applicationPid()).arg(m_counter);
    const QString host = QStringLiteral("leapf%1-%2.example.com")
                             .arg(QCoreApplication::applicationPid())
                             .arg(m_counter);
    if (!config.isEmpty())
        QVERIFY(m_sandbox->config(config));
    for (const QJsonValue &f : faults)
        QVERIFY(m_sandbox->fault(f.toObject()));

    QElapsedTimer timer;
    timer.start();
    const Run first = machine.run(configureArgs(profile, host), 240000);
    const qint64 firstMs = timer.elapsed();
    QStringList issued = m_sandbox->issuedValues();
    QVERIFY2(leaks(first.out + first.err + machine.allFiles(), issued).isEmpty(),
             qPrintable(first.describe()));
    QVERIFY2(!first.crashed && !first.timedOut, qPrintable(first.describe()));
    // A failure must be a documented one (network outlasting the retries, Graph refusal), with
    // a message, never an internal error.
    QVERIFY2(first.exitCode == 0 || first.exitCode == 7 || first.exitCode == 4,
             qPrintable(first.describe()));
    // A busy token endpoint (503 with Retry-After, once) is retried, not a failed sign-in.
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("503 on token"))
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));

    m_sandbox->clearFaults();
    QVERIFY(m_sandbox->config(QJsonObject {{QStringLiteral("accessTokenLifetimeSec"), 3600}}));
    int second = -1;
    if (first.exitCode != 0) {
        QVERIFY2(first.err.contains("error: "), qPrintable(first.describe()));
        const Run rerun = machine.run(configureArgs(profile, host), 240000);
        issued = m_sandbox->issuedValues();
        QVERIFY2(leaks(rerun.out + rerun.err + machine.allFiles(), issued).isEmpty(),
                 "leak in re-run");
        second = rerun.exitCode;
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.describe()));
    }
    checkConverged(machine, profile, QString::fromLatin1(QTest::currentDataTag()));
    m_matrix << QStringLiteral("%1 | %2 | %3 | converged (%4 ms)")
                    .arg(QString::fromLatin1(QTest::currentDataTag()).leftJustified(34),
                         QStringLiteral("exit %1").arg(first.exitCode).leftJustified(8),
                         (second < 0 ? QStringLiteral("-") : QStringLiteral("exit %1").arg(second))
                             .leftJustified(7))
                    .arg(firstMs);
    forgetKeys(machine, profile);
}

void TestCliFaults::killedAfterEachStep_data()
{
    // Which request to hold (answered late, so the process is killed while it waits), and which
    // journal entry must be in the profile before the kill.
    QTest::addColumn<QString>("holdMethod");
    QTest::addColumn<QString>("holdPath");
    QTest::addColumn<QString>("journalStep");
    QTest::addColumn<QString>("journalState");

    QTest::newRow("after the application, before its service principal")
        << "PATCH"
        << "^/graph/v1\\.0/servicePrincipals(\\(|%28)appId"
        << "register"
        << "done";
    QTest::newRow("after step 1, during addPassword (value lost)") << "POST"
                                                                   << "/addPassword$"
                                                                   << "secret"
                                                                   << "started";
    QTest::newRow("after step 2, during the grants") << "POST"
                                                     << "/appRoleAssignedTo$"
                                                     << "secret"
                                                     << "done";
}

void TestCliFaults::killedAfterEachStep()
{
    QFETCH(QString, holdMethod);
    QFETCH(QString, holdPath);
    QFETCH(QString, journalStep);
    QFETCH(QString, journalState);
    QVERIFY(m_sandbox->defaults());
    Machine machine;
    ++m_counter;
    const QString profile =
        QStringLiteral("k%1-%2").arg(QCoreApplication::applicationPid()).arg(m_counter);
    const QString host = QStringLiteral("leapk%1-%2.example.com")
                             .arg(QCoreApplication::applicationPid())
                             .arg(m_counter);
    // The held request is carried out at once but answered only after 20 s.
    QVERIFY(m_sandbox->fault(QJsonObject {{QStringLiteral("method"), holdMethod},
                                          {QStringLiteral("path"), holdPath},
                                          {QStringLiteral("latencyMs"), 20000},
                                          {QStringLiteral("times"), 1}}));
    m_sandbox->clearRequests();
    std::unique_ptr<QProcess> process = machine.start(configureArgs(profile, host));
    const bool reached = waitFor(
        [&] {
            const QJsonArray journal =
                machine.profile(profile).value(QStringLiteral("journal")).toArray();
            for (const QJsonValue &v : journal) {
                const QJsonObject e = v.toObject();
                if (e.value(QStringLiteral("step")).toString() == journalStep &&
                    e.value(QStringLiteral("state")).toString() == journalState)
                    return true;
            }
            return false;
        },
        60000);
    QVERIFY2(reached, qPrintable(QString::fromUtf8(process->readAllStandardError())));
    // Wait until the held request has reached the sandbox (it is carried out on arrival).
    QTest::qWait(500);
    QVERIFY(process->state() == QProcess::Running);
    process->kill(); // SIGKILL
    QVERIFY(process->waitForFinished(10000));
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    m_sandbox->clearFaults();

    const Run rerun = machine.run(configureArgs(profile, host), 240000);
    QVERIFY2(leaks(rerun.out + rerun.err + machine.allFiles(), m_sandbox->issuedValues()).isEmpty(),
             "leak");
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.describe()));
    checkConverged(machine, profile, QString::fromLatin1(QTest::currentDataTag()));
    m_matrix << QStringLiteral("%1 | %2 | %3 | converged")
                    .arg(
                        QStringLiteral("SIGKILL ") +
                            QString::fromLatin1(QTest::currentDataTag()).left(26).leftJustified(26),
                        QStringLiteral("killed").leftJustified(8),
                        QStringLiteral("exit 0").leftJustified(7));
    forgetKeys(machine, profile);
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
