// The seeded directory: two tenants, their administrators, a few users and groups, and the
// Microsoft Graph service principal with the real permission ids and values
// (entra-leap-facts §3), so product code can resolve permission ids at run time as it must
// against a real tenant.
#include "directory.h"
#include "tokens.h"

namespace leap::sandbox {

namespace {

struct Permission
{
    const char *id;
    const char *value;
    const char *displayName;
    bool adminOnly;
};

// Application permissions (appRoles of Microsoft Graph).
const Permission kGraphRoles[] = {
    {"97235f07-e226-4f63-ace3-39588e11d3a1", "User.ReadBasic.All", "Read all users' basic profiles",
     true},
    {"df021288-bdef-4463-88db-98f22de89214", "User.Read.All", "Read all users' full profiles",
     true},
    {"5b567255-7703-4780-807c-7be8301ae99b", "Group.Read.All", "Read all groups", true},
    {"7ab1d382-f21e-4acd-a863-ba3e13f7da61", "Directory.Read.All", "Read directory data", true},
    {"19dbc75e-c2e2-444c-a770-ec69d8559fc7", "Directory.ReadWrite.All",
     "Read and write directory data", true},
    {"9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30", "Application.Read.All", "Read all applications", true},
    {"1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9", "Application.ReadWrite.All",
     "Read and write all applications", true},
    {"06b708a9-e830-4db3-a914-8e69da51d44f", "AppRoleAssignment.ReadWrite.All",
     "Manage app permission grants and app role assignments", true},
    {"8e8e4742-1d95-4f68-9d56-6ee75648c72a", "DelegatedPermissionGrant.ReadWrite.All",
     "Manage all delegated permission grants", true},
};

// Delegated permissions (oauth2PermissionScopes of Microsoft Graph).
const Permission kGraphScopes[] = {
    {"37f7f235-527c-4136-accd-4a02d197296e", "openid", "Sign users in", false},
    {"14dad69e-099b-42c9-810b-d002981feec1", "profile", "View users' basic profile", false},
    {"64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0", "email", "View users' email address", false},
    {"7427e0e9-2fba-42fe-b0c0-848c9e6a8182", "offline_access",
     "Maintain access to data you have "
     "given it access to",
     false},
    {"e1fe6dd8-ba31-4d61-89e7-88639da4683d", "User.Read", "Sign in and read user profile", false},
    {"b340eb25-3456-403f-be2f-af7a0d370277", "User.ReadBasic.All", "Read all users' basic profiles",
     false},
    {"a154be20-db9c-4678-8ab7-66f6cc099a59", "User.Read.All", "Read all users' full profiles",
     true},
    {"5f8c59db-677d-491f-a6b8-5f174b11ec1d", "Group.Read.All", "Read all groups", true},
    {"06da0dbc-49e2-44d2-8312-53f166ab848a", "Directory.Read.All", "Read directory data", true},
    {"c5366453-9fb0-48a5-a156-24f0c49a4b84", "Directory.ReadWrite.All",
     "Read and write directory data", true},
    {"c79f8feb-a9db-4090-85f9-90d820caa0eb", "Application.Read.All", "Read applications", true},
    {"bdfbf15f-ee85-4955-8675-146e8e5296b5", "Application.ReadWrite.All",
     "Read and write all applications", true},
    {"84bccea3-f856-4a8a-967b-dbe0a3d53a64", "AppRoleAssignment.ReadWrite.All",
     "Manage app permission grants and app role assignments", true},
    {"41ce6ca6-6826-4807-84f1-1c82854f7ee5", "DelegatedPermissionGrant.ReadWrite.All",
     "Manage all delegated permission grants", true},
};

QJsonObject graphServicePrincipal(const QString &objectId)
{
    QJsonArray roles;
    for (const auto &p : kGraphRoles) {
        roles.append(QJsonObject {
            {QStringLiteral("allowedMemberTypes"), QJsonArray {QStringLiteral("Application")}},
            {QStringLiteral("description"),
             QStringLiteral("Allows the app to %1 without a signed-in user.")
                 .arg(QString::fromLatin1(p.displayName).toLower())},
            {QStringLiteral("displayName"), QString::fromLatin1(p.displayName)},
            {QStringLiteral("id"), QString::fromLatin1(p.id)},
            {QStringLiteral("isEnabled"), true},
            {QStringLiteral("origin"), QStringLiteral("Application")},
            {QStringLiteral("value"), QString::fromLatin1(p.value)}});
    }
    QJsonArray scopes;
    for (const auto &p : kGraphScopes) {
        const QString name = QString::fromLatin1(p.displayName);
        scopes.append(
            QJsonObject {{QStringLiteral("adminConsentDescription"),
                          QStringLiteral("Allows the app to %1 on behalf of the signed-in user.")
                              .arg(name.toLower())},
                         {QStringLiteral("adminConsentDisplayName"), name},
                         {QStringLiteral("id"), QString::fromLatin1(p.id)},
                         {QStringLiteral("isEnabled"), true},
                         {QStringLiteral("type"),
                          p.adminOnly ? QStringLiteral("Admin") : QStringLiteral("User")},
                         {QStringLiteral("userConsentDescription"), name},
                         {QStringLiteral("userConsentDisplayName"), name},
                         {QStringLiteral("value"), QString::fromLatin1(p.value)}});
    }
    return QJsonObject {
        {QStringLiteral("id"), objectId},
        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
        {QStringLiteral("accountEnabled"), true},
        {QStringLiteral("appDisplayName"), QStringLiteral("Microsoft Graph")},
        {QStringLiteral("appId"), QString::fromLatin1(seed::kGraphAppId)},
        {QStringLiteral("appOwnerOrganizationId"),
         QStringLiteral("f8cdef31-a31e-4b4a-93e4-5f571e91255a")},
        {QStringLiteral("appRoleAssignmentRequired"), false},
        {QStringLiteral("displayName"), QStringLiteral("Microsoft Graph")},
        {QStringLiteral("servicePrincipalNames"),
         QJsonArray {QString::fromLatin1(seed::kGraphAppId),
                     QStringLiteral("https://graph.microsoft.com")}},
        {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
        {QStringLiteral("signInAudience"), QStringLiteral("AzureADMultipleOrgs")},
        {QStringLiteral("tags"), QJsonArray {}},
        {QStringLiteral("replyUrls"), QJsonArray {}},
        {QStringLiteral("appRoles"), roles},
        {QStringLiteral("oauth2PermissionScopes"), scopes},
        {QStringLiteral("homepage"), QJsonValue::Null},
        {QStringLiteral("notes"), QJsonValue::Null},
        {QStringLiteral("description"), QJsonValue::Null},
        {QStringLiteral("createdDateTime"), QJsonValue::Null},
    };
}

QJsonObject makeUser(const QString &id, const QString &given, const QString &surname,
                     const QString &upn, const QString &jobTitle)
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("businessPhones"), QJsonArray {}},
        {QStringLiteral("displayName"), QString(given + QLatin1Char(' ') + surname)},
        {QStringLiteral("givenName"), given},
        {QStringLiteral("surname"), surname},
        {QStringLiteral("jobTitle"), jobTitle},
        {QStringLiteral("mail"), upn},
        {QStringLiteral("mobilePhone"), QJsonValue::Null},
        {QStringLiteral("officeLocation"), QJsonValue::Null},
        {QStringLiteral("preferredLanguage"), QStringLiteral("en-US")},
        {QStringLiteral("userPrincipalName"), upn}};
}

QJsonObject makeGroup(const QString &id, const QString &name, const QString &description,
                      bool mailEnabled)
{
    return QJsonObject {{QStringLiteral("id"), id},
                        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
                        {QStringLiteral("createdDateTime"), QStringLiteral("2025-03-01T09:00:00Z")},
                        {QStringLiteral("description"), description},
                        {QStringLiteral("displayName"), name},
                        {QStringLiteral("groupTypes"),
                         mailEnabled ? QJsonArray {QStringLiteral("Unified")} : QJsonArray {}},
                        {QStringLiteral("mail"), QJsonValue::Null},
                        {QStringLiteral("mailEnabled"), mailEnabled},
                        {QStringLiteral("mailNickname"), QString(name).remove(QLatin1Char(' '))},
                        {QStringLiteral("securityEnabled"), true},
                        {QStringLiteral("visibility"), QJsonValue::Null}};
}

} // namespace

void seedTenants(Directory &d)
{
    d.firstPartyClients = {
        PublicClient {QString::fromLatin1(seed::kGraphCliClientId),
                      QStringLiteral("Microsoft Graph Command Line Tools"),
                      {QStringLiteral("http://localhost")}},
        PublicClient {QString::fromLatin1(seed::kAzureCliClientId),
                      QStringLiteral("Microsoft Azure CLI"),
                      {QStringLiteral("http://localhost")}},
    };

    Tenant contoso;
    contoso.id = QString::fromLatin1(seed::kTenantId);
    contoso.domain = QString::fromLatin1(seed::kTenantDomain);
    contoso.displayName = QString::fromLatin1(seed::kTenantDisplayName);
    contoso.adminId = QString::fromLatin1(seed::kAdminObjectId);
    contoso.users = {
        makeUser(contoso.adminId, QStringLiteral("Adele"), QStringLiteral("Admin"),
                 QString::fromLatin1(seed::kAdminUpn), QStringLiteral("IT Administrator")),
        makeUser(QStringLiteral("a1b2c3d4-1111-4a5b-8c9d-0e1f2a3b4c51"), QStringLiteral("Megan"),
                 QStringLiteral("Bowen"), QStringLiteral("megan.bowen@contoso.onmicrosoft.com"),
                 QStringLiteral("Marketing Manager")),
        makeUser(QStringLiteral("a1b2c3d4-2222-4a5b-8c9d-0e1f2a3b4c52"), QStringLiteral("Alex"),
                 QStringLiteral("Wilber"), QStringLiteral("alex.wilber@contoso.onmicrosoft.com"),
                 QStringLiteral("Designer")),
        makeUser(QStringLiteral("a1b2c3d4-3333-4a5b-8c9d-0e1f2a3b4c53"), QStringLiteral("Diego"),
                 QStringLiteral("Siciliani"),
                 QStringLiteral("diego.siciliani@contoso.onmicrosoft.com"),
                 QStringLiteral("HR Manager")),
        makeUser(QStringLiteral("a1b2c3d4-4444-4a5b-8c9d-0e1f2a3b4c54"), QStringLiteral("Lynne"),
                 QStringLiteral("Robbins"), QStringLiteral("lynne.robbins@contoso.onmicrosoft.com"),
                 QStringLiteral("Planner")),
    };
    contoso.groups = {
        makeGroup(QStringLiteral("372863bc-5d1e-4f2a-9b3c-4d5e6f7a8b91"),
                  QStringLiteral("Leap Designers"), QStringLiteral("People who build Leap apps"),
                  false),
        makeGroup(QStringLiteral("372863bc-5d1e-4f2a-9b3c-4d5e6f7a8b92"),
                  QStringLiteral("Leap Administrators"),
                  QStringLiteral("Administrators of HCL Leap"), false),
        makeGroup(QStringLiteral("372863bc-5d1e-4f2a-9b3c-4d5e6f7a8b93"),
                  QStringLiteral("All Company"), QStringLiteral("Everyone at Contoso"), true),
    };
    contoso.servicePrincipals = {
        graphServicePrincipal(QString::fromLatin1(seed::kGraphSpObjectIdContoso))};
    contoso.consentedScopes.insert(QString::fromLatin1(seed::kGraphCliClientId),
                                   {QStringLiteral("openid"), QStringLiteral("profile"),
                                    QStringLiteral("offline_access"), QStringLiteral("User.Read")});

    Tenant fabrikam;
    fabrikam.id = QString::fromLatin1(seed::kOtherTenantId);
    fabrikam.domain = QString::fromLatin1(seed::kOtherTenantDomain);
    fabrikam.displayName = QStringLiteral("Fabrikam (sandbox)");
    fabrikam.adminId = QStringLiteral("9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4");
    fabrikam.users = {makeUser(fabrikam.adminId, QStringLiteral("Fiona"), QStringLiteral("Admin"),
                               QString::fromLatin1(seed::kOtherAdminUpn),
                               QStringLiteral("IT Administrator"))};
    fabrikam.servicePrincipals = {
        graphServicePrincipal(QStringLiteral("2b3c4d5e-6f70-4819-a2b3-c4d5e6f7a8b9"))};
    fabrikam.consentedScopes = contoso.consentedScopes;

    d.tenants = {contoso, fabrikam};
}

} // namespace leap::sandbox
