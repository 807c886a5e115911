#pragma once

#include "graph/graphclient.h"
#include "model/error.h"
#include "model/permissions.h"

#include <QCoro/QCoroTask>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace leap {

// One of the four Leap permissions with the id this tenant's Microsoft Graph uses for it.
struct ResolvedPermission
{
    PermissionSpec spec;
    QString id; // lower-case GUID from the tenant's Microsoft Graph service principal
};

// The tenant's Microsoft Graph service principal, as far as Leap needs it.
struct GraphResourceInfo
{
    QString servicePrincipalId; // object id (resourceId of assignments and grants)
    QList<ResolvedPermission> permissions; // the four, in leapPermissions() order

    const ResolvedPermission *find(const QString &value, PermissionType type) const;
};

// Resolves the four permission ids from GET /servicePrincipals(appId='00000003-…') by value and
// type (app roles must allow "Application" members). One lookup per GraphClient: the result is
// cached, and concurrent callers share one request.
class PermissionCatalog : public QObject
{
    Q_OBJECT
public:
    // The catalog that belongs to `client` (created on first use, a child of the client).
    static PermissionCatalog *forClient(GraphClient *client);

    QCoro::Task<Result<GraphResourceInfo>> resolve();
    void clear() { m_cached.reset(); }

Q_SIGNALS:
    void resolved(); // internal: wakes concurrent callers

private:
    explicit PermissionCatalog(GraphClient *client);
    GraphClient *m_client;
    std::optional<GraphResourceInfo> m_cached; // only a success is kept
    std::optional<Result<GraphResourceInfo>> m_last; // for callers that waited on a lookup
    bool m_busy = false;
};

} // namespace leap
