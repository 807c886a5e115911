// Microsoft Graph v1.0 as the product uses it (entra-leap-facts §2, §4):
//   /applications                      GET (list: $filter displayName|appId|uniqueName eq,
//                                      startswith(displayName,'…'), $select, $top paging), POST
//   /applications/{id} | (appId='…') | (uniqueName='…')   GET, PATCH (upsert with
//                                      Prefer: create-if-missing for uniqueName), DELETE
//   /applications/…/addPassword | removePassword          POST
//   /servicePrincipals                 GET (list, $filter appId|displayName eq), POST
//   /servicePrincipals/{id} | (appId='…')                 GET, PATCH (upsert by appId), DELETE
//   /servicePrincipals/{id}/appRoleAssignedTo             GET, POST;  …/{assignmentId} DELETE
//   /servicePrincipals/{id}/appRoleAssignments            GET;        …/{assignmentId} DELETE
//   /oauth2PermissionGrants            GET ($filter clientId|resourceId|consentType eq), POST
//   /oauth2PermissionGrants/{id}       GET, PATCH {scope}, DELETE
//   /me, /organization, /users[/{id}], /groups[/{id}]      GET
//   /$batch                            POST (≤ 20 requests, dependsOn, 424 on failed dependency)
#include "faults.h"
#include "handlers.h"
#include "tokens.h"

#include <QRegularExpression>
#include <QSet>

namespace leap::sandbox {

namespace {

using Names = QStringList;

// Permission sets (entra-leap-facts §2, least privileged first; higher ones accepted).
const Names kAppRead {
    QStringLiteral("Application.Read.All"), QStringLiteral("Application.ReadWrite.All"),
    QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All")};
const Names kAppWrite {QStringLiteral("Application.ReadWrite.All")};
const Names kAssignmentWrite {QStringLiteral("AppRoleAssignment.ReadWrite.All")};
const Names kAssignmentRead {
    QStringLiteral("Application.Read.All"), QStringLiteral("Application.ReadWrite.All"),
    QStringLiteral("AppRoleAssignment.ReadWrite.All"), QStringLiteral("Directory.Read.All"),
    QStringLiteral("Directory.ReadWrite.All")};
const Names kGrantWrite {QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
                         QStringLiteral("Directory.ReadWrite.All")};
const Names kGrantRead {QStringLiteral("DelegatedPermissionGrant.Read.All"),
                        QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
                        QStringLiteral("Directory.Read.All"),
                        QStringLiteral("Directory.ReadWrite.All")};
const Names kMe {QStringLiteral("User.Read"),          QStringLiteral("User.ReadWrite"),
                 QStringLiteral("User.ReadBasic.All"), QStringLiteral("User.Read.All"),
                 QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All")};
const Names kOrganization {QStringLiteral("User.Read"), QStringLiteral("Organization.Read.All"),
                           QStringLiteral("Directory.Read.All"),
                           QStringLiteral("Directory.ReadWrite.All")};
const Names kUsers {QStringLiteral("User.ReadBasic.All"), QStringLiteral("User.Read.All"),
                    QStringLiteral("Directory.Read.All"),
                    QStringLiteral("Directory.ReadWrite.All")};
const Names kGroups {QStringLiteral("Group.Read.All"), QStringLiteral("Group.ReadWrite.All"),
                     QStringLiteral("Directory.Read.All"),
                     QStringLiteral("Directory.ReadWrite.All")};
// User.ReadBasic.All only sees these user properties.
const QSet<QString> kBasicUserProperties {
    QStringLiteral("id"),      QStringLiteral("displayName"), QStringLiteral("givenName"),
    QStringLiteral("surname"), QStringLiteral("mail"),        QStringLiteral("userPrincipalName")};

const auto kId = QLatin1String("id");

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject mergePatch(QJsonObject target, const QJsonObject &patch)
{
    // Graph PATCH: properties present replace; complex values merge; collections are replaced.
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isObject() && target.value(it.key()).isObject())
            target.insert(it.key(),
                          mergePatch(target.value(it.key()).toObject(), it.value().toObject()));
        else
            target.insert(it.key(), it.value());
    }
    return target;
}

QString newDirectoryKey()
{
    // appRoleAssignment and oauth2PermissionGrant ids are 43-character url-safe keys.
    return tokens::newOpaque(32);
}

QJsonObject defaultApplication(const QString &id, const QString &appId, const QString &domain)
{
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("deletedDateTime"), null},
        {QStringLiteral("appId"), appId},
        {QStringLiteral("applicationTemplateId"), null},
        {QStringLiteral("disabledByMicrosoftStatus"), null},
        {QStringLiteral("createdDateTime"), tokens::graphDateNow()},
        {QStringLiteral("displayName"), null},
        {QStringLiteral("description"), null},
        {QStringLiteral("groupMembershipClaims"), null},
        {QStringLiteral("identifierUris"), QJsonArray {}},
        {QStringLiteral("isDeviceOnlyAuthSupported"), null},
        {QStringLiteral("isFallbackPublicClient"), null},
        {QStringLiteral("notes"), null},
        {QStringLiteral("publisherDomain"), domain},
        {QStringLiteral("serviceManagementReference"), null},
        {QStringLiteral("signInAudience"), QStringLiteral("AzureADandPersonalMicrosoftAccount")},
        {QStringLiteral("tags"), QJsonArray {}},
        {QStringLiteral("tokenEncryptionKeyId"), null},
        {QStringLiteral("uniqueName"), null},
        {QStringLiteral("samlMetadataUrl"), null},
        {QStringLiteral("defaultRedirectUri"), null},
        {QStringLiteral("certification"), null},
        {QStringLiteral("optionalClaims"), null},
        {QStringLiteral("addIns"), QJsonArray {}},
        {QStringLiteral("api"),
         QJsonObject {{QStringLiteral("acceptMappedClaims"), null},
                      {QStringLiteral("knownClientApplications"), QJsonArray {}},
                      {QStringLiteral("requestedAccessTokenVersion"), 2},
                      {QStringLiteral("oauth2PermissionScopes"), QJsonArray {}},
                      {QStringLiteral("preAuthorizedApplications"), QJsonArray {}}}},
        {QStringLiteral("appRoles"), QJsonArray {}},
        {QStringLiteral("info"), QJsonObject {{QStringLiteral("logoUrl"), null},
                                              {QStringLiteral("marketingUrl"), null},
                                              {QStringLiteral("privacyStatementUrl"), null},
                                              {QStringLiteral("supportUrl"), null},
                                              {QStringLiteral("termsOfServiceUrl"), null}}},
        {QStringLiteral("keyCredentials"), QJsonArray {}},
        {QStringLiteral("parentalControlSettings"),
         QJsonObject {{QStringLiteral("countriesBlockedForMinors"), QJsonArray {}},
                      {QStringLiteral("legalAgeGroupRule"), QStringLiteral("Allow")}}},
        {QStringLiteral("passwordCredentials"), QJsonArray {}},
        {QStringLiteral("publicClient"),
         QJsonObject {{QStringLiteral("redirectUris"), QJsonArray {}}}},
        {QStringLiteral("requiredResourceAccess"), QJsonArray {}},
        {QStringLiteral("verifiedPublisher"),
         QJsonObject {{QStringLiteral("displayName"), null},
                      {QStringLiteral("verifiedPublisherId"), null},
                      {QStringLiteral("addedDateTime"), null}}},
        {QStringLiteral("web"),
         QJsonObject {{QStringLiteral("homePageUrl"), null},
                      {QStringLiteral("logoutUrl"), null},
                      {QStringLiteral("redirectUris"), QJsonArray {}},
                      {QStringLiteral("implicitGrantSettings"),
                       QJsonObject {{QStringLiteral("enableAccessTokenIssuance"), false},
                                    {QStringLiteral("enableIdTokenIssuance"), false}}},
                      {QStringLiteral("redirectUriSettings"), QJsonArray {}}}},
        {QStringLiteral("spa"), QJsonObject {{QStringLiteral("redirectUris"), QJsonArray {}}}}};
}

QJsonObject defaultServicePrincipal(const QString &id, const QJsonObject &app,
                                    const QString &tenantId)
{
    const QJsonValue null(QJsonValue::Null);
    QJsonArray names {app.value(QStringLiteral("appId"))};
    for (const auto &u : app.value(QStringLiteral("identifierUris")).toArray())
        names.append(u);
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("deletedDateTime"), null},
        {QStringLiteral("accountEnabled"), true},
        {QStringLiteral("alternativeNames"), QJsonArray {}},
        {QStringLiteral("appDisplayName"), app.value(QStringLiteral("displayName"))},
        {QStringLiteral("appDescription"), app.value(QStringLiteral("description"))},
        {QStringLiteral("appId"), app.value(QStringLiteral("appId"))},
        {QStringLiteral("applicationTemplateId"), null},
        {QStringLiteral("appOwnerOrganizationId"), tenantId},
        {QStringLiteral("appRoleAssignmentRequired"), false},
        {QStringLiteral("createdDateTime"), tokens::graphDateNow()},
        {QStringLiteral("description"), null},
        {QStringLiteral("displayName"), app.value(QStringLiteral("displayName"))},
        {QStringLiteral("homepage"),
         app.value(QStringLiteral("web")).toObject().value(QStringLiteral("homePageUrl"))},
        {QStringLiteral("loginUrl"), null},
        {QStringLiteral("logoutUrl"), null},
        {QStringLiteral("notes"), null},
        {QStringLiteral("notificationEmailAddresses"), QJsonArray {}},
        {QStringLiteral("preferredSingleSignOnMode"), null},
        {QStringLiteral("replyUrls"),
         app.value(QStringLiteral("web")).toObject().value(QStringLiteral("redirectUris"))},
        {QStringLiteral("servicePrincipalNames"), names},
        {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
        {QStringLiteral("signInAudience"), app.value(QStringLiteral("signInAudience"))},
        {QStringLiteral("tags"), QJsonArray {}},
        {QStringLiteral("appRoles"), app.value(QStringLiteral("appRoles"))},
        {QStringLiteral("oauth2PermissionScopes"),
         app.value(QStringLiteral("api"))
             .toObject()
             .value(QStringLiteral("oauth2PermissionScopes"))},
        {QStringLiteral("keyCredentials"), QJsonArray {}},
        {QStringLiteral("passwordCredentials"), QJsonArray {}}};
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.begin(), k.end());
}

// Property names of each entity type, for $select and body validation.
QSet<QString> typeProperties(const QString &type)
{
    if (type == QLatin1String("application"))
        return keysOf(defaultApplication({}, {}, {}));
    if (type == QLatin1String("servicePrincipal"))
        return keysOf(defaultServicePrincipal({}, defaultApplication({}, {}, {}), {}));
    if (type == QLatin1String("user"))
        return {QStringLiteral("id"),
                QStringLiteral("businessPhones"),
                QStringLiteral("displayName"),
                QStringLiteral("givenName"),
                QStringLiteral("surname"),
                QStringLiteral("jobTitle"),
                QStringLiteral("mail"),
                QStringLiteral("mobilePhone"),
                QStringLiteral("officeLocation"),
                QStringLiteral("preferredLanguage"),
                QStringLiteral("userPrincipalName")};
    if (type == QLatin1String("group"))
        return {QStringLiteral("id"),
                QStringLiteral("deletedDateTime"),
                QStringLiteral("createdDateTime"),
                QStringLiteral("description"),
                QStringLiteral("displayName"),
                QStringLiteral("groupTypes"),
                QStringLiteral("mail"),
                QStringLiteral("mailEnabled"),
                QStringLiteral("mailNickname"),
                QStringLiteral("securityEnabled"),
                QStringLiteral("visibility")};
    if (type == QLatin1String("oAuth2PermissionGrant"))
        return {QStringLiteral("id"),          QStringLiteral("clientId"),
                QStringLiteral("consentType"), QStringLiteral("principalId"),
                QStringLiteral("resourceId"),  QStringLiteral("scope")};
    if (type == QLatin1String("appRoleAssignment"))
        return {QStringLiteral("id"),
                QStringLiteral("deletedDateTime"),
                QStringLiteral("appRoleId"),
                QStringLiteral("createdDateTime"),
                QStringLiteral("principalDisplayName"),
                QStringLiteral("principalId"),
                QStringLiteral("principalType"),
                QStringLiteral("resourceDisplayName"),
                QStringLiteral("resourceId")};
    return {};
}

struct Caller
{
    TokenRecord token;
    bool appOnly = false;
    bool globalAdmin = false;

    bool hasAny(const Names &names) const
    {
        const QStringList &have = appOnly ? token.roles : token.scopes;
        for (const auto &n : names) {
            if (have.contains(n, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

struct FilterClause
{
    QString property;
    QString value;
    bool startsWith = false;
};

class GraphApi
{
public:
    GraphApi(Directory &d, const QUrl &base, const SandboxRequest &req)
        : m_d(d), m_base(base), m_req(req)
    {
    }

    SandboxResponse run();

private:
    // ---- helpers ---------------------------------------------------------------------------
    QString graphV1() const { return m_base.toString() + QStringLiteral("/graph/v1.0"); }
    QString context(const QString &fragment) const
    {
        return graphV1() + QStringLiteral("/$metadata#") + fragment;
    }
    SandboxResponse error(int status, const QString &code, const QString &message,
                          const QJsonArray &details = {}) const
    {
        return graphError(m_req, status, code, message, details);
    }
    SandboxResponse badRequest(const QString &message) const
    {
        return error(400, QStringLiteral("Request_BadRequest"), message);
    }
    SandboxResponse notFound(const QString &id) const
    {
        return error(404, QStringLiteral("Request_ResourceNotFound"),
                     QStringLiteral("Resource '%1' does not exist or one of its queried "
                                    "reference-property objects are not present.")
                         .arg(id));
    }
    SandboxResponse denied() const
    {
        return error(403, QStringLiteral("Authorization_RequestDenied"),
                     QStringLiteral("Insufficient privileges to complete the operation."));
    }
    SandboxResponse methodNotAllowed() const
    {
        return error(405, QStringLiteral("Request_BadRequest"),
                     QStringLiteral("The request method '%1' is not allowed on this resource.")
                         .arg(QString::fromLatin1(m_req.method)));
    }
    SandboxResponse entity(int status, const QJsonObject &o, const QString &setName) const
    {
        QJsonObject out {
            {QStringLiteral("@odata.context"), context(setName + QStringLiteral("/$entity"))}};
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value());
        SandboxResponse r = SandboxResponse::json(status, out);
        if (status == 201)
            r.setHeader("Location", (graphV1() + QLatin1Char('/') + setName + QLatin1Char('/') +
                                     o.value(kId).toString())
                                        .toUtf8());
        return r;
    }
    bool parseBody(QJsonObject *out, SandboxResponse *err) const
    {
        if (m_req.body.trimmed().isEmpty()) {
            *out = {};
            return true;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(m_req.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            *err = error(400, QStringLiteral("BadRequest"),
                         QStringLiteral("Unable to read JSON request payload. Please ensure "
                                        "Content-Type header is set and payload is of valid JSON "
                                        "format."));
            return false;
        }
        *out = doc.object();
        return true;
    }
    bool authorize(SandboxResponse *err);
    bool need(const Names &delegated, const Names &application, SandboxResponse *err) const
    {
        if (m_caller.hasAny(m_caller.appOnly ? application : delegated))
            return true;
        *err = denied();
        return false;
    }
    SandboxResponse list(QList<QJsonObject> items, const QString &type, const QString &setName,
                         const QStringList &filterable);
    bool parseFilter(const QString &filter, const QString &type, const QStringList &filterable,
                     QList<FilterClause> *out, SandboxResponse *err) const;
    bool applySelect(QJsonObject *o, const QString &type, SandboxResponse *err) const;
    SandboxResponse single(QJsonObject o, const QString &type, const QString &setName)
    {
        SandboxResponse err;
        if (!applySelect(&o, type, &err))
            return err;
        return entity(200, o, setName);
    }

    // ---- validation --------------------------------------------------------------------------
    bool checkProperties(const QJsonObject &body, const QSet<QString> &allowed,
                         const QSet<QString> &readOnly, SandboxResponse *err) const;
    bool validateApplication(const QJsonObject &body, bool creating, SandboxResponse *err);
    bool validateRedirects(const QJsonValue &v, const QString &property, bool httpsOnly,
                           SandboxResponse *err) const;
    bool validateRequiredResourceAccess(const QJsonValue &v, SandboxResponse *err);

    // ---- endpoints ---------------------------------------------------------------------------
    SandboxResponse applications(const QStringList &segs);
    SandboxResponse createApplication(const QJsonObject &body, const QString &uniqueName);
    SandboxResponse addPassword(QJsonObject &app);
    SandboxResponse removePassword(QJsonObject &app);
    SandboxResponse servicePrincipals(const QStringList &segs);
    SandboxResponse createServicePrincipal(QJsonObject body);
    SandboxResponse appRoleAssignedTo(QJsonObject &resource, const QStringList &rest);
    SandboxResponse appRoleAssignments(QJsonObject &principal, const QStringList &rest);
    SandboxResponse grants(const QStringList &segs);
    SandboxResponse me();
    SandboxResponse organization();
    SandboxResponse usersOrGroups(bool users, const QStringList &segs);
    SandboxResponse batch();

    void deleteServicePrincipal(const QString &spId);

    Directory &m_d;
    QUrl m_base;
    const SandboxRequest &m_req;
    Tenant *m_tenant = nullptr;
    Caller m_caller;
};

bool GraphApi::authorize(SandboxResponse *err)
{
    const QByteArray auth = m_req.header("authorization");
    auto unauthorized = [&](const QString &message) {
        *err = error(401, QStringLiteral("InvalidAuthenticationToken"), message);
        err->setHeader("WWW-Authenticate",
                       "Bearer realm=\"\", authorization_uri=\"" + m_base.toString().toUtf8() +
                           "/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-"
                           "000000000000\"");
        return false;
    };
    if (!auth.startsWith("Bearer ") || auth.size() <= 7)
        return unauthorized(QStringLiteral("Access token is empty."));
    const QString token = QString::fromLatin1(auth.mid(7).trimmed());
    TokenRecord *rec = m_d.findToken(token, QStringLiteral("access"));
    if (!rec) {
        if (tokens::jwtPayload(token).isEmpty())
            return unauthorized(QStringLiteral("IDX14100: JWT is not well formed, there are no "
                                               "dots (.) or the token is not a JWT."));
        return unauthorized(QStringLiteral("Access token validation failure. Invalid signature."));
    }
    if (rec->expiresAt <= Directory::nowMs())
        return unauthorized(QStringLiteral("Lifetime validation failed, the token is expired."));
    m_tenant = m_d.tenant(rec->tenantId);
    if (!m_tenant)
        return unauthorized(QStringLiteral("Access token validation failure. Unknown tenant."));
    m_caller.token = *rec;
    m_caller.appOnly = rec->userId.isEmpty();
    m_caller.globalAdmin = !m_caller.appOnly && rec->userId == m_tenant->adminId &&
                           !m_d.config.userLacksPrivilegedRole;
    return true;
}

bool GraphApi::parseFilter(const QString &filter, const QString &type,
                           const QStringList &filterable, QList<FilterClause> *out,
                           SandboxResponse *err) const
{
    static const QRegularExpression eq(
        QStringLiteral("^\\s*([A-Za-z]+)\\s+eq\\s+'((?:[^']|'')*)'\\s*$"));
    static const QRegularExpression sw(
        QStringLiteral("^\\s*startswith\\(\\s*([A-Za-z]+)\\s*,\\s*'((?:[^']|'')*)'\\s*\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString resource = type.left(1).toUpper() + type.mid(1);
    for (const QString &clause :
         filter.split(QRegularExpression(QStringLiteral("\\s+and\\s+")), Qt::SkipEmptyParts)) {
        FilterClause c;
        auto m = eq.match(clause);
        if (!m.hasMatch()) {
            m = sw.match(clause);
            c.startsWith = true;
        }
        QString prop =
            m.hasMatch() ? m.captured(1) : clause.trimmed().section(QLatin1Char(' '), 0, 0);
        for (const auto &f : filterable) {
            if (f.compare(prop, Qt::CaseInsensitive) == 0)
                prop = f;
        }
        if (!m.hasMatch() || !filterable.contains(prop) ||
            (c.startsWith && prop != QLatin1String("displayName"))) {
            *err = error(400, QStringLiteral("Request_UnsupportedQuery"),
                         QStringLiteral("Unsupported or invalid query filter clause specified for "
                                        "property '%1' of resource '%2'.")
                             .arg(prop, resource));
            return false;
        }
        c.property = prop;
        c.value = m.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"));
        out->append(c);
    }
    return true;
}

bool GraphApi::applySelect(QJsonObject *o, const QString &type, SandboxResponse *err) const
{
    const QString select = m_req.queryValue(QStringLiteral("$select"));
    if (select.isEmpty())
        return true;
    const QSet<QString> props = typeProperties(type);
    QJsonObject out;
    for (const QString &raw : select.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        QString canonical;
        for (const auto &p : props) {
            if (p.compare(name, Qt::CaseInsensitive) == 0)
                canonical = p;
        }
        if (canonical.isEmpty()) {
            *err = error(400, QStringLiteral("BadRequest"),
                         QStringLiteral("Parsing OData Select and Expand failed: Could not find a "
                                        "property named '%1' on type 'microsoft.graph.%2'.")
                             .arg(name, type));
            return false;
        }
        if (o->contains(canonical))
            out.insert(canonical, o->value(canonical));
    }
    *o = out;
    return true;
}

SandboxResponse GraphApi::list(QList<QJsonObject> items, const QString &type,
                               const QString &setName, const QStringList &filterable)
{
    SandboxResponse err;
    QJsonObject probe; // $select is checked even when the result is empty
    if (!applySelect(&probe, type, &err))
        return err;
    const QString filter = m_req.queryValue(QStringLiteral("$filter"));
    if (!filter.isEmpty()) {
        QList<FilterClause> clauses;
        if (!parseFilter(filter, type, filterable, &clauses, &err))
            return err;
        QList<QJsonObject> kept;
        for (const auto &o : items) {
            bool ok = true;
            for (const auto &c : clauses) {
                const QString v = o.value(c.property).toString();
                ok = ok && (c.startsWith ? v.startsWith(c.value, Qt::CaseInsensitive)
                                         : v.compare(c.value, Qt::CaseInsensitive) == 0);
            }
            if (ok)
                kept.append(o);
        }
        items = kept;
    }
    int pageSize = m_d.config.pageSize;
    const QString top = m_req.queryValue(QStringLiteral("$top"));
    if (!top.isEmpty()) {
        bool ok = false;
        const int n = top.toInt(&ok);
        if (!ok || n < 1 || n > 999)
            return error(400, QStringLiteral("Request_BadRequest"),
                         QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and "
                                        "999 inclusive.")
                             .arg(top));
        pageSize = n;
    }
    qsizetype offset = 0;
    const QString skip = m_req.queryValue(QStringLiteral("$skiptoken"));
    if (!skip.isEmpty()) {
        const QByteArray decoded = tokens::fromBase64Url(skip.toLatin1());
        bool ok = decoded.startsWith("offset:");
        offset = ok ? decoded.mid(7).toLongLong(&ok) : 0;
        if (!ok || offset < 0)
            return error(400, QStringLiteral("Request_BadRequest"),
                         QStringLiteral("The specified page token value has expired or is "
                                        "invalid."));
    }
    QJsonArray value;
    for (qsizetype i = offset; i < items.size() && i < offset + pageSize; ++i) {
        QJsonObject o = items.at(i);
        if (type == QLatin1String("user") &&
            m_caller.hasAny({QStringLiteral("User.ReadBasic.All")}) &&
            !m_caller.hasAny({QStringLiteral("User.Read.All"), QStringLiteral("Directory.Read.All"),
                              QStringLiteral("Directory.ReadWrite.All")})) {
            for (const auto &k : o.keys()) {
                if (!kBasicUserProperties.contains(k))
                    o.remove(k);
            }
        }
        if (!applySelect(&o, type, &err))
            return err;
        value.append(o);
    }
    QJsonObject body {{QStringLiteral("@odata.context"), context(setName)},
                      {QStringLiteral("value"), value}};
    if (offset + pageSize < items.size()) {
        QUrlQuery q;
        for (const auto &item : m_req.query.queryItems(QUrl::FullyDecoded)) {
            if (item.first != QLatin1String("$skiptoken") && item.first != QLatin1String("$top"))
                q.addQueryItem(item.first, item.second);
        }
        q.addQueryItem(QStringLiteral("$top"), QString::number(pageSize));
        q.addQueryItem(QStringLiteral("$skiptoken"),
                       QString::fromLatin1(
                           tokens::base64Url("offset:" + QByteArray::number(offset + pageSize))));
        QUrl next(m_base.toString() + m_req.path);
        next.setQuery(q);
        body.insert(QStringLiteral("@odata.nextLink"), next.toString(QUrl::FullyEncoded));
    }
    return SandboxResponse::json(200, body);
}

bool GraphApi::checkProperties(const QJsonObject &body, const QSet<QString> &allowed,
                               const QSet<QString> &readOnly, SandboxResponse *err) const
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("@odata.type"))
            continue;
        if (readOnly.contains(it.key())) {
            *err = badRequest(
                QStringLiteral("Property '%1' is read-only and cannot be set.").arg(it.key()));
            return false;
        }
        if (!allowed.contains(it.key())) {
            *err = badRequest(QStringLiteral("Invalid property '%1'.").arg(it.key()));
            return false;
        }
    }
    return true;
}

bool GraphApi::validateRedirects(const QJsonValue &v, const QString &property, bool httpsOnly,
                                 SandboxResponse *err) const
{
    auto invalid = [&](const QString &why) {
        *err = badRequest(QStringLiteral("Invalid value specified for property '%1' of resource "
                                         "'Application'. %2")
                              .arg(property, why));
        return false;
    };
    if (!v.isArray())
        return invalid(QStringLiteral("Expected a collection of strings."));
    for (const auto &x : v.toArray()) {
        const QUrl u(x.toString(), QUrl::StrictMode);
        if (!x.isString() || !u.isValid() || u.scheme().isEmpty() || u.host().isEmpty())
            return invalid(QStringLiteral("'%1' is not an absolute URI.").arg(x.toString()));
        if (x.toString().size() > 256)
            return invalid(QStringLiteral("A redirect URI can be at most 256 characters."));
        const bool loopback =
            u.host() == QLatin1String("localhost") || u.host() == QLatin1String("127.0.0.1");
        if (httpsOnly && u.scheme() != QLatin1String("https") &&
            !(u.scheme() == QLatin1String("http") && loopback))
            return invalid(QStringLiteral("'%1' must use https (http is allowed only for "
                                          "localhost).")
                               .arg(x.toString()));
    }
    return true;
}

bool GraphApi::validateRequiredResourceAccess(const QJsonValue &v, SandboxResponse *err)
{
    auto invalid = [&](const QString &why) {
        *err = badRequest(QStringLiteral("Invalid value specified for property "
                                         "'requiredResourceAccess' of resource 'Application'. %1")
                              .arg(why));
        return false;
    };
    if (!v.isArray())
        return invalid(QStringLiteral("Expected a collection."));
    for (const auto &entry : v.toArray()) {
        const QJsonObject rra = entry.toObject();
        if (!entry.isObject() ||
            !checkProperties(
                rra, {QStringLiteral("resourceAppId"), QStringLiteral("resourceAccess")}, {}, err))
            return entry.isObject() ? false : invalid(QStringLiteral("Expected objects."));
        const QString resourceAppId = rra.value(QStringLiteral("resourceAppId")).toString();
        const QJsonObject *sp = m_d.servicePrincipalByAppId(*m_tenant, resourceAppId);
        if (!sp)
            return invalid(QStringLiteral("The resource application '%1' was not found in the "
                                          "tenant.")
                               .arg(resourceAppId));
        if (!rra.value(QStringLiteral("resourceAccess")).isArray())
            return invalid(QStringLiteral("'resourceAccess' must be a collection."));
        for (const auto &ra : rra.value(QStringLiteral("resourceAccess")).toArray()) {
            const QJsonObject access = ra.toObject();
            if (!checkProperties(access, {QStringLiteral("id"), QStringLiteral("type")}, {}, err))
                return false;
            const QString id = access.value(QStringLiteral("id")).toString();
            const QString type = access.value(QStringLiteral("type")).toString();
            const QString collection = type == QLatin1String("Role") ? QStringLiteral("appRoles")
                                       : type == QLatin1String("Scope")
                                           ? QStringLiteral("oauth2PermissionScopes")
                                           : QString();
            if (collection.isEmpty())
                return invalid(QStringLiteral("The type '%1' of permission '%2' must be 'Role' or "
                                              "'Scope'.")
                                   .arg(type, id));
            bool found = false;
            for (const auto &p : sp->value(collection).toArray())
                found = found || p.toObject().value(QStringLiteral("id")).toString() == id;
            if (!found)
                return invalid(QStringLiteral("The permission '%1' of type '%2' does not exist on "
                                              "the resource '%3'.")
                                   .arg(id, type, resourceAppId));
        }
    }
    return true;
}

bool GraphApi::validateApplication(const QJsonObject &body, bool creating, SandboxResponse *err)
{
    static const QSet<QString> readOnly {QStringLiteral("id"),
                                         QStringLiteral("appId"),
                                         QStringLiteral("createdDateTime"),
                                         QStringLiteral("deletedDateTime"),
                                         QStringLiteral("publisherDomain"),
                                         QStringLiteral("applicationTemplateId"),
                                         QStringLiteral("disabledByMicrosoftStatus"),
                                         QStringLiteral("certification"),
                                         QStringLiteral("verifiedPublisher")};
    QSet<QString> allowed = typeProperties(QStringLiteral("application"));
    allowed.subtract(readOnly);
    if (body.contains(QStringLiteral("passwordCredentials"))) {
        *err = badRequest(creating
                              ? QStringLiteral("Property 'passwordCredentials' cannot be set when "
                                               "creating an application. Use the addPassword "
                                               "action after the application exists.")
                              : QStringLiteral("Property 'passwordCredentials' cannot be updated "
                                               "with PATCH. Use the addPassword and "
                                               "removePassword actions."));
        return false;
    }
    if (!checkProperties(body, allowed, readOnly, err))
        return false;
    auto invalid = [&](const QString &property) {
        *err = badRequest(QStringLiteral("Invalid value specified for property '%1' of resource "
                                         "'Application'.")
                              .arg(property));
        return false;
    };
    if (creating && body.value(QStringLiteral("displayName")).toString().trimmed().isEmpty())
        return invalid(QStringLiteral("displayName"));
    if (body.contains(QStringLiteral("displayName"))) {
        const QJsonValue v = body.value(QStringLiteral("displayName"));
        if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > 120)
            return invalid(QStringLiteral("displayName"));
    }
    if (body.contains(QStringLiteral("signInAudience"))) {
        static const QStringList audiences {QStringLiteral("AzureADMyOrg"),
                                            QStringLiteral("AzureADMultipleOrgs"),
                                            QStringLiteral("AzureADandPersonalMicrosoftAccount"),
                                            QStringLiteral("PersonalMicrosoftAccount")};
        if (!audiences.contains(body.value(QStringLiteral("signInAudience")).toString()))
            return invalid(QStringLiteral("signInAudience"));
    }
    if (body.contains(QStringLiteral("groupMembershipClaims"))) {
        static const QStringList claims {QStringLiteral("None"), QStringLiteral("SecurityGroup"),
                                         QStringLiteral("All"), QStringLiteral("ApplicationGroup"),
                                         QStringLiteral("DirectoryRole")};
        const QJsonValue v = body.value(QStringLiteral("groupMembershipClaims"));
        if (!v.isNull()) {
            for (const auto &part : v.toString().split(QLatin1Char(','))) {
                if (!claims.contains(part.trimmed()))
                    return invalid(QStringLiteral("groupMembershipClaims"));
            }
        }
    }
    for (const char *boolProp :
         {"isFallbackPublicClient", "isDeviceOnlyAuthSupported", "oauth2RequirePostResponse"}) {
        const QJsonValue v = body.value(QLatin1String(boolProp));
        if (body.contains(QLatin1String(boolProp)) && !v.isBool() && !v.isNull())
            return invalid(QLatin1String(boolProp));
    }
    for (const char *strProp :
         {"description", "notes", "uniqueName", "serviceManagementReference"}) {
        const QJsonValue v = body.value(QLatin1String(strProp));
        if (body.contains(QLatin1String(strProp)) && !v.isString() && !v.isNull())
            return invalid(QLatin1String(strProp));
    }
    for (const char *arrProp : {"identifierUris", "tags", "appRoles", "keyCredentials", "addIns"}) {
        if (body.contains(QLatin1String(arrProp)) && !body.value(QLatin1String(arrProp)).isArray())
            return invalid(QLatin1String(arrProp));
    }
    if (body.contains(QStringLiteral("web"))) {
        const QJsonObject web = body.value(QStringLiteral("web")).toObject();
        if (!body.value(QStringLiteral("web")).isObject())
            return invalid(QStringLiteral("web"));
        if (!checkProperties(web,
                             {QStringLiteral("redirectUris"), QStringLiteral("homePageUrl"),
                              QStringLiteral("logoutUrl"), QStringLiteral("implicitGrantSettings"),
                              QStringLiteral("redirectUriSettings")},
                             {}, err))
            return false;
        if (web.contains(QStringLiteral("redirectUris")) &&
            !validateRedirects(web.value(QStringLiteral("redirectUris")),
                               QStringLiteral("web.redirectUris"), true, err))
            return false;
    }
    for (const char *client : {"spa", "publicClient"}) {
        if (!body.contains(QLatin1String(client)))
            continue;
        const QJsonObject o = body.value(QLatin1String(client)).toObject();
        if (!checkProperties(o, {QStringLiteral("redirectUris")}, {}, err))
            return false;
        if (o.contains(QStringLiteral("redirectUris")) &&
            !validateRedirects(o.value(QStringLiteral("redirectUris")),
                               QLatin1String(client) + QStringLiteral(".redirectUris"),
                               qstrcmp(client, "spa") == 0, err))
            return false;
    }
    if (body.contains(QStringLiteral("requiredResourceAccess")) &&
        !validateRequiredResourceAccess(body.value(QStringLiteral("requiredResourceAccess")), err))
        return false;
    const QString uniqueName = body.value(QStringLiteral("uniqueName")).toString();
    if (!uniqueName.isEmpty() && creating &&
        m_d.applicationByUniqueName(*m_tenant, uniqueName, true)) {
        *err = error(400, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
                     QStringLiteral("Another object with the same value for property uniqueName "
                                    "already exists."));
        return false;
    }
    return true;
}

// ---- applications ----------------------------------------------------------------------------

SandboxResponse GraphApi::createApplication(const QJsonObject &body, const QString &uniqueName)
{
    const QString id = tokens::newGuid();
    QJsonObject app = mergePatch(defaultApplication(id, tokens::newGuid(), m_tenant->domain), body);
    if (!uniqueName.isEmpty())
        app.insert(QStringLiteral("uniqueName"), uniqueName);
    m_tenant->applications.append(app);
    m_tenant->createdAt.insert(id, Directory::nowMs());
    return entity(201, app, QStringLiteral("applications"));
}

SandboxResponse GraphApi::applications(const QStringList &segs)
{
    SandboxResponse err;
    // segs[0] is the set name, possibly with an alternate key: applications(appId='…')
    static const QRegularExpression keyRe(
        QStringLiteral("^applications\\((appId|uniqueName)='((?:[^']|'')*)'\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto km = keyRe.match(segs.at(0));
    QString keyKind;
    QString keyValue;
    QStringList rest = segs.mid(1);
    if (km.hasMatch()) {
        keyKind = km.captured(1).toLower();
        keyValue = km.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"));
    } else if (segs.at(0).compare(QLatin1String("applications"), Qt::CaseInsensitive) != 0) {
        return error(400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment '%1'.").arg(segs.at(0)));
    } else if (!rest.isEmpty()) {
        keyKind = QStringLiteral("id");
        keyValue = rest.takeFirst();
    }

    if (keyKind.isEmpty()) {
        if (m_req.method == "GET") {
            if (!need(kAppRead, kAppRead, &err))
                return err;
            QList<QJsonObject> visible;
            for (const auto &a : m_tenant->applications) {
                if (m_d.replicated(*m_tenant, s(a, "id")))
                    visible.append(a);
            }
            return list(visible, QStringLiteral("application"), QStringLiteral("applications"),
                        {QStringLiteral("displayName"), QStringLiteral("appId"),
                         QStringLiteral("uniqueName"), QStringLiteral("id")});
        }
        if (m_req.method == "POST") {
            if (!need(kAppWrite, kAppWrite, &err))
                return err;
            QJsonObject body;
            if (!parseBody(&body, &err) || !validateApplication(body, true, &err))
                return err;
            return createApplication(body, {});
        }
        return methodNotAllowed();
    }

    const bool writing = m_req.method != "GET";
    if (!need(writing ? kAppWrite : kAppRead, writing ? kAppWrite : kAppRead, &err))
        return err;
    QJsonObject *app =
        keyKind == QLatin1String("appid")        ? m_d.applicationByAppId(*m_tenant, keyValue)
        : keyKind == QLatin1String("uniquename") ? m_d.applicationByUniqueName(*m_tenant, keyValue)
                                                 : m_d.application(*m_tenant, keyValue);

    if (rest.isEmpty() && m_req.method == "PATCH") {
        QJsonObject body;
        if (!parseBody(&body, &err))
            return err;
        const bool createIfMissing = m_req.header("prefer").toLower().contains("create-if-missing");
        if (!app && keyKind == QLatin1String("uniquename") && createIfMissing) {
            // An existing but still-replicating object must not be created twice.
            if (m_d.applicationByUniqueName(*m_tenant, keyValue, true))
                return notFound(keyValue);
            if (body.contains(QStringLiteral("uniqueName")) &&
                body.value(QStringLiteral("uniqueName")).toString() != keyValue)
                return badRequest(QStringLiteral("The uniqueName in the request body must match "
                                                 "the key in the request URL."));
            if (!validateApplication(body, true, &err))
                return err;
            return createApplication(body, keyValue);
        }
        if (!app)
            return notFound(keyValue);
        if (!validateApplication(body, false, &err))
            return err;
        if (body.contains(QStringLiteral("uniqueName")) && !s(*app, "uniqueName").isEmpty() &&
            body.value(QStringLiteral("uniqueName")).toString() != s(*app, "uniqueName"))
            return badRequest(QStringLiteral("Property 'uniqueName' cannot be changed once set."));
        *app = mergePatch(*app, body);
        // Keep the app's service principal in step where Graph does.
        if (QJsonObject *sp = m_d.servicePrincipalByAppId(*m_tenant, s(*app, "appId"), true)) {
            sp->insert(QStringLiteral("appDisplayName"), app->value(QStringLiteral("displayName")));
            sp->insert(
                QStringLiteral("replyUrls"),
                app->value(QStringLiteral("web")).toObject().value(QStringLiteral("redirectUris")));
        }
        return SandboxResponse::empty(204);
    }
    if (!app)
        return notFound(keyValue);
    if (rest.isEmpty()) {
        if (m_req.method == "GET")
            return single(*app, QStringLiteral("application"), QStringLiteral("applications"));
        if (m_req.method == "DELETE") {
            const QString id = s(*app, "id");
            const QString appId = s(*app, "appId");
            if (const QJsonObject *sp = m_d.servicePrincipalByAppId(*m_tenant, appId, true))
                deleteServicePrincipal(s(*sp, "id"));
            m_d.secrets.removeIf([&](const SecretRecord &r) { return r.appObjectId == id; });
            m_tenant->applications.removeIf([&](const QJsonObject &o) { return s(o, "id") == id; });
            return SandboxResponse::empty(204);
        }
        return methodNotAllowed();
    }
    if (rest.size() == 1 &&
        rest.at(0).compare(QLatin1String("addPassword"), Qt::CaseInsensitive) == 0) {
        if (m_req.method != "POST")
            return methodNotAllowed();
        return addPassword(*app);
    }
    if (rest.size() == 1 &&
        rest.at(0).compare(QLatin1String("removePassword"), Qt::CaseInsensitive) == 0) {
        if (m_req.method != "POST")
            return methodNotAllowed();
        return removePassword(*app);
    }
    return error(400, QStringLiteral("BadRequest"),
                 QStringLiteral("Resource not found for the segment '%1'.").arg(rest.at(0)));
}

SandboxResponse GraphApi::addPassword(QJsonObject &app)
{
    SandboxResponse err;
    QJsonObject body;
    if (!parseBody(&body, &err) ||
        !checkProperties(body, {QStringLiteral("passwordCredential")}, {}, &err))
        return err;
    const QJsonObject pc = body.value(QStringLiteral("passwordCredential")).toObject();
    if (!checkProperties(
            pc,
            {QStringLiteral("displayName"), QStringLiteral("endDateTime"),
             QStringLiteral("startDateTime"), QStringLiteral("customKeyIdentifier")},
            {QStringLiteral("keyId"), QStringLiteral("secretText"), QStringLiteral("hint")}, &err))
        return err;
    auto parseDate = [](const QJsonValue &v, const QDateTime &fallback) {
        if (v.isUndefined() || v.isNull())
            return fallback;
        QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return dt.isValid() ? dt.toUTC() : QDateTime();
    };
    const QDateTime start =
        parseDate(pc.value(QStringLiteral("startDateTime")), QDateTime::currentDateTimeUtc());
    const QDateTime end = parseDate(pc.value(QStringLiteral("endDateTime")), start.addYears(2));
    if (!start.isValid() || !end.isValid() || end <= start)
        return badRequest(QStringLiteral("Invalid value specified for property 'endDateTime' of "
                                         "resource 'PasswordCredential'."));
    if (m_d.config.secretMaxLifetimeDays > 0 &&
        start.secsTo(end) > qint64(m_d.config.secretMaxLifetimeDays) * 86400 + 60) {
        const QString policyId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        return error(400, QStringLiteral("CredentialInvalidLifetimeAsPerAppPolicy"),
                     QStringLiteral("Credential lifetime exceeds the max value allowed as per "
                                    "assigned policy '%1'.")
                         .arg(policyId),
                     QJsonArray {QJsonObject {
                         {QStringLiteral("code"), QStringLiteral("InvalidKeyEndDate")},
                         {QStringLiteral("target"), QStringLiteral("EndDate")},
                         {QStringLiteral("message"),
                          QStringLiteral("The maximum lifetime of a password credential is P%1D.")
                              .arg(m_d.config.secretMaxLifetimeDays)}}});
    }
    QJsonArray creds = app.value(QStringLiteral("passwordCredentials")).toArray();
    const QString audience = s(app, "signInAudience");
    if (audience.contains(QLatin1String("Personal")) && creds.size() >= 2)
        return badRequest(QStringLiteral("Not allowed to add %1 passwords. You can only add a "
                                         "maximum of 2 passwords.")
                              .arg(creds.size() + 1));
    const QString secret = tokens::newClientSecret();
    const QString keyId = tokens::newGuid();
    QJsonObject cred {
        {QStringLiteral("customKeyIdentifier"), QJsonValue::Null},
        {QStringLiteral("displayName"), pc.value(QStringLiteral("displayName")).isString()
                                            ? pc.value(QStringLiteral("displayName"))
                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("endDateTime"), tokens::graphDate(end)},
        {QStringLiteral("hint"), secret.left(3)},
        {QStringLiteral("keyId"), keyId},
        {QStringLiteral("secretText"), QJsonValue::Null},
        {QStringLiteral("startDateTime"), tokens::graphDate(start)}};
    creds.append(cred);
    app.insert(QStringLiteral("passwordCredentials"), creds);
    m_d.secrets.append(SecretRecord {m_tenant->id, s(app, "id"), keyId, secret, Directory::nowMs(),
                                     end.toMSecsSinceEpoch()});
    m_d.recordIssued(QStringLiteral("clientSecret"), secret);
    cred.insert(QStringLiteral("secretText"), secret);
    cred.insert(QStringLiteral("@odata.context"),
                context(QStringLiteral("microsoft.graph.passwordCredential")));
    return SandboxResponse::json(200, cred);
}

SandboxResponse GraphApi::removePassword(QJsonObject &app)
{
    SandboxResponse err;
    QJsonObject body;
    if (!parseBody(&body, &err) || !checkProperties(body, {QStringLiteral("keyId")}, {}, &err))
        return err;
    const QString keyId = body.value(QStringLiteral("keyId")).toString();
    if (keyId.isEmpty())
        return badRequest(QStringLiteral("The request body must contain 'keyId'."));
    QJsonArray creds = app.value(QStringLiteral("passwordCredentials")).toArray();
    for (qsizetype i = 0; i < creds.size(); ++i) {
        if (creds.at(i)
                .toObject()
                .value(QStringLiteral("keyId"))
                .toString()
                .compare(keyId, Qt::CaseInsensitive) == 0) {
            creds.removeAt(i);
            app.insert(QStringLiteral("passwordCredentials"), creds);
            m_d.secrets.removeIf([&](const SecretRecord &r) {
                return r.keyId.compare(keyId, Qt::CaseInsensitive) == 0;
            });
            return SandboxResponse::empty(204);
        }
    }
    return error(404, QStringLiteral("Request_ResourceNotFound"),
                 QStringLiteral("No password credential with keyId '%1' exists on application "
                                "'%2'.")
                     .arg(keyId, s(app, "appId")));
}

// ---- service principals ----------------------------------------------------------------------

void GraphApi::deleteServicePrincipal(const QString &spId)
{
    m_tenant->appRoleAssignments.removeIf([&](const QJsonObject &o) {
        return s(o, "principalId") == spId || s(o, "resourceId") == spId;
    });
    m_tenant->oauth2PermissionGrants.removeIf([&](const QJsonObject &o) {
        return s(o, "clientId") == spId || s(o, "resourceId") == spId;
    });
    m_tenant->servicePrincipals.removeIf([&](const QJsonObject &o) { return s(o, "id") == spId; });
}

SandboxResponse GraphApi::createServicePrincipal(QJsonObject body)
{
    const QString appId = body.value(QStringLiteral("appId")).toString();
    if (appId.isEmpty())
        return badRequest(QStringLiteral("Invalid value specified for property 'appId' of "
                                         "resource 'ServicePrincipal'."));
    if (m_d.servicePrincipalByAppId(*m_tenant, appId, true))
        return error(409, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
                     QStringLiteral("The service principal cannot be created, updated, or "
                                    "restored because the service principal name %1 is already in "
                                    "use.")
                         .arg(appId));
    const QJsonObject *app = m_d.applicationByAppId(*m_tenant, appId);
    if (!app)
        return badRequest(QStringLiteral("The appId '%1' of the service principal does not "
                                         "reference a valid application object.")
                              .arg(appId));
    const QString id = tokens::newGuid();
    body.remove(QStringLiteral("appId"));
    body.remove(QStringLiteral("@odata.type"));
    const QJsonObject sp = mergePatch(defaultServicePrincipal(id, *app, m_tenant->id), body);
    m_tenant->servicePrincipals.append(sp);
    m_tenant->createdAt.insert(id, Directory::nowMs());
    return entity(201, sp, QStringLiteral("servicePrincipals"));
}

SandboxResponse GraphApi::servicePrincipals(const QStringList &segs)
{
    SandboxResponse err;
    static const QSet<QString> spWritable {QStringLiteral("accountEnabled"),
                                           QStringLiteral("appRoleAssignmentRequired"),
                                           QStringLiteral("description"),
                                           QStringLiteral("notes"),
                                           QStringLiteral("tags"),
                                           QStringLiteral("displayName"),
                                           QStringLiteral("homepage"),
                                           QStringLiteral("loginUrl"),
                                           QStringLiteral("logoutUrl"),
                                           QStringLiteral("notificationEmailAddresses"),
                                           QStringLiteral("preferredSingleSignOnMode"),
                                           QStringLiteral("replyUrls"),
                                           QStringLiteral("alternativeNames")};
    static const QSet<QString> spReadOnly {QStringLiteral("id"),
                                           QStringLiteral("appDisplayName"),
                                           QStringLiteral("appOwnerOrganizationId"),
                                           QStringLiteral("servicePrincipalType"),
                                           QStringLiteral("signInAudience"),
                                           QStringLiteral("createdDateTime"),
                                           QStringLiteral("deletedDateTime")};
    static const QRegularExpression keyRe(
        QStringLiteral("^servicePrincipals\\(appId='((?:[^']|'')*)'\\)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto km = keyRe.match(segs.at(0));
    QStringList rest = segs.mid(1);
    QString byAppId;
    QString byId;
    if (km.hasMatch())
        byAppId = km.captured(1);
    else if (segs.at(0).compare(QLatin1String("servicePrincipals"), Qt::CaseInsensitive) != 0)
        return error(400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment '%1'.").arg(segs.at(0)));
    else if (!rest.isEmpty())
        byId = rest.takeFirst();

    if (byAppId.isEmpty() && byId.isEmpty()) {
        if (m_req.method == "GET") {
            if (!need(kAppRead, kAppRead, &err))
                return err;
            QList<QJsonObject> visible;
            for (const auto &o : m_tenant->servicePrincipals) {
                if (m_d.replicated(*m_tenant, s(o, "id")))
                    visible.append(o);
            }
            return list(visible, QStringLiteral("servicePrincipal"),
                        QStringLiteral("servicePrincipals"),
                        {QStringLiteral("appId"), QStringLiteral("displayName"),
                         QStringLiteral("id"), QStringLiteral("servicePrincipalType")});
        }
        if (m_req.method == "POST") {
            if (!need(kAppWrite, kAppWrite, &err))
                return err;
            QJsonObject body;
            QSet<QString> allowed = spWritable;
            allowed.insert(QStringLiteral("appId"));
            if (!parseBody(&body, &err) || !checkProperties(body, allowed, spReadOnly, &err))
                return err;
            return createServicePrincipal(body);
        }
        return methodNotAllowed();
    }

    // Role assignment reads and writes have their own permissions; checked below.
    const bool sub = !rest.isEmpty();
    const bool writing = m_req.method != "GET";
    if (!sub && !need(writing ? kAppWrite : kAppRead, writing ? kAppWrite : kAppRead, &err))
        return err;
    QJsonObject *sp = byAppId.isEmpty() ? m_d.servicePrincipal(*m_tenant, byId)
                                        : m_d.servicePrincipalByAppId(*m_tenant, byAppId);
    if (!sub && m_req.method == "PATCH") {
        QJsonObject body;
        if (!parseBody(&body, &err))
            return err;
        const bool createIfMissing = m_req.header("prefer").toLower().contains("create-if-missing");
        if (!sp && !byAppId.isEmpty() && createIfMissing) {
            QSet<QString> allowed = spWritable;
            allowed.insert(QStringLiteral("appId"));
            if (!checkProperties(body, allowed, spReadOnly, &err))
                return err;
            if (body.contains(QStringLiteral("appId")) &&
                body.value(QStringLiteral("appId"))
                        .toString()
                        .compare(byAppId, Qt::CaseInsensitive) != 0)
                return badRequest(QStringLiteral("The appId in the request body must match the "
                                                 "key in the request URL."));
            body.insert(QStringLiteral("appId"), byAppId);
            return createServicePrincipal(body);
        }
        if (!sp)
            return notFound(byAppId.isEmpty() ? byId : byAppId);
        if (!checkProperties(body, spWritable, spReadOnly, &err))
            return err;
        *sp = mergePatch(*sp, body);
        return SandboxResponse::empty(204);
    }
    if (!sp)
        return notFound(byAppId.isEmpty() ? byId : byAppId);
    if (!sub) {
        if (m_req.method == "GET")
            return single(*sp, QStringLiteral("servicePrincipal"),
                          QStringLiteral("servicePrincipals"));
        if (m_req.method == "DELETE") {
            deleteServicePrincipal(s(*sp, "id"));
            return SandboxResponse::empty(204);
        }
        return methodNotAllowed();
    }
    const QString what = rest.takeFirst();
    if (what.compare(QLatin1String("appRoleAssignedTo"), Qt::CaseInsensitive) == 0)
        return appRoleAssignedTo(*sp, rest);
    if (what.compare(QLatin1String("appRoleAssignments"), Qt::CaseInsensitive) == 0)
        return appRoleAssignments(*sp, rest);
    return error(400, QStringLiteral("BadRequest"),
                 QStringLiteral("Resource not found for the segment '%1'.").arg(what));
}

SandboxResponse GraphApi::appRoleAssignedTo(QJsonObject &resource, const QStringList &rest)
{
    SandboxResponse err;
    const QString resourceId = s(resource, "id");
    if (m_req.method == "GET") {
        if (!need(kAssignmentRead, kAssignmentRead, &err))
            return err;
        QList<QJsonObject> items;
        for (const auto &a : m_tenant->appRoleAssignments) {
            if (s(a, "resourceId") == resourceId && (rest.isEmpty() || s(a, "id") == rest.at(0)))
                items.append(a);
        }
        if (!rest.isEmpty())
            return items.isEmpty() ? notFound(rest.at(0))
                                   : single(items.at(0), QStringLiteral("appRoleAssignment"),
                                            QStringLiteral("appRoleAssignments"));
        return list(items, QStringLiteral("appRoleAssignment"),
                    QStringLiteral("servicePrincipals('%1')/appRoleAssignedTo").arg(resourceId),
                    {QStringLiteral("principalId"), QStringLiteral("appRoleId")});
    }
    // Writes need AppRoleAssignment.ReadWrite.All and the ability to read the application.
    if (!need(kAssignmentWrite, kAssignmentWrite, &err) || !need(kAppRead, kAppRead, &err))
        return err;
    // Granting Microsoft Graph app roles needs Privileged Role Administrator or Global
    // Administrator (entra-leap-facts §2 "Roles the signed-in user needs").
    if (!m_caller.appOnly && !m_caller.globalAdmin &&
        s(resource, "appId") == QLatin1String(seed::kGraphAppId))
        return denied();
    if (m_req.method == "DELETE" && rest.size() == 1) {
        const qsizetype before = m_tenant->appRoleAssignments.size();
        m_tenant->appRoleAssignments.removeIf([&](const QJsonObject &a) {
            return s(a, "id") == rest.at(0) && s(a, "resourceId") == resourceId;
        });
        return before == m_tenant->appRoleAssignments.size() ? notFound(rest.at(0))
                                                             : SandboxResponse::empty(204);
    }
    if (m_req.method != "POST" || !rest.isEmpty())
        return methodNotAllowed();
    QJsonObject body;
    if (!parseBody(&body, &err) ||
        !checkProperties(body,
                         {QStringLiteral("principalId"), QStringLiteral("resourceId"),
                          QStringLiteral("appRoleId"), QStringLiteral("principalType")},
                         {QStringLiteral("id"), QStringLiteral("createdDateTime")}, &err))
        return err;
    const QString principalId = body.value(QStringLiteral("principalId")).toString();
    const QString appRoleId = body.value(QStringLiteral("appRoleId")).toString();
    if (principalId.isEmpty() || appRoleId.isEmpty())
        return badRequest(QStringLiteral("The properties 'principalId', 'resourceId' and "
                                         "'appRoleId' are required."));
    if (body.value(QStringLiteral("resourceId"))
            .toString()
            .compare(resourceId, Qt::CaseInsensitive) != 0)
        return badRequest(QStringLiteral("Invalid value specified for property 'resourceId' of "
                                         "resource 'AppRoleAssignment': it must be the service "
                                         "principal in the request URL."));
    QString principalType = QStringLiteral("ServicePrincipal");
    QString principalName;
    if (const QJsonObject *p = m_d.servicePrincipal(*m_tenant, principalId)) {
        principalName = s(*p, "displayName");
    } else if (const QJsonObject *u = m_d.user(*m_tenant, principalId)) {
        principalType = QStringLiteral("User");
        principalName = s(*u, "displayName");
    } else {
        return notFound(principalId);
    }
    bool roleOk = false;
    for (const auto &r : resource.value(QStringLiteral("appRoles")).toArray()) {
        const QJsonObject role = r.toObject();
        if (s(role, "id") == appRoleId &&
            role.value(QStringLiteral("allowedMemberTypes"))
                .toArray()
                .contains(principalType == QLatin1String("User") ? QStringLiteral("User")
                                                                 : QStringLiteral("Application")))
            roleOk = true;
    }
    if (!roleOk)
        return badRequest(QStringLiteral("Permission being assigned was not found on application "
                                         "'%1'.")
                              .arg(s(resource, "appId")));
    for (const auto &a : m_tenant->appRoleAssignments) {
        if (s(a, "principalId") == principalId && s(a, "resourceId") == resourceId &&
            s(a, "appRoleId") == appRoleId)
            return badRequest(
                QStringLiteral("Permission being assigned already exists on the object."));
    }
    const QJsonObject assignment {
        {QStringLiteral("id"), newDirectoryKey()},
        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
        {QStringLiteral("appRoleId"), appRoleId},
        {QStringLiteral("createdDateTime"), tokens::graphDateNow()},
        {QStringLiteral("principalDisplayName"), principalName},
        {QStringLiteral("principalId"), principalId},
        {QStringLiteral("principalType"), principalType},
        {QStringLiteral("resourceDisplayName"), s(resource, "displayName")},
        {QStringLiteral("resourceId"), resourceId}};
    m_tenant->appRoleAssignments.append(assignment);
    return entity(201, assignment, QStringLiteral("appRoleAssignments"));
}

SandboxResponse GraphApi::appRoleAssignments(QJsonObject &principal, const QStringList &rest)
{
    SandboxResponse err;
    const QString principalId = s(principal, "id");
    if (m_req.method == "GET" && rest.isEmpty()) {
        if (!need(kAssignmentRead, kAssignmentRead, &err))
            return err;
        QList<QJsonObject> items;
        for (const auto &a : m_tenant->appRoleAssignments) {
            if (s(a, "principalId") == principalId)
                items.append(a);
        }
        return list(items, QStringLiteral("appRoleAssignment"),
                    QStringLiteral("servicePrincipals('%1')/appRoleAssignments").arg(principalId),
                    {QStringLiteral("resourceId"), QStringLiteral("appRoleId")});
    }
    if (m_req.method == "DELETE" && rest.size() == 1) {
        if (!need(kAssignmentWrite, kAssignmentWrite, &err))
            return err;
        const qsizetype before = m_tenant->appRoleAssignments.size();
        m_tenant->appRoleAssignments.removeIf([&](const QJsonObject &a) {
            return s(a, "id") == rest.at(0) && s(a, "principalId") == principalId;
        });
        return before == m_tenant->appRoleAssignments.size() ? notFound(rest.at(0))
                                                             : SandboxResponse::empty(204);
    }
    return methodNotAllowed();
}

// ---- oauth2PermissionGrants ------------------------------------------------------------------

SandboxResponse GraphApi::grants(const QStringList &segs)
{
    SandboxResponse err;
    if (segs.size() == 1) {
        if (m_req.method == "GET") {
            if (!need(kGrantRead, kGrantRead, &err))
                return err;
            return list(m_tenant->oauth2PermissionGrants, QStringLiteral("oAuth2PermissionGrant"),
                        QStringLiteral("oauth2PermissionGrants"),
                        {QStringLiteral("clientId"), QStringLiteral("resourceId"),
                         QStringLiteral("consentType"), QStringLiteral("principalId")});
        }
        if (m_req.method != "POST")
            return methodNotAllowed();
        if (!need(kGrantWrite, kGrantWrite, &err))
            return err;
        QJsonObject body;
        if (!parseBody(&body, &err) ||
            !checkProperties(body,
                             {QStringLiteral("clientId"), QStringLiteral("consentType"),
                              QStringLiteral("principalId"), QStringLiteral("resourceId"),
                              QStringLiteral("scope"), QStringLiteral("startTime"),
                              QStringLiteral("expiryTime")},
                             {QStringLiteral("id")}, &err))
            return err;
        auto invalid = [&](const QString &property) {
            return badRequest(QStringLiteral("Invalid value specified for property '%1' of "
                                             "resource 'OAuth2PermissionGrant'.")
                                  .arg(property));
        };
        const QString clientId = body.value(QStringLiteral("clientId")).toString();
        const QString resourceId = body.value(QStringLiteral("resourceId")).toString();
        const QString consentType = body.value(QStringLiteral("consentType")).toString();
        const QJsonValue principal = body.value(QStringLiteral("principalId"));
        // clientId must be a service principal's object id (not an appId). A still-replicating
        // service principal is "not found" (404), anything else is a bad value (400).
        for (const auto &[property, id] : {std::pair {QStringLiteral("clientId"), clientId},
                                           std::pair {QStringLiteral("resourceId"), resourceId}}) {
            if (m_d.servicePrincipal(*m_tenant, id))
                continue;
            if (m_d.servicePrincipal(*m_tenant, id, true))
                return notFound(id);
            return invalid(property);
        }
        if (consentType == QLatin1String("AllPrincipals")) {
            if (!principal.isUndefined() && !principal.isNull())
                return invalid(QStringLiteral("principalId"));
        } else if (consentType == QLatin1String("Principal")) {
            if (!m_d.user(*m_tenant, principal.toString()))
                return invalid(QStringLiteral("principalId"));
        } else {
            return invalid(QStringLiteral("consentType"));
        }
        const QJsonObject *resource = m_d.servicePrincipal(*m_tenant, resourceId);
        const QString scope = body.value(QStringLiteral("scope")).toString();
        for (const auto &value : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            bool found = false;
            for (const auto &sc :
                 resource->value(QStringLiteral("oauth2PermissionScopes")).toArray())
                found = found || s(sc.toObject(), "value") == value;
            if (!found)
                return badRequest(QStringLiteral("Invalid value specified for property 'scope' of "
                                                 "resource 'OAuth2PermissionGrant': '%1' is not a "
                                                 "delegated permission of '%2'.")
                                      .arg(value, s(*resource, "displayName")));
        }
        for (const auto &g : m_tenant->oauth2PermissionGrants) {
            if (s(g, "clientId") == clientId && s(g, "resourceId") == resourceId &&
                s(g, "consentType") == consentType &&
                g.value(QStringLiteral("principalId")).toString() == principal.toString())
                return error(409, QStringLiteral("Request_MultipleObjectsWithSameKeyValue"),
                             QStringLiteral("Permission entry already exists."));
        }
        const QJsonObject grant {
            {QStringLiteral("id"), newDirectoryKey()},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("consentType"), consentType},
            {QStringLiteral("principalId"),
             consentType == QLatin1String("Principal") ? principal : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("resourceId"), resourceId},
            {QStringLiteral("scope"), scope}};
        m_tenant->oauth2PermissionGrants.append(grant);
        return entity(201, grant, QStringLiteral("oauth2PermissionGrants"));
    }
    if (segs.size() != 2)
        return error(400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment '%1'.").arg(segs.at(2)));
    const bool writing = m_req.method != "GET";
    if (!need(writing ? kGrantWrite : kGrantRead, writing ? kGrantWrite : kGrantRead, &err))
        return err;
    const QString id = segs.at(1);
    QJsonObject *grant = nullptr;
    for (auto &g : m_tenant->oauth2PermissionGrants) {
        if (s(g, "id") == id)
            grant = &g;
    }
    if (!grant)
        return notFound(id);
    if (m_req.method == "GET")
        return single(*grant, QStringLiteral("oAuth2PermissionGrant"),
                      QStringLiteral("oauth2PermissionGrants"));
    if (m_req.method == "DELETE") {
        m_tenant->oauth2PermissionGrants.removeIf(
            [&](const QJsonObject &g) { return s(g, "id") == id; });
        return SandboxResponse::empty(204);
    }
    if (m_req.method == "PATCH") {
        QJsonObject body;
        if (!parseBody(&body, &err) ||
            !checkProperties(body, {QStringLiteral("scope")},
                             {QStringLiteral("id"), QStringLiteral("clientId"),
                              QStringLiteral("consentType"), QStringLiteral("principalId"),
                              QStringLiteral("resourceId")},
                             &err))
            return err;
        if (body.contains(QStringLiteral("scope")))
            grant->insert(QStringLiteral("scope"), body.value(QStringLiteral("scope")).toString());
        return SandboxResponse::empty(204);
    }
    return methodNotAllowed();
}

// ---- users, groups, me, organization ---------------------------------------------------------

SandboxResponse GraphApi::me()
{
    SandboxResponse err;
    if (m_caller.appOnly)
        return error(400, QStringLiteral("BadRequest"),
                     QStringLiteral("/me request is only valid with delegated authentication "
                                    "flow."));
    if (!need(kMe, kMe, &err))
        return err;
    const QJsonObject *user = m_d.user(*m_tenant, m_caller.token.userId);
    if (!user)
        return notFound(m_caller.token.userId);
    return single(*user, QStringLiteral("user"), QStringLiteral("users"));
}

SandboxResponse GraphApi::organization()
{
    SandboxResponse err;
    if (!need(kOrganization, kOrganization, &err))
        return err;
    const QJsonObject org {
        {QStringLiteral("id"), m_tenant->id},
        {QStringLiteral("displayName"), m_tenant->displayName},
        {QStringLiteral("tenantType"), QStringLiteral("AAD")},
        {QStringLiteral("countryLetterCode"), QStringLiteral("US")},
        {QStringLiteral("createdDateTime"), QStringLiteral("2024-01-15T08:00:00Z")},
        {QStringLiteral("verifiedDomains"),
         QJsonArray {QJsonObject {
             {QStringLiteral("capabilities"), QStringLiteral("Email, OfficeCommunicationsOnline")},
             {QStringLiteral("isDefault"), true},
             {QStringLiteral("isInitial"), true},
             {QStringLiteral("name"), m_tenant->domain},
             {QStringLiteral("type"), QStringLiteral("Managed")}}}}};
    return SandboxResponse::json(200, QJsonObject {{QStringLiteral("@odata.context"),
                                                    context(QStringLiteral("organization"))},
                                                   {QStringLiteral("value"), QJsonArray {org}}});
}

SandboxResponse GraphApi::usersOrGroups(bool users, const QStringList &segs)
{
    SandboxResponse err;
    if (m_req.method != "GET")
        return methodNotAllowed();
    if (!need(users ? kUsers : kGroups, users ? kUsers : kGroups, &err))
        return err;
    const QList<QJsonObject> &items = users ? m_tenant->users : m_tenant->groups;
    const QString type = users ? QStringLiteral("user") : QStringLiteral("group");
    const QString set = users ? QStringLiteral("users") : QStringLiteral("groups");
    if (segs.size() == 1)
        return list(items, type, set,
                    users ? QStringList {QStringLiteral("displayName"),
                                         QStringLiteral("userPrincipalName"), QStringLiteral("id"),
                                         QStringLiteral("mail")}
                          : QStringList {QStringLiteral("displayName"), QStringLiteral("id"),
                                         QStringLiteral("mailNickname")});
    for (const auto &o : items) {
        if (s(o, "id").compare(segs.at(1), Qt::CaseInsensitive) == 0 ||
            (users && s(o, "userPrincipalName").compare(segs.at(1), Qt::CaseInsensitive) == 0)) {
            QJsonObject copy = o;
            if (users && !m_caller.hasAny({QStringLiteral("User.Read.All"),
                                           QStringLiteral("Directory.Read.All"),
                                           QStringLiteral("Directory.ReadWrite.All")})) {
                for (const auto &k : copy.keys()) {
                    if (!kBasicUserProperties.contains(k))
                        copy.remove(k);
                }
            }
            return single(copy, type, set);
        }
    }
    return notFound(segs.at(1));
}

// ---- $batch ----------------------------------------------------------------------------------

SandboxResponse GraphApi::batch()
{
    if (m_req.method != "POST")
        return methodNotAllowed();
    SandboxResponse err;
    QJsonObject body;
    if (!parseBody(&body, &err))
        return err;
    auto bad = [&](const QString &message) {
        return error(400, QStringLiteral("BadRequest"), message);
    };
    const QJsonArray requests = body.value(QStringLiteral("requests")).toArray();
    if (requests.isEmpty())
        return bad(QStringLiteral("Invalid batch payload format: 'requests' is missing or "
                                  "empty."));
    if (requests.size() > 20)
        return bad(QStringLiteral("The number of batch requests exceeds the limit of 20."));
    QStringList ids;
    for (const auto &r : requests) {
        const QJsonObject item = r.toObject();
        const QString id = item.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || item.value(QStringLiteral("method")).toString().isEmpty() ||
            item.value(QStringLiteral("url")).toString().isEmpty())
            return bad(QStringLiteral("Every batch request needs 'id', 'method' and 'url'."));
        if (ids.contains(id))
            return bad(
                QStringLiteral("Batch request ids must be unique: '%1' is repeated.").arg(id));
        for (const auto &dep : item.value(QStringLiteral("dependsOn")).toArray()) {
            if (!ids.contains(dep.toString()))
                return bad(QStringLiteral("Request '%1' depends on '%2', which is not an earlier "
                                          "request of the batch.")
                               .arg(id, dep.toString()));
        }
        if (item.contains(QStringLiteral("body")) &&
            item.value(QStringLiteral("body")).isObject()) {
            bool hasType = false;
            const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                hasType = hasType ||
                          it.key().compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0;
            if (!hasType)
                return bad(
                    QStringLiteral("Request '%1' has a body but no Content-Type header.").arg(id));
        }
        if (item.value(QStringLiteral("url")).toString().contains(QLatin1String("$batch")))
            return bad(QStringLiteral("A batch request cannot contain another batch."));
        ids.append(id);
    }
    QMap<QString, int> statuses;
    QJsonArray responses;
    for (const auto &r : requests) {
        const QJsonObject item = r.toObject();
        const QString id = item.value(QStringLiteral("id")).toString();
        SandboxRequest sub;
        sub.method = item.value(QStringLiteral("method")).toString().toUpper().toLatin1();
        QString url = item.value(QStringLiteral("url")).toString();
        if (!url.startsWith(QLatin1Char('/')))
            url.prepend(QLatin1Char('/'));
        const QUrl parsed(QStringLiteral("http://x") + url);
        sub.path = QStringLiteral("/graph/v1.0") + parsed.path(QUrl::FullyDecoded);
        sub.query = QUrlQuery(parsed.query(QUrl::FullyEncoded));
        sub.headers = m_req.headers;
        sub.headers.remove("content-length");
        const QJsonObject headers = item.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            sub.headers.insert(it.key().toLower().toLatin1(), it.value().toString().toUtf8());
        if (item.value(QStringLiteral("body")).isObject())
            sub.body = QJsonDocument(item.value(QStringLiteral("body")).toObject())
                           .toJson(QJsonDocument::Compact);
        sub.requestId = tokens::newGuid();
        sub.clientRequestId = QString::fromUtf8(sub.header("client-request-id"));

        SandboxResponse res;
        bool failedDependency = false;
        for (const auto &dep : item.value(QStringLiteral("dependsOn")).toArray())
            failedDependency = failedDependency || statuses.value(dep.toString()) >= 400;
        if (failedDependency) {
            res = graphError(sub, 424, QStringLiteral("FailedDependency"),
                             QStringLiteral("The request could not be processed because a "
                                            "request it depends on failed."));
        } else {
            // Each item meets faults like a request of its own (latency is not simulated here).
            const auto fault = takeFault(m_d.faults, QString::fromLatin1(sub.method), sub.path);
            const bool faultNow = fault && (fault->status > 0 || fault->drop) && !fault->commit;
            if (!faultNow)
                res = handleGraph(m_d, m_base, sub)
                          .value_or(graphError(sub, 400, QStringLiteral("BadRequest"),
                                               QStringLiteral("Invalid URL.")));
            if (fault && (fault->status > 0 || fault->drop)) {
                Fault f = *fault;
                if (f.drop && f.status == 0)
                    f.status = 504; // a dropped item surfaces as a gateway timeout
                res = faultResponse(f, sub);
            }
        }
        statuses.insert(id, res.status);
        QJsonObject respHeaders;
        for (const auto &h : res.headers)
            respHeaders.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
        QJsonObject out {{QStringLiteral("id"), id},
                         {QStringLiteral("status"), res.status},
                         {QStringLiteral("headers"), respHeaders}};
        if (!res.body.isEmpty())
            out.insert(QStringLiteral("body"), QJsonDocument::fromJson(res.body).object());
        responses.append(out);
    }
    return SandboxResponse::json(200, QJsonObject {{QStringLiteral("responses"), responses}});
}

SandboxResponse GraphApi::run()
{
    QString rest = m_req.path.mid(int(qstrlen("/graph")));
    if (!rest.startsWith(QLatin1String("/v1.0/")) && rest != QLatin1String("/v1.0"))
        return error(400, QStringLiteral("BadRequest"),
                     QStringLiteral("Invalid version: the sandbox serves Microsoft Graph v1.0 "
                                    "only."));
    rest = rest.mid(5);
    SandboxResponse err;
    if (!authorize(&err))
        return err;
    QStringList segs = rest.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segs.isEmpty())
        return error(400, QStringLiteral("BadRequest"), QStringLiteral("Invalid request."));
    const QString first = segs.at(0);
    auto is = [&](const char *name) {
        return first.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (is("$batch") && segs.size() == 1)
        return batch();
    if (first.startsWith(QLatin1String("applications"), Qt::CaseInsensitive))
        return applications(segs);
    if (first.startsWith(QLatin1String("servicePrincipals"), Qt::CaseInsensitive))
        return servicePrincipals(segs);
    if (is("oauth2PermissionGrants"))
        return grants(segs);
    if (is("me") && segs.size() == 1) {
        if (m_req.method != "GET")
            return methodNotAllowed();
        return me();
    }
    if (is("organization") && segs.size() == 1) {
        if (m_req.method != "GET")
            return methodNotAllowed();
        return organization();
    }
    if (is("users") && segs.size() <= 2)
        return usersOrGroups(true, segs);
    if (is("groups") && segs.size() <= 2)
        return usersOrGroups(false, segs);
    return error(400, QStringLiteral("BadRequest"),
                 QStringLiteral("Resource not found for the segment '%1'.").arg(first));
}

} // namespace

std::optional<SandboxResponse> handleGraph(Directory &d, const QUrl &base,
                                           const SandboxRequest &req)
{
    if (!req.path.startsWith(QLatin1String("/graph/")) && req.path != QLatin1String("/graph"))
        return std::nullopt;
    GraphApi api(d, base, req);
    return api.run();
}

} // namespace leap::sandbox
