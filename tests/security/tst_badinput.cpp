// Bad-input table (issue 9, "Bad input"): every input field and global option of the real
// binary, with hostile and malformed values. Each must end with exit 2, a message on stderr
// that names the option, a fix (the --json error document's "fix"), nothing written, and not a
// single request reaching the sandbox (its request log stays empty). The cli engineer's
// tests/cli cover the common cases per command; this is the systematic table over all of them.

#include "securitysupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sectest;

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void idnStoredAsPunycode();
    void profileNameNeverEscapes();
    void cleanupTestCase();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Machine> m_machine;
    QStringList m_commands;
};

void TestBadInput::initTestCase()
{
    if (!QFileInfo::exists(setupBinary()) || !QFileInfo::exists(sandboxBinary()))
        QFAIL(
            "leap-entra-setup or leap-entra-sandbox is missing: run through ctest in a full build "
            "(LEAP_BINARY_DIR)");
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_machine = std::make_unique<Machine>();
    m_commands = availableCommands();
    // A saved profile, so that rotate-secret, retire-secret, verify and export get as far as
    // validating their own options (no request may follow a refusal, profile or not).
    QDir().mkpath(m_machine->configDir() + QStringLiteral("/profiles"));
    QFile profile(m_machine->profilePath());
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(
        QJsonDocument(QJsonObject {{QStringLiteral("schemaVersion"), 1},
                                   {QStringLiteral("name"), QStringLiteral("default")},
                                   {QStringLiteral("cloud"), QStringLiteral("global")},
                                   {QStringLiteral("tenantId"), QString::fromLatin1(kTenantId)},
                                   {QStringLiteral("leapHost"), QStringLiteral("leap.example.com")},
                                   {QStringLiteral("appId"),
                                    QStringLiteral("6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")},
                                   {QStringLiteral("objectId"),
                                    QStringLiteral("0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e")},
                                   {QStringLiteral("servicePrincipalId"),
                                    QStringLiteral("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f")},
                                   {QStringLiteral("secrets"), QJsonArray()},
                                   {QStringLiteral("journal"), QJsonArray()}})
            .toJson());
}

void TestBadInput::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestBadInput::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field"); // the option the message must name
    QTest::addColumn<bool>("ownEndpoints"); // the row sets --authority/--graph itself

    const QString tenantDomain = QString::fromLatin1(kTenantDomain);
    const QStringList good {QStringLiteral("--tenant"), tenantDomain, QStringLiteral("--leap-host"),
                            QStringLiteral("leap.example.com")};
    const auto configure = [&](const QString &option, const QString &value) {
        QStringList args {QStringLiteral("configure")};
        // The option under test replaces its good value, if it has one.
        for (int i = 0; i < good.size(); i += 2) {
            if (good.at(i) != option)
                args << good.at(i) << good.at(i + 1);
        }
        return args << option << value;
    };
    const auto row = [](const QString &name, const QStringList &args, const QString &field,
                        bool own = false) {
        QTest::newRow(qPrintable(name)) << args << field << own;
    };

    // --leap-host
    const QString longLabel(64, u'a');
    const QList<std::pair<const char *, QString>> hosts = {
        {"https scheme", QStringLiteral("https://leap.example.com")},
        {"http scheme", QStringLiteral("http://leap.example.com")},
        {"scheme only", QStringLiteral("file://")},
        {"javascript", QStringLiteral("javascript:alert(1)")},
        {"path", QStringLiteral("leap.example.com/oidcclient")},
        {"traversal", QStringLiteral("../../etc/passwd")},
        {"backslash", QStringLiteral("leap.example.com\\evil")},
        {"query", QStringLiteral("leap.example.com?x=1")},
        {"fragment", QStringLiteral("leap.example.com#x")},
        {"port 0", QStringLiteral("leap.example.com:0")},
        {"port 65536", QStringLiteral("leap.example.com:65536")},
        {"port -1", QStringLiteral("leap.example.com:-1")},
        {"port +443", QStringLiteral("leap.example.com:+443")},
        {"port text", QStringLiteral("leap.example.com:https")},
        {"two ports", QStringLiteral("leap.example.com:443:443")},
        {"user info", QStringLiteral("admin:pw@leap.example.com")},
        {"at sign", QStringLiteral("leap@example.com")},
        {"space", QStringLiteral("leap example.com")},
        {"tab", QStringLiteral("leap\texample.com")},
        {"newline", QStringLiteral("leap.example.com\nevil.com")},
        {"escape", QStringLiteral("leap.example.com\x1b[2J")},
        {"DEL", QStringLiteral("leap.example.com\x7f")},
        {"NUL percent", QStringLiteral("leap%00.example.com")},
        {"NUL escaped", QStringLiteral("leap\\x00.example.com")},
        {"right-to-left", QStringLiteral("leap.example.com\u202e")},
        {"zero-width", QStringLiteral("leap\u200b.example.com")},
        {"label too long", longLabel + QStringLiteral(".example.com")},
        {"10k chars", QString(10000, u'a') + QStringLiteral(".com")},
        {"ipv6", QStringLiteral("[::1]")},
        {"short ip", QStringLiteral("1.2.3")},
        {"empty", QString()},
        {"only dot", QStringLiteral(".")},
        {"leading dash", QStringLiteral("-leap.example.com")},
        {"underscore", QStringLiteral("leap_1.example.com")},
    };
    for (const auto &[name, value] : hosts)
        row(QStringLiteral("--leap-host ") + QLatin1String(name),
            configure(QStringLiteral("--leap-host"), value), QStringLiteral("--leap-host"));
    row(QStringLiteral("--leap-host missing value"),
        {QStringLiteral("configure"), QStringLiteral("--tenant"), tenantDomain,
         QStringLiteral("--leap-host")},
        QStringLiteral("leap-host"));
    // --tenant
    const QList<std::pair<const char *, QString>> tenants = {
        {"common", QStringLiteral("common")},
        {"organizations", QStringLiteral("organizations")},
        {"consumers", QStringLiteral("Consumers")},
        {"guid short", QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a3")},
        {"guid long", QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a355")},
        {"guid braces", QStringLiteral("{8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35}")},
        {"guid non-hex", QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7azz")},
        {"guid no dashes", QStringLiteral("8d3f1c2a5b7e4c199a0d2e6f4b1c7a35")},
        {"url", QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com")},
        {"upn", QStringLiteral("admin@contoso.onmicrosoft.com")},
        {"path", QStringLiteral("contoso.onmicrosoft.com/../x")},
        {"port", QStringLiteral("contoso.onmicrosoft.com:443")},
        {"single label", QStringLiteral("contoso")},
        {"ip", QStringLiteral("10.0.0.1")},
        {"space", QStringLiteral("contoso .onmicrosoft.com")},
        {"control", QStringLiteral("contoso\x01.onmicrosoft.com")},
        {"empty", QString()},
    };
    for (const auto &[name, value] : tenants)
        row(QStringLiteral("--tenant ") + QLatin1String(name),
            configure(QStringLiteral("--tenant"), value), QStringLiteral("--tenant"));

    // --display-name, --secret-name, --credential-alias, --secret-days on configure
    for (const auto &[name, value] :
         QList<std::pair<const char *, QString>> {{"empty", QString()},
                                                  {"control", QStringLiteral("Leap\x07")},
                                                  {"newline", QStringLiteral("Leap\nInjected")},
                                                  {"10k chars", QString(10000, u'n')}})
        row(QStringLiteral("--display-name ") + QLatin1String(name),
            configure(QStringLiteral("--display-name"), value), QStringLiteral("--display-name"));
    for (const auto &[name, value] :
         QList<std::pair<const char *, QString>> {{"empty", QString()},
                                                  {"escape", QStringLiteral("x\x1b]0;pwned\x07")},
                                                  {"81 chars", QString(81, u's')}})
        row(QStringLiteral("--secret-name ") + QLatin1String(name),
            configure(QStringLiteral("--secret-name"), value), QStringLiteral("--secret-name"));
    for (const auto &[name, value] : QList<std::pair<const char *, QString>> {
             {"digit first", QStringLiteral("1alias")},
             {"dash", QStringLiteral("azure-alias")},
             {"space", QStringLiteral("azure alias")},
             {"65 chars", QStringLiteral("a") + QString(64, u'b')},
             {"quote", QStringLiteral("a\"/><x")}})
        row(QStringLiteral("--credential-alias ") + QLatin1String(name),
            configure(QStringLiteral("--credential-alias"), value),
            QStringLiteral("--credential-alias"));
    const QList<std::pair<const char *, QString>> days = {
        {"0", QStringLiteral("0")},
        {"-1", QStringLiteral("-1")},
        {"731", QStringLiteral("731")},
        {"huge", QStringLiteral("99999999999999999999")},
        {"int overflow", QStringLiteral("4294967476")},
        {"text", QStringLiteral("half a year")},
        {"fraction", QStringLiteral("180.5")},
        {"hex", QStringLiteral("0xB4")},
        {"plus", QStringLiteral("+180")},
        {"empty", QString()},
    };
    for (const auto &[name, value] : days)
        row(QStringLiteral("configure --secret-days ") + QLatin1String(name),
            configure(QStringLiteral("--secret-days"), value), QStringLiteral("--secret-days"));

    // Global options (on configure: the command that would otherwise write the most).
    const QList<std::pair<const char *, QString>> endpoints = {
        {"non-loopback http", QStringLiteral("http://10.0.0.1")},
        {"http to a name", QStringLiteral("http://login.microsoftonline.com")},
        {"localhost look-alike", QStringLiteral("http://localhost.evil.example")},
        {"127 look-alike", QStringLiteral("http://127.0.0.1.evil.example")},
        {"file", QStringLiteral("file:///etc/passwd")},
        {"ftp", QStringLiteral("ftp://login.microsoftonline.com")},
        {"javascript", QStringLiteral("javascript:alert(1)")},
        {"user info", QStringLiteral("https://user:pw@login.microsoftonline.com")},
        {"query", QStringLiteral("https://login.microsoftonline.com?x=1")},
        {"fragment", QStringLiteral("https://login.microsoftonline.com#x")},
        {"no scheme", QStringLiteral("login.microsoftonline.com")},
        {"not a url", QStringLiteral("::::")},
        {"empty", QString()},
    };
    for (const QString &option : {QStringLiteral("--authority"), QStringLiteral("--graph")}) {
        for (const auto &[name, value] : endpoints) {
            QStringList args =
                configure(QStringLiteral("--leap-host"), QStringLiteral("leap.example.com"));
            // The other endpoint points at the sandbox so only this option is wrong.
            args << option << value;
            row(option + QLatin1Char(' ') + QLatin1String(name), args, option, true);
        }
    }
    for (const auto &[name, value] : QList<std::pair<const char *, QString>> {
             {"unknown", QStringLiteral("mars")},
             {"empty", QString()},
             {"injection", QStringLiteral("global;rm -rf /")},
             {"url", QStringLiteral("https://login.microsoftonline.com")}})
        row(QStringLiteral("--cloud ") + QLatin1String(name),
            configure(QStringLiteral("--cloud"), value), QStringLiteral("--cloud"));
    for (const auto &[name, value] : QList<std::pair<const char *, QString>> {
             {"not a guid", QStringLiteral("graph-cli")},
             {"guid short", QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67")},
             {"guid braces", QStringLiteral("{14d82eec-204b-4c2f-b7e8-296a70dab67e}")},
             {"empty", QString()}})
        row(QStringLiteral("--client-id ") + QLatin1String(name),
            configure(QStringLiteral("--client-id"), value), QStringLiteral("--client-id"));
    for (const auto &[name, value] : QList<std::pair<const char *, QString>> {
             {"password", QStringLiteral("password")}, {"empty", QString()}})
        row(QStringLiteral("--sign-in ") + QLatin1String(name),
            configure(QStringLiteral("--sign-in"), value), QStringLiteral("--sign-in"));
    const QList<std::pair<const char *, QString>> profiles = {
        {"traversal", QStringLiteral("../../evil")},
        {"slash", QStringLiteral("a/b")},
        {"dotdot", QStringLiteral("..")},
        {"hidden", QStringLiteral(".hidden")},
        {"absolute", QStringLiteral("/etc/passwd")},
        {"space", QStringLiteral("my profile")},
        {"65 chars", QString(65, u'p')},
        {"empty", QString()},
        {"backslash", QStringLiteral("a\\b")},
        {"control", QStringLiteral("a\x01")},
    };
    for (const auto &[name, value] : profiles)
        row(QStringLiteral("--profile ") + QLatin1String(name),
            configure(QStringLiteral("--profile"), value), QStringLiteral("--profile"));

    // Other commands: their own options, and --profile where a wrong name could touch files.
    for (const auto &[name, value] : days)
        row(QStringLiteral("rotate-secret --secret-days ") + QLatin1String(name),
            {QStringLiteral("rotate-secret"), QStringLiteral("--secret-days"), value},
            QStringLiteral("--secret-days"));
    row(QStringLiteral("rotate-secret --secret-name control"),
        {QStringLiteral("rotate-secret"), QStringLiteral("--secret-name"), QStringLiteral("a\x01")},
        QStringLiteral("--secret-name"));
    for (const auto &[name, value] : QList<std::pair<const char *, QString>> {
             {"not a guid", QStringLiteral("current")},
             {"traversal", QStringLiteral("../../x")},
             {"guid short", QStringLiteral("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6")},
             {"empty", QString()}})
        row(QStringLiteral("retire-secret --key-id ") + QLatin1String(name),
            {QStringLiteral("retire-secret"), QStringLiteral("--key-id"), value},
            QStringLiteral("--key-id"));
    for (const auto &[name, value] :
         QList<std::pair<const char *, QString>> {{"unknown", QStringLiteral("yaml")},
                                                  {"empty", QString()},
                                                  {"injection", QStringLiteral("json;id")}})
        row(QStringLiteral("export --format ") + QLatin1String(name),
            {QStringLiteral("export"), QStringLiteral("--format"), value},
            QStringLiteral("--format"));
    for (const QString &command : {QStringLiteral("status"), QStringLiteral("verify"),
                                   QStringLiteral("forget"), QStringLiteral("rotate-secret"),
                                   QStringLiteral("retire-secret"), QStringLiteral("export")})
        for (const auto &[name, value] : profiles)
            row(command + QStringLiteral(" --profile ") + QLatin1String(name),
                {command, QStringLiteral("--profile"), value}, QStringLiteral("--profile"));
    row(QStringLiteral("unknown option"),
        configure(QStringLiteral("--leap-hots"), QStringLiteral("leap.example.com")),
        QStringLiteral("leap-hots"));
}

void TestBadInput::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    QFETCH(bool, ownEndpoints);
    if (!m_commands.contains(arguments.first()))
        QSKIP(qPrintable(QStringLiteral("command %1 does not exist yet").arg(arguments.first())));

    // --json and the endpoints first: a row whose last option lacks its value must not swallow
    // them (the command is found wherever it stands).
    QStringList args {QStringLiteral("--json")};
    if (ownEndpoints) {
        // Keep the other endpoint on the sandbox: only the row's option is wrong.
        const QStringList sandbox = m_sandbox->endpointArgs();
        const QString other = arguments.contains(QStringLiteral("--authority"))
                                  ? QStringLiteral("--graph")
                                  : QStringLiteral("--authority");
        args << other << sandbox.at(sandbox.indexOf(other) + 1);
    } else {
        args << m_sandbox->endpointArgs();
    }
    args << arguments;
    const QStringList profilesBefore = QDir(m_machine->configDir() + QStringLiteral("/profiles"))
                                           .entryList(QDir::Files | QDir::Hidden);
    m_sandbox->clearRequests();
    const Run r = m_machine->run(args, 60000);

    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.elapsedMs < 15000, qPrintable(r.describe())); // refused up front, not after retries
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(field),
             qPrintable(QStringLiteral("stderr does not name %1\n").arg(field) + r.describe()));
    // The --json error document: exit code, the field, and a fix.
    const QJsonObject error =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toObject();
    QVERIFY2(!error.isEmpty(),
             qPrintable(QStringLiteral("no JSON error document\n") + r.describe()));
    QCOMPARE(error.value(QStringLiteral("exitCode")).toInt(), 2);
    QVERIFY2(!error.value(QStringLiteral("fix")).toString().trimmed().isEmpty(),
             qPrintable(QStringLiteral("no fix given\n") + r.describe()));
    // No request, nothing written.
    const QJsonArray requests = m_sandbox->requests();
    QVERIFY2(requests.isEmpty(),
             qPrintable(QStringLiteral("%1 request(s) reached the sandbox, first: %2\n")
                            .arg(requests.size())
                            .arg(QString::fromUtf8(QJsonDocument(requests.first().toObject())
                                                       .toJson(QJsonDocument::Compact))) +
                        r.describe()));
    QCOMPARE(QDir(m_machine->configDir() + QStringLiteral("/profiles"))
                 .entryList(QDir::Files | QDir::Hidden),
             profilesBefore);
    // A hostile value is not echoed raw to the terminal: no escape sequence, no NUL, no
    // right-to-left override reaches stderr.
    QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07') && !err.contains(QChar(0x202e)),
             qPrintable(r.describe()));
}

void TestBadInput::idnStoredAsPunycode()
{
    if (!keychainAvailable())
        QSKIP("no unlocked keychain in this session: run under ./dev test");
    m_sandbox->clearRequests();
    const Run r = m_machine->run(
        QStringList {QStringLiteral("configure"), QStringLiteral("--profile"),
                     QStringLiteral("idn"), QStringLiteral("--tenant"),
                     QString::fromLatin1(kTenantDomain), QStringLiteral("--leap-host"),
                     QStringLiteral("BÜCHER.example:9443")} +
        m_sandbox->endpointArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(m_machine->profile(QStringLiteral("idn")).value(QStringLiteral("leapHost")).toString(),
             QStringLiteral("xn--bcher-kva.example:9443"));
    bool found = false;
    for (const QJsonValue &a :
         m_sandbox->tenant().value(QStringLiteral("applications")).toArray()) {
        const QJsonArray uris = a.toObject()
                                    .value(QStringLiteral("web"))
                                    .toObject()
                                    .value(QStringLiteral("redirectUris"))
                                    .toArray();
        for (const QJsonValue &u : uris)
            found = found || u.toString() ==
                                 QLatin1String(
                                     "https://xn--bcher-kva.example:9443/oidcclient/redirect/oidc");
    }
    QVERIFY2(found, "the application's redirect URI is not in ASCII form");
}

void TestBadInput::profileNameNeverEscapes()
{
    if (!m_commands.contains(QStringLiteral("forget")))
        QSKIP("forget does not exist yet");
    // Files a traversal through --profile would hit: they must survive every command.
    const QString config = m_machine->configDir();
    QDir().mkpath(config + QStringLiteral("/profiles"));
    const QStringList victims {config + QStringLiteral("/victim.json"),
                               m_machine->root() + QStringLiteral("/config/victim.json")};
    for (const QString &v : victims) {
        QFile f(v);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schemaVersion\":1}");
    }
    for (const QString &name : {QStringLiteral("../victim"), QStringLiteral("../../victim")}) {
        for (const QString &command : {QStringLiteral("forget"), QStringLiteral("status")}) {
            const Run r = m_machine->run(QStringList {command, QStringLiteral("--profile"), name} +
                                         m_sandbox->endpointArgs());
            QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        }
    }
    for (const QString &v : victims)
        QVERIFY2(QFileInfo::exists(v), qPrintable(v + QStringLiteral(" was removed")));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
