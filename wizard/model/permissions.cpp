#include "model/permissions.h"

namespace leap {

QString permissionTypeName(PermissionType type)
{
    return type == PermissionType::Application ? QStringLiteral("Application")
                                               : QStringLiteral("Delegated");
}

QString resourceAccessTypeName(PermissionType type)
{
    return type == PermissionType::Application ? QStringLiteral("Role") : QStringLiteral("Scope");
}

const QList<PermissionSpec> &leapPermissions()
{
    static const QList<PermissionSpec> specs = {
        {QStringLiteral("User.ReadBasic.All"), PermissionType::Application,
         QStringLiteral("97235f07-e226-4f63-ace3-39588e11d3a1")},
        {QStringLiteral("Group.Read.All"), PermissionType::Application,
         QStringLiteral("5b567255-7703-4780-807c-7be8301ae99b")},
        {QStringLiteral("openid"), PermissionType::Delegated,
         QStringLiteral("37f7f235-527c-4136-accd-4a02d197296e")},
        {QStringLiteral("profile"), PermissionType::Delegated,
         QStringLiteral("14dad69e-099b-42c9-810b-d002981feec1")},
    };
    return specs;
}

} // namespace leap
