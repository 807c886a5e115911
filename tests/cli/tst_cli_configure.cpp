// configure / status / forget through the real binary against a real leap-entra-sandbox process,
// with the real keychain: completes, converges, writes nothing twice, --dry-run writes nothing,
// status --json carries the contract's document, forget removes only local traces.
#include "clisupport.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace clitest;

class TestCliConfigure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void configureCompletes();
    void statusJsonHasContractFields();
    void secondRunMakesNoWrite();
    void dryRunWritesNothing();
    void dryRunShowsIdnHostInAsciiForm();
    void forgetRemovesLocalTracesOnly();
    void missingRoleExitsFourWithConsentUrl();
    void statusWarnsAboutEndingSecret();
    void keychainUnavailableExitsFiveNamingKeyId();
    void sandboxModeWorksInProcessAndPersists();
    void cleanupTestCase();

private:
    Run configure(const QStringList &extra = {});
    void checkNoLeak(const Run &run);
    QString secretKey(const QJsonObject &profile) const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Machine> m_machine;
    QString m_profile;
    QString m_host;
    int m_counter = 0;
    QStringList m_keysToClear;
};

void TestCliConfigure::initTestCase()
{
    if (!QFile::exists(setupBinary()) || !QFile::exists(sandboxBinary()))
        QSKIP("leap-entra-setup or leap-entra-sandbox is not built");
    if (!keychainAvailable())
        QSKIP("needs the keychain D-Bus session (run through ./dev test or dbus-run-session)");
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
}

void TestCliConfigure::init()
{
    QVERIFY(m_sandbox->defaults());
    m_machine = std::make_unique<Machine>();
    // A profile and a Leap host of its own per test: the keychain is shared by all tests.
    ++m_counter;
    m_profile = QStringLiteral("t%1-%2").arg(QCoreApplication::applicationPid()).arg(m_counter);
    m_host = QStringLiteral("leap%1-%2.example.com")
                 .arg(QCoreApplication::applicationPid())
                 .arg(m_counter);
    m_sandbox->clearRequests();
}

void TestCliConfigure::cleanup()
{
    if (m_machine && m_machine->profileExists(m_profile)) {
        const QJsonObject profile = m_machine->profile(m_profile);
        m_keysToClear << secretKey(profile);
    }
    for (const QString &key : std::as_const(m_keysToClear))
        keychainClear(key);
    keychainClear(QStringLiteral("refresh/%1/%2").arg(m_profile, QString::fromLatin1(kTenantId)));
    m_keysToClear.clear();
}

void TestCliConfigure::cleanupTestCase()
{
    m_sandbox.reset();
}

Run TestCliConfigure::configure(const QStringList &extra)
{
    QStringList args {QStringLiteral("configure"),
                      QStringLiteral("--profile"),
                      m_profile,
                      QStringLiteral("--tenant"),
                      QString::fromLatin1(kTenantDomain),
                      QStringLiteral("--leap-host"),
                      m_host,
                      QStringLiteral("--verbose")};
    args << m_sandbox->endpointArgs() << extra;
    const Run run = m_machine->run(args);
    checkNoLeak(run);
    return run;
}

void TestCliConfigure::checkNoLeak(const Run &run)
{
    const QStringList issued = m_sandbox->issuedValues();
    const QStringList inOutput = leaks(run.out + run.err, issued);
    QVERIFY2(inOutput.isEmpty(), qPrintable(inOutput.join(QLatin1Char(' ')) + run.describe()));
    const QStringList inFiles = leaks(m_machine->allFiles(), issued);
    QVERIFY2(inFiles.isEmpty(),
             qPrintable(QStringLiteral("in files: ") + inFiles.join(QLatin1Char(' '))));
}

QString TestCliConfigure::secretKey(const QJsonObject &profile) const
{
    for (const QJsonValue &v : profile.value(QStringLiteral("secrets")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("current")).toBool())
            return QStringLiteral("%1/%2/%3")
                .arg(profile.value(QStringLiteral("tenantId")).toString(),
                     profile.value(QStringLiteral("appId")).toString(),
                     s.value(QStringLiteral("keyId")).toString());
    }
    return {};
}

void TestCliConfigure::configureCompletes()
{
    const Run run = configure();
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    const QJsonObject profile = m_machine->profile(m_profile);
    QCOMPARE(profile.value(QStringLiteral("tenantId")).toString(), QString::fromLatin1(kTenantId));
    QCOMPARE(profile.value(QStringLiteral("tenantDomain")).toString(),
             QString::fromLatin1(kTenantDomain));
    QCOMPARE(profile.value(QStringLiteral("leapHost")).toString(), m_host);
    const QString appId = profile.value(QStringLiteral("appId")).toString();
    QVERIFY(!appId.isEmpty());
    QVERIFY(run.out.contains(appId.toUtf8()));

    // Exactly one application with the Leap redirect URI, and its service principal.
    const QJsonArray apps =
        m_sandbox->applications(profile.value(QStringLiteral("uniqueName")).toString());
    QCOMPARE(apps.size(), 1);
    const QJsonObject app = apps.at(0).toObject();
    QCOMPARE(app.value(QStringLiteral("appId")).toString(), appId);
    const QJsonArray uris =
        app.value(QStringLiteral("web")).toObject().value(QStringLiteral("redirectUris")).toArray();
    QVERIFY(uris.contains(QStringLiteral("https://%1/oidcclient/redirect/oidc").arg(m_host)));
    QCOMPARE(m_sandbox->servicePrincipalsFor(appId).size(), 1);
    QCOMPARE(app.value(QStringLiteral("passwordCredentials")).toArray().size(), 1);

    // The secret's value is in the keychain under the contract's key, and nowhere else.
    const QString key = secretKey(profile);
    QVERIFY(!key.isEmpty());
    QCOMPARE(key, key.toLower());
    const QString value = keychainLookup(key);
    QVERIFY2(!value.isEmpty(), qPrintable(key));
    QVERIFY(m_sandbox->issuedValues(QStringLiteral("clientSecret")).contains(value));
    // The device-code prompt went to stderr (address and code), never to stdout.
    QVERIFY(!run.out.contains("devicelogin"));
}

void TestCliConfigure::statusJsonHasContractFields()
{
    QVERIFY2(configure().exitCode == 0, "configure failed");
    const Run run = m_machine->run(QStringList {QStringLiteral("status"), QStringLiteral("--json"),
                                                QStringLiteral("--profile"), m_profile}
                                   << m_sandbox->endpointArgs());
    checkNoLeak(run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError && doc.isObject(), run.out.constData());
    const QJsonObject o = doc.object();
    const QJsonObject profile = m_machine->profile(m_profile);

    for (const char *field :
         {"schemaVersion", "generatedAt", "profile", "cloud", "tenantId", "leap", "application",
          "clientSecrets", "permissions", "endpoints", "leapProperties"})
        QVERIFY2(o.contains(QLatin1String(field)), field);
    QVERIFY(!o.contains(QStringLiteral("clientSecretValue")));
    QCOMPARE(o.value(QStringLiteral("schemaVersion")).toInt(), 1);
    QVERIFY(QDateTime::fromString(o.value(QStringLiteral("generatedAt")).toString(), Qt::ISODate)
                .isValid());
    QVERIFY(o.value(QStringLiteral("generatedAt")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(o.value(QStringLiteral("profile")).toString(), m_profile);
    QCOMPARE(o.value(QStringLiteral("cloud")).toString(), QStringLiteral("global"));
    QCOMPARE(o.value(QStringLiteral("tenantId")).toString(), QString::fromLatin1(kTenantId));

    const QJsonObject leap = o.value(QStringLiteral("leap")).toObject();
    QCOMPARE(leap.value(QStringLiteral("host")).toString(), m_host);
    QCOMPARE(leap.value(QStringLiteral("redirectUri")).toString(),
             QStringLiteral("https://%1/oidcclient/redirect/oidc").arg(m_host));
    QCOMPARE(leap.value(QStringLiteral("credentialAlias")).toString(),
             QStringLiteral("azureAlias"));

    const QJsonObject app = o.value(QStringLiteral("application")).toObject();
    for (const char *field : {"displayName", "appId", "objectId", "servicePrincipalId"})
        QVERIFY2(!app.value(QLatin1String(field)).toString().isEmpty(), field);
    QCOMPARE(app.value(QStringLiteral("appId")).toString(),
             profile.value(QStringLiteral("appId")).toString());

    const QJsonArray secrets = o.value(QStringLiteral("clientSecrets")).toArray();
    QCOMPARE(secrets.size(), 1);
    const QJsonObject secret = secrets.at(0).toObject();
    for (const char *field : {"keyId", "displayName", "hint", "startDateTime", "endDateTime",
                              "daysLeft", "current", "inKeychain"})
        QVERIFY2(secret.contains(QLatin1String(field)), field);
    QVERIFY(secret.value(QStringLiteral("current")).toBool());
    QVERIFY(secret.value(QStringLiteral("inKeychain")).toBool());
    QVERIFY(secret.value(QStringLiteral("daysLeft")).toInt() >= 178);
    QVERIFY(secret.value(QStringLiteral("daysLeft")).toInt() <= 180);

    const QJsonArray permissions = o.value(QStringLiteral("permissions")).toArray();
    QCOMPARE(permissions.size(), 4);
    QStringList seen;
    for (const QJsonValue &v : permissions) {
        const QJsonObject p = v.toObject();
        QCOMPARE(p.value(QStringLiteral("api")).toString(), QStringLiteral("Microsoft Graph"));
        QVERIFY(p.value(QStringLiteral("adminConsent")).toBool());
        QVERIFY(!p.value(QStringLiteral("id")).toString().isEmpty());
        seen << p.value(QStringLiteral("value")).toString() + QLatin1Char('/') +
                    p.value(QStringLiteral("type")).toString();
    }
    seen.sort();
    QCOMPARE(seen, (QStringList {QStringLiteral("Group.Read.All/Application"),
                                 QStringLiteral("User.ReadBasic.All/Application"),
                                 QStringLiteral("openid/Delegated"),
                                 QStringLiteral("profile/Delegated")}));

    const QJsonObject endpoints = o.value(QStringLiteral("endpoints")).toObject();
    const QString base = m_sandbox->baseUrl().toString();
    QCOMPARE(endpoints.value(QStringLiteral("authority")).toString(), base);
    QCOMPARE(endpoints.value(QStringLiteral("discovery")).toString(),
             base + QStringLiteral("/%1/v2.0/.well-known/openid-configuration")
                        .arg(QString::fromLatin1(kTenantId)));
    QCOMPARE(endpoints.value(QStringLiteral("token")).toString(),
             base + QStringLiteral("/%1/oauth2/v2.0/token").arg(QString::fromLatin1(kTenantId)));
    QCOMPARE(endpoints.value(QStringLiteral("graph")).toString(), base + QStringLiteral("/graph"));

    const QJsonObject props = o.value(QStringLiteral("leapProperties")).toObject();
    QCOMPARE(props.value(QStringLiteral("ibm.nitro.NitroConfig.memberManagerType")).toString(),
             QStringLiteral("ms-azure-ad"));
    QCOMPARE(props.value(QStringLiteral("ibm.nitro.NitroConfig.GraphApiMemberManager.tenantId"))
                 .toString(),
             QString::fromLatin1(kTenantId));
    QCOMPARE(
        props.value(QStringLiteral("ibm.nitro.NitroConfig.GraphApiMemberManager.credentialAlias"))
            .toString(),
        QStringLiteral("azureAlias"));

    // Human status: the same facts, and nothing on stdout but the result.
    const Run human = m_machine->run(
        QStringList {QStringLiteral("status"), QStringLiteral("--profile"), m_profile}
        << m_sandbox->endpointArgs());
    QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
    QVERIFY(human.out.contains(app.value(QStringLiteral("appId")).toString().toUtf8()));
    QVERIFY(human.out.contains("admin consent granted"));
    QVERIFY(!human.out.contains("Signed in"));
}

void TestCliConfigure::secondRunMakesNoWrite()
{
    QVERIFY2(configure().exitCode == 0, "first configure failed");
    m_sandbox->clearRequests();
    const Run again = configure();
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const QStringList writes = m_sandbox->graphWrites(m_sandbox->requests());
    QVERIFY2(writes.isEmpty(), qPrintable(writes.join(QStringLiteral(", "))));
    QVERIFY2(again.out.contains("nothing was changed"), again.out.constData());
    // Still exactly one application and one secret.
    const QJsonObject profile = m_machine->profile(m_profile);
    QCOMPARE(m_sandbox->applications(profile.value(QStringLiteral("uniqueName")).toString()).size(),
             1);
    QCOMPARE(profile.value(QStringLiteral("secrets")).toArray().size(), 1);
}

void TestCliConfigure::dryRunWritesNothing()
{
    const Run plan = configure({QStringLiteral("--dry-run")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
    QVERIFY(m_sandbox->graphWrites(m_sandbox->requests()).isEmpty());
    QVERIFY2(!m_machine->profileExists(m_profile), "a dry run wrote a profile");
    QVERIFY(keychainLookup(
                QStringLiteral("refresh/%1/%2").arg(m_profile, QString::fromLatin1(kTenantId)))
                .isEmpty());
    QVERIFY2(plan.out.contains("create"), plan.out.constData());
    QVERIFY(plan.out.contains("dry run"));
    QVERIFY(m_sandbox->applications(QStringLiteral("hcl-leap.") + m_host).isEmpty());

    // After a real run, the dry run finds everything in place (and still writes nothing).
    QVERIFY(configure().exitCode == 0);
    const QByteArray profileBefore = QJsonDocument(m_machine->profile(m_profile)).toJson();
    m_sandbox->clearRequests();
    const Run again = configure({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(m_sandbox->graphWrites(m_sandbox->requests()).isEmpty());
    const QJsonObject doc = QJsonDocument::fromJson(again.out).object();
    QVERIFY2(doc.value(QStringLiteral("dryRun")).toBool(), again.out.constData());
    QCOMPARE(doc.value(QStringLiteral("changesNeeded")).toBool(), false);
    QCOMPARE(QJsonDocument(m_machine->profile(m_profile)).toJson(), profileBefore);
}

void TestCliConfigure::dryRunShowsIdnHostInAsciiForm()
{
    m_host = QString::fromUtf8("leap-bücher%1.example").arg(m_counter);
    const Run plan = configure({QStringLiteral("--dry-run")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.describe()));
    QVERIFY2(plan.out.contains(QUrl::toAce(m_host)), plan.out.constData());
}

void TestCliConfigure::forgetRemovesLocalTracesOnly()
{
    QVERIFY(configure().exitCode == 0);
    const QJsonObject profile = m_machine->profile(m_profile);
    const QString key = secretKey(profile);
    QVERIFY(!keychainLookup(key).isEmpty());
    m_sandbox->clearRequests();
    const Run forget = m_machine->run(
        QStringList {QStringLiteral("forget"), QStringLiteral("--profile"), m_profile}
        << m_sandbox->endpointArgs());
    checkNoLeak(forget);
    QVERIFY2(forget.exitCode == 0, qPrintable(forget.describe()));
    QVERIFY(!m_machine->profileExists(m_profile));
    QVERIFY(keychainLookup(key).isEmpty());
    QVERIFY(keychainLookup(
                QStringLiteral("refresh/%1/%2").arg(m_profile, QString::fromLatin1(kTenantId)))
                .isEmpty());
    QVERIFY2(forget.out.contains(key.section(QLatin1Char('/'), 2).toUtf8()),
             forget.out.constData());
    // Nothing in the tenant was touched: no request at all.
    QCOMPARE(m_sandbox->requests().size(), 0);
    QCOMPARE(m_sandbox->applications(profile.value(QStringLiteral("uniqueName")).toString()).size(),
             1);
    // Forgetting twice is fine.
    const Run again =
        m_machine->run({QStringLiteral("forget"), QStringLiteral("--profile"), m_profile});
    QCOMPARE(again.exitCode, 0);
}

void TestCliConfigure::missingRoleExitsFourWithConsentUrl()
{
    QVERIFY(m_sandbox->config(QJsonObject {{QStringLiteral("userLacksPrivilegedRole"), true}}));
    const Run run = configure();
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("Privileged Role Administrator") ||
                 run.err.contains("Global Administrator"),
             run.err.constData());
    const QJsonObject profile = m_machine->profile(m_profile);
    const QString appId = profile.value(QStringLiteral("appId")).toString();
    QVERIFY(!appId.isEmpty());
    QVERIFY2(run.err.contains(QByteArray("/adminconsent?client_id=" + appId.toUtf8())),
             run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliConfigure::statusWarnsAboutEndingSecret()
{
    QVERIFY(configure({QStringLiteral("--secret-days"), QStringLiteral("10")}).exitCode == 0);
    const Run status = m_machine->run(
        QStringList {QStringLiteral("status"), QStringLiteral("--profile"), m_profile}
        << m_sandbox->endpointArgs());
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    QVERIFY2(status.err.contains("warning:") && status.err.contains("rotate-secret"),
             status.err.constData());
}

void TestCliConfigure::keychainUnavailableExitsFiveNamingKeyId()
{
    // Sign in with a working keychain first is not needed: without a session bus every keychain
    // job fails at once, as on a server with no secret service.
    QStringList args {QStringLiteral("configure"),
                      QStringLiteral("--profile"),
                      m_profile,
                      QStringLiteral("--tenant"),
                      QString::fromLatin1(kTenantDomain),
                      QStringLiteral("--leap-host"),
                      m_host};
    args << m_sandbox->endpointArgs();
    QProcess process;
    QProcessEnvironment env = m_machine->environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/bus"));
    process.setProcessEnvironment(env);
    process.start(setupBinary(), args);
    QVERIFY(process.waitForFinished(120000));
    Run run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    checkNoLeak(run);
    QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
    const QJsonObject profile = m_machine->profile(m_profile);
    const QJsonArray apps =
        m_sandbox->applications(profile.value(QStringLiteral("uniqueName")).toString());
    QCOMPARE(apps.size(), 1);
    const QJsonArray creds =
        apps.at(0).toObject().value(QStringLiteral("passwordCredentials")).toArray();
    QCOMPARE(creds.size(), 1);
    const QString keyId = creds.at(0).toObject().value(QStringLiteral("keyId")).toString();
    QVERIFY2(run.err.contains(keyId.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliConfigure::sandboxModeWorksInProcessAndPersists()
{
    const QStringList common {QStringLiteral("--sandbox"), QStringLiteral("--profile"), m_profile};
    const Run run = m_machine->run(
        QStringList {QStringLiteral("configure"), QStringLiteral("--tenant"),
                     QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("--leap-host"),
                     QStringLiteral("leap.example.com")}
        << common);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.err.contains("sandbox"));
    QVERIFY(run.err.contains("nothing reaches Microsoft"));
    // Sandbox profiles live apart from real ones.
    QVERIFY(!m_machine->profileExists(m_profile));
    const QString sandboxProfile =
        m_machine->configDir() + QStringLiteral("/sandbox/profiles/%1.json").arg(m_profile);
    QVERIFY2(QFile::exists(sandboxProfile), qPrintable(sandboxProfile));
    QFile file(sandboxProfile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
    m_keysToClear << secretKey(profile);
    // The transient sandbox endpoints are not written into the profile.
    QVERIFY(!profile.contains(QStringLiteral("authority")));

    // A second process sees the same tenant (the sandbox state is saved between runs).
    const Run status =
        m_machine->run(QStringList {QStringLiteral("status"), QStringLiteral("--json")} << common);
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    const QJsonObject doc = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(doc.value(QStringLiteral("application"))
                 .toObject()
                 .value(QStringLiteral("appId"))
                 .toString(),
             profile.value(QStringLiteral("appId")).toString());

    const Run again = m_machine->run(
        QStringList {QStringLiteral("configure"), QStringLiteral("--tenant"),
                     QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("--leap-host"),
                     QStringLiteral("leap.example.com")}
        << common);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.contains("nothing was changed"), again.out.constData());

    const Run forget = m_machine->run(QStringList {QStringLiteral("forget")} << common);
    QCOMPARE(forget.exitCode, 0);
    QVERIFY(!QFile::exists(sandboxProfile));
}

QTEST_GUILESS_MAIN(TestCliConfigure)
#include "tst_cli_configure.moc"
