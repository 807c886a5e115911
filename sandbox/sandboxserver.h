#pragma once

// The offline sandbox tenant: a loopback stand-in for the Microsoft identity platform (v2
// endpoints) and the Microsoft Graph v1.0 endpoints Leap Entra Setup uses.
//
// One HTTP port serves everything:
//   authority root  http://127.0.0.1:PORT                      (baseUrl())
//     /{tenant}/v2.0/.well-known/openid-configuration           tenant = GUID, verified domain,
//     /{tenant}/oauth2/v2.0/authorize | token | devicecode       or "organizations"
//     /{tenant}/discovery/v2.0/keys                             (jwks; tokens are not really
//     signed) /devicelogin                                              page where a person enters
//     a user code
//   Graph root      http://127.0.0.1:PORT/graph                 (graphRoot())
//     /graph/v1.0/applications, /servicePrincipals, /oauth2PermissionGrants, /me, /organization,
//     /users, /groups, /$batch ... (see graphhandlers.cpp for the full list)
//   control API     http://127.0.0.1:PORT/_sandbox/...          (tests and demos only; never
//   faulted,
//                                                                never in the request log)
//     POST /_sandbox/config   partial SandboxConfig as JSON (keys as in SandboxConfig::toJson())
//     POST /_sandbox/faults   one Fault as JSON (keys as in Fault::toJson());  DELETE clears all
//     GET|DELETE /_sandbox/requests   the request log;  GET /_sandbox/issued   issued secrets
//     GET /_sandbox/state     the whole directory;  POST /_sandbox/reset   back to the seed
//     POST /_sandbox/devicecode/approve {"userCode":"…","approve":true}   approve without the page
//
// Seeded tenants (constants below): Contoso (the default, with the administrator "Adele Admin",
// ordinary users, groups and the Microsoft Graph service principal with the real permission ids)
// and Fabrikam (a second tenant for wrong-tenant cases, with its own administrator).
//
// Fidelity notes (where the sandbox is deliberately strict or simple):
// - Tokens are JWT-shaped (header.payload.signature, base64url) with Entra's claims, but the
//   signature is opaque: Graph here accepts exactly the tokens this server issued and that have
//   not expired (accessTokenLifetimeSec).
// - PKCE with S256 is required for public clients on the authorization-code grant.
// - A refresh returns a new refresh token; as in Entra the old one stays valid until it expires.
// - Replication delay applies to applications, service principals and client secrets: for
//   replicationDelayMs after a create they are invisible to Graph reads and references and to
//   the client-credentials grant (addPassword on a just-created application answers 404, as a
//   real tenant may). The create response itself is complete and trustworthy.
// - QNetworkAccessManager re-sends a request once when a reused connection closes with no
//   answer, so a `drop` fault needs times >= 2 (or -1) before a Qt client sees the failure.
// - Device-code slow_down (not in Entra's table, RFC 8628 §3.5) is answered when a client polls
//   twice within deviceCodeIntervalSec.
//
// Threading: everything runs on the thread that owns the SandboxServer (its event loop must run).

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

class QTcpServer;

namespace leap::sandbox {

// Well-known identifiers of the seeded directory.
namespace seed {
inline constexpr auto kTenantId = "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35";
inline constexpr auto kTenantDomain = "contoso.onmicrosoft.com";
inline constexpr auto kTenantDisplayName = "Contoso (sandbox)";
inline constexpr auto kAdminUpn = "admin@contoso.onmicrosoft.com";
inline constexpr auto kAdminObjectId = "5f2a9e4b-8c1d-4e7a-b3f6-0a9c2d7e1b48";
inline constexpr auto kAdminDisplayName = "Adele Admin";
inline constexpr auto kOtherTenantId = "3c9b7d21-6e4f-4a8b-9c5d-1f2e3a4b5c6d";
inline constexpr auto kOtherTenantDomain = "fabrikam.onmicrosoft.com";
inline constexpr auto kOtherAdminUpn = "admin@fabrikam.onmicrosoft.com";
// Microsoft Graph Command Line Tools: public client, redirect http://localhost (any port).
inline constexpr auto kGraphCliClientId = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
// Azure CLI: public client, redirect http://localhost (any port). A second sign-in client.
inline constexpr auto kAzureCliClientId = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
inline constexpr auto kGraphAppId = "00000003-0000-0000-c000-000000000000";
// The object id of the Microsoft Graph service principal in the Contoso tenant.
inline constexpr auto kGraphSpObjectIdContoso = "7c4e8f3a-1b2d-4e6f-8a9b-0c1d2e3f4a5b";
} // namespace seed

// Runtime behaviour switches. JSON keys are the member names (see toJson()).
struct SandboxConfig
{
    int replicationDelayMs = 0; // new apps/SPs/secrets invisible to reads/references this long
    int accessTokenLifetimeSec = 3600;
    int refreshTokenLifetimeSec = 90 * 24 * 3600;
    bool userLacksPrivilegedRole = false; // admin is only Application Administrator
    int secretMaxLifetimeDays = 0; // > 0: tenant app-management policy caps addPassword lifetimes
    bool autoApprove = false; // device codes approved at once; authorize redirects with no page
    int pageSize = 100; // Graph default page size for lists (tests set it small to see paging)
    int deviceCodeIntervalSec = 5;
    int deviceCodeLifetimeSec = 900;
    int authCodeLifetimeSec = 600;

    QJsonObject toJson() const;
    // Applies the keys present in `json` (partial update). Returns false and sets *error for an
    // unknown key or a value of the wrong type; nothing is changed then.
    bool apply(const QJsonObject &json, QString *error = nullptr);
};

// A fault injected into matching requests (never into /_sandbox/*).
struct Fault
{
    QString method; // "" or "*" = any method; otherwise exact (GET, POST, ...)
    QString path; // regular expression matched (search, not anchored) against the request path
    int status = 0; // 0 = no status fault (latency only); 429, 500, 503, 504, ...
    int retryAfter = -1; // seconds for the Retry-After header; -1 = no header
    int times = 1; // how many matching requests it hits; -1 = forever
    int latencyMs = 0; // delay before answering (also alone, as a pure latency fault)
    bool drop = false; // close the connection with no answer
    bool commit = false; // perform the request, then answer with the fault instead

    QJsonObject toJson() const;
    static Fault fromJson(const QJsonObject &json, QString *error = nullptr);
};

// One entry of the request log (for counting round trips in tests).
struct LoggedRequest
{
    QString method;
    QString path; // without the query
    QString query; // the raw query string, may be empty
    int status = 0; // 0 when the connection was dropped
    qint64 time = 0; // ms since epoch when the request arrived
    qint64 durationMs = 0; // until the answer was written (includes injected latency)
    bool faulted = false;

    QJsonObject toJson() const;
};

// A value the sandbox handed out that must never be found in a file, log or output.
struct IssuedSecret
{
    QString kind; // clientSecret, accessToken, refreshToken, idToken, authCode, deviceCode,
                  // codeVerifier (received from a client)
    QString value;
    qint64 time = 0;
};

class Directory;
class HttpTransport;

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loopback addresses only (127.0.0.0/8, ::1); anything else is refused. Port 0 picks a free
    // port. Returns false if refused or the bind failed.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const;
    quint16 port() const;

    // Authority root, e.g. http://127.0.0.1:PORT (no trailing slash).
    QUrl baseUrl() const;
    // Graph root, baseUrl() + "/graph" (Graph v1.0 calls go to graphRoot() + "/v1.0/...").
    QUrl graphRoot() const;
    // Convenience for the seeded tenant (or any tenant id / domain).
    QUrl discoveryUrl(const QString &tenant = QString::fromLatin1(seed::kTenantId)) const;
    QUrl tokenEndpoint(const QString &tenant = QString::fromLatin1(seed::kTenantId)) const;
    QUrl authorizeEndpoint(const QString &tenant = QString::fromLatin1(seed::kTenantId)) const;
    QUrl deviceCodeEndpoint(const QString &tenant = QString::fromLatin1(seed::kTenantId)) const;

    QString tenantId() const { return QString::fromLatin1(seed::kTenantId); }
    QString tenantDomain() const { return QString::fromLatin1(seed::kTenantDomain); }
    QString adminUpn() const { return QString::fromLatin1(seed::kAdminUpn); }
    QString adminObjectId() const { return QString::fromLatin1(seed::kAdminObjectId); }
    QString publicClientId() const { return QString::fromLatin1(seed::kGraphCliClientId); }

    // Configuration (same as POST /_sandbox/config).
    SandboxConfig config() const;
    void setConfig(const SandboxConfig &config);
    void setReplicationDelayMs(int ms);
    void setAccessTokenLifetimeSec(int seconds);
    void setUserLacksPrivilegedRole(bool lacks);
    void setSecretMaxLifetimeDays(int days); // 0 = no lifetime policy
    void setAutoApprove(bool autoApprove);
    void setPageSize(int pageSize);
    void setDeviceCodeIntervalSec(int seconds);
    void setDeviceCodeLifetimeSec(int seconds);

    // Faults (same as POST/DELETE /_sandbox/faults).
    void addFault(const Fault &fault);
    void clearFaults();
    QList<Fault> faults() const;

    // Every non-control request, oldest first.
    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();

    // Every client secret value, token, auth code and device code issued (and every
    // code_verifier received) since start or reset. For leak scans.
    QList<IssuedSecret> issuedSecrets() const;
    QStringList issuedSecretValues() const;

    // Approves (or denies) a pending device code by its user code, as the tenant's administrator
    // would on /devicelogin. Returns false for an unknown or expired code.
    bool approveDeviceCode(const QString &userCode, bool approve = true);

    // Test shortcut: a delegated access token for the Contoso administrator through the Graph CLI
    // Tools client, as if signed in with `scopes` (short names, e.g. "Application.ReadWrite.All").
    // Prefer a real sign-in over HTTP (tests/support/sandboxfixture.h) where the flow matters.
    QString issueAdminAccessToken(const QStringList &scopes);

    // The whole directory (tenants, objects, secrets, tokens, config) as JSON, as
    // GET /_sandbox/state returns it.
    QJsonObject state() const;
    bool loadState(const QString &path, QString *error = nullptr);
    bool saveState(const QString &path, QString *error = nullptr) const;
    // Back to the seed: objects, tokens, faults, log and issued list are cleared; config kept.
    void reset();

    // Direct read access for assertions (the view of an administrator, ignores replication).
    QJsonArray applications(const QString &tenantId = QString::fromLatin1(seed::kTenantId)) const;
    QJsonArray
    servicePrincipals(const QString &tenantId = QString::fromLatin1(seed::kTenantId)) const;
    QJsonArray
    appRoleAssignments(const QString &tenantId = QString::fromLatin1(seed::kTenantId)) const;
    QJsonArray
    oauth2PermissionGrants(const QString &tenantId = QString::fromLatin1(seed::kTenantId)) const;

Q_SIGNALS:
    // Emitted after each logged (non-control) request was answered or dropped.
    void requestLogged(const leap::sandbox::LoggedRequest &entry);

private:
    friend class HttpTransport;
    void attachTransport();

    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<HttpTransport> m_transport; // built at the first connection
    QPointer<QTcpServer> m_listener; // owned by this, then by the transport
    QUrl m_base;
};

} // namespace leap::sandbox

Q_DECLARE_METATYPE(leap::sandbox::LoggedRequest)
