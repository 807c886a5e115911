#include "graph/permissioncatalog.h"

#include <QCoreApplication>
#include <QCoro/QCoroSignal>
#include <QJsonArray>

namespace leap {

const ResolvedPermission *GraphResourceInfo::find(const QString &value, PermissionType type) const
{
    for (const ResolvedPermission &p : permissions) {
        if (p.spec.type == type && p.spec.value == value)
            return &p;
    }
    return nullptr;
}

PermissionCatalog::PermissionCatalog(GraphClient *client) : QObject(client), m_client(client) { }

PermissionCatalog *PermissionCatalog::forClient(GraphClient *client)
{
    if (auto *existing =
            client->findChild<PermissionCatalog *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new PermissionCatalog(client);
}

QCoro::Task<Result<GraphResourceInfo>> PermissionCatalog::resolve()
{
    // Copies: QCoro 0.8's co_return of an lvalue moves from it (qcorotask.h return_value(U&&)).
    if (m_cached)
        co_return Result<GraphResourceInfo>(*m_cached);
    if (m_busy) {
        // Someone is already asking Graph: share the answer instead of asking twice.
        co_await qCoro(this, &PermissionCatalog::resolved);
        if (m_cached)
            co_return Result<GraphResourceInfo>(*m_cached);
        if (m_last)
            co_return Result<GraphResourceInfo>(*m_last);
    }
    m_busy = true;
    const GraphResponse r = co_await m_client->send(GraphRequest::get(
        QStringLiteral("/servicePrincipals(appId=%1)?$select=id,appId,appRoles,"
                       "oauth2PermissionScopes")
            .arg(GraphClient::quoted(QString::fromLatin1(kMicrosoftGraphAppId)))));
    Result<GraphResourceInfo> result = [&]() -> Result<GraphResourceInfo> {
        if (!r.ok()) {
            Error e = r.error.toError();
            if (r.error.type == GraphErrorType::NotFound) {
                e.kind = ErrorKind::GraphRefused;
                e.message = tr("The tenant has no Microsoft Graph service principal, so its "
                               "permissions cannot be looked up.");
                e.fix = tr("Check that the tenant is an ordinary Microsoft Entra tenant and the "
                           "right cloud was chosen (--cloud).");
            }
            return e;
        }
        GraphResourceInfo info;
        info.servicePrincipalId = r.json.value(QStringLiteral("id")).toString().toLower();
        const QJsonArray roles = r.json.value(QStringLiteral("appRoles")).toArray();
        const QJsonArray scopes = r.json.value(QStringLiteral("oauth2PermissionScopes")).toArray();
        for (const PermissionSpec &spec : leapPermissions()) {
            QString id;
            if (spec.type == PermissionType::Application) {
                for (const QJsonValue &v : roles) {
                    const QJsonObject role = v.toObject();
                    const bool forApps = role.value(QStringLiteral("allowedMemberTypes"))
                                             .toArray()
                                             .contains(QStringLiteral("Application"));
                    if (forApps && role.value(QStringLiteral("value")).toString() == spec.value) {
                        id = role.value(QStringLiteral("id")).toString().toLower();
                        break;
                    }
                }
            } else {
                for (const QJsonValue &v : scopes) {
                    const QJsonObject scope = v.toObject();
                    if (scope.value(QStringLiteral("value")).toString() == spec.value) {
                        id = scope.value(QStringLiteral("id")).toString().toLower();
                        break;
                    }
                }
            }
            if (id.isEmpty())
                return Error::make(
                    ErrorKind::GraphRefused,
                    tr("The tenant's Microsoft Graph offers no %1 permission \"%2\".")
                        .arg(permissionTypeName(spec.type).toLower(), spec.value),
                    tr("Check that the right cloud was chosen (--cloud); Leap needs this "
                       "permission."));
            if (id != spec.knownId.toLower())
                qCInfo(lcGraph) << "permission" << spec.value << "has tenant id" << id
                                << "(public id" << spec.knownId << ")";
            info.permissions.append({spec, id});
        }
        if (info.servicePrincipalId.isEmpty())
            return Error::make(
                ErrorKind::Internal,
                tr("Microsoft Graph described its service principal without an id."));
        return info;
    }();
    if (result)
        m_cached = result.value();
    m_last = result;
    m_busy = false;
    Q_EMIT resolved();
    co_return result;
}

} // namespace leap
