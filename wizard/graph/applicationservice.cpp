#include "graph/applicationservice.h"

#include "graph/graphclient.h"
#include "graph/permissioncatalog.h"
#include "graph/stepjournal.h"
#include "model/permissions.h"
#include "storage/profilestore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationService", text);
}

const QString kStep = QStringLiteral("register");
const QString kAppSelect = QStringLiteral("$select=id,appId,displayName,uniqueName,signInAudience,"
                                          "web,groupMembershipClaims,requiredResourceAccess");

struct AppDiff
{
    QStringList missingRedirects;
    QList<ResolvedPermission> missingPermissions;
    bool groupClaims = false;

    bool any() const
    {
        return !missingRedirects.isEmpty() || !missingPermissions.isEmpty() || groupClaims;
    }
};

// What the application lacks of what Leap needs. Only additions: whatever else is there (other
// redirect URIs, other APIs' permissions, an administrator's group-claims choice) stays.
AppDiff diffApp(const QJsonObject &app, const Profile &profile, const GraphResourceInfo &graph)
{
    AppDiff d;
    const QJsonArray uris =
        app.value(QStringLiteral("web")).toObject().value(QStringLiteral("redirectUris")).toArray();
    // Entra compares redirect URIs case-sensitively.
    if (!uris.contains(profile.redirectUri()))
        d.missingRedirects << profile.redirectUri();

    QJsonArray access;
    for (const QJsonValue &v : app.value(QStringLiteral("requiredResourceAccess")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("resourceAppId"))
                .toString()
                .compare(QLatin1String(kMicrosoftGraphAppId), Qt::CaseInsensitive) == 0) {
            for (const QJsonValue &a : o.value(QStringLiteral("resourceAccess")).toArray())
                access.append(a);
        }
    }
    for (const ResolvedPermission &p : graph.permissions) {
        bool found = false;
        for (const QJsonValue &a : std::as_const(access)) {
            const QJsonObject o = a.toObject();
            if (o.value(QStringLiteral("id")).toString().compare(p.id, Qt::CaseInsensitive) == 0 &&
                o.value(QStringLiteral("type")).toString() == resourceAccessTypeName(p.spec.type)) {
                found = true;
                break;
            }
        }
        if (!found)
            d.missingPermissions << p;
    }

    // Leap maps groups by object id from the "groups" claim. An explicit choice of the
    // administrator (All, SecurityGroup, ApplicationGroup...) is kept; only "none" is changed.
    const QString claims = app.value(QStringLiteral("groupMembershipClaims")).toString();
    d.groupClaims =
        claims.isEmpty() || claims.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0;
    return d;
}

QJsonObject resourceAccessEntry(const ResolvedPermission &p)
{
    return QJsonObject {{QStringLiteral("id"), p.id},
                        {QStringLiteral("type"), resourceAccessTypeName(p.spec.type)}};
}

QJsonObject createBody(const Profile &profile, const GraphResourceInfo &graph)
{
    QJsonArray access;
    for (const ResolvedPermission &p : graph.permissions)
        access.append(resourceAccessEntry(p));
    // Everything in one request: a second write right after a create is what runs into
    // replication delay. signInAudience always: Graph's default allows personal accounts.
    return QJsonObject {{QStringLiteral("displayName"), profile.displayName},
                        {QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")},
                        {QStringLiteral("web"), QJsonObject {{QStringLiteral("redirectUris"),
                                                              QJsonArray {profile.redirectUri()}}}},
                        {QStringLiteral("groupMembershipClaims"), QStringLiteral("SecurityGroup")},
                        {QStringLiteral("requiredResourceAccess"),
                         QJsonArray {QJsonObject {{QStringLiteral("resourceAppId"),
                                                   QString::fromLatin1(kMicrosoftGraphAppId)},
                                                  {QStringLiteral("resourceAccess"), access}}}}};
}

// A PATCH body that adds what `d` lists. Collections and the `web` complex type are replaced as a
// whole by PATCH, so they are sent complete: what was there plus what is missing.
QJsonObject updateBody(const QJsonObject &app, const AppDiff &d)
{
    QJsonObject body;
    if (!d.missingRedirects.isEmpty()) {
        QJsonObject web = app.value(QStringLiteral("web")).toObject();
        // Graph derives redirectUriSettings from redirectUris; sending a stale copy would clash.
        web.remove(QStringLiteral("redirectUriSettings"));
        QJsonArray uris = web.value(QStringLiteral("redirectUris")).toArray();
        for (const QString &u : d.missingRedirects)
            uris.append(u);
        web.insert(QStringLiteral("redirectUris"), uris);
        body.insert(QStringLiteral("web"), web);
    }
    if (!d.missingPermissions.isEmpty()) {
        QJsonArray rra = app.value(QStringLiteral("requiredResourceAccess")).toArray();
        int graphIndex = -1;
        for (int i = 0; i < rra.size(); ++i) {
            if (rra.at(i)
                    .toObject()
                    .value(QStringLiteral("resourceAppId"))
                    .toString()
                    .compare(QLatin1String(kMicrosoftGraphAppId), Qt::CaseInsensitive) == 0) {
                graphIndex = i;
                break;
            }
        }
        QJsonObject entry = graphIndex >= 0
                                ? rra.at(graphIndex).toObject()
                                : QJsonObject {{QStringLiteral("resourceAppId"),
                                                QString::fromLatin1(kMicrosoftGraphAppId)}};
        QJsonArray access = entry.value(QStringLiteral("resourceAccess")).toArray();
        for (const ResolvedPermission &p : d.missingPermissions)
            access.append(resourceAccessEntry(p));
        entry.insert(QStringLiteral("resourceAccess"), access);
        if (graphIndex >= 0)
            rra.replace(graphIndex, entry);
        else
            rra.append(entry);
        body.insert(QStringLiteral("requiredResourceAccess"), rra);
    }
    if (d.groupClaims)
        body.insert(QStringLiteral("groupMembershipClaims"), QStringLiteral("SecurityGroup"));
    return body;
}

Error appError(const GraphResponse &r, const QString &what)
{
    Error e = r.error.toError();
    if (r.error.type == GraphErrorType::Forbidden) {
        e.message = tr("Microsoft Graph refused to %1: the signed-in account may not manage "
                       "applications in this tenant.")
                        .arg(what);
        e.fix = tr("Sign in as an Application Administrator, Cloud Application Administrator or "
                   "Global Administrator.");
    }
    return e;
}

void fillDefaults(Profile &profile)
{
    if (profile.displayName.isEmpty())
        profile.displayName = Profile::defaultDisplayName(profile.leapHost);
    if (profile.uniqueName.isEmpty())
        profile.uniqueName = Profile::defaultUniqueName(profile.leapHost);
}

std::optional<Error> checkProfile(const Profile &profile)
{
    if (profile.tenantId.isEmpty() || profile.leapHost.isEmpty())
        return Error::make(ErrorKind::Internal,
                           tr("The profile lacks the tenant or the Leap host."));
    return std::nullopt;
}

struct Lookup
{
    std::optional<QJsonObject> object; // empty: not there
    std::optional<Error> error;
};

// The application by the key the product controls (uniqueName), else by the profile's appId.
// Never by display name: another application may carry the same name.
QCoro::Task<Lookup> findApplication(GraphClient *client, Profile profile)
{
    Lookup out;
    GraphResponse r =
        co_await client->send(GraphRequest::get(QStringLiteral("/applications(uniqueName=%1)?")
                                                    .arg(GraphClient::quoted(profile.uniqueName)) +
                                                kAppSelect));
    if (r.ok()) {
        out.object = r.json;
        co_return out;
    }
    if (r.error.type == GraphErrorType::NotFound && !profile.appId.isEmpty()) {
        r = co_await client->send(GraphRequest::get(
            QStringLiteral("/applications(appId=%1)?").arg(GraphClient::quoted(profile.appId)) +
            kAppSelect));
        if (r.ok()) {
            out.object = r.json;
            co_return out;
        }
    }
    if (r.error.type != GraphErrorType::NotFound)
        out.error = appError(r, tr("read the application"));
    co_return out;
}

QCoro::Task<Lookup> findServicePrincipal(GraphClient *client, QString appId, bool awaitReplication)
{
    Lookup out;
    GraphRequest q =
        GraphRequest::get(QStringLiteral("/servicePrincipals(appId=%1)?$select=id,appId")
                              .arg(GraphClient::quoted(appId)));
    q.awaitReplication = awaitReplication;
    const GraphResponse r = co_await client->send(q);
    if (r.ok())
        out.object = r.json;
    else if (r.error.type != GraphErrorType::NotFound)
        out.error = appError(r, tr("read the service principal"));
    co_return out;
}

} // namespace

QString PlannedChange::actionName(Action action)
{
    switch (action) {
    case Action::Create:
        return QStringLiteral("create");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Keep:
        return QStringLiteral("keep");
    }
    return QStringLiteral("keep");
}

bool ApplicationPlan::needsWrite() const
{
    for (const PlannedChange &c : changes) {
        if (c.action != PlannedChange::Action::Keep)
            return true;
    }
    return false;
}

ApplicationService::ApplicationService(GraphClient *client, ProfileStore *profiles, QObject *parent)
    : QObject(parent), m_client(client), m_profiles(profiles)
{
}

QCoro::Task<Result<ApplicationPlan>> ApplicationService::plan(Profile profile)
{
    if (auto e = checkProfile(profile))
        co_return *e;
    fillDefaults(profile);
    Q_EMIT progress(tr("Looking for the application in the tenant…"));
    // Independent reads, concurrently (QCoro tasks start at once).
    auto graphTask = PermissionCatalog::forClient(m_client)->resolve();
    auto appTask = findApplication(m_client, profile);
    const Result<GraphResourceInfo> graph = co_await graphTask;
    const Lookup app = co_await appTask;
    if (!graph)
        co_return graph.error();
    if (app.error)
        co_return *app.error;

    ApplicationPlan plan;
    using A = PlannedChange::Action;
    if (!app.object) {
        plan.displayName = profile.displayName;
        plan.missingRedirectUris << profile.redirectUri();
        for (const ResolvedPermission &p : graph->permissions)
            plan.missingPermissions << p.spec.value;
        plan.groupClaimsMissing = true;
        plan.changes.append({A::Create, QStringLiteral("application"),
                             tr("Create the application \"%1\" (single tenant) with redirect URI "
                                "%2, security-group claims and the permissions %3.")
                                 .arg(profile.displayName, profile.redirectUri(),
                                      plan.missingPermissions.join(QStringLiteral(", ")))});
        plan.changes.append({A::Create, QStringLiteral("service principal"),
                             tr("Create the application's service principal (enterprise "
                                "application).")});
        co_return plan;
    }

    const QJsonObject &o = *app.object;
    plan.applicationExists = true;
    plan.appId = o.value(QStringLiteral("appId")).toString().toLower();
    plan.objectId = o.value(QStringLiteral("id")).toString().toLower();
    plan.displayName = o.value(QStringLiteral("displayName")).toString();
    const Lookup sp = co_await findServicePrincipal(m_client, plan.appId, false);
    if (sp.error)
        co_return *sp.error;
    const AppDiff d = diffApp(o, profile, *graph);
    plan.missingRedirectUris = d.missingRedirects;
    for (const ResolvedPermission &p : d.missingPermissions)
        plan.missingPermissions << p.spec.value;
    plan.groupClaimsMissing = d.groupClaims;
    plan.changes.append(
        {A::Keep, QStringLiteral("application"),
         tr("Found the application \"%1\" (%2).").arg(plan.displayName, plan.appId)});
    for (const QString &u : d.missingRedirects)
        plan.changes.append(
            {A::Update, QStringLiteral("application"), tr("Add the redirect URI %1.").arg(u)});
    for (const ResolvedPermission &p : d.missingPermissions)
        plan.changes.append({A::Update, QStringLiteral("application"),
                             tr("Request the %1 permission %2.")
                                 .arg(permissionTypeName(p.spec.type).toLower(), p.spec.value)});
    if (d.groupClaims)
        plan.changes.append({A::Update, QStringLiteral("application"),
                             tr("Send security groups in the \"groups\" claim.")});
    if (sp.object) {
        plan.servicePrincipalExists = true;
        plan.servicePrincipalId = sp.object->value(QStringLiteral("id")).toString().toLower();
        plan.changes.append({A::Keep, QStringLiteral("service principal"),
                             tr("Found the application's service principal.")});
    } else {
        plan.changes.append({A::Create, QStringLiteral("service principal"),
                             tr("Create the application's service principal (enterprise "
                                "application).")});
    }
    co_return plan;
}

QCoro::Task<Result<ApplicationOutcome>> ApplicationService::ensure(Profile &profile)
{
    using A = PlannedChange::Action;
    if (auto e = checkProfile(profile))
        co_return *e;
    fillDefaults(profile);
    ApplicationOutcome outcome;
    Q_EMIT progress(tr("Looking for the application in the tenant…"));

    // Round trip 1: the Graph permission ids, the application and (when the profile knows the
    // appId) its service principal, all at once.
    auto graphTask = PermissionCatalog::forClient(m_client)->resolve();
    auto appTask = findApplication(m_client, profile);
    std::optional<QCoro::Task<Lookup>> spTask;
    if (!profile.appId.isEmpty())
        spTask.emplace(findServicePrincipal(m_client, profile.appId, false));
    const Result<GraphResourceInfo> graph = co_await graphTask;
    Lookup app = co_await appTask;
    std::optional<Lookup> spEarly;
    if (spTask)
        spEarly = co_await *spTask;
    if (!graph)
        co_return graph.error();
    if (app.error)
        co_return *app.error;

    QJsonObject appObject;
    if (!app.object) {
        // Round trip 2: create with everything at once. An upsert keyed by uniqueName: if a
        // previous attempt was carried out but its answer was lost, this finds it instead of
        // creating a second application.
        Q_EMIT progress(tr("Registering the application \"%1\"…").arg(profile.displayName));
        if (auto s = detail::journal(m_profiles, profile, kStep, QStringLiteral("create"),
                                     QStringLiteral("started"), QStringLiteral("application"), {},
                                     profile.uniqueName);
            !s)
            co_return s.error();
        GraphRequest upsert = GraphRequest::patch(QStringLiteral("/applications(uniqueName=%1)")
                                                      .arg(GraphClient::quoted(profile.uniqueName)),
                                                  createBody(profile, *graph));
        upsert.withHeader("Prefer", "create-if-missing");
        const GraphResponse r = co_await m_client->send(upsert);
        if (!r.ok())
            co_return appError(r, tr("register the application"));
        if (r.httpStatus == 201 && !r.json.value(QStringLiteral("appId")).toString().isEmpty()) {
            appObject = r.json;
        } else {
            // 204: it existed after all (our own earlier create, not yet readable). Read it
            // back, waiting for replication.
            GraphRequest get = GraphRequest::get(QStringLiteral("/applications(uniqueName=%1)?")
                                                     .arg(GraphClient::quoted(profile.uniqueName)) +
                                                 kAppSelect);
            get.awaitReplication = true;
            const GraphResponse back = co_await m_client->send(get);
            if (!back.ok())
                co_return appError(back, tr("read the application"));
            appObject = back.json;
        }
        outcome.applicationCreated = r.httpStatus == 201;
        profile.appId = appObject.value(QStringLiteral("appId")).toString().toLower();
        profile.objectId = appObject.value(QStringLiteral("id")).toString().toLower();
        profile.servicePrincipalId.clear();
        if (auto s = detail::journal(m_profiles, profile, kStep, QStringLiteral("create"),
                                     QStringLiteral("done"), QStringLiteral("application"),
                                     profile.objectId, profile.appId);
            !s)
            co_return s.error();
        outcome.changes.append({A::Create, QStringLiteral("application"),
                                tr("Registered the application \"%1\" (%2).")
                                    .arg(profile.displayName, profile.appId)});
        spEarly.reset(); // it looked for another application's service principal
    } else {
        appObject = *app.object;
        const QString appId = appObject.value(QStringLiteral("appId")).toString().toLower();
        if (appId != profile.appId)
            spEarly.reset();
        profile.appId = appId;
        profile.objectId = appObject.value(QStringLiteral("id")).toString().toLower();
        const QString name = appObject.value(QStringLiteral("displayName")).toString();
        if (!name.isEmpty())
            profile.displayName = name;
        outcome.changes.append(
            {A::Keep, QStringLiteral("application"),
             tr("Found the application \"%1\" (%2).").arg(profile.displayName, profile.appId)});
        const AppDiff d = diffApp(appObject, profile, *graph);
        if (d.any()) {
            Q_EMIT progress(tr("Adding what Leap needs to the application…"));
            if (auto s = detail::journal(m_profiles, profile, kStep, QStringLiteral("update"),
                                         QStringLiteral("started"), QStringLiteral("application"),
                                         profile.objectId);
                !s)
                co_return s.error();
            GraphRequest update = GraphRequest::patch(
                QStringLiteral("/applications/%1").arg(profile.objectId), updateBody(appObject, d));
            update.awaitReplication = true; // found, so it exists: a 404 can only be replication
            const GraphResponse r = co_await m_client->send(update);
            if (!r.ok())
                co_return appError(r, tr("update the application"));
            if (auto s = detail::journal(m_profiles, profile, kStep, QStringLiteral("update"),
                                         QStringLiteral("done"), QStringLiteral("application"),
                                         profile.objectId);
                !s)
                co_return s.error();
            outcome.applicationUpdated = true;
            for (const QString &u : d.missingRedirects)
                outcome.changes.append({A::Update, QStringLiteral("application"),
                                        tr("Added the redirect URI %1.").arg(u)});
            for (const ResolvedPermission &p : d.missingPermissions)
                outcome.changes.append(
                    {A::Update, QStringLiteral("application"),
                     tr("Requested the %1 permission %2.")
                         .arg(permissionTypeName(p.spec.type).toLower(), p.spec.value)});
            if (d.groupClaims)
                outcome.changes.append(
                    {A::Update, QStringLiteral("application"),
                     tr("Security groups are now sent in the \"groups\" claim.")});
        }
    }

    // The service principal. For an application created in this run there is none yet; else
    // look first, so that a converged tenant sees no write at all.
    std::optional<QJsonObject> sp;
    if (!outcome.applicationCreated) {
        if (!spEarly)
            spEarly = co_await findServicePrincipal(m_client, profile.appId, false);
        if (spEarly->error)
            co_return *spEarly->error;
        sp = spEarly->object;
    }
    if (sp) {
        profile.servicePrincipalId = sp->value(QStringLiteral("id")).toString().toLower();
        outcome.changes.append({A::Keep, QStringLiteral("service principal"),
                                tr("Found the application's service principal.")});
    } else {
        Q_EMIT progress(tr("Creating the application's service principal…"));
        if (auto s = detail::journal(m_profiles, profile, QStringLiteral("service-principal"),
                                     QStringLiteral("create"), QStringLiteral("started"),
                                     QStringLiteral("servicePrincipal"), {}, profile.appId);
            !s)
            co_return s.error();
        // Upsert keyed by appId (a lost answer is simply repeated); right after the application
        // was created Graph may not know it yet: "does not reference a valid application object".
        GraphRequest upsert = GraphRequest::patch(
            QStringLiteral("/servicePrincipals(appId=%1)").arg(GraphClient::quoted(profile.appId)),
            QJsonObject {{QStringLiteral("displayName"), profile.displayName}});
        upsert.withHeader("Prefer", "create-if-missing");
        upsert.awaitReplication = true;
        const GraphResponse r = co_await m_client->send(upsert);
        if (!r.ok())
            co_return appError(r, tr("create the service principal"));
        QString spId = r.json.value(QStringLiteral("id")).toString().toLower();
        if (spId.isEmpty()) {
            const Lookup back = co_await findServicePrincipal(m_client, profile.appId, true);
            if (back.error)
                co_return *back.error;
            if (!back.object)
                co_return Error::make(ErrorKind::Internal,
                                      tr("The service principal was created but cannot be read."),
                                      tr("Run the command again in a few minutes."));
            spId = back.object->value(QStringLiteral("id")).toString().toLower();
        }
        profile.servicePrincipalId = spId;
        outcome.servicePrincipalCreated = r.httpStatus == 201;
        if (auto s = detail::journal(m_profiles, profile, QStringLiteral("service-principal"),
                                     QStringLiteral("create"), QStringLiteral("done"),
                                     QStringLiteral("servicePrincipal"), spId, profile.appId);
            !s)
            co_return s.error();
        outcome.changes.append({A::Create, QStringLiteral("service principal"),
                                tr("Created the application's service principal.")});
    }
    if (auto s = detail::checkpoint(m_profiles, profile); !s)
        co_return s.error();
    co_return outcome;
}

} // namespace leap
