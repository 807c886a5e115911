// The sandbox's control API and fault injection over real HTTP, plus the C++ control surface and
// state persistence.
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace leap::testsupport;
using leap::sandbox::Fault;

class TestSandboxControl : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QString m_token;

    QUrl control(const QString &what) const
    {
        QUrl u = m_sandbox.baseUrl();
        u.setPath(QStringLiteral("/_sandbox/") + what);
        return u;
    }
    HttpResult postControl(const QString &what, const QJsonObject &body)
    {
        return http("POST", control(what), {}, body);
    }
    HttpResult createApp(const QString &name = QStringLiteral("Leap"))
    {
        return http("POST", m_sandbox.graphV1(QStringLiteral("/applications")), m_token,
                    {{QStringLiteral("displayName"), name}});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.ok()); }

    void init()
    {
        m_sandbox->reset();
        m_sandbox->setConfig({});
        m_sandbox->setAutoApprove(true);
        m_token = m_sandbox.signInAdmin();
        QVERIFY(!m_token.isEmpty());
        m_sandbox->clearRequestLog();
    }

    void configApi()
    {
        HttpResult r = postControl(QStringLiteral("config"),
                                   {{QStringLiteral("replicationDelayMs"), 1500},
                                    {QStringLiteral("accessTokenLifetimeSec"), 3},
                                    {QStringLiteral("userLacksPrivilegedRole"), true},
                                    {QStringLiteral("secretMaxLifetimeDays"), 90},
                                    {QStringLiteral("autoApprove"), false}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("replicationDelayMs")).toInt(), 1500);
        QCOMPARE(m_sandbox->config().accessTokenLifetimeSec, 3);
        QVERIFY(m_sandbox->config().userLacksPrivilegedRole);
        QCOMPARE(m_sandbox->config().secretMaxLifetimeDays, 90);
        QVERIFY(!m_sandbox->config().autoApprove);
        // Partial update keeps the rest.
        r = postControl(QStringLiteral("config"), {{QStringLiteral("pageSize"), 7}});
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sandbox->config().replicationDelayMs, 1500);
        QCOMPARE(m_sandbox->config().pageSize, 7);
        QCOMPARE(http("GET", control(QStringLiteral("config")))
                     .json()
                     .value(QStringLiteral("pageSize"))
                     .toInt(),
                 7);
        QCOMPARE(postControl(QStringLiteral("config"), {{QStringLiteral("noSuchKey"), 1}}).status,
                 400);
        QCOMPARE(postControl(QStringLiteral("config"),
                             {{QStringLiteral("pageSize"), QStringLiteral("ten")}})
                     .status,
                 400);
        QCOMPARE(postControl(QStringLiteral("config"), {{QStringLiteral("pageSize"), 0}}).status,
                 400);
        QCOMPARE(m_sandbox->config().pageSize, 7);
        QCOMPARE(http("GET", control(QStringLiteral("nothing"))).status, 404);
    }

    void statusFaults_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("429") << 429 << QStringLiteral("TooManyRequests");
        QTest::newRow("500") << 500 << QStringLiteral("InternalServerError");
        QTest::newRow("503") << 503 << QStringLiteral("ServiceUnavailable");
        QTest::newRow("504") << 504 << QStringLiteral("GatewayTimeout");
    }

    void statusFaults()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QCOMPARE(
            postControl(QStringLiteral("faults"),
                        {{QStringLiteral("method"), QStringLiteral("POST")},
                         {QStringLiteral("path"), QStringLiteral("^/graph/v1.0/applications$")},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("retryAfter"), 1},
                         {QStringLiteral("times"), 2}})
                .status,
            201);
        // Other methods and paths are untouched.
        QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/applications")), m_token).status,
                 200);
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = createApp();
            QCOMPARE(r.status, status);
            QCOMPARE(r.header("retry-after"), QByteArray("1"));
            QCOMPARE(r.json()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     code);
            QVERIFY(!r.header("request-id").isEmpty());
        }
        QCOMPARE(createApp().status, 201); // `times` used up
        QCOMPARE(m_sandbox->applications().size(), 1); // nothing was created by the faulted calls
        QVERIFY(m_sandbox->faults().isEmpty());
        const QList<leap::sandbox::LoggedRequest> log = m_sandbox->requestLog();
        QCOMPARE(log.size(), 4);
        QVERIFY(log.at(1).faulted);
        QCOMPARE(log.at(1).status, status);
        QCOMPARE(log.at(3).status, 201);
    }

    void identityFaultsHaveEntraShape()
    {
        m_sandbox->addFault({QStringLiteral("POST"), QStringLiteral("/oauth2/v2.0/token$"), 503, 3,
                             1, 0, false, false});
        const TokenSet t = m_sandbox.signInAdminTokens();
        QVERIFY(!t.ok());
        QCOMPARE(t.response.value(QStringLiteral("error")).toString(),
                 QStringLiteral("server_error"));
        QVERIFY(t.response.value(QStringLiteral("error_description"))
                    .toString()
                    .startsWith(QLatin1String("AADSTS")));
        QVERIFY(m_sandbox.signInAdminTokens().ok());
    }

    void foreverFaultAndClear()
    {
        QCOMPARE(
            postControl(QStringLiteral("faults"), {{QStringLiteral("path"), QStringLiteral("/me$")},
                                                   {QStringLiteral("status"), 500},
                                                   {QStringLiteral("times"), -1}})
                .status,
            201);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/me")), m_token).status, 500);
        QCOMPARE(http("GET", control(QStringLiteral("faults")))
                     .json()
                     .value(QStringLiteral("faults"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(http("DELETE", control(QStringLiteral("faults"))).status, 204);
        QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/me")), m_token).status, 200);
        // Bad fault definitions are refused.
        QCOMPARE(postControl(QStringLiteral("faults"), {{QStringLiteral("status"), 500}}).status,
                 400);
        QCOMPARE(
            postControl(QStringLiteral("faults"), {{QStringLiteral("path"), QStringLiteral("x")}})
                .status,
            400);
        QCOMPARE(
            postControl(QStringLiteral("faults"), {{QStringLiteral("path"), QStringLiteral("x")},
                                                   {QStringLiteral("status"), 500},
                                                   {QStringLiteral("bogus"), 1}})
                .status,
            400);
        QCOMPARE(
            postControl(QStringLiteral("faults"), {{QStringLiteral("path"), QStringLiteral("(")},
                                                   {QStringLiteral("status"), 500}})
                .status,
            400);
        QCOMPARE(
            postControl(QStringLiteral("faults"), {{QStringLiteral("path"), QStringLiteral("x")},
                                                   {QStringLiteral("status"), 299}})
                .status,
            400);
        // Through the C++ API an odd status becomes a 500 instead of breaking the server.
        m_sandbox->addFault(
            {QStringLiteral("GET"), QStringLiteral("/me$"), 299, -1, 1, 0, false, false});
        QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/me")), m_token).status, 500);
        // The control API itself is never faulted nor logged.
        m_sandbox->addFault({QString(), QStringLiteral("."), 503, -1, -1, 0, false, false});
        QCOMPARE(http("GET", control(QStringLiteral("config"))).status, 200);
        m_sandbox->clearFaults();
        for (const auto &e : m_sandbox->requestLog())
            QVERIFY(!e.path.startsWith(QLatin1String("/_sandbox")));
    }

    void latency()
    {
        m_sandbox->addFault({QStringLiteral("GET"), QStringLiteral("^/graph/v1.0/me$"), 0, -1, 1,
                             300, false, false});
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = http("GET", m_sandbox.graphV1(QStringLiteral("/me")), m_token);
        QCOMPARE(r.status, 200); // latency alone answers normally
        QVERIFY(timer.elapsed() >= 290);
        QVERIFY(m_sandbox->requestLog().constLast().durationMs >= 290);
        timer.restart();
        QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/me")), m_token).status, 200);
        QVERIFY(timer.elapsed() < 290);
        // A client that gives up early gets nothing; the server survives.
        m_sandbox->addFault({QStringLiteral("GET"), QStringLiteral("^/graph/v1.0/me$"), 0, -1, 1,
                             500, false, false});
        QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/me")), m_token, {}, {}, 100).status,
                 0);
        QTest::qWait(550);
        QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/me")), m_token).status, 200);
    }

    void dropAndCommit()
    {
        // QNetworkAccessManager quietly re-sends a request once when a reused connection closes
        // without an answer, so a drop must hit both attempts to reach the client.
        m_sandbox->addFault(
            {QStringLiteral("POST"), QStringLiteral("applications$"), 0, -1, -1, 0, true, false});
        HttpResult r = createApp(QStringLiteral("dropped"));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.networkError.isEmpty());
        m_sandbox->clearFaults();
        QCOMPARE(m_sandbox->applications().size(), 0);
        QCOMPARE(m_sandbox->requestLog().constLast().status, 0);
        QVERIFY(m_sandbox->requestLog().constLast().faulted);

        // The create happens, the client sees a 503: the product must find it, not duplicate it.
        QCOMPARE(postControl(QStringLiteral("faults"),
                             {{QStringLiteral("method"), QStringLiteral("POST")},
                              {QStringLiteral("path"), QStringLiteral("applications$")},
                              {QStringLiteral("status"), 503},
                              {QStringLiteral("commit"), true}})
                     .status,
                 201);
        r = createApp(QStringLiteral("committed"));
        QCOMPARE(r.status, 503);
        QCOMPARE(m_sandbox->applications().size(), 1);
        QCOMPARE(m_sandbox->applications()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("committed"));

        // Committed, then the connection drops (each attempt of the client creates one).
        m_sandbox->addFault(
            {QStringLiteral("POST"), QStringLiteral("applications$"), 0, -1, -1, 0, true, true});
        QCOMPARE(createApp(QStringLiteral("committed and dropped")).status, 0);
        m_sandbox->clearFaults();
        QVERIFY(m_sandbox->applications().size() >= 2);
        QCOMPARE(m_sandbox->applications()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("committed and dropped"));
    }

    void requestLogAndIssued()
    {
        QSignalSpy spy(&m_sandbox.server(), &leap::sandbox::SandboxServer::requestLogged);
        createApp();
        http("GET", m_sandbox.graphV1(QStringLiteral("/applications?$top=5")), m_token);
        QCOMPARE(spy.count(), 2);
        const QJsonArray log = http("GET", control(QStringLiteral("requests")))
                                   .json()
                                   .value(QStringLiteral("requests"))
                                   .toArray();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("POST"));
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/graph/v1.0/applications"));
        QCOMPARE(log.at(0).toObject().value(QStringLiteral("status")).toInt(), 201);
        QCOMPARE(log.at(1).toObject().value(QStringLiteral("query")).toString(),
                 QStringLiteral("$top=5"));
        QVERIFY(log.at(1).toObject().contains(QStringLiteral("durationMs")));
        QCOMPARE(http("DELETE", control(QStringLiteral("requests"))).status, 204);
        QVERIFY(m_sandbox->requestLog().isEmpty());

        const QString id =
            m_sandbox->applications().at(0).toObject().value(QStringLiteral("id")).toString();
        const QString secret =
            http("POST", m_sandbox.graphV1(QStringLiteral("/applications/%1/addPassword").arg(id)),
                 m_token, {})
                .json()
                .value(QStringLiteral("secretText"))
                .toString();
        const QJsonArray issued = http("GET", control(QStringLiteral("issued")))
                                      .json()
                                      .value(QStringLiteral("issued"))
                                      .toArray();
        QStringList kinds;
        QStringList values;
        for (const auto &i : issued) {
            kinds.append(i.toObject().value(QStringLiteral("kind")).toString());
            values.append(i.toObject().value(QStringLiteral("value")).toString());
        }
        QVERIFY(values.contains(secret));
        QVERIFY(values.contains(m_token));
        for (const char *kind :
             {"deviceCode", "accessToken", "refreshToken", "idToken", "clientSecret"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        QCOMPARE(m_sandbox->issuedSecretValues(), values);
    }

    void stateAndReset()
    {
        createApp(QStringLiteral("persisted"));
        const QString id =
            m_sandbox->applications().at(0).toObject().value(QStringLiteral("id")).toString();
        const QString secret =
            http("POST", m_sandbox.graphV1(QStringLiteral("/applications/%1/addPassword").arg(id)),
                 m_token, {})
                .json()
                .value(QStringLiteral("secretText"))
                .toString();
        const QJsonObject state = http("GET", control(QStringLiteral("state"))).json();
        QCOMPARE(state.value(QStringLiteral("tenants")).toArray().size(), 2);
        QCOMPARE(state, m_sandbox->state());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QString error;
        QVERIFY2(m_sandbox->saveState(path, &error), qPrintable(error));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        QCOMPARE(postControl(QStringLiteral("reset"), {}).status, 204);
        QCOMPARE(m_sandbox->applications().size(), 0);
        QCOMPARE(http("GET", m_sandbox.graphV1(QStringLiteral("/me")), m_token).status,
                 401); // tokens are gone too

        leap::sandbox::SandboxServer other;
        QVERIFY2(other.loadState(path, &error), qPrintable(error));
        QCOMPARE(other.applications().size(), 1);
        QVERIFY(other.issuedSecretValues().contains(secret));
        QVERIFY(other.listen());
        // A token issued before the save still works on the restored server.
        QCOMPARE(http("GET",
                      QUrl(other.graphRoot().toString() + QStringLiteral("/v1.0/applications")),
                      m_token)
                     .status,
                 200);

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\":\"something else\"}");
        bad.close();
        QVERIFY(!other.loadState(bad.fileName(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!other.loadState(dir.filePath(QStringLiteral("missing.json")), &error));
    }

    void approveDeviceCodeThroughControlApi()
    {
        m_sandbox->setAutoApprove(false);
        QUrl devicecode = m_sandbox.baseUrl();
        devicecode.setPath(QStringLiteral("/%1/oauth2/v2.0/devicecode").arg(m_sandbox.tenantId()));
        const QJsonObject dc =
            httpForm(devicecode, {{QStringLiteral("client_id"), m_sandbox->publicClientId()},
                                  {QStringLiteral("scope"), QStringLiteral("openid")}})
                .json();
        QCOMPARE(postControl(QStringLiteral("devicecode/approve"),
                             {{QStringLiteral("userCode"), QStringLiteral("NOPE")}})
                     .status,
                 404);
        QCOMPARE(postControl(QStringLiteral("devicecode/approve"),
                             {{QStringLiteral("userCode"), dc.value(QStringLiteral("user_code"))}})
                     .status,
                 204);
        QUrl token = devicecode;
        token.setPath(QStringLiteral("/%1/oauth2/v2.0/token").arg(m_sandbox.tenantId()));
        const HttpResult r = httpForm(
            token,
            {{QStringLiteral("grant_type"),
              QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
             {QStringLiteral("client_id"), m_sandbox->publicClientId()},
             {QStringLiteral("device_code"), dc.value(QStringLiteral("device_code")).toString()}});
        QCOMPARE(r.status, 200);
        // Already approved: nothing pending any more.
        QCOMPARE(postControl(QStringLiteral("devicecode/approve"),
                             {{QStringLiteral("userCode"), dc.value(QStringLiteral("user_code"))}})
                     .status,
                 404);
    }

    void loopbackOnly()
    {
        leap::sandbox::SandboxServer server;
        QVERIFY(!server.listen(QHostAddress::Any, 0));
        QVERIFY(!server.listen(QHostAddress(QStringLiteral("192.0.2.1")), 0));
        QVERIFY(!server.isListening());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY(server.port() > 0);
        QCOMPARE(server.baseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        QCOMPARE(server.graphRoot().toString(),
                 server.baseUrl().toString() + QStringLiteral("/graph"));
        QCOMPARE(
            server.discoveryUrl().path(),
            QStringLiteral("/%1/v2.0/.well-known/openid-configuration").arg(server.tenantId()));
        QCOMPARE(httpRaw("GET", server.baseUrl(), {}, {}).status, 200); // landing page
    }
};

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandbox_control.moc"
