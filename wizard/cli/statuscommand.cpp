#include "cli/statuscommand.h"

#include "auth/signinsession.h"
#include "cli/context.h"
#include "graph/applicationservice.h"
#include "graph/graphclient.h"
#include "graph/permissionservice.h"
#include "graph/secretservice.h"
#include "model/summary.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace leap::cli {

namespace {
QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("leap::cli", s, disambiguation, n);
}

constexpr int kWarnDays = 30;

class StatusCommand : public Command
{
public:
    VoidResult prepare(const QCommandLineParser &, Context &context) override
    {
        const QString name = context.options().profile;
        Result<Profile> loaded = context.profiles().load(name);
        if (!loaded) {
            Error e = loaded.error();
            if (e.kind == ErrorKind::NotFound) {
                const QStringList names = context.profiles().list();
                e = Error::badInput(QStringLiteral("--profile"),
                                    tr("There is no profile \"%1\" (--profile).").arg(name),
                                    names.isEmpty() ? tr("Run configure first.")
                                                    : tr("Run configure first, or pick one of: %1.")
                                                          .arg(names.join(QStringLiteral(", "))));
            }
            e.field = QStringLiteral("--profile");
            return e;
        }
        m_profile = *loaded;
        if (m_profile.tenantId.isEmpty())
            return Error::badInput(QStringLiteral("--profile"),
                                   tr("The profile \"%1\" has no tenant yet.").arg(name),
                                   tr("Run configure to finish the setup."));
        if (context.options().cloud && *context.options().cloud != m_profile.cloud)
            return Error::badInput(
                QStringLiteral("--cloud"),
                tr("The profile \"%1\" is for the %2 cloud.").arg(name, cloudName(m_profile.cloud)),
                tr("Leave out --cloud, or pick the profile of that cloud."));
        return {};
    }

    QCoro::Task<VoidResult> run(Context &context) override
    {
        Profile profile = m_profile;
        const Endpoints endpoints = context.endpoints(&profile);
        Result<SignInSession *> session = co_await context.signIn(endpoints, profile.tenantId);
        if (!session)
            co_return session.error();
        if ((*session)->tenantId().toLower() != profile.tenantId)
            co_return Error::make(ErrorKind::SignIn,
                                  tr("The sign-in is for another tenant than the profile's (%1).")
                                      .arg(profile.tenantId),
                                  tr("Sign in with an account of that tenant."));
        GraphClient *graph = context.graph(endpoints, *session);

        QStringList problems; // Leap cannot work like this: exit 6
        QStringList warnings;

        // Independent reads side by side.
        ApplicationService applications(graph);
        PermissionService permissions(graph);
        SecretService secretService(graph, &context.secrets());
        const bool hasApp = !profile.appId.isEmpty() && !profile.objectId.isEmpty();
        auto planTask = applications.plan(profile);
        auto permissionTask = permissions.status(profile);
        auto secretTask = hasApp ? secretService.listOnApplication(profile) : emptySecrets();
        const Result<ApplicationPlan> plan = co_await planTask;
        Result<PermissionStatus> permissionStatus = co_await permissionTask;
        const Result<QList<SecretInfo>> live = co_await secretTask;
        if (!plan)
            co_return plan.error();

        bool appPresent = plan->applicationExists && hasApp &&
                          plan->appId.compare(profile.appId, Qt::CaseInsensitive) == 0;
        if (!hasApp) {
            problems << tr("The profile has no application yet. Fix: run configure.");
        } else if (!appPresent) {
            problems << tr("The application %1 no longer exists in the tenant. Fix: run `forget`, "
                           "then configure again.")
                            .arg(profile.appId);
        } else {
            for (const QString &uri : plan->missingRedirectUris)
                problems << tr("Drift: the redirect URI %1 is missing from the application. Fix: "
                               "run configure.")
                                .arg(uri);
            for (const QString &p : plan->missingPermissions)
                problems << tr("Drift: the application no longer requests %1. Fix: run "
                               "configure.")
                                .arg(p);
            if (plan->groupClaimsMissing)
                warnings << tr("Drift: the application no longer emits group claims "
                               "(groupMembershipClaims). Fix: run configure.");
            if (!plan->servicePrincipalExists)
                problems << tr("Drift: the application has no service principal. Fix: run "
                               "configure.");
        }

        // Secrets: the application's list is the truth; the profile says which one is current.
        QList<SecretInfo> secrets;
        if (appPresent) {
            if (!live)
                co_return live.error();
            for (SecretInfo s : *live) {
                s.keyId = s.keyId.toLower();
                const SecretInfo *known = profile.findSecret(s.keyId);
                s.current = known && known->current;
                if (known && s.displayName.isEmpty())
                    s.displayName = known->displayName;
                secrets << s;
            }
            for (const SecretInfo &s : std::as_const(profile.secrets)) {
                bool onApp = false;
                for (const SecretInfo &l : std::as_const(secrets))
                    onApp = onApp || l.keyId == s.keyId.toLower();
                if (!onApp)
                    warnings << tr("Drift: the client secret %1 (\"%2\") was removed from the "
                                   "application outside this tool.%3")
                                    .arg(s.keyId, s.displayName,
                                         s.current ? QString()
                                                   : tr(" Its keychain entry "
                                                        "remains; `forget` or "
                                                        "retire-secret clears it."));
            }
        } else {
            secrets = profile.secrets;
        }

        SummaryFacts facts;
        for (const SecretInfo &s : std::as_const(secrets)) {
            const QString key = secretKeychainKey(profile.tenantId, profile.appId, s.keyId);
            const Result<bool> stored = co_await context.secrets().contains(key);
            if (!stored)
                co_return stored.error();
            if (*stored)
                facts.secretsInKeychain.insert(s.keyId);
        }

        const SecretInfo *current = nullptr;
        for (const SecretInfo &s : std::as_const(secrets)) {
            if (s.current)
                current = &s;
        }
        if (appPresent) {
            if (!current) {
                problems << tr("There is no current client secret for Leap. Fix: run "
                               "rotate-secret (or configure).");
            } else {
                const int days = current->daysLeft(facts.now);
                if (current->isExpired(facts.now))
                    problems << tr("The current client secret %1 expired on %2. Fix: run "
                                   "rotate-secret, give Leap the new secret, then "
                                   "retire-secret.")
                                    .arg(current->keyId, rfc3339(current->endDateTime));
                else if (days <= kWarnDays)
                    warnings << tr("The current client secret %1 ends in %n day(s), on %2. Fix: "
                                   "run rotate-secret soon.",
                                   nullptr, days)
                                    .arg(current->keyId, rfc3339(current->endDateTime));
                if (!facts.secretsInKeychain.contains(current->keyId))
                    problems << tr("The value of the current client secret %1 is not in the "
                                   "keychain. Fix: run rotate-secret to create a new one.")
                                    .arg(current->keyId);
            }
            for (const SecretInfo &s : std::as_const(secrets)) {
                if (!s.current && s.isExpired(facts.now))
                    warnings << tr("The old client secret %1 has expired. Fix: retire-secret "
                                   "--key-id %1.")
                                    .arg(s.keyId);
            }
        }

        if (!permissionStatus) {
            if (appPresent)
                co_return permissionStatus.error();
        } else {
            for (const PermissionState &p : permissionStatus->permissions) {
                if (!p.id.isEmpty())
                    facts.permissionIds.insert(p.spec.value, p.id);
                if (p.consented)
                    facts.consentedPermissions.insert(p.spec.value);
                else if (appPresent)
                    problems << tr("%1 (%2) has no admin consent. Fix: run configure as a "
                                   "Privileged Role Administrator or Global Administrator, or "
                                   "hand them %3")
                                    .arg(p.spec.value, permissionTypeName(p.spec.type),
                                         permissionStatus->adminConsentUrl.toString());
            }
        }

        Profile view = profile;
        view.secrets = secrets;
        const Summary summary = context.summary(view, facts);
        if (context.json())
            context.printJson(summary.toJson());
        else
            printHuman(context, summary, appPresent);

        for (const QString &w : std::as_const(warnings))
            context.warning(w);
        for (const QString &p : std::as_const(problems))
            context.errorLine(p);
        if (!problems.isEmpty())
            context.setExitStatus(exitCodeFor(ErrorKind::Verification));
        co_return VoidResult {};
    }

private:
    static QCoro::Task<Result<QList<SecretInfo>>> emptySecrets() { co_return QList<SecretInfo> {}; }

    static void printHuman(Context &context, const Summary &s, bool appPresent)
    {
        context.print(tr("Profile:        %1 (cloud: %2)").arg(s.profile, s.cloud));
        context.print(tr("Tenant:         %1%2")
                          .arg(s.tenantId, s.tenantDomain.isEmpty()
                                               ? QString()
                                               : QStringLiteral(" (%1)").arg(s.tenantDomain)));
        context.print(tr("Leap server:    %1").arg(s.leapHost));
        context.print(tr("Redirect URI:   %1").arg(s.redirectUri));
        context.print(
            tr("Application:    %1 — %2")
                .arg(s.displayName, appPresent ? tr("present") : tr("MISSING from the tenant")));
        context.print(tr("  Application (client) ID: %1").arg(s.appId));
        context.print(tr("  Object ID:               %1").arg(s.objectId));
        context.print(tr("  Service principal ID:    %1").arg(s.servicePrincipalId));
        context.print(tr("Client secrets:"));
        if (s.clientSecrets.isEmpty())
            context.print(tr("  (none)"));
        for (const SummarySecret &secret : s.clientSecrets) {
            QStringList flags;
            if (secret.info.current)
                flags << tr("current");
            flags << (secret.inKeychain ? tr("in keychain") : tr("not in keychain"));
            const QString days = secret.info.isExpired()
                                     ? tr("EXPIRED")
                                     : tr("%n day(s) left", nullptr, secret.daysLeft);
            context.print(QStringLiteral("  %1 %2  \"%3\" (%4…)  ends %5, %6  [%7]")
                              .arg(secret.info.current ? QStringLiteral("*") : QStringLiteral(" "),
                                   secret.info.keyId, secret.info.displayName, secret.info.hint,
                                   rfc3339(secret.info.endDateTime), days,
                                   flags.join(QStringLiteral(", "))));
        }
        context.print(tr("Permissions (Microsoft Graph):"));
        for (const SummaryPermission &p : s.permissions)
            context.print(
                QStringLiteral("  %1 %2  %3")
                    .arg(p.value.leftJustified(20),
                         p.type == PermissionType::Application ? tr("Application")
                                                               : tr("Delegated  "),
                         p.adminConsent ? tr("admin consent granted") : tr("NO admin consent")));
        context.print(tr("Leap properties:"));
        for (const auto &property : s.leapProperties)
            context.print(QStringLiteral("  %1=%2").arg(property.first, property.second));
    }

    Profile m_profile;
};
} // namespace

CommandSpec statusCommandSpec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("status");
    spec.summary = QT_TRANSLATE_NOOP("leap::cli",
                                     "Compare the saved profile with the live tenant: application, "
                                     "secrets and days left, permissions and consent, drift.");
    spec.create = [] {
        return std::make_unique<StatusCommand>();
    };
    return spec;
}

} // namespace leap::cli
