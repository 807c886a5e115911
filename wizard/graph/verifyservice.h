#pragma once

#include "model/cloud.h"
#include "model/error.h"
#include "model/profile.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace leap {

class SecretStore;

struct VerifyOptions
{
    // How long to keep retrying through replication delay (AADSTS7000215 / 700016 right after a
    // secret or application was created, roles or reads that lag behind consent).
    std::chrono::milliseconds budget {120000};
    std::chrono::milliseconds backoffBase {2000}; // doubled per attempt, up to backoffMax
    std::chrono::milliseconds backoffMax {15000};
    std::chrono::milliseconds requestTimeout {30000}; // per HTTP request

    static VerifyOptions fastForTests(); // budget 3 s, backoff 50..400 ms, timeout 5 s
};

// How far a verification goes. A rotation proves a new secret with the token alone (its roles
// claim shows consent); `verify` and the wizard's last page also read a user and a group.
enum class VerifyScope { TokenAndReads, TokenOnly };

// What a successful verification proved.
struct VerifyReport
{
    QString keyId; // the secret that was used
    QStringList roles; // the app token's roles claim
    QString userId; // one user read with the app token
    QString userDisplayName;
    QString groupId; // one group read with the app token (empty if the tenant has none)
    QString groupDisplayName;
    int attempts = 0; // token requests made
    qint64 elapsedMs = 0;
};

// Proves that Leap's credentials work, the way Leap will use them: a client-credentials token
// from the tenant's token endpoint with the stored secret, its `roles` claim holding
// User.ReadBasic.All and Group.Read.All, then one user and one group read from Microsoft Graph
// with that app token (entra-leap-facts §6).
//
// Replication delay right after setup (AADSTS7000215, AADSTS700016, missing roles, a 403 on the
// reads) is retried with backoff within VerifyOptions::budget, with progress "Waiting…". A failure
// is an Error of kind Verification (exit 6) naming the cause and the fix; a keychain failure is
// kind Storage (exit 5); no answer from the network within the budget is kind Network (exit 7).
// The secret and the app token are never logged or put into an error.
class VerifyService : public QObject
{
    Q_OBJECT
public:
    // `nam` and `secrets` must outlive the service. `secrets` may be null when only
    // verifySecret() is used.
    VerifyService(QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent = nullptr);

    void setOptions(const VerifyOptions &options) { m_options = options; }
    const VerifyOptions &options() const { return m_options; }

    // The profile's current secret, read from the keychain. Needs tenantId, appId and a current
    // secret. Endpoints come from the profile (its cloud and overrides) unless given.
    QCoro::Task<Result<VerifyReport>> verify(Profile profile);
    QCoro::Task<Result<VerifyReport>> verify(Profile profile, Endpoints endpoints,
                                             VerifyScope scope = VerifyScope::TokenAndReads);
    // A given value (a secret just created, or one pasted in guided mode).
    QCoro::Task<Result<VerifyReport>> verifySecret(Profile profile, Endpoints endpoints,
                                                   QString keyId, QString secretValue,
                                                   VerifyScope scope = VerifyScope::TokenAndReads);

    // Stops a running verification: it returns ErrorKind::Cancelled.
    void cancel();

Q_SIGNALS:
    void progress(const QString &message);

private:
    struct Attempt;
    QCoro::Task<Attempt> requestToken(const Endpoints &endpoints, const Profile &profile,
                                      const QString &secretValue);
    QCoro::Task<Attempt> readOne(const Endpoints &endpoints, const QString &token,
                                 const QString &what);
    QCoro::Task<bool> pause(std::chrono::milliseconds delay);

    QNetworkAccessManager *m_nam;
    SecretStore *m_secrets;
    VerifyOptions m_options;
    quint64 m_generation = 0;
    QList<QPointer<QNetworkReply>> m_replies; // in flight (the user and group reads overlap)
};

// The `roles` claim of a JWT access token (no signature check: the token came straight from the
// token endpoint over TLS, and only its claims are read). Empty if there is none.
QStringList jwtRoles(const QString &token);

} // namespace leap
