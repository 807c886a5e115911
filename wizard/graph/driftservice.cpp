#include "graph/driftservice.h"

#include "graph/applicationservice.h"
#include "graph/graphclient.h"
#include "graph/permissionservice.h"
#include "graph/secretservice.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace leap {

namespace {

QString command(const Profile &profile, const char *verb)
{
    return QStringLiteral("leap-entra-setup --profile %1 %2")
        .arg(profile.name, QLatin1String(verb));
}

DriftItem item(DriftItem::Kind kind, DriftItem::Severity severity, DriftItem::Repair repair,
               const QString &subject, const QString &message, const QString &fix)
{
    return DriftItem {kind, severity, repair, subject, message, fix};
}

} // namespace

QString DriftItem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ApplicationMissing:
        return QStringLiteral("application-missing");
    case Kind::RedirectUriMissing:
        return QStringLiteral("redirect-uri-missing");
    case Kind::PermissionNotRequested:
        return QStringLiteral("permission-not-requested");
    case Kind::AppRoleAssignmentMissing:
        return QStringLiteral("app-role-assignment-missing");
    case Kind::DelegatedGrantMissing:
        return QStringLiteral("delegated-grant-missing");
    case Kind::NoCurrentSecret:
        return QStringLiteral("no-current-secret");
    case Kind::SecretMissingOnApplication:
        return QStringLiteral("secret-missing-on-application");
    case Kind::SecretNotInKeychain:
        return QStringLiteral("secret-not-in-keychain");
    case Kind::SecretExpired:
        return QStringLiteral("secret-expired");
    case Kind::SecretExpiring:
        return QStringLiteral("secret-expiring");
    case Kind::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    }
    return QStringLiteral("unknown");
}

QString DriftItem::repairName(Repair repair)
{
    switch (repair) {
    case Repair::Configure:
        return QStringLiteral("configure");
    case Repair::RotateSecret:
        return QStringLiteral("rotate-secret");
    case Repair::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QJsonObject DriftItem::toJson() const
{
    return QJsonObject {{QStringLiteral("kind"), kindName(kind)},
                        {QStringLiteral("severity"), severity == Severity::Error
                                                         ? QStringLiteral("error")
                                                         : QStringLiteral("warning")},
                        {QStringLiteral("subject"), subject},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("fix"), fix},
                        {QStringLiteral("repair"), repairName(repair)}};
}

bool DriftReport::hasErrors() const
{
    for (const DriftItem &i : items) {
        if (i.severity == DriftItem::Severity::Error)
            return true;
    }
    return false;
}

bool DriftReport::has(DriftItem::Kind kind) const
{
    for (const DriftItem &i : items) {
        if (i.kind == kind)
            return true;
    }
    return false;
}

QJsonArray DriftReport::toJson() const
{
    QJsonArray a;
    for (const DriftItem &i : items)
        a.append(i.toJson());
    return a;
}

DriftService::DriftService(ApplicationService *applications, PermissionService *permissions,
                           SecretService *secrets, SecretStore *store, QObject *parent)
    : QObject(parent), m_applications(applications), m_permissions(permissions), m_secrets(secrets),
      m_store(store)
{
}

QCoro::Task<Result<DriftReport>> DriftService::check(Profile profile, QDateTime now)
{
    using K = DriftItem::Kind;
    using S = DriftItem::Severity;
    using R = DriftItem::Repair;
    DriftReport report;
    report.checkedAt = now;
    const QString configure = command(profile, "configure");
    const QString rotate = command(profile, "rotate-secret");

    Q_EMIT progress(tr("Comparing the profile with the tenant…"));
    const Result<ApplicationPlan> plan = co_await m_applications->plan(profile);
    if (!plan)
        co_return plan.error();
    report.applicationExists = plan->applicationExists;
    if (!plan->applicationExists) {
        report.items << item(
            K::ApplicationMissing, S::Error, R::Configure, profile.appId,
            tr("The application %1 no longer exists in the tenant.")
                .arg(profile.appId.isEmpty() ? profile.displayName : profile.appId),
            tr("Run `%1` to register it again; Leap then needs the new "
               "Application (client) ID and secret.")
                .arg(configure));
        co_return report;
    }
    // The profile may predate the application's current ids (found by its unique name).
    if (profile.objectId.isEmpty())
        profile.objectId = plan->objectId;
    if (profile.appId.isEmpty())
        profile.appId = plan->appId;
    if (profile.servicePrincipalId.isEmpty())
        profile.servicePrincipalId = plan->servicePrincipalId;

    for (const QString &uri : plan->missingRedirectUris) {
        report.items << item(K::RedirectUriMissing, S::Error, R::Configure, uri,
                             tr("The redirect URI %1 is missing from the application: Leap's "
                                "sign-in would fail with AADSTS50011.")
                                 .arg(uri),
                             tr("Run `%1` to add it back.").arg(configure));
    }
    for (const QString &value : plan->missingPermissions) {
        report.items << item(K::PermissionNotRequested, S::Error, R::Configure, value,
                             tr("The application no longer requests the Microsoft Graph "
                                "permission %1.")
                                 .arg(value),
                             tr("Run `%1` to request it again.").arg(configure));
    }

    const Result<PermissionStatus> perms = co_await m_permissions->status(profile);
    if (!perms)
        co_return perms.error();
    report.permissions = *perms;
    for (const PermissionState &p : perms->permissions) {
        if (p.consented)
            continue;
        const bool app = p.spec.type == PermissionType::Application;
        report.items << item(
            app ? K::AppRoleAssignmentMissing : K::DelegatedGrantMissing, S::Error, R::Configure,
            p.spec.value,
            app ? tr("Admin consent for the application permission %1 is missing (no app role "
                     "assignment): Leap cannot look up users or groups.")
                      .arg(p.spec.value)
                : tr("The delegated permission %1 is not granted for all users: sign-in to Leap "
                     "may ask for admin approval.")
                      .arg(p.spec.value),
            tr("Run `%1` as a Privileged Role Administrator or Global Administrator, or send "
               "this admin-consent address to one: %2")
                .arg(configure, perms->adminConsentUrl.toString()));
    }

    const SecretInfo *current = profile.currentSecret();
    if (!current) {
        report.items << item(K::NoCurrentSecret, S::Error, R::RotateSecret, QString(),
                             tr("The profile has no current client secret."),
                             tr("Create one with `%1`.").arg(rotate));
        co_return report;
    }

    const Result<QList<SecretInfo>> onApp = co_await m_secrets->listOnApplication(profile);
    if (!onApp)
        co_return onApp.error();
    report.secretsOnApplication = *onApp;
    const SecretInfo *live = nullptr;
    for (const SecretInfo &s : report.secretsOnApplication) {
        if (s.keyId.compare(current->keyId, Qt::CaseInsensitive) == 0)
            live = &s;
    }
    if (!live) {
        report.items << item(K::SecretMissingOnApplication, S::Error, R::RotateSecret,
                             current->keyId,
                             tr("The current client secret %1 was removed from the application: "
                                "Leap can no longer sign in with it.")
                                 .arg(current->keyId),
                             tr("Create a new one with `%1` and put it into Leap.").arg(rotate));
    } else {
        // The tenant's dates are the truth; the profile's copy may be older.
        const SecretInfo &s = *live;
        const int days = s.daysLeft(now);
        if (s.isExpired(now)) {
            report.items << item(
                K::SecretExpired, S::Error, R::RotateSecret, s.keyId,
                tr("The current client secret %1 expired on %2: nobody can sign "
                   "in to Leap.")
                    .arg(s.keyId, s.endDateTime.toString(Qt::ISODate)),
                tr("Create a new one now with `%1` and put it into Leap.").arg(rotate));
        } else if (days <= kExpiryWarningDays) {
            report.items << item(K::SecretExpiring, S::Warning, R::RotateSecret, s.keyId,
                                 tr("The current client secret %1 expires in %2 days (%3).")
                                     .arg(s.keyId)
                                     .arg(days)
                                     .arg(s.endDateTime.toString(Qt::ISODate)),
                                 tr("Rotate it before then with `%1`, update Leap, then retire "
                                    "the old one.")
                                     .arg(rotate));
        }
    }

    if (m_store) {
        for (const SecretInfo &s : std::as_const(profile.secrets)) {
            // A named key: GCC 12 ends a temporary's life too early across co_await.
            const QString key = secretKeychainKey(profile.tenantId, profile.appId, s.keyId);
            const Result<bool> stored = co_await m_store->contains(key);
            if (!stored) {
                report.items << item(K::KeychainUnavailable, S::Warning, R::None, QString(),
                                     stored.error().message, stored.error().fix);
                break;
            }
            if (*stored)
                report.secretsInKeychain.insert(s.keyId.toLower());
            else if (s.current)
                report.items << item(K::SecretNotInKeychain, S::Error, R::RotateSecret, s.keyId,
                                     tr("The value of the current client secret %1 is not in "
                                        "this computer's keychain.")
                                         .arg(s.keyId),
                                     tr("If Leap already has it, nothing is wrong in Leap; to "
                                        "keep a copy here, create a new secret with `%1`.")
                                         .arg(rotate));
        }
    }
    co_return report;
}

} // namespace leap
