#pragma once

#include "model/error.h"
#include "model/permissions.h"
#include "model/profile.h"

#include <QCoro/QCoroTask>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace leap {

class GraphClient;
class ProfileStore;

struct PermissionState
{
    PermissionSpec spec;
    QString id; // resolved from the tenant
    bool requested = false; // listed in the application's requiredResourceAccess
    bool consented =
        false; // app role assigned (Application) / in the AllPrincipals grant (Delegated)
};

struct PermissionStatus
{
    QList<PermissionState> permissions; // the four, in leapPermissions() order
    QString graphServicePrincipalId;
    QUrl adminConsentUrl; // Endpoints::adminConsent(tenantId, appId)

    bool allConsented() const;
};

struct GrantOptions
{
    // The caller created the service principal in this run (ApplicationOutcome::
    // servicePrincipalCreated): nothing can be assigned to it yet, so the existence reads are
    // skipped (one round trip less). A duplicate is still recognised and left alone.
    bool servicePrincipalIsNew = false;
};

// Documented step 3: the permissions and admin consent. App role assignments for the two
// application permissions on the Microsoft Graph service principal, and one AllPrincipals
// oauth2PermissionGrant whose scope includes "openid profile" (merged into an existing grant,
// never dropping other scopes). Existing assignments and grants are left alone.
// Without the role: GraphRefused naming Privileged Role Administrator or Global Administrator,
// with the admin-consent URL in the fix.
class PermissionService : public QObject
{
    Q_OBJECT
public:
    explicit PermissionService(GraphClient *client, ProfileStore *profiles = nullptr,
                               QObject *parent = nullptr);

    // Needs profile.appId and servicePrincipalId (else every permission reads not requested /
    // not consented). Reads only.
    QCoro::Task<Result<PermissionStatus>> status(Profile profile);
    // Grants what is missing; returns the status afterwards.
    QCoro::Task<Result<PermissionStatus>> grant(Profile &profile, GrantOptions options = {});

Q_SIGNALS:
    void progress(const QString &message);

private:
    QCoro::Task<Result<PermissionStatus>> grantOnce(Profile &profile, GrantOptions options);
    GraphClient *m_client;
    ProfileStore *m_profiles;
};

} // namespace leap
