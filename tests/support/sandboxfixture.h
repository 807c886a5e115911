#pragma once

// Test helpers around the sandbox tenant (sandbox/sandboxserver.h), for every test area.
//
//   leap::testsupport::SandboxFixture sandbox;            // in-process, 127.0.0.1:<free port>
//   QVERIFY(sandbox.ok());
//   const QString token = sandbox.signInAdmin();          // real device-code sign-in over HTTP
//   auto r = leap::testsupport::http("GET", sandbox.graphV1("/me"), token);
//
// Everything here talks real HTTP to a real loopback server; nothing is mocked. The helpers run
// a nested event loop (fine in tests, never in product code) and time out.

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace leap::testsupport {

// ---- plain HTTP ---------------------------------------------------------------------------------

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection refused/dropped, timeout)
    QString networkError; // empty when an HTTP answer arrived
    QMap<QByteArray, QByteArray> headers; // keys lower case
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request, redirects NOT followed. `bearer` (if not empty) becomes the Authorization header.
// A JSON object body is sent as application/json; use httpForm() for form posts.
HttpResult http(const QByteArray &method, const QUrl &url, const QString &bearer = {},
                const QJsonObject &jsonBody = {}, const HeaderList &headers = {},
                int timeoutMs = 10000);
HttpResult httpRaw(const QByteArray &method, const QUrl &url, const QByteArray &body,
                   const HeaderList &headers, int timeoutMs = 10000);
// application/x-www-form-urlencoded POST of `fields`.
HttpResult httpForm(const QUrl &url, const QList<QPair<QString, QString>> &fields,
                    int timeoutMs = 10000);

// ---- sign-in ------------------------------------------------------------------------------------

// What the product asks for (common brief "Delegated scopes the product requests").
QStringList defaultAdminScopes();

struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QString idToken;
    QJsonObject response; // the token endpoint's JSON (or its error body)
    QString error; // empty on success

    bool ok() const { return error.isEmpty() && !accessToken.isEmpty(); }
};

// Device-code sign-in against any authority (in-process or external sandbox): requests a code,
// approves it on /devicelogin as the person would (unless the sandbox auto-approves), then polls
// the token endpoint honouring `interval`.
TokenSet signInWithDeviceCode(const QUrl &authority, const QString &tenant, const QString &clientId,
                              const QStringList &scopes, int timeoutMs = 20000);

// Authorization code + PKCE (S256), playing the browser: GET authorize, press "Accept" on the
// consent page if one is shown, read the code from the redirect to `redirectUri`, redeem it.
TokenSet signInWithBrowser(const QUrl &authority, const QString &tenant, const QString &clientId,
                           const QStringList &scopes,
                           const QString &redirectUri = QStringLiteral("http://localhost:53682"),
                           int timeoutMs = 10000);

// ---- in-process sandbox -------------------------------------------------------------------------

class SandboxFixture
{
public:
    // Starts a SandboxServer on 127.0.0.1:0 with a 1 s device-code interval (tests stay quick).
    SandboxFixture();
    ~SandboxFixture();

    bool ok() const;
    leap::sandbox::SandboxServer &server() { return *m_server; }
    leap::sandbox::SandboxServer *operator->() { return m_server.get(); }

    QUrl baseUrl() const; // authority root http://127.0.0.1:PORT
    QUrl graphRoot() const; // http://127.0.0.1:PORT/graph
    QUrl graphV1(const QString &pathAndQuery) const; // graphRoot + "/v1.0" + "/applications?…"
    QString tenantId() const;

    // The seeded administrator signed in through the Graph CLI Tools public client with a real
    // device-code flow over HTTP. Returns the access token (empty on failure; *error says why).
    QString signInAdmin(const QStringList &scopes = defaultAdminScopes(), QString *error = nullptr);
    TokenSet signInAdminTokens(const QStringList &scopes = defaultAdminScopes());

private:
    std::unique_ptr<leap::sandbox::SandboxServer> m_server;
    bool m_ok = false;
};

// ---- the external leap-entra-sandbox process ----------------------------------------------------

class ExternalSandbox
{
public:
    ExternalSandbox();
    ~ExternalSandbox(); // stops the process if still running

    // $LEAP_BINARY_DIR/app/leap-entra-sandbox
    static QString binaryPath();

    // Starts `leap-entra-sandbox --listen 127.0.0.1:0 <extraArgs>` and waits for its
    // "listening on …" line. False (with *error) if it did not start or print in time.
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr, int timeoutMs = 10000);
    // SIGTERM and wait; returns the exit code (-1 if it had to be killed).
    int stop(int timeoutMs = 10000);

    QUrl baseUrl() const { return m_base; }
    QUrl graphRoot() const;
    QProcess &process() { return m_process; }
    QByteArray stderrText() { return m_stderr += m_process.readAllStandardError(); }

    // POST /_sandbox/<what> with a JSON body (config, faults, reset…); true on 2xx.
    bool control(const QString &what, const QJsonObject &body = {});

private:
    QProcess m_process;
    QUrl m_base;
    QByteArray m_stderr;
};

} // namespace leap::testsupport
