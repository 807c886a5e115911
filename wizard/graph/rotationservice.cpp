#include "graph/rotationservice.h"

#include "graph/graphclient.h"
#include "graph/secretservice.h"
#include "model/validation.h"
#include "storage/secretstore.h"

#include <QCoreApplication>

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RotationService", text);
}

QString rotateCommand(const Profile &profile)
{
    return QStringLiteral("leap-entra-setup --profile %1 rotate-secret").arg(profile.name);
}

} // namespace

const QList<int> &SecretLifetime::presets()
{
    static const QList<int> days {90, 180, 365, 545, 730};
    return days;
}

VoidResult SecretLifetime::validate(const QDateTime &now) const
{
    if (endDateTime) {
        if (!endDateTime->isValid() || *endDateTime <= now) {
            return Error::badInput(
                QStringLiteral("--secret-end"),
                tr("The end date of the secret must be in the future."),
                tr("Choose a date within the next %1 days.").arg(kMaxSecretDays));
        }
        if (now.secsTo(*endDateTime) > qint64(kMaxSecretDays) * 86400 + 86400) {
            return Error::badInput(
                QStringLiteral("--secret-end"),
                tr("A client secret can last at most %1 days.").arg(kMaxSecretDays),
                tr("Choose an earlier end date."));
        }
        return {};
    }
    if (days < kMinSecretDays || days > kMaxSecretDays) {
        return Error::badInput(QStringLiteral("--secret-days"),
                               tr("A client secret lasts %1 to %2 days; %3 was given.")
                                   .arg(kMinSecretDays)
                                   .arg(kMaxSecretDays)
                                   .arg(days),
                               tr("Use one of 90, 180, 365, 545 or 730 days."));
    }
    return {};
}

bool isLifetimePolicyError(const Error &error)
{
    return error.code == QLatin1String("CredentialInvalidLifetimeAsPerAppPolicy");
}

RotationService::RotationService(SecretService *secrets, SecretStore *store,
                                 VerifyService *verifier, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_store(store), m_verifier(verifier)
{
    if (m_secrets)
        connect(m_secrets, &SecretService::progress, this, &RotationService::progress);
    if (m_verifier)
        connect(m_verifier, &VerifyService::progress, this, &RotationService::progress);
}

QString RotationService::defaultSecretName(const QDate &date)
{
    return QStringLiteral("Leap %1").arg(date.toString(Qt::ISODate));
}

void RotationService::setEndpoints(const Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

QCoro::Task<Result<RotationResult>> RotationService::rotate(Profile &profile, QString displayName,
                                                            SecretLifetime lifetime)
{
    if (profile.tenantId.isEmpty() || profile.appId.isEmpty() || profile.objectId.isEmpty()) {
        co_return Error::badInput(
            QStringLiteral("--profile"),
            tr("The profile \"%1\" has no application yet, so there is no secret to rotate.")
                .arg(profile.name),
            tr("Run `leap-entra-setup --profile %1 configure` first.").arg(profile.name));
    }
    if (const VoidResult valid = lifetime.validate(); !valid)
        co_return valid.error();
    if (displayName.isEmpty())
        displayName = defaultSecretName();
    if (const auto name = validateSecretName(displayName); !name)
        co_return name.error();

    Q_EMIT progress(
        tr("Adding a new client secret \"%1\"; the current one stays valid.").arg(displayName));
    // Not a ?: with co_await in both arms: GCC 12 mishandles temporaries there.
    std::optional<Result<SecretInfo>> outcome;
    if (lifetime.endDateTime)
        outcome.emplace(
            co_await m_secrets->createUntil(profile, displayName, *lifetime.endDateTime));
    else
        outcome.emplace(co_await m_secrets->create(profile, displayName, lifetime.days));
    const Result<SecretInfo> &created = *outcome;
    if (!created) {
        if (created.error().kind == ErrorKind::Storage)
            m_keychainFailed = true;
        co_return created.error();
    }

    RotationResult result;
    result.secret = *created;
    for (const SecretInfo &s : std::as_const(profile.secrets)) {
        if (s.keyId != created->keyId && !s.isExpired())
            result.stillValid.append(s);
    }
    result.leap.credentialAlias = profile.credentialAlias;
    result.leap.appId = profile.appId;
    result.leap.keyId = created->keyId;
    result.leap.keychainKey = secretKeychainKey(profile.tenantId, profile.appId, created->keyId);

    if (m_verifier) {
        // A client-credentials token with the new secret, holding both application roles, proves
        // the secret; consent did not change in a rotation, so no Graph reads (one round trip
        // less). `verify` does the reads.
        Q_EMIT progress(tr("Proving the new secret works (a client-credentials token)…"));
        const Endpoints endpoints = m_endpoints.value_or(profile.endpoints());
        const Result<VerifyReport> verified =
            co_await m_verifier->verify(profile, endpoints, VerifyScope::TokenOnly);
        if (verified) {
            result.verified = true;
            result.verification = *verified;
        } else {
            result.verifyError = verified.error();
        }
    }
    co_return result;
}

QCoro::Task<Result<RetireResult>> RotationService::retire(Profile &profile, RetireRequest request)
{
    if (m_keychainFailed && !request.force) {
        co_return Error::make(
            ErrorKind::Storage,
            tr("The keychain could not store the new client secret in this run, so no older "
               "secret is retired."),
            tr("Make the keychain available, rotate again with `%1`, then retire the old "
               "secrets.")
                .arg(rotateCommand(profile)));
    }
    if (profile.tenantId.isEmpty() || profile.appId.isEmpty()) {
        co_return Error::badInput(
            QStringLiteral("--profile"),
            tr("The profile \"%1\" has no application.").arg(profile.name),
            tr("Run `leap-entra-setup --profile %1 configure` first.").arg(profile.name));
    }
    if (request.keyId.isEmpty() && !request.allButCurrent) {
        co_return Error::badInput(QStringLiteral("--key-id"), tr("Say which secret to retire."),
                                  tr("Use --key-id KEY or --all-but-current."));
    }

    const SecretInfo *currentPtr = profile.currentSecret();
    const std::optional<SecretInfo> current =
        currentPtr ? std::optional<SecretInfo>(*currentPtr) : std::nullopt;

    Q_EMIT progress(tr("Reading the application's client secrets…"));
    const Result<QList<SecretInfo>> onApp = co_await m_secrets->listOnApplication(profile);
    if (!onApp)
        co_return onApp.error();

    RetireResult result;
    QStringList targets;
    if (request.allButCurrent) {
        if (!current && !request.force) {
            co_return Error::badInput(
                QStringLiteral("--all-but-current"),
                tr("The profile has no current client secret, so every secret would go."),
                tr("Create one with `%1` first, or add --force.").arg(rotateCommand(profile)));
        }
        for (const SecretInfo &s : std::as_const(profile.secrets)) {
            if (!current || s.keyId != current->keyId)
                targets << s.keyId;
        }
        for (const SecretInfo &s : *onApp) {
            if (!profile.findSecret(s.keyId))
                result.unknownOnApplication.append(s);
        }
    } else {
        const QString keyId = request.keyId.toLower();
        const bool known = profile.findSecret(keyId) != nullptr;
        bool onApplication = false;
        for (const SecretInfo &s : *onApp)
            onApplication = onApplication || s.keyId.compare(keyId, Qt::CaseInsensitive) == 0;
        if (!known && !onApplication) {
            co_return Error::badInput(
                QStringLiteral("--key-id"),
                tr("There is no client secret %1 on the application or in the profile.").arg(keyId),
                tr("Run `leap-entra-setup --profile %1 status` to list the secrets.")
                    .arg(profile.name));
        }
        if (current && current->keyId == keyId && !request.force) {
            co_return Error::badInput(
                QStringLiteral("--key-id"),
                tr("%1 is the current client secret, the one Leap should be using.").arg(keyId),
                tr("Rotate first with `%1`, put the new value into Leap, then retire this one "
                   "(or add --force).")
                    .arg(rotateCommand(profile)));
        }
        targets << keyId;
    }

    // At least one valid secret must stay on the application, or Leap loses its sign-in.
    int validLeft = 0;
    for (const SecretInfo &s : *onApp) {
        if (!targets.contains(s.keyId.toLower()) && !s.isExpired())
            ++validLeft;
    }
    if (validLeft == 0 && !targets.isEmpty() && !request.force) {
        co_return Error::badInput(
            request.allButCurrent ? QStringLiteral("--all-but-current")
                                  : QStringLiteral("--key-id"),
            tr("Retiring this would leave the application with no valid client secret, and "
               "nobody could sign in to Leap."),
            tr("Create a new one with `%1` first (or add --force).").arg(rotateCommand(profile)));
    }

    if (targets.isEmpty()) {
        result.remaining = profile.secrets;
        co_return result;
    }

    // Retire only when the secret that stays is proven (issue 5: "only when the new one is
    // proven"). The keychain must hold it, too.
    if (current && !request.force) {
        const Result<bool> inKeychain = co_await m_store->contains(
            secretKeychainKey(profile.tenantId, profile.appId, current->keyId));
        if (!inKeychain) {
            Error e = inKeychain.error();
            e.fix += QLatin1Char(' ') + tr("Nothing was retired.");
            co_return e;
        }
        if (!*inKeychain) {
            co_return Error::make(
                ErrorKind::Storage,
                tr("The current client secret %1 is not in this computer's keychain; retiring "
                   "the others could leave no secret anyone can hand to Leap.")
                    .arg(current->keyId),
                tr("Retire from the computer that created it, rotate here with `%1`, or add "
                   "--force if Leap already uses the current secret.")
                    .arg(rotateCommand(profile)));
        }
        if (m_verifier) {
            Q_EMIT progress(tr("Proving the current secret works before retiring the others…"));
            const Endpoints endpoints = m_endpoints.value_or(profile.endpoints());
            const Result<VerifyReport> verified = co_await m_verifier->verify(profile, endpoints);
            if (!verified) {
                Error e = verified.error();
                e.fix +=
                    QLatin1Char(' ') + tr("Nothing was retired; add --force to retire anyway.");
                co_return e;
            }
        }
    }

    for (const QString &keyId : std::as_const(targets)) {
        Q_EMIT progress(tr("Retiring client secret %1…").arg(keyId));
        const VoidResult removed = co_await m_secrets->remove(profile, keyId);
        if (!removed) {
            Error e = removed.error();
            if (!result.removed.isEmpty()) {
                e.message +=
                    QLatin1Char(' ') +
                    tr("Already retired: %1.").arg(result.removed.join(QStringLiteral(", ")));
            }
            co_return e;
        }
        result.removed << keyId;
    }
    result.remaining = profile.secrets;
    co_return result;
}

} // namespace leap
