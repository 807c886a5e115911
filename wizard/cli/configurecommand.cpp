#include "cli/configurecommand.h"

#include "auth/signinsession.h"
#include "cli/context.h"
#include "cli/options.h"
#include "graph/applicationservice.h"
#include "graph/graphclient.h"
#include "graph/permissionservice.h"
#include "graph/secretservice.h"
#include "model/summary.h"
#include "model/validation.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace leap::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("leap::cli", s);
}

const QString kTenant = QStringLiteral("tenant");
const QString kLeapHost = QStringLiteral("leap-host");
const QString kDisplayName = QStringLiteral("display-name");
const QString kSecretName = QStringLiteral("secret-name");
const QString kSecretDays = QStringLiteral("secret-days");
const QString kCredentialAlias = QStringLiteral("credential-alias");
const QString kDryRun = QStringLiteral("dry-run");
const QString kNoAdminConsent = QStringLiteral("no-admin-consent");

QJsonObject changeJson(const PlannedChange &c)
{
    return QJsonObject {{QStringLiteral("action"), PlannedChange::actionName(c.action)},
                        {QStringLiteral("object"), c.object},
                        {QStringLiteral("description"), c.description}};
}

QString changeLine(const PlannedChange &c)
{
    QString tag;
    switch (c.action) {
    case PlannedChange::Action::Create:
        tag = tr("create");
        break;
    case PlannedChange::Action::Update:
        tag = tr("update");
        break;
    case PlannedChange::Action::Keep:
        tag = tr("keep");
        break;
    }
    return QStringLiteral("  %1  %2").arg(tag.leftJustified(7), c.description);
}

PlannedChange change(PlannedChange::Action action, const QString &object, const QString &text)
{
    PlannedChange c;
    c.action = action;
    c.object = object;
    c.description = text;
    return c;
}

class ConfigureCommand : public Command
{
public:
    VoidResult prepare(const QCommandLineParser &parser, Context &context) override
    {
        for (const QString &name :
             {kTenant, kLeapHost, kDisplayName, kSecretName, kSecretDays, kCredentialAlias}) {
            if (parser.values(name).size() > 1)
                return Error::badInput(QStringLiteral("--") + name,
                                       tr("--%1 is given more than once.").arg(name),
                                       tr("Give it once."));
        }
        m_dryRun = parser.isSet(kDryRun);
        m_noAdminConsent = parser.isSet(kNoAdminConsent);

        // A saved profile supplies what is not given again; a profile for another Leap host or
        // tenant is refused (one profile per Leap environment).
        Result<Profile> saved = context.profiles().load(context.options().profile);
        if (saved) {
            m_existing = *saved;
            m_hasExisting = true;
        } else if (saved.error().kind != ErrorKind::NotFound) {
            Error e = saved.error();
            e.field = QStringLiteral("--profile");
            return e;
        }

        if (parser.isSet(kTenant)) {
            const auto tenant = validateTenant(parser.value(kTenant));
            if (!tenant)
                return tenant.error();
            m_tenant = *tenant;
        } else if (m_hasExisting && !m_existing.tenantId.isEmpty()) {
            m_tenant = m_existing.tenantId;
        } else {
            return Error::badInput(QStringLiteral("--tenant"), tr("--tenant is required."),
                                   tr("Give the tenant ID or a verified domain, e.g. --tenant "
                                      "contoso.onmicrosoft.com."));
        }
        if (parser.isSet(kLeapHost)) {
            const auto host = validateLeapHost(parser.value(kLeapHost));
            if (!host)
                return host.error();
            m_leapHost = *host;
        } else if (m_hasExisting && !m_existing.leapHost.isEmpty()) {
            m_leapHost = m_existing.leapHost;
        } else {
            return Error::badInput(QStringLiteral("--leap-host"), tr("--leap-host is required."),
                                   tr("Give the host name of the Leap server, e.g. --leap-host "
                                      "leap.example.com."));
        }
        if (parser.isSet(kDisplayName)) {
            const auto name = validateDisplayName(parser.value(kDisplayName));
            if (!name)
                return name.error();
            m_displayName = *name;
        }
        if (parser.isSet(kSecretName)) {
            const auto name = validateSecretName(parser.value(kSecretName));
            if (!name)
                return name.error();
            m_secretName = *name;
        }
        if (parser.isSet(kSecretDays)) {
            const auto days = validateSecretDays(parser.value(kSecretDays));
            if (!days)
                return days.error();
            m_secretDays = *days;
        }
        if (parser.isSet(kCredentialAlias)) {
            const auto alias = validateCredentialAlias(parser.value(kCredentialAlias));
            if (!alias)
                return alias.error();
            m_credentialAlias = *alias;
        }

        if (m_hasExisting) {
            const QString profileName = context.options().profile;
            if (!m_existing.leapHost.isEmpty() && m_existing.leapHost != m_leapHost)
                return Error::badInput(
                    QStringLiteral("--leap-host"),
                    tr("The profile \"%1\" is for the Leap server %2, not %3.")
                        .arg(profileName, m_existing.leapHost, m_leapHost),
                    tr("Use another profile for another Leap environment (--profile NAME), or "
                       "run `forget` first."));
            if (!m_existing.tenantId.isEmpty() && isGuid(m_tenant) &&
                m_existing.tenantId != m_tenant)
                return wrongTenant(profileName, m_tenant);
            if (!isGuid(m_tenant) && !m_existing.tenantDomain.isEmpty() &&
                m_existing.tenantDomain.compare(m_tenant, Qt::CaseInsensitive) != 0 &&
                m_existing.tenantId.isEmpty())
                return wrongTenant(profileName, m_tenant);
            if (context.options().cloud && *context.options().cloud != m_existing.cloud)
                return Error::badInput(
                    QStringLiteral("--cloud"),
                    tr("The profile \"%1\" is for the %2 cloud.")
                        .arg(profileName, cloudName(m_existing.cloud)),
                    tr("Use another profile (--profile NAME) for another cloud."));
        }
        return {};
    }

    QCoro::Task<VoidResult> run(Context &context) override
    {
        Profile profile = m_hasExisting ? m_existing : Profile {};
        profile.name = context.options().profile;
        context.recordEndpoints(profile);
        const Endpoints endpoints = context.endpoints(&profile);

        // Sign-in. A dry run reads nothing from and writes nothing to the keychain.
        Result<SignInSession *> session =
            co_await context.signIn(endpoints, m_tenant, /*useCache*/ !m_dryRun);
        if (!session)
            co_return session.error();
        const QString tenantId = (*session)->tenantId().toLower();
        if (tenantId.isEmpty())
            co_return Error::make(ErrorKind::SignIn,
                                  tr("The sign-in did not say which tenant it belongs to."),
                                  tr("Give the tenant ID (a GUID) with --tenant."));
        if (!profile.tenantId.isEmpty() && profile.tenantId != tenantId)
            co_return wrongTenant(profile.name, m_tenant);

        profile.tenantId = tenantId;
        if (!isGuid(m_tenant))
            profile.tenantDomain = m_tenant;
        profile.leapHost = m_leapHost;
        if (!m_credentialAlias.isEmpty())
            profile.credentialAlias = m_credentialAlias;
        if (!m_displayName.isEmpty())
            profile.displayName = m_displayName;
        if (profile.displayName.isEmpty())
            profile.displayName = Profile::defaultDisplayName(m_leapHost);
        if (profile.uniqueName.isEmpty())
            profile.uniqueName = Profile::defaultUniqueName(m_leapHost);
        if (profile.setupBy.isEmpty())
            profile.setupBy = (*session)->user().upn;

        GraphClient *graph = context.graph(endpoints, *session);
        if (m_dryRun) {
            const VoidResult planned = co_await dryRun(context, graph, profile);
            co_return planned;
        }
        const VoidResult applied = co_await apply(context, graph, profile);
        co_return applied;
    }

private:
    static Error wrongTenant(const QString &profileName, const QString &tenant)
    {
        return Error::badInput(
            QStringLiteral("--tenant"),
            tr("The profile \"%1\" belongs to another tenant than %2.").arg(profileName, tenant),
            tr("Use another profile for another tenant (--profile NAME), or "
               "run `forget` first."));
    }

    QString secretName() const
    {
        if (!m_secretName.isEmpty())
            return m_secretName;
        return QStringLiteral("leap-entra-setup %1")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd")));
    }

    // Whether the profile's current secret is usable: on the application, in the keychain and
    // not expired. Anything else means a new secret (the old ones are left for retire-secret).
    struct SecretCheck
    {
        bool keep = false;
        QString reason; // why a new secret is needed
    };

    QCoro::Task<Result<SecretCheck>> checkSecret(Context &context, SecretService &secrets,
                                                 const Profile &profile)
    {
        const SecretInfo *current = profile.currentSecret();
        if (!current)
            co_return SecretCheck {false, tr("the profile has no client secret yet")};
        if (current->isExpired())
            co_return SecretCheck {
                false, tr("the current client secret %1 has expired").arg(current->keyId)};
        // SecretStore takes the key by reference: it must outlive the task.
        const QString key = secretKeychainKey(profile.tenantId, profile.appId, current->keyId);
        auto onApp = secrets.listOnApplication(profile);
        auto inKeychain = context.secrets().contains(key);
        const Result<QList<SecretInfo>> listed = co_await onApp;
        const Result<bool> stored = co_await inKeychain;
        if (!listed)
            co_return listed.error();
        bool found = false;
        for (const SecretInfo &s : *listed)
            found = found || s.keyId.compare(current->keyId, Qt::CaseInsensitive) == 0;
        if (!found)
            co_return SecretCheck {false, tr("the current client secret %1 is no longer on the "
                                             "application")
                                              .arg(current->keyId)};
        if (!stored)
            co_return stored.error();
        if (!*stored)
            co_return SecretCheck {false, tr("the value of the current client secret %1 is not "
                                             "in the keychain")
                                              .arg(current->keyId)};
        co_return SecretCheck {true, {}};
    }

    QCoro::Task<VoidResult> dryRun(Context &context, GraphClient *graph, Profile profile)
    {
        // Nothing below gets a ProfileStore: plan() and status() only read.
        ApplicationService applications(graph);
        const Result<ApplicationPlan> plan = co_await applications.plan(profile);
        if (!plan)
            co_return plan.error();
        QList<PlannedChange> changes = plan->changes;

        if (plan->applicationExists) {
            profile.appId = plan->appId;
            profile.objectId = plan->objectId;
            profile.servicePrincipalId = plan->servicePrincipalId;
        }
        if (plan->applicationExists && profile.appId == m_existing.appId) {
            SecretService secrets(graph, &context.secrets());
            const Result<SecretCheck> check = co_await checkSecret(context, secrets, profile);
            if (!check)
                co_return check.error();
            if (check->keep)
                changes << change(PlannedChange::Action::Keep, QStringLiteral("client secret"),
                                  tr("Keep the current client secret %1 (in the keychain).")
                                      .arg(profile.currentSecret()->keyId));
            else
                changes << change(PlannedChange::Action::Create, QStringLiteral("client secret"),
                                  tr("Create the client secret \"%1\" valid for %2 days and store "
                                     "it in the keychain (%3).")
                                      .arg(secretName())
                                      .arg(m_secretDays)
                                      .arg(check->reason));
        } else {
            changes << change(PlannedChange::Action::Create, QStringLiteral("client secret"),
                              tr("Create the client secret \"%1\" valid for %2 days and store it "
                                 "in the keychain.")
                                  .arg(secretName())
                                  .arg(m_secretDays));
        }

        if (m_noAdminConsent) {
            changes << change(PlannedChange::Action::Keep, QStringLiteral("permission"),
                              tr("Grant no admin consent (--no-admin-consent)."));
        } else if (plan->servicePrincipalExists) {
            PermissionService permissions(graph);
            const Result<PermissionStatus> status = co_await permissions.status(profile);
            if (!status)
                co_return status.error();
            for (const PermissionState &p : status->permissions) {
                const QString name =
                    QStringLiteral("%1 (%2)").arg(p.spec.value, permissionTypeName(p.spec.type));
                changes << (p.consented
                                ? change(PlannedChange::Action::Keep, QStringLiteral("permission"),
                                         tr("Keep the admin consent for %1.").arg(name))
                                : change(PlannedChange::Action::Create,
                                         QStringLiteral("permission"),
                                         tr("Grant admin consent for %1.").arg(name)));
            }
        } else {
            for (const PermissionSpec &p : leapPermissions())
                changes << change(PlannedChange::Action::Create, QStringLiteral("permission"),
                                  tr("Grant admin consent for %1 (%2).")
                                      .arg(p.value, permissionTypeName(p.type)));
        }

        bool anyWrite = false;
        for (const PlannedChange &c : std::as_const(changes))
            anyWrite = anyWrite || c.action != PlannedChange::Action::Keep;
        if (context.json()) {
            QJsonArray array;
            for (const PlannedChange &c : std::as_const(changes))
                array.append(changeJson(c));
            context.printJson(QJsonObject {{QStringLiteral("schemaVersion"), 1},
                                           {QStringLiteral("dryRun"), true},
                                           {QStringLiteral("profile"), profile.name},
                                           {QStringLiteral("tenantId"), profile.tenantId},
                                           {QStringLiteral("changesNeeded"), anyWrite},
                                           {QStringLiteral("changes"), array}});
        } else {
            context.print(tr("Plan for the Leap server %1 in tenant %2 (dry run: nothing is "
                             "changed):")
                              .arg(profile.leapHost, profile.tenantId));
            for (const PlannedChange &c : std::as_const(changes))
                context.print(changeLine(c));
            context.print(anyWrite ? tr("Run configure without --dry-run to make these changes.")
                                   : tr("Everything is already in place."));
        }
        co_return VoidResult {};
    }

    QCoro::Task<VoidResult> apply(Context &context, GraphClient *graph, Profile profile)
    {
        ProfileStore &store = context.profiles();
        // The journal starts here: a run killed from now on finds this profile and resumes.
        if (const VoidResult saved = store.save(profile); !saved)
            co_return saved.error();

        ApplicationService applications(graph, &store);
        connect(applications, context);
        context.progress(tr("Step 1 of 3: registering the application…"));
        const Result<ApplicationOutcome> registered = co_await applications.ensure(profile);
        if (!registered)
            co_return registered.error();
        QList<PlannedChange> changes = registered->changes;

        // Steps 2 and 3 are independent once the application and its service principal exist:
        // run them side by side (fewer sequential round trips). Both update the same profile
        // object on this one thread, and save it after each of their writes.
        SecretService secrets(graph, &context.secrets(), &store);
        connect(secrets, context);
        PermissionService permissions(graph, &store);
        connect(permissions, context);
        context.progress(m_noAdminConsent
                             ? tr("Step 2 of 3: the client secret; step 3 (consent) is skipped…")
                             : tr("Steps 2 and 3 of 3: the client secret, the permissions and "
                                  "admin consent…"));

        auto secretStep = ensureSecret(context, secrets, profile, registered->applicationCreated);
        GrantOptions grantOptions;
        grantOptions.servicePrincipalIsNew = registered->servicePrincipalCreated;
        auto permissionStep = m_noAdminConsent ? permissions.status(profile)
                                               : permissions.grant(profile, grantOptions);
        Result<PlannedChange> secretResult = co_await secretStep;
        Result<PermissionStatus> permissionResult = co_await permissionStep;

        if (!secretResult) {
            Error e = secretResult.error();
            if (e.kind == ErrorKind::Storage) {
                // The value exists only in this process now; the CLI does not print it (stdout
                // may be a log): it is dropped, and the keyId is named so it can be retired.
                (void)secrets.takeUnsavedSecret();
            }
            co_return e;
        }
        changes << *secretResult;
        if (!permissionResult)
            co_return permissionResult.error();

        QList<PlannedChange> consentLines;
        for (const PermissionState &p : permissionResult->permissions) {
            const QString name =
                QStringLiteral("%1 (%2)").arg(p.spec.value, permissionTypeName(p.spec.type));
            if (m_noAdminConsent)
                consentLines << change(PlannedChange::Action::Keep, QStringLiteral("permission"),
                                       p.consented ? tr("%1 has admin consent.").arg(name)
                                                   : tr("%1 has no admin consent yet.").arg(name));
            else
                consentLines << change(PlannedChange::Action::Keep, QStringLiteral("permission"),
                                       tr("%1 has admin consent.").arg(name));
        }
        changes << consentLines;

        if (const VoidResult saved = store.save(profile); !saved)
            co_return saved.error();

        bool anyWrite = registered->applicationCreated || registered->applicationUpdated ||
                        registered->servicePrincipalCreated ||
                        secretResult->action != PlannedChange::Action::Keep;
        const bool consentMissing = !permissionResult->allConsented();

        SummaryFacts facts;
        if (const SecretInfo *current = profile.currentSecret())
            facts.secretsInKeychain.insert(current->keyId.toLower());
        for (const PermissionState &p : permissionResult->permissions) {
            if (p.consented)
                facts.consentedPermissions.insert(p.spec.value);
            if (!p.id.isEmpty())
                facts.permissionIds.insert(p.spec.value, p.id);
        }
        const Summary summary = context.summary(profile, facts);

        if (context.json()) {
            QJsonArray array;
            for (const PlannedChange &c : std::as_const(changes))
                array.append(changeJson(c));
            context.printJson(QJsonObject {
                {QStringLiteral("schemaVersion"), 1},
                {QStringLiteral("changed"), anyWrite},
                {QStringLiteral("consentMissing"), consentMissing},
                {QStringLiteral("adminConsentUrl"), permissionResult->adminConsentUrl.toString()},
                {QStringLiteral("changes"), array},
                {QStringLiteral("summary"), summary.toJson()}});
        } else {
            for (const PlannedChange &c : std::as_const(changes))
                context.print(changeLine(c));
            context.print(QString());
            context.print(tr("Application (client) ID: %1").arg(profile.appId));
            context.print(tr("Directory (tenant) ID:   %1").arg(profile.tenantId));
            context.print(tr("Redirect URI:            %1").arg(profile.redirectUri()));
            if (const SecretInfo *current = profile.currentSecret())
                context.print(
                    tr("Client secret:           %1 \"%2\", until %3, in the keychain "
                       "under %4")
                        .arg(current->keyId, current->displayName, rfc3339(current->endDateTime),
                             secretKeychainKey(profile.tenantId, profile.appId, current->keyId)));
            context.print(tr("Credential alias:        %1").arg(profile.credentialAlias));
            context.print(QString());
            if (consentMissing)
                context.print(tr("Admin consent is still missing. Hand this address to a "
                                 "Privileged Role Administrator or Global Administrator: %1")
                                  .arg(permissionResult->adminConsentUrl.toString()));
            else if (anyWrite)
                context.print(tr("Done: all three steps are in place."));
            else
                context.print(tr("Everything is already in place; nothing was changed."));
        }
        co_return VoidResult {};
    }

    QCoro::Task<Result<PlannedChange>> ensureSecret(Context &context, SecretService &secrets,
                                                    Profile &profile, bool applicationIsNew)
    {
        QString reason = tr("the application is new");
        if (!applicationIsNew) {
            const Result<SecretCheck> check = co_await checkSecret(context, secrets, profile);
            if (!check)
                co_return check.error();
            if (check->keep)
                co_return change(PlannedChange::Action::Keep, QStringLiteral("client secret"),
                                 tr("The client secret %1 is current and in the keychain.")
                                     .arg(profile.currentSecret()->keyId));
            reason = check->reason;
        }
        const Result<SecretInfo> created =
            co_await secrets.create(profile, secretName(), m_secretDays);
        if (!created)
            co_return created.error();
        co_return change(PlannedChange::Action::Create, QStringLiteral("client secret"),
                         tr("Created the client secret %1 \"%2\" and stored it in the keychain "
                            "(%3).")
                             .arg(created->keyId, created->displayName, reason));
    }

    template<typename Service>
    static void connect(Service &service, Context &context)
    {
        QObject::connect(&service, &Service::progress, &context,
                         [&context](const QString &line) { context.progress(line); });
    }

    bool m_dryRun = false;
    bool m_noAdminConsent = false;
    bool m_hasExisting = false;
    Profile m_existing;
    QString m_tenant;
    QString m_leapHost;
    QString m_displayName;
    QString m_secretName;
    int m_secretDays = kDefaultSecretDays;
    QString m_credentialAlias;
};
} // namespace

CommandSpec configureCommandSpec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("configure");
    spec.summary =
        QT_TRANSLATE_NOOP("leap::cli", "Register HCL Leap, create its client secret and grant the "
                                       "permissions (idempotent; --dry-run shows the plan).");
    spec.options = [] {
        return QList<QCommandLineOption> {
            valueOption(kTenant,
                        tr("Tenant ID (GUID) or verified domain, e.g. contoso.onmicrosoft.com."),
                        tr("TENANT")),
            valueOption(kLeapHost,
                        tr("Host name of the Leap server with an optional port, e.g. "
                           "leap.example.com:9443."),
                        tr("HOST")),
            valueOption(kDisplayName,
                        tr("Display name of the application (default: \"HCL Leap (HOST)\")."),
                        tr("NAME")),
            valueOption(kSecretName, tr("Description of the client secret."), tr("NAME")),
            valueOption(kSecretDays,
                        tr("Lifetime of the client secret in days, 1 to 730 (default: 180)."),
                        tr("DAYS")),
            valueOption(kCredentialAlias, tr("Leap credential alias (default: azureAlias)."),
                        tr("ALIAS")),
            flagOption(kDryRun, tr("Print the plan (what exists, what would be created or "
                                   "changed) and change nothing.")),
            flagOption(kNoAdminConsent,
                       tr("Do not grant admin consent; print the consent address to hand to "
                          "an administrator who holds the role.")),
        };
    };
    spec.create = [] {
        return std::make_unique<ConfigureCommand>();
    };
    return spec;
}

} // namespace leap::cli
