#include "graph/permissionservice.h"

#include "graph/graphclient.h"
#include "graph/permissioncatalog.h"
#include "graph/stepjournal.h"
#include "storage/profilestore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>
#include <vector>

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PermissionService", text);
}

const QString kStep = QStringLiteral("permissions");
const QStringList kLeapScopes {QStringLiteral("openid"), QStringLiteral("profile")};

struct Existing
{
    QSet<QString> assignedRoleIds; // app roles of Graph assigned to Leap's service principal
    std::optional<QJsonObject> grant; // Leap's AllPrincipals grant on Graph
    QSet<QString> requestedIds; // ids in the application's requiredResourceAccess (Graph)
};

QStringList scopesOf(const QJsonObject &grant)
{
    return grant.value(QStringLiteral("scope"))
        .toString()
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QCoro::Task<Result<QSet<QString>>> readAssignments(GraphClient *client, QString spId,
                                                   QString graphSpId)
{
    GraphRequest q =
        GraphRequest::get(QStringLiteral("/servicePrincipals/%1/appRoleAssignments").arg(spId));
    q.awaitReplication = true; // the profile's service principal exists; a new one may lag
    const GraphResponse r = co_await client->getAll(q);
    if (!r.ok())
        co_return r.error.toError();
    QSet<QString> ids;
    for (const QJsonValue &v : r.json.value(QStringLiteral("value")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("resourceId"))
                .toString()
                .compare(graphSpId, Qt::CaseInsensitive) == 0)
            ids.insert(o.value(QStringLiteral("appRoleId")).toString().toLower());
    }
    co_return ids;
}

QCoro::Task<Result<std::optional<QJsonObject>>> readGrant(GraphClient *client, QString spId,
                                                          QString graphSpId)
{
    GraphRequest q =
        GraphRequest::get(QStringLiteral("/oauth2PermissionGrants?$filter=clientId eq %1")
                              .arg(GraphClient::quoted(spId)));
    const GraphResponse r = co_await client->getAll(q);
    if (!r.ok())
        co_return r.error.toError();
    for (const QJsonValue &v : r.json.value(QStringLiteral("value")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("consentType")).toString() == QLatin1String("AllPrincipals") &&
            o.value(QStringLiteral("resourceId"))
                    .toString()
                    .compare(graphSpId, Qt::CaseInsensitive) == 0)
            co_return std::optional<QJsonObject>(o);
    }
    co_return std::optional<QJsonObject> {};
}

QCoro::Task<Result<QSet<QString>>> readRequested(GraphClient *client, QString objectId)
{
    GraphRequest q = GraphRequest::get(
        QStringLiteral("/applications/%1?$select=id,requiredResourceAccess").arg(objectId));
    q.awaitReplication = true;
    const GraphResponse r = co_await client->send(q);
    if (!r.ok())
        co_return r.error.toError();
    QSet<QString> ids;
    for (const QJsonValue &v : r.json.value(QStringLiteral("requiredResourceAccess")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("resourceAppId"))
                .toString()
                .compare(QLatin1String(kMicrosoftGraphAppId), Qt::CaseInsensitive) != 0)
            continue;
        for (const QJsonValue &a : o.value(QStringLiteral("resourceAccess")).toArray())
            ids.insert(a.toObject().value(QStringLiteral("id")).toString().toLower());
    }
    co_return ids;
}

PermissionStatus makeStatus(const Profile &profile, const GraphResourceInfo &graph,
                            const Existing &e)
{
    PermissionStatus st;
    st.graphServicePrincipalId = graph.servicePrincipalId;
    if (!profile.appId.isEmpty())
        st.adminConsentUrl = profile.endpoints().adminConsent(profile.tenantId, profile.appId);
    const QStringList scopes = e.grant ? scopesOf(*e.grant) : QStringList {};
    for (const ResolvedPermission &p : graph.permissions) {
        PermissionState s;
        s.spec = p.spec;
        s.id = p.id;
        s.requested = e.requestedIds.contains(p.id);
        s.consented = p.spec.type == PermissionType::Application ? e.assignedRoleIds.contains(p.id)
                                                                 : scopes.contains(p.spec.value);
        st.permissions.append(s);
    }
    return st;
}

Error refusedError(const GraphResponse &r, const Profile &profile, const QString &what)
{
    Error e = r.error.toError();
    if (r.error.type == GraphErrorType::Forbidden) {
        const QUrl url = profile.endpoints().adminConsent(profile.tenantId, profile.appId);
        e.kind = ErrorKind::GraphRefused;
        e.message = tr("Microsoft Graph refused to %1: granting admin consent to Microsoft Graph "
                       "application permissions needs the Privileged Role Administrator or "
                       "Global Administrator role, which the signed-in account does not have.")
                        .arg(what);
        e.fix = tr("Ask someone with the Privileged Role Administrator or Global Administrator "
                   "role to open %1 and accept, or sign in as one and run the step again.")
                    .arg(url.toString());
    }
    return e;
}

} // namespace

bool PermissionStatus::allConsented() const
{
    if (permissions.isEmpty())
        return false;
    return std::all_of(permissions.begin(), permissions.end(),
                       [](const PermissionState &s) { return s.consented; });
}

PermissionService::PermissionService(GraphClient *client, ProfileStore *profiles, QObject *parent)
    : QObject(parent), m_client(client), m_profiles(profiles)
{
}

QCoro::Task<Result<PermissionStatus>> PermissionService::status(Profile profile)
{
    // One round trip: the four reads are independent.
    auto graphTask = PermissionCatalog::forClient(m_client)->resolve();
    const Result<GraphResourceInfo> graph = co_await graphTask;
    if (!graph)
        co_return graph.error();
    Existing e;
    if (profile.servicePrincipalId.isEmpty() || profile.objectId.isEmpty())
        co_return makeStatus(profile, *graph, e);
    auto assignedTask =
        readAssignments(m_client, profile.servicePrincipalId, graph->servicePrincipalId);
    auto grantTask = readGrant(m_client, profile.servicePrincipalId, graph->servicePrincipalId);
    auto requestedTask = readRequested(m_client, profile.objectId);
    const Result<QSet<QString>> assigned = co_await assignedTask;
    const Result<std::optional<QJsonObject>> grant = co_await grantTask;
    const Result<QSet<QString>> requested = co_await requestedTask;
    if (!assigned)
        co_return assigned.error();
    if (!grant)
        co_return grant.error();
    if (!requested)
        co_return requested.error();
    e.assignedRoleIds = assigned.value();
    e.grant = grant.value();
    e.requestedIds = requested.value();
    co_return makeStatus(profile, *graph, e);
}

QCoro::Task<Result<PermissionStatus>> PermissionService::grant(Profile &profile,
                                                               GrantOptions options)
{
    const Result<PermissionStatus> first = co_await grantOnce(profile, options);
    if (first || first.error().kind != ErrorKind::Network)
        co_return first;
    // A write failed for a reason that passes (5xx or 429 beyond the client's own retries, no
    // answer) and reading back showed it missing. One more pass reads the state again and writes
    // only what is still missing, so a passing outage does not end the run.
    qCInfo(lcGraph) << "granting again after" << first.error().message;
    GrantOptions again = options;
    again.servicePrincipalIsNew = false;
    co_return co_await grantOnce(profile, again);
}

QCoro::Task<Result<PermissionStatus>> PermissionService::grantOnce(Profile &profile,
                                                                   GrantOptions options)
{
    if (profile.appId.isEmpty() || profile.servicePrincipalId.isEmpty())
        co_return Error::make(
            ErrorKind::Internal,
            tr("The profile has no service principal yet; register the application first."));
    Q_EMIT progress(tr("Checking permissions and consent…"));
    const QString spId = profile.servicePrincipalId;

    // Round trip 1 (skipped for a service principal created in this run, with the catalog
    // already cached by step 1): what is granted already.
    auto graphTask = PermissionCatalog::forClient(m_client)->resolve();
    const Result<GraphResourceInfo> graph = co_await graphTask;
    if (!graph)
        co_return graph.error();
    const QString graphSpId = graph->servicePrincipalId;
    Existing e;
    if (!options.servicePrincipalIsNew) {
        auto assignedTask = readAssignments(m_client, spId, graphSpId);
        auto grantTask = readGrant(m_client, spId, graphSpId);
        const Result<QSet<QString>> assigned = co_await assignedTask;
        const Result<std::optional<QJsonObject>> existingGrant = co_await grantTask;
        if (!assigned)
            co_return assigned.error();
        if (!existingGrant)
            co_return existingGrant.error();
        e.assignedRoleIds = assigned.value();
        e.grant = existingGrant.value();
    }
    // Everything requested is what Leap needs; the status reports requested = true for all.
    for (const ResolvedPermission &p : graph->permissions)
        e.requestedIds.insert(p.id);

    // The writes, all independent of each other: round trip 2 (or 1).
    QList<ResolvedPermission> roles;
    for (const ResolvedPermission &p : graph->permissions) {
        if (p.spec.type == PermissionType::Application && !e.assignedRoleIds.contains(p.id))
            roles << p;
    }
    QStringList scopes = e.grant ? scopesOf(*e.grant) : QStringList {};
    QStringList missingScopes;
    for (const QString &s : kLeapScopes) {
        if (!scopes.contains(s))
            missingScopes << s;
    }
    if (roles.isEmpty() && missingScopes.isEmpty()) {
        if (auto c = detail::checkpoint(m_profiles, profile); !c)
            co_return c.error();
        co_return makeStatus(profile, *graph, e);
    }

    Q_EMIT progress(tr("Granting admin consent for Microsoft Graph permissions…"));
    for (const ResolvedPermission &p : roles)
        profile.addJournal({QDateTime::currentDateTimeUtc(),
                            kStep,
                            QStringLiteral("assign-role"),
                            QStringLiteral("started"),
                            QStringLiteral("appRoleAssignment"),
                            {},
                            p.spec.value});
    if (!missingScopes.isEmpty())
        profile.addJournal({QDateTime::currentDateTimeUtc(), kStep,
                            e.grant ? QStringLiteral("update-grant") : QStringLiteral("grant"),
                            QStringLiteral("started"), QStringLiteral("oauth2PermissionGrant"),
                            e.grant ? e.grant->value(QStringLiteral("id")).toString() : QString(),
                            missingScopes.join(QLatin1Char(' '))});
    if (auto c = detail::checkpoint(m_profiles, profile); !c)
        co_return c.error();

    std::vector<QCoro::Task<GraphResponse>> tasks;
    for (const ResolvedPermission &p : roles) {
        GraphRequest q = GraphRequest::post(
            QStringLiteral("/servicePrincipals/%1/appRoleAssignedTo").arg(graphSpId),
            {{QStringLiteral("principalId"), spId},
             {QStringLiteral("resourceId"), graphSpId},
             {QStringLiteral("appRoleId"), p.id}});
        q.replay = GraphRequest::Replay::Never; // a lost answer is checked by reading back
        q.awaitReplication = true; // the new service principal may not be referenceable yet
        tasks.push_back(m_client->send(q));
    }
    const bool grantWrite = !missingScopes.isEmpty();
    if (grantWrite) {
        if (e.grant) {
            // Merge: keep every scope an administrator granted, add openid and profile.
            GraphRequest q = GraphRequest::patch(
                QStringLiteral("/oauth2PermissionGrants/%1")
                    .arg(e.grant->value(QStringLiteral("id")).toString()),
                {{QStringLiteral("scope"), (scopes + missingScopes).join(QLatin1Char(' '))}});
            tasks.push_back(m_client->send(q));
        } else {
            GraphRequest q = GraphRequest::post(
                QStringLiteral("/oauth2PermissionGrants"),
                {{QStringLiteral("clientId"), spId},
                 {QStringLiteral("consentType"), QStringLiteral("AllPrincipals")},
                 {QStringLiteral("resourceId"), graphSpId},
                 {QStringLiteral("scope"), kLeapScopes.join(QLatin1Char(' '))}});
            q.replay = GraphRequest::Replay::Never;
            q.awaitReplication = true;
            tasks.push_back(m_client->send(q));
        }
    }
    QList<GraphResponse> answers;
    for (auto &t : tasks)
        answers.append(co_await t);

    // Failures other than a refusal may hide a write that happened (lost answer) or one that
    // another run made first (duplicate): read back before deciding.
    bool needCheck = false;
    std::optional<GraphResponse> refused;
    std::optional<GraphResponse> failed;
    for (const GraphResponse &r : std::as_const(answers)) {
        if (r.error.type == GraphErrorType::Cancelled)
            co_return r.error.toError(); // the journal keeps "started": the next run reads back
    }
    for (const GraphResponse &r : std::as_const(answers)) {
        if (r.ok())
            continue;
        if (r.error.type == GraphErrorType::Forbidden)
            refused = r;
        else if (r.error.answerLost || r.error.type == GraphErrorType::BadRequest ||
                 r.error.type == GraphErrorType::Conflict)
            needCheck = true;
        else
            failed = r;
    }
    for (int i = 0; i < roles.size(); ++i) {
        if (answers[i].ok())
            e.assignedRoleIds.insert(roles[i].id);
    }
    if (grantWrite && answers.last().ok()) {
        QJsonObject g = e.grant.value_or(QJsonObject {});
        g.insert(QStringLiteral("scope"), (scopes + missingScopes).join(QLatin1Char(' ')));
        if (!e.grant)
            g = answers.last().json;
        e.grant = g;
    }
    if (needCheck && !refused) {
        auto assignedTask = readAssignments(m_client, spId, graphSpId);
        auto grantTask = readGrant(m_client, spId, graphSpId);
        const Result<QSet<QString>> assigned = co_await assignedTask;
        const Result<std::optional<QJsonObject>> back = co_await grantTask;
        if (!assigned)
            co_return assigned.error();
        if (!back)
            co_return back.error();
        e.assignedRoleIds = assigned.value();
        e.grant = back.value();
        const PermissionStatus check = makeStatus(profile, *graph, e);
        if (!check.allConsented()) {
            // Really missing: report the first failure.
            for (const GraphResponse &r : std::as_const(answers)) {
                if (!r.ok())
                    co_return refusedError(r, profile, tr("grant admin consent"));
            }
        }
    }
    for (const ResolvedPermission &p : roles) {
        const bool ok = e.assignedRoleIds.contains(p.id);
        profile.addJournal({QDateTime::currentDateTimeUtc(),
                            kStep,
                            QStringLiteral("assign-role"),
                            ok ? QStringLiteral("done") : QStringLiteral("failed"),
                            QStringLiteral("appRoleAssignment"),
                            {},
                            p.spec.value});
    }
    if (grantWrite) {
        const bool ok = e.grant && scopesOf(*e.grant).contains(QStringLiteral("openid")) &&
                        scopesOf(*e.grant).contains(QStringLiteral("profile"));
        profile.addJournal({QDateTime::currentDateTimeUtc(), kStep, QStringLiteral("grant"),
                            ok ? QStringLiteral("done") : QStringLiteral("failed"),
                            QStringLiteral("oauth2PermissionGrant"),
                            e.grant ? e.grant->value(QStringLiteral("id")).toString() : QString(),
                            missingScopes.join(QLatin1Char(' '))});
    }
    if (auto c = detail::checkpoint(m_profiles, profile); !c)
        co_return c.error();
    if (refused)
        co_return refusedError(*refused, profile, tr("grant admin consent"));
    if (failed)
        co_return refusedError(*failed, profile, tr("grant admin consent"));
    co_return makeStatus(profile, *graph, e);
}

} // namespace leap
