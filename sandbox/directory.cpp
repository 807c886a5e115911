#include "directory.h"

#include <QJsonValue>

namespace leap::sandbox {

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const auto &x : v.toArray())
        out.append(x.toString());
    return out;
}
QJsonArray objectsToArray(const QList<QJsonObject> &list)
{
    QJsonArray a;
    for (const auto &o : list)
        a.append(o);
    return a;
}
QList<QJsonObject> arrayToObjects(const QJsonValue &v)
{
    QList<QJsonObject> out;
    for (const auto &x : v.toArray())
        out.append(x.toObject());
    return out;
}
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
qint64 num(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}
} // namespace

QJsonObject TokenRecord::toJson() const
{
    return {{QStringLiteral("token"), token},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("scopes"), toArray(scopes)},
            {QStringLiteral("roles"), toArray(roles)},
            {QStringLiteral("expiresAt"), double(expiresAt)}};
}

TokenRecord TokenRecord::fromJson(const QJsonObject &o)
{
    TokenRecord r;
    r.token = str(o, "token");
    r.kind = str(o, "kind");
    r.tenantId = str(o, "tenantId");
    r.clientId = str(o, "clientId");
    r.userId = str(o, "userId");
    r.scopes = toStringList(o.value(QStringLiteral("scopes")));
    r.roles = toStringList(o.value(QStringLiteral("roles")));
    r.expiresAt = num(o, "expiresAt");
    return r;
}

QJsonObject AuthCodeRecord::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("redirectUri"), redirectUri},
            {QStringLiteral("codeChallenge"), codeChallenge},
            {QStringLiteral("codeChallengeMethod"), codeChallengeMethod},
            {QStringLiteral("scopes"), toArray(scopes)},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("expiresAt"), double(expiresAt)},
            {QStringLiteral("redeemed"), redeemed}};
}

AuthCodeRecord AuthCodeRecord::fromJson(const QJsonObject &o)
{
    AuthCodeRecord r;
    r.code = str(o, "code");
    r.tenantId = str(o, "tenantId");
    r.clientId = str(o, "clientId");
    r.redirectUri = str(o, "redirectUri");
    r.codeChallenge = str(o, "codeChallenge");
    r.codeChallengeMethod = str(o, "codeChallengeMethod");
    r.scopes = toStringList(o.value(QStringLiteral("scopes")));
    r.userId = str(o, "userId");
    r.nonce = str(o, "nonce");
    r.expiresAt = num(o, "expiresAt");
    r.redeemed = o.value(QStringLiteral("redeemed")).toBool();
    return r;
}

QJsonObject DeviceCodeRecord::toJson() const
{
    return {{QStringLiteral("deviceCode"), deviceCode},
            {QStringLiteral("userCode"), userCode},
            {QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("scopes"), toArray(scopes)},
            {QStringLiteral("state"), state},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("expiresAt"), double(expiresAt)},
            {QStringLiteral("lastPollAt"), double(lastPollAt)}};
}

DeviceCodeRecord DeviceCodeRecord::fromJson(const QJsonObject &o)
{
    DeviceCodeRecord r;
    r.deviceCode = str(o, "deviceCode");
    r.userCode = str(o, "userCode");
    r.tenantId = str(o, "tenantId");
    r.clientId = str(o, "clientId");
    r.scopes = toStringList(o.value(QStringLiteral("scopes")));
    r.state = str(o, "state");
    r.userId = str(o, "userId");
    r.expiresAt = num(o, "expiresAt");
    r.lastPollAt = num(o, "lastPollAt");
    return r;
}

QJsonObject SecretRecord::toJson() const
{
    return {{QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("appObjectId"), appObjectId},
            {QStringLiteral("keyId"), keyId},
            {QStringLiteral("value"), value},
            {QStringLiteral("createdAt"), double(createdAt)},
            {QStringLiteral("endAt"), double(endAt)}};
}

SecretRecord SecretRecord::fromJson(const QJsonObject &o)
{
    SecretRecord r;
    r.tenantId = str(o, "tenantId");
    r.appObjectId = str(o, "appObjectId");
    r.keyId = str(o, "keyId");
    r.value = str(o, "value");
    r.createdAt = num(o, "createdAt");
    r.endAt = num(o, "endAt");
    return r;
}

QJsonObject Tenant::toJson() const
{
    QJsonObject created;
    for (auto it = createdAt.begin(); it != createdAt.end(); ++it)
        created.insert(it.key(), double(it.value()));
    QJsonObject consent;
    for (auto it = consentedScopes.begin(); it != consentedScopes.end(); ++it)
        consent.insert(it.key(), toArray(it.value()));
    return {{QStringLiteral("id"), id},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("adminId"), adminId},
            {QStringLiteral("users"), objectsToArray(users)},
            {QStringLiteral("groups"), objectsToArray(groups)},
            {QStringLiteral("applications"), objectsToArray(applications)},
            {QStringLiteral("servicePrincipals"), objectsToArray(servicePrincipals)},
            {QStringLiteral("appRoleAssignments"), objectsToArray(appRoleAssignments)},
            {QStringLiteral("oauth2PermissionGrants"), objectsToArray(oauth2PermissionGrants)},
            {QStringLiteral("createdAt"), created},
            {QStringLiteral("consentedScopes"), consent}};
}

Tenant Tenant::fromJson(const QJsonObject &o)
{
    Tenant t;
    t.id = str(o, "id");
    t.domain = str(o, "domain");
    t.displayName = str(o, "displayName");
    t.adminId = str(o, "adminId");
    t.users = arrayToObjects(o.value(QStringLiteral("users")));
    t.groups = arrayToObjects(o.value(QStringLiteral("groups")));
    t.applications = arrayToObjects(o.value(QStringLiteral("applications")));
    t.servicePrincipals = arrayToObjects(o.value(QStringLiteral("servicePrincipals")));
    t.appRoleAssignments = arrayToObjects(o.value(QStringLiteral("appRoleAssignments")));
    t.oauth2PermissionGrants = arrayToObjects(o.value(QStringLiteral("oauth2PermissionGrants")));
    const QJsonObject created = o.value(QStringLiteral("createdAt")).toObject();
    for (auto it = created.begin(); it != created.end(); ++it)
        t.createdAt.insert(it.key(), qint64(it.value().toDouble()));
    const QJsonObject consent = o.value(QStringLiteral("consentedScopes")).toObject();
    for (auto it = consent.begin(); it != consent.end(); ++it)
        t.consentedScopes.insert(it.key(), toStringList(it.value()));
    return t;
}

Directory::Directory()
{
    reseed();
}

void Directory::reseed()
{
    tenants.clear();
    tokensIssued.clear();
    authCodes.clear();
    deviceCodes.clear();
    secrets.clear();
    issued.clear();
    faults.clear();
    requestLog.clear();
    firstPartyClients.clear();
    seedTenants(*this);
}

Tenant *Directory::tenant(const QString &idOrDomain)
{
    for (auto &t : tenants) {
        if (t.id.compare(idOrDomain, Qt::CaseInsensitive) == 0 ||
            t.domain.compare(idOrDomain, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const Tenant *Directory::tenant(const QString &idOrDomain) const
{
    return const_cast<Directory *>(this)->tenant(idOrDomain);
}

bool Directory::replicatedAt(qint64 createdAtMs) const
{
    return config.replicationDelayMs <= 0 || nowMs() - createdAtMs >= config.replicationDelayMs;
}

bool Directory::replicated(const Tenant &t, const QString &objectId) const
{
    const auto it = t.createdAt.find(objectId);
    return it == t.createdAt.end() || replicatedAt(it.value());
}

namespace {
QJsonObject *findIn(QList<QJsonObject> &list, const char *key, const QString &value,
                    Qt::CaseSensitivity cs = Qt::CaseInsensitive)
{
    for (auto &o : list) {
        if (o.value(QLatin1String(key)).toString().compare(value, cs) == 0 && !value.isEmpty())
            return &o;
    }
    return nullptr;
}
} // namespace

QJsonObject *Directory::application(Tenant &t, const QString &objectId, bool includeUnreplicated)
{
    QJsonObject *o = findIn(t.applications, "id", objectId);
    return o && (includeUnreplicated || replicated(t, objectId)) ? o : nullptr;
}

QJsonObject *Directory::applicationByAppId(Tenant &t, const QString &appId,
                                           bool includeUnreplicated)
{
    QJsonObject *o = findIn(t.applications, "appId", appId);
    return o && (includeUnreplicated || replicated(t, str(*o, "id"))) ? o : nullptr;
}

QJsonObject *Directory::applicationByUniqueName(Tenant &t, const QString &uniqueName,
                                                bool includeUnreplicated)
{
    QJsonObject *o = findIn(t.applications, "uniqueName", uniqueName);
    return o && (includeUnreplicated || replicated(t, str(*o, "id"))) ? o : nullptr;
}

QJsonObject *Directory::servicePrincipal(Tenant &t, const QString &objectId,
                                         bool includeUnreplicated)
{
    QJsonObject *o = findIn(t.servicePrincipals, "id", objectId);
    return o && (includeUnreplicated || replicated(t, objectId)) ? o : nullptr;
}

QJsonObject *Directory::servicePrincipalByAppId(Tenant &t, const QString &appId,
                                                bool includeUnreplicated)
{
    QJsonObject *o = findIn(t.servicePrincipals, "appId", appId);
    return o && (includeUnreplicated || replicated(t, str(*o, "id"))) ? o : nullptr;
}

QJsonObject *Directory::user(Tenant &t, const QString &idOrUpn)
{
    if (QJsonObject *o = findIn(t.users, "id", idOrUpn))
        return o;
    return findIn(t.users, "userPrincipalName", idOrUpn);
}

std::optional<PublicClient> Directory::publicClient(const Tenant &t, const QString &appId) const
{
    for (const auto &c : firstPartyClients) {
        if (c.appId.compare(appId, Qt::CaseInsensitive) == 0)
            return c;
    }
    // An application of the tenant that allows public client flows.
    for (const auto &app : t.applications) {
        if (app.value(QStringLiteral("appId")).toString().compare(appId, Qt::CaseInsensitive) != 0)
            continue;
        if (!app.value(QStringLiteral("isFallbackPublicClient")).toBool())
            return std::nullopt;
        PublicClient c;
        c.appId = app.value(QStringLiteral("appId")).toString();
        c.displayName = app.value(QStringLiteral("displayName")).toString();
        for (const auto &u : app.value(QStringLiteral("publicClient"))
                                 .toObject()
                                 .value(QStringLiteral("redirectUris"))
                                 .toArray())
            c.redirectUris.append(u.toString());
        return c;
    }
    return std::nullopt;
}

QJsonObject Directory::graphScopeByValue(Tenant &t, const QString &value)
{
    if (QJsonObject *sp =
            servicePrincipalByAppId(t, QString::fromLatin1(seed::kGraphAppId), true)) {
        for (const auto &s : sp->value(QStringLiteral("oauth2PermissionScopes")).toArray()) {
            if (s.toObject()
                    .value(QStringLiteral("value"))
                    .toString()
                    .compare(value, Qt::CaseInsensitive) == 0)
                return s.toObject();
        }
    }
    return {};
}

QJsonObject Directory::graphRoleById(Tenant &t, const QString &id)
{
    if (QJsonObject *sp =
            servicePrincipalByAppId(t, QString::fromLatin1(seed::kGraphAppId), true)) {
        for (const auto &s : sp->value(QStringLiteral("appRoles")).toArray()) {
            if (s.toObject().value(QStringLiteral("id")).toString() == id)
                return s.toObject();
        }
    }
    return {};
}

void Directory::recordIssued(const QString &kind, const QString &value)
{
    if (!value.isEmpty())
        issued.append(IssuedSecret {kind, value, nowMs()});
}

TokenRecord *Directory::findToken(const QString &token, const QString &kind)
{
    if (token.isEmpty())
        return nullptr;
    for (auto &r : tokensIssued) {
        if (r.token == token && r.kind == kind)
            return &r;
    }
    return nullptr;
}

TokenRecord Directory::issueToken(TokenRecord record, int lifetimeSec)
{
    record.expiresAt = nowMs() + qint64(lifetimeSec) * 1000;
    tokensIssued.append(record);
    recordIssued(record.kind == QLatin1String("access") ? QStringLiteral("accessToken")
                                                        : QStringLiteral("refreshToken"),
                 record.token);
    return record;
}

QJsonObject Directory::toJson() const
{
    QJsonArray ts;
    for (const auto &t : tenants)
        ts.append(t.toJson());
    QJsonArray toks;
    for (const auto &t : tokensIssued)
        toks.append(t.toJson());
    QJsonArray codes;
    for (const auto &c : authCodes)
        codes.append(c.toJson());
    QJsonArray devs;
    for (const auto &d : deviceCodes)
        devs.append(d.toJson());
    QJsonArray secs;
    for (const auto &s : secrets)
        secs.append(s.toJson());
    QJsonArray iss;
    for (const auto &i : issued)
        iss.append(QJsonObject {{QStringLiteral("kind"), i.kind},
                                {QStringLiteral("value"), i.value},
                                {QStringLiteral("time"), double(i.time)}});
    return {{QStringLiteral("format"), QStringLiteral("leap-entra-sandbox-state/1")},
            {QStringLiteral("config"), config.toJson()},
            {QStringLiteral("tenants"), ts},
            {QStringLiteral("tokens"), toks},
            {QStringLiteral("authCodes"), codes},
            {QStringLiteral("deviceCodes"), devs},
            {QStringLiteral("secrets"), secs},
            {QStringLiteral("issued"), iss}};
}

bool Directory::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QStringLiteral("format")).toString() !=
        QLatin1String("leap-entra-sandbox-state/1")) {
        if (error)
            *error = QStringLiteral("not a sandbox state file (format leap-entra-sandbox-state/1)");
        return false;
    }
    SandboxConfig cfg;
    if (!cfg.apply(json.value(QStringLiteral("config")).toObject(), error))
        return false;
    QList<Tenant> ts;
    for (const auto &t : json.value(QStringLiteral("tenants")).toArray())
        ts.append(Tenant::fromJson(t.toObject()));
    if (ts.isEmpty()) {
        if (error)
            *error = QStringLiteral("the state file has no tenants");
        return false;
    }
    config = cfg;
    tenants = ts;
    tokensIssued.clear();
    for (const auto &t : json.value(QStringLiteral("tokens")).toArray())
        tokensIssued.append(TokenRecord::fromJson(t.toObject()));
    authCodes.clear();
    for (const auto &t : json.value(QStringLiteral("authCodes")).toArray())
        authCodes.append(AuthCodeRecord::fromJson(t.toObject()));
    deviceCodes.clear();
    for (const auto &t : json.value(QStringLiteral("deviceCodes")).toArray())
        deviceCodes.append(DeviceCodeRecord::fromJson(t.toObject()));
    secrets.clear();
    for (const auto &t : json.value(QStringLiteral("secrets")).toArray())
        secrets.append(SecretRecord::fromJson(t.toObject()));
    issued.clear();
    for (const auto &t : json.value(QStringLiteral("issued")).toArray()) {
        const QJsonObject o = t.toObject();
        issued.append(IssuedSecret {str(o, "kind"), str(o, "value"), num(o, "time")});
    }
    return true;
}

} // namespace leap::sandbox
