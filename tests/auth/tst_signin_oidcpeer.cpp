// Sign-in against a real OpenID Connect server that nobody on the team wrote: the certified
// `oidc-provider` npm package (tests/auth/oidc-peer/server.mjs), mounted so its discovery
// document is at /{tenant}/v2.0/.well-known/openid-configuration. Its endpoints are NOT at
// Entra's paths, so this also proves the product takes them from discovery. `./dev test` installs
// the package (npm ci); without node or node_modules the test skips and says why.

#include "auth/signinsession.h"
#include "browserplayer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace leap;

namespace {
constexpr auto kPeerTenant = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
}

class TestSignInOidcPeer : public QObject
{
    Q_OBJECT

private:
    QProcess m_node;
    QUrl m_authority;
    QString m_issuer;
    QNetworkAccessManager m_nam;

    std::unique_ptr<SignInSession> session(SignInMethod method)
    {
        auto s = std::make_unique<SignInSession>(&m_nam, nullptr);
        SignInOptions o;
        o.endpoints.cloud = Cloud::Global;
        o.endpoints.authority = m_authority;
        o.endpoints.graph = QUrl(QStringLiteral("https://graph.microsoft.com"));
        o.tenant = QString::fromLatin1(kPeerTenant);
        o.method = method;
        s->setOptions(o);
        s->setRequestTimeout(std::chrono::seconds(10));
        s->setInteractiveTimeout(std::chrono::seconds(30));
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString source =
            qEnvironmentVariable("LEAP_SOURCE_DIR", QStringLiteral(LEAP_TEST_SOURCE_DIR));
        const QDir peer(source + QStringLiteral("/tests/auth/oidc-peer"));
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not on PATH: install Node.js 20 or later to run the oidc-provider peer "
                  "test.");
        if (!QFileInfo::exists(
                peer.filePath(QStringLiteral("node_modules/oidc-provider/package.json"))))
            QSKIP(qPrintable(QStringLiteral("oidc-provider is not installed: run `npm ci` in %1 "
                                            "(./dev test does).")
                                 .arg(peer.path())));
        m_node.setProgram(node);
        m_node.setArguments({QStringLiteral("server.mjs"), QStringLiteral("--tenant"),
                             QString::fromLatin1(kPeerTenant)});
        m_node.setWorkingDirectory(peer.path());
        m_node.setProcessChannelMode(QProcess::SeparateChannels);
        m_node.start();
        QVERIFY2(m_node.waitForStarted(10000), qPrintable(m_node.errorString()));
        QByteArray line;
        QElapsedTimer t;
        t.start();
        while (!line.contains('\n') && t.elapsed() < 20000) {
            m_node.waitForReadyRead(500);
            line += m_node.readAllStandardOutput();
            if (m_node.state() != QProcess::Running)
                break;
        }
        QVERIFY2(line.contains('\n'), m_node.readAllStandardError().constData());
        const QJsonObject info = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
        const int port = info.value(QStringLiteral("port")).toInt();
        QVERIFY(port > 0);
        m_authority = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_issuer = info.value(QStringLiteral("issuer")).toString();
    }

    void cleanupTestCase()
    {
        if (m_node.state() == QProcess::NotRunning)
            return;
        m_node.closeWriteChannel(); // the server exits when its stdin closes
        if (!m_node.waitForFinished(5000)) {
            m_node.terminate();
            if (!m_node.waitForFinished(5000))
                m_node.kill();
        }
    }

    void discoveryFromThePeer()
    {
        auto s = session(SignInMethod::Browser);
        const Result<OpenIdConfiguration> c = awaitResult(s->discover());
        QVERIFY2(c.ok(), qPrintable(c.error().text()));
        QCOMPARE(c->issuer, m_issuer);
        QCOMPARE(c->tenantId, QString::fromLatin1(kPeerTenant));
        QVERIFY(!c->documentCloud()); // not Entra: no cloud_instance_name, no wrong-cloud hint
        // oidc-provider's own paths, not Entra's.
        QVERIFY(!c->tokenEndpoint.path().endsWith(QLatin1String("/oauth2/v2.0/token")));
        QVERIFY(c->deviceAuthorizationEndpoint.isValid());
    }

    void browserSignInAndRefresh()
    {
        auto s = session(SignInMethod::Browser);
        Page last;
        bool done = false;
        QUrl authorizeUrl;
        connect(s.get(), &SignInSession::authorizationUrlReady, this, [&](const QUrl &url) {
            authorizeUrl = url;
            [](QUrl u, Page *out, bool *finished) -> QCoro::Task<void> {
                BrowserPlayer browser; // keeps the provider's cookies across the interaction
                *out = co_await browser.open(u);
                *finished = true;
            }(url, &last, &done);
        });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY2(r.ok(), qPrintable(r.error().text() + QStringLiteral(" [") + r.error().code +
                                    QLatin1Char(']')));
        QTRY_VERIFY(done);
        QCOMPARE(last.status, 200);
        QVERIFY2(last.body.contains("Signed in"), last.body.constData());
        QVERIFY(authorizeUrl.toString().startsWith(m_issuer));

        QCOMPARE(s->user().name, QStringLiteral("Petra Peer"));
        QCOMPARE(s->user().upn, QStringLiteral("petra@peer.example"));
        QCOMPARE(s->tenantId(), QString::fromLatin1(kPeerTenant));

        const Result<QString> first = awaitResult(s->accessToken());
        QVERIFY(first.ok());
        QVERIFY(!first.value().isEmpty());
        // A refresh as a public client: no client_secret, no redirect_uri (oidc-provider
        // rejects a public client that authenticates).
        const Result<QString> refreshed = awaitResult(s->accessToken(true));
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().text() + refreshed.error().code));
        QVERIFY(refreshed.value() != first.value());
        // The rotated refresh token works too.
        const Result<QString> again = awaitResult(s->accessToken(true));
        QVERIFY2(again.ok(), qPrintable(again.error().text() + again.error().code));
        QVERIFY(again.value() != refreshed.value());
        QCOMPARE(s->user().upn, QStringLiteral("petra@peer.example"));
    }

    void deviceCodeSignIn()
    {
        auto s = session(SignInMethod::DeviceCode);
        // oidc-provider sends no interval (RFC default 5 s) and does not answer slow_down.
        s->deviceCodeFlow()->setMinimumIntervalOverride(std::chrono::milliseconds(300));
        DeviceCodePrompt prompt;
        Page last;
        bool done = false;
        connect(s.get(), &SignInSession::deviceCodeReady, this, [&](const DeviceCodePrompt &p) {
            prompt = p;
            [](DeviceCodePrompt dp, Page *out, bool *finished) -> QCoro::Task<void> {
                BrowserPlayer browser;
                // Enter the code...
                Page page = co_await browser.get(dp.verificationUri);
                QString action;
                QUrlQuery form = BrowserPlayer::formFields(page.body, &action);
                form.removeAllQueryItems(QStringLiteral("user_code"));
                form.addQueryItem(QStringLiteral("user_code"), dp.userCode);
                page = co_await browser.post(dp.verificationUri.resolved(QUrl(action)), form);
                // ...confirm it, then sign in and consent (answered by the peer's interaction).
                form = BrowserPlayer::formFields(page.body, &action);
                page = co_await browser.post(dp.verificationUri.resolved(QUrl(action)), form);
                *out = co_await browser.follow(page);
                *finished = true;
            }(p, &last, &done);
        });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY2(r.ok(), qPrintable(r.error().text() + QStringLiteral(" [") + r.error().code +
                                    QLatin1Char(']')));
        QTRY_VERIFY(done);
        QVERIFY(!prompt.userCode.isEmpty());
        QVERIFY(prompt.verificationUri.toString().startsWith(m_issuer));
        QVERIFY(prompt.message.contains(prompt.userCode)); // our own sentence: the peer sends none
        QCOMPARE(prompt.intervalSec, 5);
        QVERIFY2(last.body.contains("Sign-in Success"), last.body.constData());
        QCOMPARE(s->user().upn, QStringLiteral("petra@peer.example"));
        QVERIFY(awaitResult(s->accessToken(true)).ok());
    }
};

QTEST_GUILESS_MAIN(TestSignInOidcPeer)
#include "tst_signin_oidcpeer.moc"
