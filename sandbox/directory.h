#pragma once

// The sandbox's state: tenants with their directory objects (kept as Graph JSON so $select,
// PATCH merging and the state file are straightforward), the issued tokens, codes and secrets,
// the configuration and the faults. No HTTP here.

#include "faults.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace leap::sandbox {

struct TokenRecord
{
    QString token;
    QString kind; // "access" or "refresh"
    QString tenantId;
    QString clientId; // appId of the client
    QString userId; // object id of the signed-in user; empty for app-only tokens
    QStringList scopes; // delegated short names (Graph)
    QStringList roles; // app-only role values
    qint64 expiresAt = 0; // ms since epoch

    QJsonObject toJson() const;
    static TokenRecord fromJson(const QJsonObject &o);
};

struct AuthCodeRecord
{
    QString code;
    QString tenantId;
    QString clientId;
    QString redirectUri;
    QString codeChallenge;
    QString codeChallengeMethod;
    QStringList scopes; // as requested (short names, incl. openid/profile/offline_access)
    QString userId;
    QString nonce;
    qint64 expiresAt = 0;
    bool redeemed = false;

    QJsonObject toJson() const;
    static AuthCodeRecord fromJson(const QJsonObject &o);
};

struct DeviceCodeRecord
{
    QString deviceCode;
    QString userCode;
    QString tenantId;
    QString clientId;
    QStringList scopes;
    QString state = QStringLiteral("pending"); // pending, approved, declined, redeemed
    QString userId;
    qint64 expiresAt = 0;
    qint64 lastPollAt = 0;

    QJsonObject toJson() const;
    static DeviceCodeRecord fromJson(const QJsonObject &o);
};

struct SecretRecord
{
    QString tenantId;
    QString appObjectId;
    QString keyId;
    QString value;
    qint64 createdAt = 0; // ms, for replication
    qint64 endAt = 0; // ms

    QJsonObject toJson() const;
    static SecretRecord fromJson(const QJsonObject &o);
};

// A first-party (Microsoft-owned) public client the administrator can sign in with.
struct PublicClient
{
    QString appId;
    QString displayName;
    QStringList redirectUris; // http://localhost matches any port
};

struct Tenant
{
    QString id;
    QString domain;
    QString displayName;
    QString adminId; // object id of the seeded administrator
    QList<QJsonObject> users;
    QList<QJsonObject> groups;
    QList<QJsonObject> applications;
    QList<QJsonObject> servicePrincipals;
    QList<QJsonObject> appRoleAssignments;
    QList<QJsonObject> oauth2PermissionGrants;
    QMap<QString, qint64> createdAt; // object id -> ms since epoch (replication)
    // clientId -> delegated Graph scopes the administrator consented to for that client.
    QMap<QString, QStringList> consentedScopes;

    QJsonObject toJson() const;
    static Tenant fromJson(const QJsonObject &o);
};

class Directory
{
public:
    Directory();

    void reseed(); // objects, tokens, codes, faults, log, issued list back to the seed

    // Finds a tenant by GUID or verified domain (case-insensitive).
    Tenant *tenant(const QString &idOrDomain);
    const Tenant *tenant(const QString &idOrDomain) const;

    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
    // False while the object is younger than the replication delay.
    bool replicated(const Tenant &t, const QString &objectId) const;
    bool replicatedAt(qint64 createdAtMs) const;

    // Lookups; `includeUnreplicated` = the writer's view (e.g. the create response path).
    QJsonObject *application(Tenant &t, const QString &objectId, bool includeUnreplicated = false);
    QJsonObject *applicationByAppId(Tenant &t, const QString &appId,
                                    bool includeUnreplicated = false);
    QJsonObject *applicationByUniqueName(Tenant &t, const QString &uniqueName,
                                         bool includeUnreplicated = false);
    QJsonObject *servicePrincipal(Tenant &t, const QString &objectId,
                                  bool includeUnreplicated = false);
    QJsonObject *servicePrincipalByAppId(Tenant &t, const QString &appId,
                                         bool includeUnreplicated = false);
    QJsonObject *user(Tenant &t, const QString &idOrUpn);

    std::optional<PublicClient> publicClient(const Tenant &t, const QString &appId) const;

    // Delegated Graph scope / app role definitions from the tenant's Graph service principal.
    QJsonObject graphScopeByValue(Tenant &t, const QString &value);
    QJsonObject graphRoleById(Tenant &t, const QString &id);

    void recordIssued(const QString &kind, const QString &value);

    // Tokens
    TokenRecord *findToken(const QString &token, const QString &kind);
    TokenRecord issueToken(TokenRecord record, int lifetimeSec);

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);

    SandboxConfig config;
    QList<Tenant> tenants;
    QList<TokenRecord> tokensIssued;
    QList<AuthCodeRecord> authCodes;
    QList<DeviceCodeRecord> deviceCodes;
    QList<SecretRecord> secrets;
    QList<IssuedSecret> issued;
    QList<Fault> faults;
    QList<LoggedRequest> requestLog;
    QList<PublicClient> firstPartyClients;
};

// seed.cpp
void seedTenants(Directory &directory);

} // namespace leap::sandbox
