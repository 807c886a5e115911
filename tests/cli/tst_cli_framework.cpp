// The command-line framework in-process: redaction of log lines, option parsing and validation
// before any request (the endpoints point at a closed port: a request would end in another exit
// status than 2), help and the JSON error document.
#include "cli/cli.h"
#include "cli/command.h"
#include "cli/logging.h"

#include <QBuffer>
#include <QCoro/QCoroTask>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace leap::cli;

namespace {
struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runCli(QStringList args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Environment env;
    env.out = &out;
    env.err = &err;
    // Nobody listens on port 9 (discard): a request would fail as a network error (exit 7).
    env.authority = QUrl(QStringLiteral("http://127.0.0.1:9"));
    env.graph = QUrl(QStringLiteral("http://127.0.0.1:9/graph"));
    env.profileDirectory = QDir::tempPath() + QStringLiteral("/leap-cli-framework-no-such-dir");
    args.prepend(QStringLiteral("leap-entra-setup"));
    Outcome o;
    o.exitCode = QCoro::waitFor(run(args, env));
    o.out = out.data();
    o.err = err.data();
    return o;
}
} // namespace

class TestCliFramework : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redaction_data();
    void redaction();
    void commandsAreRegistered();
    void validationBeforeAnyRequest_data();
    void validationBeforeAnyRequest();
    void jsonErrorDocument();
    void helpLists();
    void inspectFindsCommandAnywhere();
};

void TestCliFramework::redaction_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret"); // must be gone
    QTest::addColumn<QString>("kept"); // must survive

    const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ4In0.c2lnbmF0dXJl");
    QTest::newRow("bearer header") << "Authorization: Bearer abc.def-ghi_123"
                                   << "abc.def-ghi_123"
                                   << "Authorization";
    QTest::newRow("bare jwt") << "token " + jwt << jwt << "token";
    QTest::newRow("form client_secret")
        << "grant_type=client_credentials&client_secret=Q~s3cr3t.v4lue&scope=x"
        << "Q~s3cr3t.v4lue"
        << "grant_type=client_credentials";
    QTest::newRow("json secretText") << "{\"secretText\": \"Zz8Q~abcdefgh\", \"keyId\": \"k\"}"
                                     << "Zz8Q~abcdefgh"
                                     << "keyId";
    QTest::newRow("json access_token")
        << "{\"access_token\":\"opaque-token-value\",\"expires_in\":3599}"
        << "opaque-token-value"
        << "expires_in";
    QTest::newRow("refresh_token form") << "refresh_token=0.ARwA-refresh&client_id=14d8"
                                        << "0.ARwA-refresh"
                                        << "client_id=14d8";
    QTest::newRow("id_token") << "id_token=" + jwt << jwt << "id_token";
    QTest::newRow("code query") << "GET /cb?code=0.AXYZ-authcode&state=abc"
                                << "0.AXYZ-authcode"
                                << "state=abc";
    QTest::newRow("code form start") << "code=0.AXYZ-authcode&redirect_uri=x"
                                     << "0.AXYZ-authcode"
                                     << "redirect_uri";
    QTest::newRow("code_verifier") << "code_verifier=verifierverifierverifier&x=1"
                                   << "verifierverifierverifier"
                                   << "x=1";
    QTest::newRow("device_code") << "{\"device_code\": \"GAQABAAEAAAB-device\"}"
                                 << "GAQABAAEAAAB-device"
                                 << "device_code";
    QTest::newRow("graph error code kept") << "{\"code\": \"Request_ResourceNotFound\"}"
                                           << ""
                                           << "Request_ResourceNotFound";
    QTest::newRow("user code kept") << "user_code=ABCD-EFGH"
                                    << ""
                                    << "ABCD-EFGH";
}

void TestCliFramework::redaction()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = redact(line);
    if (!secret.isEmpty())
        QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

void TestCliFramework::commandsAreRegistered()
{
    for (const char *name : {"configure", "status", "forget"}) {
        const CommandSpec *spec = findCommand(QString::fromLatin1(name));
        QVERIFY2(spec, name);
        QVERIFY(spec->create);
        QVERIFY(spec->create() != nullptr);
        QVERIFY(qstrlen(spec->summary) > 0);
    }
    QVERIFY(!findCommand(QStringLiteral("deploy")));
    // One option name means one thing in every command (value or flag).
    QHash<QString, bool> valueOf;
    for (const CommandSpec &spec : commands()) {
        if (!spec.options)
            continue;
        for (const QCommandLineOption &o : spec.options()) {
            const QString name = o.names().constFirst();
            const bool takesValue = !o.valueName().isEmpty();
            if (valueOf.contains(name))
                QVERIFY2(valueOf.value(name) == takesValue, qPrintable(name));
            valueOf.insert(name, takesValue);
        }
    }
}

void TestCliFramework::validationBeforeAnyRequest_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    const QStringList base {QStringLiteral("configure"), QStringLiteral("--tenant"),
                            QStringLiteral("contoso.onmicrosoft.com"),
                            QStringLiteral("--leap-host"), QStringLiteral("leap.example.com")};
    QTest::newRow("host scheme") << QStringList {QStringLiteral("configure"),
                                                 QStringLiteral("--tenant"),
                                                 QStringLiteral("contoso.onmicrosoft.com"),
                                                 QStringLiteral("--leap-host"),
                                                 QStringLiteral("https://x.example.com")}
                                 << "--leap-host";
    QTest::newRow("days") << base +
                                 QStringList {QStringLiteral("--secret-days"), QStringLiteral("0")}
                          << "--secret-days";
    QTest::newRow("cloud") << base + QStringList {QStringLiteral("--cloud"), QStringLiteral("mars")}
                           << "--cloud";
    QTest::newRow("authority") << base + QStringList {QStringLiteral("--authority"),
                                                      QStringLiteral("http://example.com")}
                               << "--authority";
    QTest::newRow("unknown") << base + QStringList {QStringLiteral("--nope")} << "--nope";
    QTest::newRow("escape in cloud")
        << base + QStringList {QStringLiteral("--cloud"), QStringLiteral("\x1b[31mred")}
        << "--cloud";
}

void TestCliFramework::validationBeforeAnyRequest()
{
    QFETCH(QStringList, args);
    QFETCH(QString, field);
    const Outcome o = runCli(args);
    QVERIFY2(o.exitCode == 2, o.err.constData());
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.contains(field.toUtf8()), o.err.constData());
    QVERIFY2(!o.err.contains('\x1b'), o.err.toPercentEncoding().constData());
    QCOMPARE(o.err.count('\n'), 1); // one clear line
}

void TestCliFramework::jsonErrorDocument()
{
    const Outcome o = runCli({QStringLiteral("status"), QStringLiteral("--json"),
                              QStringLiteral("--profile"), QStringLiteral("nosuch")});
    QCOMPARE(o.exitCode, 2);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(o.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("bad-input"));
    QCOMPARE(
        doc.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("--profile"));
}

void TestCliFramework::helpLists()
{
    const Outcome o = runCli({QStringLiteral("--help")});
    QCOMPARE(o.exitCode, 0);
    for (const CommandSpec &spec : commands())
        QVERIFY2(o.out.contains(spec.name.toUtf8()), qPrintable(spec.name));
    QVERIFY(o.out.contains("sandbox"));
    const Outcome none = runCli({});
    QCOMPARE(none.exitCode, 2); // no command and no wizard in this process: help, then 2
    const Outcome version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
}

void TestCliFramework::inspectFindsCommandAnywhere()
{
    Invocation i = inspect(
        {QStringLiteral("leap-entra-setup"), QStringLiteral("--json"), QStringLiteral("status")});
    QCOMPARE(i.command, QStringLiteral("status"));
    i = inspect({QStringLiteral("leap-entra-setup"), QStringLiteral("--profile"),
                 QStringLiteral("prod"), QStringLiteral("configure"), QStringLiteral("--tenant"),
                 QStringLiteral("x")});
    QCOMPARE(i.command, QStringLiteral("configure"));
    QCOMPARE(i.profile, QStringLiteral("prod"));
    i = inspect({QStringLiteral("leap-entra-setup"), QStringLiteral("--sandbox")});
    QVERIFY(i.command.isEmpty());
    QVERIFY(i.sandbox);
    QVERIFY(!i.help);
    i = inspect({QStringLiteral("leap-entra-setup"), QStringLiteral("--frobnicate")});
    QVERIFY(i.help); // an unknown option never opens the wizard
}

QTEST_GUILESS_MAIN(TestCliFramework)
#include "tst_cli_framework.moc"
