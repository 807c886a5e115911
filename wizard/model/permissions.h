#pragma once

#include <QList>
#include <QString>

namespace leap {

inline constexpr auto kMicrosoftGraphAppId = "00000003-0000-0000-c000-000000000000";
inline constexpr auto kGraphCommandLineToolsClientId = "14d82eec-204b-4c2f-b7e8-296a70dab67e";

enum class PermissionType {
    Application, // an app role ("Role" in requiredResourceAccess), granted by appRoleAssignedTo
    Delegated, // an OAuth2 scope ("Scope"), granted by an oauth2PermissionGrant
};

QString permissionTypeName(PermissionType type); // "Application" / "Delegated" (contract)
QString resourceAccessTypeName(PermissionType type); // "Role" / "Scope" (Graph)

// One permission Leap needs on Microsoft Graph (documented step 3). The id is resolved at run time
// from the tenant's Microsoft Graph service principal; `knownId` is only the public value, used to
// sanity-check and for offline dry runs.
struct PermissionSpec
{
    QString value;
    PermissionType type;
    QString knownId;
};

// The four permissions of the Leap documentation, in the order it lists them.
const QList<PermissionSpec> &leapPermissions();

} // namespace leap
