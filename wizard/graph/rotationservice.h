#pragma once

#include "graph/verifyservice.h"
#include "model/error.h"
#include "model/profile.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace leap {

class SecretService;
class SecretStore;

// How long a new client secret lives: one of the presets, a number of days, or an end date.
struct SecretLifetime
{
    int days = 180;
    std::optional<QDateTime> endDateTime; // wins over days when set

    static const QList<int> &presets(); // 90, 180 (default), 365, 545, 730
    // Days 1..730, or an end date after now and at most 730 days ahead. BadInput otherwise.
    VoidResult validate(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

// True for Graph's CredentialInvalidLifetimeAsPerAppPolicy: nothing was created, the profile is
// unchanged, and the caller may offer a shorter lifetime (the message names the maximum when the
// tenant says it).
bool isLifetimePolicyError(const Error &error);

// What Leap needs after a rotation. The value itself stays in the keychain under keychainKey.
struct LeapCredentialUpdate
{
    QString credentialAlias; // the J2C alias / Kubernetes <alias>_key/_secret
    QString appId; // the alias's user id (<alias>_key): unchanged by a rotation
    QString keyId; // the new secret
    QString keychainKey; // <tenantId>/<appId>/<keyId> in the keychain service leap-entra-setup
    // Leap_config.properties does not change: it names the alias, not the secret.
    bool propertiesUnchanged = true;
};

struct RotationResult
{
    SecretInfo secret; // the new current secret
    QList<SecretInfo> stillValid; // older secrets, kept until retire-secret
    bool verified = false;
    std::optional<VerifyReport> verification;
    Error verifyError; // when !verified: why (kind Verification, Storage or Network)
    LeapCredentialUpdate leap;
};

struct RetireRequest
{
    QString keyId; // one secret, or
    bool allButCurrent = false; // every secret the profile knows except the current one
    bool force = false; // also the current / only valid secret, and without a working current one
};

struct RetireResult
{
    QStringList removed; // keyIds removed from the application and the keychain
    QList<SecretInfo> remaining; // the profile's secrets afterwards
    // Secrets on the application that this profile did not create: never retired by
    // --all-but-current (someone else may use them); named so the administrator can decide.
    QList<SecretInfo> unknownOnApplication;
};

// The client secret's life after setup (issue 5): rotate with an overlap, prove the new secret,
// then retire the old ones.
//
// rotate: SecretService::create (the new value goes into the keychain first and becomes
// current; older secrets stay valid), then VerifyService proves it (retrying through replication),
// then hands back what Leap needs now. A keychain failure is returned as is (kind Storage, the
// keyId named; SecretService::takeUnsavedSecret() has the value once) and blocks retire() for the
// rest of this service's life: no old secret is removed in a run that could not store the new one.
//
// retire: removePassword + keychain entry + profile entry for each secret. Refuses (BadInput) the
// current secret, or leaving no valid secret on the application, unless forced; before removing
// anything it proves the current secret works (VerifyService), unless forced.
class RotationService : public QObject
{
    Q_OBJECT
public:
    // `verifier` may be null: rotate() then skips the proof (verified = false, no error) and
    // retire() skips its check. All pointers must outlive the service.
    RotationService(SecretService *secrets, SecretStore *store, VerifyService *verifier,
                    QObject *parent = nullptr);

    QCoro::Task<Result<RotationResult>> rotate(Profile &profile, QString displayName,
                                               SecretLifetime lifetime);
    QCoro::Task<Result<RetireResult>> retire(Profile &profile, RetireRequest request);

    // A name for a new secret: "Leap <yyyy-MM-dd>".
    static QString defaultSecretName(const QDate &date = QDate::currentDate());
    // Where verification asks for tokens; default: the profile's endpoints. The CLI passes its
    // resolved endpoints (--authority/--graph, --sandbox).
    void setEndpoints(const Endpoints &endpoints);

Q_SIGNALS:
    void progress(const QString &message);

private:
    SecretService *m_secrets;
    SecretStore *m_store;
    VerifyService *m_verifier;
    std::optional<Endpoints> m_endpoints;
    bool m_keychainFailed = false;
};

} // namespace leap
