#include "cli/statuscommand.h"

#include "auth/signinsession.h"
#include "cli/context.h"
#include "graph/applicationservice.h"
#include "graph/driftservice.h"
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

        // The drift check (shared with the wizard) reads the application, its secrets, the
        // keychain and the permissions; status adds the presentation and the exit status.
        ApplicationService applications(graph);
        PermissionService permissions(graph);
        SecretService secretService(graph, &context.secrets());
        DriftService drift(&applications, &permissions, &secretService, &context.secrets());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<DriftReport> report = co_await drift.check(profile, now);
        if (!report)
            co_return report.error();
        const bool appPresent = report->applicationExists;
        for (const DriftItem &item : report->items) {
            const QString line =
                item.fix.isEmpty() ? item.message : tr("%1 Fix: %2").arg(item.message, item.fix);
            if (item.severity == DriftItem::Severity::Error)
                problems << line;
            else
                warnings << line;
        }

        // Secrets: the application's list is the truth; the profile says which one is current.
        QList<SecretInfo> secrets;
        if (appPresent) {
            for (SecretInfo s : report->secretsOnApplication) {
                s.keyId = s.keyId.toLower();
                const SecretInfo *known = profile.findSecret(s.keyId);
                s.current = known && known->current;
                if (known && s.displayName.isEmpty())
                    s.displayName = known->displayName;
                secrets << s;
                if (!s.current && s.isExpired(now))
                    warnings << tr("The old client secret %1 has expired. Fix: retire-secret "
                                   "--key-id %1.")
                                    .arg(s.keyId);
            }
        } else {
            secrets = profile.secrets;
        }

        SummaryFacts facts;
        facts.now = now;
        facts.secretsInKeychain = report->secretsInKeychain;
        if (report->permissions) {
            for (const PermissionState &p : report->permissions->permissions) {
                if (!p.id.isEmpty())
                    facts.permissionIds.insert(p.spec.value, p.id);
                if (p.consented)
                    facts.consentedPermissions.insert(p.spec.value);
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
