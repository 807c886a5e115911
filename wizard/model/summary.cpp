#include "model/summary.h"

#include <QJsonArray>

namespace leap {

QString rfc3339(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    QDateTime utc = dt.toUTC();
    // Milliseconds would be legal RFC 3339 but add noise for people; Graph's own dates have none.
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

Summary Summary::build(const Profile &profile, const SummaryFacts &facts)
{
    Summary s;
    s.generatedAt = facts.now.toUTC();
    s.profile = profile.name;
    s.cloud = cloudName(profile.cloud);
    s.tenantId = profile.tenantId;
    s.tenantDomain = profile.tenantDomain;

    s.leapHost = profile.leapHost;
    s.redirectUri = profile.redirectUri();
    s.credentialAlias = profile.credentialAlias;

    s.displayName = profile.displayName;
    s.appId = profile.appId;
    s.objectId = profile.objectId;
    s.servicePrincipalId = profile.servicePrincipalId;

    for (const SecretInfo &info : profile.secrets) {
        SummarySecret secret;
        secret.info = info;
        secret.daysLeft = info.daysLeft(facts.now);
        secret.inKeychain = facts.secretsInKeychain.contains(info.keyId.toLower());
        s.clientSecrets.append(secret);
    }

    for (const PermissionSpec &spec : leapPermissions()) {
        SummaryPermission p;
        p.api = QStringLiteral("Microsoft Graph");
        p.value = spec.value;
        p.type = spec.type;
        p.id = facts.permissionIds.value(spec.value, spec.knownId);
        p.adminConsent = facts.consentedPermissions.contains(spec.value);
        s.permissions.append(p);
    }

    const Endpoints endpoints = profile.endpoints();
    s.authority = endpoints.authority.toString(QUrl::FullyEncoded);
    s.discovery = endpoints.discovery(profile.tenantId).toString(QUrl::FullyEncoded);
    s.token = endpoints.token(profile.tenantId).toString(QUrl::FullyEncoded);
    s.graph = endpoints.graph.toString(QUrl::FullyEncoded);

    s.leapProperties = {
        {QString::fromLatin1(kLeapMemberManagerType), QString::fromLatin1(kLeapMemberManagerValue)},
        {QString::fromLatin1(kLeapTenantId), profile.tenantId},
        {QString::fromLatin1(kLeapCredentialAlias), profile.credentialAlias},
    };

    s.clientSecretValue = facts.clientSecretValue;

    s.setupBy = profile.setupBy;
    s.setupAt = profile.createdAt;
    s.updatedAt = profile.updatedAt;
    return s;
}

const SummarySecret *Summary::currentSecret() const
{
    for (const SummarySecret &secret : clientSecrets) {
        if (secret.info.current)
            return &secret;
    }
    return nullptr;
}

QJsonObject Summary::toJson() const
{
    QJsonArray secrets;
    for (const SummarySecret &secret : clientSecrets) {
        secrets.append(QJsonObject {
            {QStringLiteral("keyId"), secret.info.keyId},
            {QStringLiteral("displayName"), secret.info.displayName},
            {QStringLiteral("hint"), secret.info.hint},
            {QStringLiteral("startDateTime"), rfc3339(secret.info.startDateTime)},
            {QStringLiteral("endDateTime"), rfc3339(secret.info.endDateTime)},
            {QStringLiteral("daysLeft"), secret.daysLeft},
            {QStringLiteral("current"), secret.info.current},
            {QStringLiteral("inKeychain"), secret.inKeychain},
        });
    }

    QJsonArray perms;
    for (const SummaryPermission &p : permissions) {
        perms.append(QJsonObject {
            {QStringLiteral("api"), p.api},
            {QStringLiteral("value"), p.value},
            {QStringLiteral("type"), permissionTypeName(p.type)},
            {QStringLiteral("id"), p.id},
            {QStringLiteral("adminConsent"), p.adminConsent},
        });
    }

    QJsonObject props;
    for (const auto &[key, value] : leapProperties)
        props.insert(key, value);

    QJsonObject o {
        {QStringLiteral("schemaVersion"), kSchemaVersion},
        {QStringLiteral("generatedAt"), rfc3339(generatedAt)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("cloud"), cloud},
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("leap"),
         QJsonObject {{QStringLiteral("host"), leapHost},
                      {QStringLiteral("redirectUri"), redirectUri},
                      {QStringLiteral("credentialAlias"), credentialAlias}}},
        {QStringLiteral("application"),
         QJsonObject {{QStringLiteral("displayName"), displayName},
                      {QStringLiteral("appId"), appId},
                      {QStringLiteral("objectId"), objectId},
                      {QStringLiteral("servicePrincipalId"), servicePrincipalId}}},
        {QStringLiteral("clientSecrets"), secrets},
        {QStringLiteral("permissions"), perms},
        {QStringLiteral("endpoints"), QJsonObject {{QStringLiteral("authority"), authority},
                                                   {QStringLiteral("discovery"), discovery},
                                                   {QStringLiteral("token"), token},
                                                   {QStringLiteral("graph"), graph}}},
        {QStringLiteral("leapProperties"), props},
    };
    if (clientSecretValue)
        o.insert(QStringLiteral("clientSecretValue"), *clientSecretValue);
    return o;
}

} // namespace leap
