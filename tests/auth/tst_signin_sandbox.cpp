// Sign-in end to end against the in-process sandbox tenant over real HTTP: the test plays the
// person's browser (GET the authorization URL, submit the consent form, follow the redirect to
// the product's loopback listener), approves device codes on /devicelogin, and checks the tokens
// against the sandbox's Graph.

#include "auth/signinsession.h"
#include "browserplayer.h"
#include "sandbox/sandboxserver.h"
#include "storage/secretstore.h"

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace leap;
using leap::sandbox::SandboxServer;

namespace {

struct BrowserOutcome
{
    bool done = false;
    Page consent;
    Page afterDecision;
    Page callback; // what the product's loopback listener answered
    QList<Page> extra;
};

int countRequests(const SandboxServer &server, const QString &method, const QString &pathEnd)
{
    int n = 0;
    for (const auto &r : server.requestLog())
        n += (r.method == method && r.path.endsWith(pathEnd)) ? 1 : 0;
    return n;
}

} // namespace

class TestSignInSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;

    SignInOptions options(SignInMethod method) const
    {
        SignInOptions o;
        o.endpoints.cloud = Cloud::Global;
        o.endpoints.authority = m_server->baseUrl();
        o.endpoints.graph = m_server->graphRoot();
        o.tenant = m_server->tenantDomain();
        o.method = method;
        o.profile =
            QStringLiteral("auth-test-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        return o;
    }

    std::unique_ptr<SignInSession> session(SignInMethod method, SecretStore *store = nullptr)
    {
        auto s = std::make_unique<SignInSession>(&m_nam, store);
        s->setOptions(options(method));
        s->setRequestTimeout(std::chrono::seconds(10));
        s->setInteractiveTimeout(std::chrono::seconds(20));
        return s;
    }

    // The person approves (or denies) on the sandbox's consent page; then the browser follows
    // the redirect to the product's listener.
    static QCoro::Task<void> playBrowser(QUrl authorizeUrl, QString decision, BrowserOutcome *out)
    {
        BrowserPlayer browser;
        out->consent = co_await browser.get(authorizeUrl);
        QString action;
        QUrlQuery fields = BrowserPlayer::formFields(out->consent.body, &action);
        fields.addQueryItem(QStringLiteral("decision"), decision);
        out->afterDecision = co_await browser.post(authorizeUrl.resolved(QUrl(action)), fields);
        out->callback = co_await browser.follow(out->afterDecision);
        out->done = true;
    }

    QCoro::Task<int> graphMeStatus(QString token, QString *displayName = nullptr)
    {
        QNetworkRequest r(QUrl(m_server->graphRoot().toString() + QStringLiteral("/v1.0/me")));
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = m_nam.get(r);
        co_await reply;
        reply->deleteLater();
        if (displayName)
            *displayName = QJsonDocument::fromJson(reply->readAll())
                               .object()
                               .value(QStringLiteral("displayName"))
                               .toString();
        co_return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_server->setAutoApprove(false);
        m_server->setDeviceCodeIntervalSec(1);
    }
    void cleanup() { m_server.reset(); }

    void browserSignInEndToEnd()
    {
        auto s = session(SignInMethod::Browser);
        BrowserOutcome out;
        QUrl authorizeUrl;
        quint16 port = 0;
        connect(s.get(), &SignInSession::authorizationUrlReady, this, [&](const QUrl &url) {
            authorizeUrl = url;
            port = s->browserFlow()->listenerPort();
            playBrowser(url, QStringLiteral("approve"), &out);
        });
        bool browserOpened = false;
        s->setOpenBrowser([&](const QUrl &url) {
            browserOpened = url.isValid();
            return true;
        });
        QSignalSpy signedIn(s.get(), &SignInSession::signedIn);
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY2(r.ok(), qPrintable(r.error().text() + QLatin1Char(' ') + r.error().code));
        QVERIFY(browserOpened);
        QTRY_VERIFY(out.done);

        // The authorization request: PKCE S256, the client's registered redirect, our scopes.
        const QUrlQuery q(authorizeUrl);
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(q.allQueryItemValues(QStringLiteral("code_challenge")).size(), 1);
        QCOMPARE(q.allQueryItemValues(QStringLiteral("redirect_uri")).size(), 1);
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://localhost:%1/").arg(port));
        QVERIFY(!q.queryItemValue(QStringLiteral("state")).isEmpty());
        QVERIFY(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                    .contains(m_server->graphRoot().toString() +
                              QStringLiteral("/Application.ReadWrite.All")));
        QVERIFY(authorizeUrl.path().endsWith(QLatin1String("/oauth2/v2.0/authorize")));

        // The consent page, then the redirect to the listener, answered with our page.
        QCOMPARE(out.consent.status, 200);
        QCOMPARE(out.afterDecision.location.host(), QStringLiteral("localhost"));
        QCOMPARE(out.afterDecision.location.port(), int(port));
        QCOMPARE(out.callback.status, 200);
        QVERIFY2(out.callback.body.contains("Signed in"), out.callback.body.constData());

        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(s->user().name, QStringLiteral("Adele Admin"));
        QCOMPARE(s->user().upn, m_server->adminUpn());
        QCOMPARE(s->tenantId(), m_server->tenantId());
        const Result<QString> token = awaitResult(s->accessToken());
        QVERIFY(token.ok());
        QString me;
        QCOMPARE(awaitResult(graphMeStatus(token.value(), &me)), 200);
        QCOMPARE(me, QStringLiteral("Adele Admin"));

        // The listener is gone once the sign-in is over.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void browserUserDenies()
    {
        auto s = session(SignInMethod::Browser);
        BrowserOutcome out;
        connect(s.get(), &SignInSession::authorizationUrlReady, this,
                [&](const QUrl &url) { playBrowser(url, QStringLiteral("deny"), &out); });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::SignIn);
        QCOMPARE(r.error().code, QStringLiteral("AADSTS65004"));
        QVERIFY2(r.error().message.contains(QLatin1String("declined")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().fix.isEmpty());
        QTRY_VERIFY(out.done); // the sign-in may end before the browser has read the page
        QVERIFY2(out.callback.body.contains("not completed"), out.callback.body.constData());
        QVERIFY(!s->isSignedIn());
        QCOMPARE(countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/token")), 0);
    }

    void browserForgedCallbackIgnored()
    {
        auto s = session(SignInMethod::Browser);
        BrowserOutcome out;
        connect(s.get(), &SignInSession::authorizationUrlReady, this, [&](const QUrl &url) {
            const quint16 port = s->browserFlow()->listenerPort();
            [](QUrl authorizeUrl, quint16 listener, BrowserOutcome *o) -> QCoro::Task<void> {
                BrowserPlayer attacker;
                // A page elsewhere makes the browser call the listener with its own code.
                o->extra.append(co_await attacker.get(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/?code=forged-code&state=wrong")
                             .arg(listener))));
                o->extra.append(co_await attacker.get(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/?code=forged-code").arg(listener))));
                co_await playBrowser(authorizeUrl, QStringLiteral("approve"), o);
            }(url, port, &out);
        });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QTRY_VERIFY(out.done); // the sign-in may end before the browser has read the page
        QCOMPARE(out.extra.size(), 2);
        for (const Page &p : std::as_const(out.extra)) {
            QCOMPARE(p.status, 200);
            QVERIFY2(p.body.contains("Not a valid sign-in"), p.body.constData());
        }
        QVERIFY(out.callback.body.contains("Signed in"));
        // Only the real code was redeemed.
        QCOMPARE(countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/token")), 1);
    }

    void browserSecondCallbackIgnored()
    {
        auto s = session(SignInMethod::Browser);
        BrowserOutcome out;
        connect(s.get(), &SignInSession::authorizationUrlReady, this, [&](const QUrl &url) {
            [](QUrl authorizeUrl, BrowserOutcome *o) -> QCoro::Task<void> {
                co_await playBrowser(authorizeUrl, QStringLiteral("approve"), o);
                // The browser replays the redirect (reload, back button).
                BrowserPlayer again;
                o->extra.append(co_await again.get(o->afterDecision.location));
            }(url, &out);
        });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QTRY_COMPARE(out.extra.size(), 1);
        const Page &replay = out.extra.first();
        // Either the listener is already closed or it says there is nothing to do.
        QVERIFY2(replay.status == 0 || replay.body.contains("already finished"),
                 replay.body.constData());
        QCOMPARE(countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/token")), 1);
    }

    void browserTokenEndpointError()
    {
        auto s = session(SignInMethod::Browser);
        BrowserOutcome out;
        connect(s.get(), &SignInSession::authorizationUrlReady, this, [&](const QUrl &url) {
            [](QUrl authorizeUrl, BrowserOutcome *o) -> QCoro::Task<void> {
                BrowserPlayer browser;
                o->consent = co_await browser.get(authorizeUrl);
                QString action;
                QUrlQuery fields = BrowserPlayer::formFields(o->consent.body, &action);
                fields.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
                o->afterDecision =
                    co_await browser.post(authorizeUrl.resolved(QUrl(action)), fields);
                // The code is damaged on the way (a proxy, a truncated paste): the token
                // endpoint refuses it with an AADSTS body.
                QUrl callback = o->afterDecision.location;
                QUrlQuery q(callback);
                const QString code = q.queryItemValue(QStringLiteral("code"));
                q.removeAllQueryItems(QStringLiteral("code"));
                q.addQueryItem(QStringLiteral("code"),
                               code.left(code.size() - 4) + QStringLiteral("AAAA"));
                callback.setQuery(q);
                o->callback = co_await browser.get(callback);
                o->done = true;
            }(url, &out);
        });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::SignIn);
        QVERIFY2(r.error().code.startsWith(QLatin1String("AADSTS")), qPrintable(r.error().code));
        QVERIFY(!r.error().requestId.isEmpty());
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().fix.isEmpty());
        QVERIFY(!s->isSignedIn());
    }

    void browserTimeout()
    {
        auto s = session(SignInMethod::Browser);
        s->setInteractiveTimeout(std::chrono::milliseconds(400));
        QElapsedTimer t;
        t.start();
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::SignIn);
        QCOMPARE(r.error().code, QStringLiteral("timeout"));
        QVERIFY(t.elapsed() < 5000);
    }

    void browserCancel()
    {
        auto s = session(SignInMethod::Browser);
        quint16 port = 0;
        connect(s.get(), &SignInSession::authorizationUrlReady, this, [&] {
            port = s->browserFlow()->listenerPort();
            QTimer::singleShot(50, s.get(), &SignInSession::cancel);
        });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QVERIFY(port != 0);
        QCOMPARE(s->browserFlow()->listenerPort(), quint16(0));
    }

    void listenerOnlyOnLoopback()
    {
        auto s = session(SignInMethod::Browser);
        QList<QHostAddress> others;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.isLoopback() || a.isLinkLocal() || a.isNull())
                continue;
            others.append(a);
        }
        bool loopbackOk = false;
        QStringList reached;
        connect(s.get(), &SignInSession::authorizationUrlReady, this, [&] {
            const quint16 port = s->browserFlow()->listenerPort();
            QTcpSocket local;
            local.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
            loopbackOk = local.waitForConnected(3000);
            local.abort();
            for (const QHostAddress &a : std::as_const(others)) {
                QTcpSocket remote;
                remote.connectToHost(a, port);
                if (remote.waitForConnected(3000))
                    reached << a.toString();
                remote.abort();
            }
            s->cancel();
        });
        const VoidResult r = awaitResult(s->signIn());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QVERIFY(loopbackOk);
        QVERIFY2(reached.isEmpty(), qPrintable(reached.join(QLatin1String(", "))));
        if (others.isEmpty())
            QSKIP("This machine has no non-loopback address to try the listener on.");
        // Prove the probe itself could reach a non-loopback address: a server on all interfaces
        // is reachable there.
        QTcpServer any;
        QVERIFY(any.listen(QHostAddress::Any, 0) || any.listen(QHostAddress::AnyIPv6, 0));
        QTcpSocket probe;
        probe.connectToHost(others.first(), any.serverPort());
        QVERIFY2(probe.waitForConnected(3000), qPrintable(others.first().toString()));
    }

    void deviceCodeApprovedOnPage()
    {
        auto s = session(SignInMethod::DeviceCode);
        DeviceCodePrompt prompt;
        BrowserOutcome out;
        connect(s.get(), &SignInSession::deviceCodeReady, this, [&](const DeviceCodePrompt &p) {
            prompt = p;
            [](DeviceCodePrompt dp, BrowserOutcome *o) -> QCoro::Task<void> {
                BrowserPlayer browser;
                o->consent = co_await browser.get(dp.verificationUri);
                QString action;
                QUrlQuery fields = BrowserPlayer::formFields(o->consent.body, &action);
                fields.removeAllQueryItems(QStringLiteral("otc"));
                fields.addQueryItem(QStringLiteral("otc"), dp.userCode);
                fields.addQueryItem(QStringLiteral("action"), QStringLiteral("approve"));
                o->callback =
                    co_await browser.post(dp.verificationUri.resolved(QUrl(action)), fields);
                o->done = true;
            }(p, &out);
        });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(prompt.verificationUri.toString(),
                 m_server->baseUrl().toString() + QStringLiteral("/devicelogin"));
        QVERIFY(!prompt.userCode.isEmpty());
        QVERIFY(prompt.message.contains(prompt.userCode));
        QVERIFY(prompt.expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(prompt.intervalSec, 1);
        QTRY_VERIFY(out.done);
        QCOMPARE(out.callback.status, 200);
        QCOMPARE(s->user().upn, m_server->adminUpn());
        const Result<QString> token = awaitResult(s->accessToken());
        QVERIFY(token.ok());
        QCOMPARE(awaitResult(graphMeStatus(token.value())), 200);
    }

    void deviceCodeAutoApprove()
    {
        m_server->setAutoApprove(true);
        auto s = session(SignInMethod::DeviceCode);
        QSignalSpy prompts(s.get(), &SignInSession::deviceCodeReady);
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(prompts.count(), 1);
        QCOMPARE(s->user().name, QStringLiteral("Adele Admin"));
        QCOMPARE(s->tenantId(), m_server->tenantId());
    }

    void transientIdentityErrorsAreRetried_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("times");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("discovery 429 Retry-After 1")
            << "GET"
            << "openid-configuration$" << 429 << 1 << 1 << true;
        QTest::newRow("devicecode 503") << "POST"
                                        << "/devicecode$" << 503 << -1 << 1 << true;
        QTest::newRow("token poll 503 Retry-After 1") << "POST"
                                                      << "/token$" << 503 << 1 << 1 << true;
        QTest::newRow("token poll 504 twice") << "POST"
                                              << "/token$" << 504 << -1 << 2 << true;
        // Bounded: a busy endpoint that never recovers ends the sign-in: three attempts per
        // request, and three failed polls in a row.
        QTest::newRow("token 503 always") << "POST"
                                          << "/token$" << 503 << 0 << -1 << false;
    }

    void transientIdentityErrorsAreRetried()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(int, times);
        QFETCH(bool, succeeds);
        m_server->setAutoApprove(true);
        sandbox::Fault busy;
        busy.method = method;
        busy.path = path;
        busy.status = status;
        busy.retryAfter = retryAfter;
        busy.times = times;
        m_server->addFault(busy);
        m_server->clearRequestLog();
        auto s = session(SignInMethod::DeviceCode);
        QElapsedTimer timer;
        timer.start();
        const VoidResult r = awaitResult(s->signIn());
        QCOMPARE(r.ok(), succeeds);
        int hits = 0;
        for (const sandbox::LoggedRequest &e : m_server->requestLog())
            hits += e.faulted ? 1 : 0;
        if (succeeds) {
            QCOMPARE(hits, times);
            QCOMPARE(s->user().name, QStringLiteral("Adele Admin"));
            if (retryAfter > 0) // Retry-After is honoured, not cut short
                QVERIFY(timer.elapsed() >= retryAfter * 1000 - 50);
        } else {
            QCOMPARE(hits, path.contains(QLatin1String("token")) ? 9 : 3);
            QVERIFY(timer.elapsed() < 20000);
            // The identity service is unavailable: a network-class failure (exit 7) that says
            // to try again later, not a sign-in refusal.
            QCOMPARE(exitCodeFor(r.error().kind), 7);
        }
    }

    void deviceCodeDeclined()
    {
        auto s = session(SignInMethod::DeviceCode);
        connect(s.get(), &SignInSession::deviceCodeReady, this, [&](const DeviceCodePrompt &p) {
            [](DeviceCodePrompt dp) -> QCoro::Task<void> {
                BrowserPlayer browser;
                QUrlQuery form;
                form.addQueryItem(QStringLiteral("otc"), dp.userCode);
                form.addQueryItem(QStringLiteral("action"), QStringLiteral("deny"));
                co_await browser.post(dp.verificationUri, form);
            }(p);
        });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::SignIn);
        QVERIFY2(r.error().message.contains(QLatin1String("declined")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().requestId.isEmpty());
    }

    void deviceCodeSlowDown()
    {
        auto s = session(SignInMethod::DeviceCode);
        // Poll faster than the server's 1 s interval: the second poll gets slow_down.
        s->deviceCodeFlow()->setMinimumIntervalOverride(std::chrono::milliseconds(100));
        QString userCode;
        connect(s.get(), &SignInSession::deviceCodeReady, this,
                [&](const DeviceCodePrompt &p) { userCode = p.userCode; });
        QList<qint64> polls;
        connect(m_server.get(), &SandboxServer::requestLogged, this,
                [&](const sandbox::LoggedRequest &e) {
                    if (e.method == QLatin1String("POST") &&
                        e.path.endsWith(QLatin1String("/token"))) {
                        polls.append(e.time);
                        if (polls.size() == 2)
                            QVERIFY(m_server->approveDeviceCode(userCode));
                    }
                });
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(polls.size(), 3);
        QVERIFY2(polls.at(2) - polls.at(1) >= 5000,
                 qPrintable(QString::number(polls.at(2) - polls.at(1))));
    }

    void deviceCodeTimeout()
    {
        auto s = session(SignInMethod::DeviceCode);
        s->setInteractiveTimeout(std::chrono::milliseconds(1500));
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::SignIn);
        QCOMPARE(r.error().code, QStringLiteral("timeout"));
    }

    void deviceCodeCancel()
    {
        auto s = session(SignInMethod::DeviceCode);
        connect(s.get(), &SignInSession::deviceCodeReady, this,
                [&] { QTimer::singleShot(100, s.get(), &SignInSession::cancel); });
        QElapsedTimer t;
        t.start();
        const VoidResult r = awaitResult(s->signIn());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QVERIFY(t.elapsed() < 900); // did not sit out the 1 s interval
    }

    void deviceCodeUnknownClient()
    {
        auto s = session(SignInMethod::DeviceCode);
        SignInOptions o = s->options();
        o.clientId = QStringLiteral("0badc0de-1111-4222-8333-944445555666");
        s->setOptions(o);
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::SignIn);
        QCOMPARE(r.error().code, QStringLiteral("AADSTS700016"));
        QVERIFY(r.error().fix.contains(QLatin1String("--client-id")));
        QVERIFY(!r.error().requestId.isEmpty());
    }

    void refreshAfterExpiry()
    {
        m_server->setAutoApprove(true);
        auto s = session(SignInMethod::DeviceCode);
        QVERIFY(awaitResult(s->signIn()).ok());
        const int tokenPosts =
            countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/token"));

        // Long-lived token: handed out as is, no request.
        const Result<QString> first = awaitResult(s->accessToken());
        QVERIFY(first.ok());
        QCOMPARE(countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/token")),
                 tokenPosts);

        // Short-lived tokens from now on; a forced refresh gets one.
        m_server->setAccessTokenLifetimeSec(2);
        const Result<QString> shortLived = awaitResult(s->accessToken(true));
        QVERIFY2(shortLived.ok(), qPrintable(shortLived.error().text() + shortLived.error().code));
        QVERIFY(shortLived.value() != first.value());
        QCOMPARE(countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/token")),
                 tokenPosts + 1);
        QCOMPARE(awaitResult(graphMeStatus(shortLived.value())), 200);
        // A 2 s token is refreshed one second before it expires, not on every call.
        const Result<QString> reused = awaitResult(s->accessToken());
        QVERIFY(reused.ok());
        QCOMPARE(reused.value(), shortLived.value());

        // After it expired Graph refuses it; accessToken() has already refreshed (it expires
        // within the minute), and three concurrent callers share one refresh.
        QTest::qWait(2500);
        QCOMPARE(awaitResult(graphMeStatus(shortLived.value())), 401);
        Result<QString> a = Error(), b = Error(), c = Error();
        int finished = 0;
        auto fetch = [&](Result<QString> *out) -> QCoro::Task<void> {
            *out = co_await s->accessToken();
            ++finished;
        };
        fetch(&a);
        fetch(&b);
        fetch(&c);
        QTRY_COMPARE(finished, 3);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(b.value(), a.value());
        QCOMPARE(c.value(), a.value());
        QVERIFY(a.value() != shortLived.value());
        QCOMPARE(countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/token")),
                 tokenPosts + 2);
        QCOMPARE(awaitResult(graphMeStatus(a.value())), 200);
        QCOMPARE(s->user().upn, m_server->adminUpn());
    }

    void keychainCacheRestoreAndSignOut()
    {
        SecretStore store;
        store.setTimeout(std::chrono::seconds(5));
        const QString probeKey = QStringLiteral("probe/auth-test");
        const VoidResult probe = awaitResult(store.writeValue(probeKey, QStringLiteral("x")));
        if (!probe.ok())
            QSKIP("No usable keychain here; run under dbus-run-session with an unlocked "
                  "gnome-keyring (./dev test does).");
        awaitResult(store.removeValue(probeKey));

        m_server->setAutoApprove(true);
        auto first = session(SignInMethod::DeviceCode, &store);
        const SignInOptions o = first->options();
        QVERIFY(awaitResult(first->signIn()).ok());
        const QString key = SignInSession::refreshTokenKey(o.profile, m_server->tenantId());
        const Result<QString> cached = awaitResult(store.readValue(key));
        QVERIFY(cached.ok());
        QVERIFY(!cached.value().isEmpty());

        // Re-opening: no prompt, no device code, signed in from the keychain.
        auto second = std::make_unique<SignInSession>(&m_nam, &store);
        second->setOptions(o);
        QSignalSpy prompts(second.get(), &SignInSession::deviceCodeReady);
        const int deviceCodes =
            countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/devicecode"));
        const VoidResult restored = awaitResult(second->restore());
        QVERIFY2(restored.ok(), qPrintable(restored.error().text()));
        QVERIFY(second->isSignedIn());
        QCOMPARE(second->user().name, QStringLiteral("Adele Admin"));
        QCOMPARE(prompts.count(), 0);
        QCOMPARE(countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/devicecode")),
                 deviceCodes);
        const Result<QString> token = awaitResult(second->accessToken());
        QVERIFY(token.ok());
        QCOMPARE(awaitResult(graphMeStatus(token.value())), 200);

        // Sign out removes the cached token; the next start has to sign in.
        QVERIFY(awaitResult(second->signOut()).ok());
        QVERIFY(!second->isSignedIn());
        QCOMPARE(awaitResult(store.readValue(key)).error().kind, ErrorKind::NotFound);
        auto third = std::make_unique<SignInSession>(&m_nam, &store);
        third->setOptions(o);
        QCOMPARE(awaitResult(third->restore()).error().kind, ErrorKind::NotFound);

        // A cached token the server no longer accepts is refused and forgotten.
        QVERIFY(awaitResult(store.writeValue(key, QStringLiteral("revoked-refresh-token"))).ok());
        const VoidResult refused = awaitResult(third->restore());
        QCOMPARE(refused.error().kind, ErrorKind::SignIn);
        QCOMPARE(awaitResult(store.readValue(key)).error().kind, ErrorKind::NotFound);
    }

    void wrongCloudHint()
    {
        auto s = session(SignInMethod::DeviceCode);
        SignInOptions o = s->options();
        o.endpoints.cloud = Cloud::UsGov; // --cloud usgov --authority <sandbox>
        s->setOptions(o);
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::SignIn);
        QCOMPARE(r.error().code, QStringLiteral("wrong_cloud"));
        QCOMPARE(s->suggestedCloud(), std::optional<Cloud>(Cloud::Global));
        QVERIFY(r.error().message.contains(cloudDisplayName(Cloud::Global)));
        QVERIFY(r.error().fix.contains(QLatin1String("--cloud global")));
        QCOMPARE(countRequests(*m_server, QStringLiteral("POST"), QStringLiteral("/devicecode")),
                 0);

        // usgov-dod shares usgov's login host; global matches the document.
        o.endpoints.cloud = Cloud::Global;
        s->setOptions(o);
        QVERIFY(awaitResult(s->discover()).ok());
        QVERIFY(!s->suggestedCloud());
    }

    void tenantNotFound()
    {
        auto s = session(SignInMethod::DeviceCode);
        SignInOptions o = s->options();
        o.tenant = QStringLiteral("nosuch.onmicrosoft.com");
        s->setOptions(o);
        const VoidResult r = awaitResult(s->signIn());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::SignIn);
        QCOMPARE(r.error().code, QStringLiteral("AADSTS90002"));
        QVERIFY(r.error().message.contains(QLatin1String("wrong name or wrong cloud")));
        QVERIFY(!r.error().requestId.isEmpty());
    }

    void networkFailureAndTimeout()
    {
        // Nobody listens: Network, exit 7.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto s = session(SignInMethod::DeviceCode);
        SignInOptions o = s->options();
        o.endpoints.authority = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        s->setOptions(o);
        const VoidResult r = awaitResult(s->signIn());
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QCOMPARE(exitCodeFor(r.error().kind), 7);

        // The token endpoint hangs: the request times out (Network), it does not hang.
        m_server->setAutoApprove(true);
        sandbox::Fault slow;
        slow.method = QStringLiteral("POST");
        slow.path = QStringLiteral("/devicecode$");
        slow.latencyMs = 3000;
        m_server->addFault(slow);
        auto t = session(SignInMethod::DeviceCode);
        t->setRequestTimeout(std::chrono::milliseconds(300));
        QElapsedTimer timer;
        timer.start();
        const VoidResult timedOut = awaitResult(t->signIn());
        QCOMPARE(timedOut.error().kind, ErrorKind::Network);
        QCOMPARE(timedOut.error().code, QStringLiteral("timeout"));
        QVERIFY(!timedOut.error().requestId.isEmpty());
        QVERIFY(timer.elapsed() < 2500);
    }

    void cancelDuringDiscovery()
    {
        sandbox::Fault slow;
        slow.path = QStringLiteral("openid-configuration$");
        slow.latencyMs = 3000;
        m_server->addFault(slow);
        auto s = session(SignInMethod::DeviceCode);
        QTimer::singleShot(100, s.get(), &SignInSession::cancel);
        QElapsedTimer timer;
        timer.start();
        const VoidResult r = awaitResult(s->signIn());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QVERIFY(timer.elapsed() < 2500);
    }

    void notSignedIn()
    {
        auto s = session(SignInMethod::DeviceCode);
        const Result<QString> t = awaitResult(s->accessToken());
        QCOMPARE(t.error().kind, ErrorKind::SignIn);
        QCOMPARE(t.error().code, QStringLiteral("not_signed_in"));
    }
};

QTEST_GUILESS_MAIN(TestSignInSandbox)
#include "tst_signin_sandbox.moc"
