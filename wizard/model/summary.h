#pragma once

#include "model/permissions.h"
#include "model/profile.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

namespace leap {

// What only the live tenant and the keychain can tell; the profile alone does not know it.
struct SummaryFacts
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> secretsInKeychain; // keyIds (lower case) whose value is in the keychain
    QSet<QString> consentedPermissions; // permission values ("Group.Read.All") with admin consent
    // Permission ids resolved from the tenant's Microsoft Graph service principal, by value.
    // A permission missing here is reported with the public id (PermissionSpec::knownId).
    QHash<QString, QString> permissionIds;
    // Only for `export --include-secret`: the current secret's value.
    std::optional<QString> clientSecretValue;
};

struct SummarySecret
{
    SecretInfo info;
    int daysLeft = 0;
    bool inKeychain = false;
};

struct SummaryPermission
{
    QString api; // "Microsoft Graph"
    QString value; // "User.ReadBasic.All"
    PermissionType type = PermissionType::Application;
    QString id;
    bool adminConsent = false;
};

// The contract's summary document (schemaVersion 1): what `export --format json` and
// `status --json` print, and what every other export format is rendered from.
struct Summary
{
    static constexpr int kSchemaVersion = 1;

    QDateTime generatedAt;
    QString profile;
    QString cloud; // contract name: global, usgov, usgov-dod, china
    QString tenantId;

    QString leapHost;
    QString redirectUri;
    QString credentialAlias;

    QString displayName;
    QString appId;
    QString objectId;
    QString servicePrincipalId;

    QList<SummarySecret> clientSecrets;
    QList<SummaryPermission> permissions;

    QString authority;
    QString discovery;
    QString token;
    QString graph;

    // The three Leap properties, in the order Leap's documentation lists them.
    QList<QPair<QString, QString>> leapProperties;

    std::optional<QString> clientSecretValue;

    // For the human formats only; not part of the JSON document.
    QString tenantDomain;
    QString setupBy;
    QDateTime setupAt;
    QDateTime updatedAt;

    static Summary build(const Profile &profile, const SummaryFacts &facts = {});

    const SummarySecret *currentSecret() const;
    QJsonObject toJson() const;
};

// Leap property names (entra-leap-facts §1.3).
inline constexpr auto kLeapMemberManagerType = "ibm.nitro.NitroConfig.memberManagerType";
inline constexpr auto kLeapTenantId = "ibm.nitro.NitroConfig.GraphApiMemberManager.tenantId";
inline constexpr auto kLeapCredentialAlias =
    "ibm.nitro.NitroConfig.GraphApiMemberManager.credentialAlias";
inline constexpr auto kLeapMemberManagerValue = "ms-azure-ad";

// RFC 3339, UTC, seconds ("2026-11-26T05:06:48Z"); empty for an invalid date.
QString rfc3339(const QDateTime &dt);

} // namespace leap
