#pragma once

#include "model/error.h"
#include "model/profile.h"

#include <QCoro/QCoroTask>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace leap {

class GraphClient;
class ProfileStore;

// One line of a plan, for `configure --dry-run` and the wizard's plan view.
struct PlannedChange
{
    enum class Action { Create, Update, Keep };
    Action action = Action::Keep;
    QString object; // "application", "service principal", "client secret", "permission", ...
    QString description; // for people, translated: "Create the application \"HCL Leap (…)\""

    static QString actionName(Action action); // "create" / "update" / "keep"
};

// What documented step 1 finds in the tenant and would do.
struct ApplicationPlan
{
    bool applicationExists = false;
    bool servicePrincipalExists = false;
    QString appId; // when the application exists
    QString objectId;
    QString servicePrincipalId;
    QString displayName;
    QStringList missingRedirectUris; // to be added (case-sensitive comparison, as Entra does)
    QStringList missingPermissions; // values, e.g. "Group.Read.All"
    bool groupClaimsMissing = false; // groupMembershipClaims would be set to SecurityGroup
    QList<PlannedChange> changes; // every line, "keep" lines included

    bool needsWrite() const;
};

struct ApplicationOutcome
{
    bool applicationCreated = false;
    bool applicationUpdated = false;
    bool servicePrincipalCreated = false;
    QList<PlannedChange> changes; // what was done ("keep" lines for what was already right)
};

// Documented step 1: register HCL Leap as an application (redirect URI, group claims, the four
// permissions requested) and create its service principal. Idempotent: the application is found
// by the uniqueName the product controls (or the profile's appId), never by display name; an
// existing application only gains what is missing, nothing an administrator added is removed.
class ApplicationService : public QObject
{
    Q_OBJECT
public:
    // `profiles` may be null (nothing is saved, e.g. tests or --dry-run); with a store the
    // profile is saved before and after every write (journal "started"/"done").
    explicit ApplicationService(GraphClient *client, ProfileStore *profiles = nullptr,
                                QObject *parent = nullptr);

    // Reads only. The profile needs tenantId and leapHost (displayName / uniqueName default from
    // the host when empty).
    QCoro::Task<Result<ApplicationPlan>> plan(Profile profile);
    // Creates or converges the application and its service principal; fills profile.appId,
    // objectId, servicePrincipalId (and displayName / uniqueName when empty). `profile` must stay
    // alive until the task finishes.
    QCoro::Task<Result<ApplicationOutcome>> ensure(Profile &profile);

Q_SIGNALS:
    void progress(const QString &message);

private:
    GraphClient *m_client;
    ProfileStore *m_profiles;
};

} // namespace leap
