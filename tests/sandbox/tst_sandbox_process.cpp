// The leap-entra-sandbox executable: started as a process, driven with curl (a client nobody on
// the team wrote), stopped with SIGTERM; loopback-only refusal.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace leap::testsupport;

namespace {

struct CurlResult
{
    int exitCode = -1;
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// curl prints the body, then a final line with the status code.
CurlResult curl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("curl"),
            QStringList {QStringLiteral("-sS"), QStringLiteral("--noproxy"), QStringLiteral("*"),
                         QStringLiteral("-m"), QStringLiteral("10"), QStringLiteral("-w"),
                         QStringLiteral("\n%{http_code}")} +
                args);
    CurlResult r;
    if (!p.waitForFinished(15000))
        return r;
    r.exitCode = p.exitCode();
    QByteArray out = p.readAllStandardOutput();
    const qsizetype nl = out.lastIndexOf('\n');
    r.status = out.mid(nl + 1).toInt();
    r.body = out.left(qMax<qsizetype>(0, nl));
    return r;
}

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        QVERIFY2(QFile::exists(ExternalSandbox::binaryPath()),
                 qPrintable(ExternalSandbox::binaryPath()));
    }

    void discoveryDeviceCodeAndGraphWithCurl()
    {
        ExternalSandbox sandbox;
        QString error;
        QVERIFY2(sandbox.start({}, &error), qPrintable(error));
        const QString base = sandbox.baseUrl().toString();
        QVERIFY(base.startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(sandbox.baseUrl().port() > 0);
        const QString tenant = QString::fromLatin1(leap::sandbox::seed::kTenantId);

        CurlResult r =
            curl({base + QStringLiteral(
                             "/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status, 200);
        const QString tokenEndpoint = r.json().value(QStringLiteral("token_endpoint")).toString();
        const QString deviceEndpoint =
            r.json().value(QStringLiteral("device_authorization_endpoint")).toString();
        QCOMPARE(tokenEndpoint,
                 base + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"));

        // Device code: request, approve on the page as a person would, poll.
        r = curl({QStringLiteral("-d"),
                  QStringLiteral("client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e"),
                  QStringLiteral("--data-urlencode"),
                  QStringLiteral("scope=https://graph.microsoft.com/Application.ReadWrite.All "
                                 "openid profile offline_access"),
                  deviceEndpoint});
        QCOMPARE(r.status, 200);
        const QString deviceCode = r.json().value(QStringLiteral("device_code")).toString();
        const QString userCode = r.json().value(QStringLiteral("user_code")).toString();
        const QString verification = r.json().value(QStringLiteral("verification_uri")).toString();
        const QStringList poll {
            QStringLiteral("-d"),
            QStringLiteral("grant_type=urn:ietf:params:oauth:grant-type:device_code"),
            QStringLiteral("-d"),
            QStringLiteral("client_id=14d82eec-204b-4c2f-b7e8-296a70dab67e"),
            QStringLiteral("-d"),
            QStringLiteral("device_code=") + deviceCode,
            tokenEndpoint};
        r = curl(poll);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("authorization_pending"));
        r = curl({QStringLiteral("-d"), QStringLiteral("otc=") + userCode, QStringLiteral("-d"),
                  QStringLiteral("action=approve"), verification});
        QCOMPARE(r.status, 200);
        // Wait the advertised interval before polling again.
        QTest::qWait(5100);
        r = curl(poll);
        QCOMPARE(r.status, 200);
        const QString accessToken = r.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(!accessToken.isEmpty());

        r = curl({QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + accessToken,
                  base + QStringLiteral("/graph/v1.0/me")});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("userPrincipalName")).toString(),
                 QStringLiteral("admin@contoso.onmicrosoft.com"));
        r = curl({QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + accessToken,
                  QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                  QStringLiteral("-d"),
                  QStringLiteral(
                      "{\"displayName\":\"HCL Leap (curl)\",\"signInAudience\":\"AzureADMyOrg\"}"),
                  base + QStringLiteral("/graph/v1.0/applications")});
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json().value(QStringLiteral("appId")).toString().isEmpty());

        QCOMPARE(sandbox.stop(), 0);
    }

    void stateSurvivesRestartAndOptionsApply()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("tenant.json"));
        QString error;
        QString appId;
        {
            ExternalSandbox sandbox;
            QVERIFY2(
                sandbox.start({QStringLiteral("--state"), state, QStringLiteral("--auto-approve"),
                               QStringLiteral("--replication-delay-ms"), QStringLiteral("250")},
                              &error),
                qPrintable(error));
            QUrl config = sandbox.baseUrl();
            config.setPath(QStringLiteral("/_sandbox/config"));
            const QJsonObject cfg = http("GET", config).json();
            QCOMPARE(cfg.value(QStringLiteral("replicationDelayMs")).toInt(), 250);
            QVERIFY(cfg.value(QStringLiteral("autoApprove")).toBool());
            const TokenSet t = signInWithDeviceCode(
                sandbox.baseUrl(), QStringLiteral("contoso.onmicrosoft.com"),
                QString::fromLatin1(leap::sandbox::seed::kGraphCliClientId), defaultAdminScopes());
            QVERIFY2(t.ok(), qPrintable(t.error));
            const HttpResult app = http(
                "POST", QUrl(sandbox.graphRoot().toString() + QStringLiteral("/v1.0/applications")),
                t.accessToken, {{QStringLiteral("displayName"), QStringLiteral("kept")}});
            QCOMPARE(app.status, 201);
            appId = app.json().value(QStringLiteral("appId")).toString();
            QVERIFY(sandbox.control(
                QStringLiteral("faults"),
                {{QStringLiteral("path"), QStringLiteral("x")}, {QStringLiteral("status"), 500}}));
            QCOMPARE(sandbox.stop(), 0);
        }
        QVERIFY(QFile::exists(state));
        QVERIFY(!QFile::permissions(state).testFlag(QFileDevice::ReadOther));
        ExternalSandbox again;
        QVERIFY2(again.start({QStringLiteral("--state"), state}, &error), qPrintable(error));
        QUrl stateUrl = again.baseUrl();
        stateUrl.setPath(QStringLiteral("/_sandbox/state"));
        const QJsonArray apps = http("GET", stateUrl)
                                    .json()
                                    .value(QStringLiteral("tenants"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("applications"))
                                    .toArray();
        QCOMPARE(apps.size(), 1);
        QCOMPARE(apps.at(0).toObject().value(QStringLiteral("appId")).toString(), appId);
        QCOMPARE(again.stop(), 0);
    }

    void refusesNonLoopbackAndBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("any address")
            << QStringList {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")};
        QTest::newRow("lan address")
            << QStringList {QStringLiteral("--listen"), QStringLiteral("192.0.2.10:8080")};
        QTest::newRow("no port") << QStringList {QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1")};
        QTest::newRow("bad delay")
            << QStringList {QStringLiteral("--replication-delay-ms"), QStringLiteral("soon")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--colour")};
    }

    void refusesNonLoopbackAndBadArguments()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(ExternalSandbox::binaryPath(), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(!p.readAllStandardError().isEmpty());
    }

    void helpAndVersion()
    {
        QProcess p;
        p.start(ExternalSandbox::binaryPath(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray help = p.readAllStandardOutput();
        for (const char *option :
             {"--listen", "--state", "--replication-delay-ms", "--auto-approve"})
            QVERIFY2(help.contains(option), option);
        p.start(ExternalSandbox::binaryPath(), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("leap-entra-sandbox "));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
