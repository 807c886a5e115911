// Bad input (issue 9, "Bad input"): every input field and option with hostile and malformed values
// gets one clear line naming the field, exit 2, nothing changed — and no request at all reaches
// the sandbox.
#include "clisupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace clitest;

class TestCliBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badInput_data();
    void badInput();
    void jsonErrorIsOneDocument();
    void helpAndVersion();
    void cleanupTestCase();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Machine> m_machine;
};

void TestCliBadInput::initTestCase()
{
    if (!QFile::exists(setupBinary()) || !QFile::exists(sandboxBinary()))
        QSKIP("leap-entra-setup or leap-entra-sandbox is not built");
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_machine = std::make_unique<Machine>();
}

void TestCliBadInput::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestCliBadInput::badInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the command; endpoints are appended
    QTest::addColumn<QString>("field"); // what the message must name

    const QString c = QStringLiteral("configure");
    const QStringList tenant {QStringLiteral("--tenant"),
                              QStringLiteral("contoso.onmicrosoft.com")};
    const QStringList host {QStringLiteral("--leap-host"), QStringLiteral("leap.example.com")};
    const auto cfg = [&](const QStringList &extra) {
        return QStringList {c} + tenant + host + extra;
    };
    const auto withHost = [&](const QString &value) {
        return QStringList {c} + tenant + QStringList {QStringLiteral("--leap-host"), value};
    };
    const auto withTenant = [&](const QString &value) {
        return QStringList {c, QStringLiteral("--tenant"), value} + host;
    };

    // --leap-host
    QTest::newRow("host scheme") << withHost(QStringLiteral("https://leap.example.com"))
                                 << "--leap-host";
    QTest::newRow("host javascript")
        << withHost(QStringLiteral("javascript:alert(1)")) << "--leap-host";
    QTest::newRow("host path") << withHost(QStringLiteral("leap.example.com/leap"))
                               << "--leap-host";
    QTest::newRow("host query") << withHost(QStringLiteral("leap.example.com?a=b"))
                                << "--leap-host";
    QTest::newRow("host port 0") << withHost(QStringLiteral("leap.example.com:0")) << "--leap-host";
    QTest::newRow("host port 65536")
        << withHost(QStringLiteral("leap.example.com:65536")) << "--leap-host";
    QTest::newRow("host port -1") << withHost(QStringLiteral("leap.example.com:-1"))
                                  << "--leap-host";
    QTest::newRow("host user info")
        << withHost(QStringLiteral("admin:pw@leap.example.com")) << "--leap-host";
    QTest::newRow("host space") << withHost(QStringLiteral("leap example.com")) << "--leap-host";
    QTest::newRow("host newline") << withHost(QStringLiteral("leap.example.com\nevil.com"))
                                  << "--leap-host";
    QTest::newRow("host escape") << withHost(QStringLiteral("leap.example.com\x1b[2J"))
                                 << "--leap-host";
    QTest::newRow("host very long")
        << withHost(QString(300, QLatin1Char('a')) + QStringLiteral(".com")) << "--leap-host";
    QTest::newRow("host ipv6") << withHost(QStringLiteral("[::1]")) << "--leap-host";
    QTest::newRow("host empty") << withHost(QString()) << "--leap-host";
    QTest::newRow("host missing") << (QStringList {c} + tenant) << "--leap-host";
    // --tenant
    QTest::newRow("tenant common") << withTenant(QStringLiteral("common")) << "--tenant";
    QTest::newRow("tenant organizations")
        << withTenant(QStringLiteral("organizations")) << "--tenant";
    QTest::newRow("tenant guid look-alike")
        << withTenant(QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a3")) << "--tenant";
    QTest::newRow("tenant braced guid")
        << withTenant(QStringLiteral("{8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35}")) << "--tenant";
    QTest::newRow("tenant url") << withTenant(QStringLiteral(
                                       "https://login.microsoftonline.com/contoso.onmicrosoft.com"))
                                << "--tenant";
    QTest::newRow("tenant upn") << withTenant(QStringLiteral("admin@contoso.onmicrosoft.com"))
                                << "--tenant";
    QTest::newRow("tenant traversal") << withTenant(QStringLiteral("../../etc")) << "--tenant";
    QTest::newRow("tenant control")
        << withTenant(QStringLiteral("contoso\x07.onmicrosoft.com")) << "--tenant";
    QTest::newRow("tenant missing") << (QStringList {c} + host) << "--tenant";
    // names, lifetime, alias
    QTest::newRow("display name empty")
        << cfg({QStringLiteral("--display-name"), QString()}) << "--display-name";
    QTest::newRow("display name control")
        << cfg({QStringLiteral("--display-name"), QStringLiteral("Leap\r\nX-Injected: 1")})
        << "--display-name";
    QTest::newRow("display name very long")
        << cfg({QStringLiteral("--display-name"), QString(500, QLatin1Char('n'))})
        << "--display-name";
    QTest::newRow("secret name bidi")
        << cfg({QStringLiteral("--secret-name"),
                QStringLiteral("a") + QChar(0x202E) + QStringLiteral("b")})
        << "--secret-name";
    QTest::newRow("secret name very long")
        << cfg({QStringLiteral("--secret-name"), QString(81, QLatin1Char('s'))}) << "--secret-name";
    QTest::newRow("days 0") << cfg({QStringLiteral("--secret-days"), QStringLiteral("0")})
                            << "--secret-days";
    QTest::newRow("days negative") << cfg({QStringLiteral("--secret-days=-30")}) << "--secret-days";
    QTest::newRow("days 731") << cfg({QStringLiteral("--secret-days"), QStringLiteral("731")})
                              << "--secret-days";
    QTest::newRow("days huge") << cfg({QStringLiteral("--secret-days"),
                                       QStringLiteral("999999999999999999999")})
                               << "--secret-days";
    QTest::newRow("days fraction")
        << cfg({QStringLiteral("--secret-days"), QStringLiteral("90.5")}) << "--secret-days";
    QTest::newRow("days word") << cfg({QStringLiteral("--secret-days"), QStringLiteral("ninety")})
                               << "--secret-days";
    QTest::newRow("alias dash") << cfg({QStringLiteral("--credential-alias"),
                                        QStringLiteral("azure-alias")})
                                << "--credential-alias";
    QTest::newRow("alias shell") << cfg({QStringLiteral("--credential-alias"),
                                         QStringLiteral("a;rm -rf ~")})
                                 << "--credential-alias";
    QTest::newRow("alias variable")
        << cfg({QStringLiteral("--credential-alias"), QStringLiteral("${env.X}")})
        << "--credential-alias";
    QTest::newRow("twice") << cfg({QStringLiteral("--leap-host"),
                                   QStringLiteral("other.example.com")})
                           << "--leap-host";
    // global options
    QTest::newRow("profile traversal")
        << cfg({QStringLiteral("--profile"), QStringLiteral("../../x")}) << "--profile";
    QTest::newRow("profile slash")
        << cfg({QStringLiteral("--profile"), QStringLiteral("a/b")}) << "--profile";
    QTest::newRow("profile hidden")
        << cfg({QStringLiteral("--profile"), QStringLiteral(".x")}) << "--profile";
    QTest::newRow("cloud unknown")
        << cfg({QStringLiteral("--cloud"), QStringLiteral("germany")}) << "--cloud";
    QTest::newRow("cloud empty") << cfg({QStringLiteral("--cloud"), QString()}) << "--cloud";
    QTest::newRow("sign-in unknown")
        << cfg({QStringLiteral("--sign-in"), QStringLiteral("password")}) << "--sign-in";
    QTest::newRow("client-id not guid")
        << cfg({QStringLiteral("--client-id"), QStringLiteral("graph-cli")}) << "--client-id";
    QTest::newRow("client-id look-alike")
        << cfg({QStringLiteral("--client-id"),
                QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67")})
        << "--client-id";
    QTest::newRow("lang") << cfg({QStringLiteral("--lang"), QStringLiteral("../../etc/passwd")})
                          << "--lang";
    QTest::newRow("sandbox with authority") << cfg({QStringLiteral("--sandbox")}) << "--sandbox";
    // commands and options
    QTest::newRow("unknown option") << cfg({QStringLiteral("--frobnicate")}) << "--frobnicate";
    QTest::newRow("option of another command")
        << QStringList {QStringLiteral("status"), QStringLiteral("--secret-days"),
                        QStringLiteral("30")}
        << "--secret-days";
    QTest::newRow("unknown command") << QStringList {QStringLiteral("deploy")} << "deploy";
    QTest::newRow("extra argument") << cfg({QStringLiteral("prod")}) << "prod";
    QTest::newRow("status without profile")
        << QStringList {QStringLiteral("status"), QStringLiteral("--profile"),
                        QStringLiteral("nosuchprofile")}
        << "--profile";
}

void TestCliBadInput::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    // The endpoints point at the sandbox: had the product made a request, its log would show it.
    const QStringList args = arguments + m_sandbox->endpointArgs();
    m_sandbox->clearRequests();
    const Run run = m_machine->run(args, 30000);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(field), qPrintable(err));
    QVERIFY2(err.startsWith(QLatin1String("error: ")), qPrintable(err));
    // One clear line: no control characters echoed back (the value may be hostile).
    for (const QChar ch : err)
        QVERIFY2(ch == QLatin1Char('\n') ||
                     (!ch.isNonCharacter() && ch.category() != QChar::Other_Control),
                 qPrintable(err.toUtf8().toPercentEncoding()));
    QCOMPARE(m_sandbox->requests().size(), 0);
    QVERIFY(!m_machine->profileExists(QStringLiteral("default")));
}

void TestCliBadInput::jsonErrorIsOneDocument()
{
    m_sandbox->clearRequests();
    const Run run = m_machine->run(
        QStringList {QStringLiteral("configure"), QStringLiteral("--json"),
                     QStringLiteral("--tenant"), QStringLiteral("contoso.onmicrosoft.com"),
                     QStringLiteral("--leap-host"), QStringLiteral("https://leap.example.com")}
        << m_sandbox->endpointArgs());
    QCOMPARE(run.exitCode, 2);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    const QJsonObject e = doc.object().value(QStringLiteral("error")).toObject();
    QCOMPARE(e.value(QStringLiteral("exitCode")).toInt(), 2);
    QCOMPARE(e.value(QStringLiteral("field")).toString(), QStringLiteral("--leap-host"));
    QVERIFY(!e.value(QStringLiteral("fix")).toString().isEmpty());
    QCOMPARE(m_sandbox->requests().size(), 0);

    // Bad endpoint overrides: plain http to a non-loopback host, other schemes.
    for (const QStringList &bad :
         {QStringList {QStringLiteral("--authority"), QStringLiteral("http://login.example.com")},
          QStringList {QStringLiteral("--graph"), QStringLiteral("ftp://graph.example.com")},
          QStringList {QStringLiteral("--authority"),
                       QStringLiteral("https://user:pw@login.example.com")},
          QStringList {QStringLiteral("--graph"), QStringLiteral("http://10.0.0.1:8080")}}) {
        const Run r = m_machine->run(QStringList {QStringLiteral("status")} + bad);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(bad.at(0).toUtf8()), r.err.constData());
    }
}

void TestCliBadInput::helpAndVersion()
{
    const Run help = m_machine->run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word :
         {"configure", "status", "forget", "--sandbox", "--profile", "--json", "Exit status"})
        QVERIFY2(help.out.contains(word), word);
    const Run configureHelp =
        m_machine->run({QStringLiteral("configure"), QStringLiteral("--help")});
    QCOMPARE(configureHelp.exitCode, 0);
    for (const char *word :
         {"--tenant", "--leap-host", "--dry-run", "--secret-days", "--no-admin-consent"})
        QVERIFY2(configureHelp.out.contains(word), word);
    const Run version = m_machine->run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("leap-entra-setup "));
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
