#pragma once

#include "model/error.h"
#include "model/profile.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace leap {

class GraphClient;
class ProfileStore;
class SecretStore;

// The value of a new client secret that the keychain refused: the only copy, handed out once.
struct UnsavedSecret
{
    QString keyId;
    QString value;
};

// Documented step 2: client secrets (passwordCredentials) of the Leap application.
//
// Custody (contract "Secrets"): the value returned by addPassword goes into the keychain before
// anything else happens with it; the profile records metadata only. If the keychain fails,
// create() returns an Error of kind Storage whose message names the keyId, and the value can be
// taken exactly once with takeUnsavedSecret() (the wizard shows it masked, the CLI prints nothing
// and exits 5). The value is never logged.
class SecretService : public QObject
{
    Q_OBJECT
public:
    explicit SecretService(GraphClient *client, SecretStore *secrets,
                           ProfileStore *profiles = nullptr, QObject *parent = nullptr);
    ~SecretService() override;

    // addPassword with `displayName` and an end `days` from now (or at `endDateTime`), value to
    // the keychain under <tenantId>/<appId>/<keyId>, metadata into the profile, marked current
    // (earlier secrets stay valid and are no longer current). Needs profile.tenantId, appId and
    // objectId. Before adding, removes orphans of an interrupted earlier run (see below).
    // A tenant lifetime policy gives GraphRefused with code
    // CredentialInvalidLifetimeAsPerAppPolicy.
    QCoro::Task<Result<SecretInfo>> create(Profile &profile, QString displayName, int days);
    QCoro::Task<Result<SecretInfo>> createUntil(Profile &profile, QString displayName,
                                                QDateTime endDateTime);
    // The value of the last secret the keychain refused, once; afterwards std::nullopt.
    // Such a secret is recorded in the profile as not current (its value is not in the keychain);
    // after the administrator confirms they stored it elsewhere, the wizard may makeCurrent() it.
    std::optional<UnsavedSecret> takeUnsavedSecret();
    // Marks `keyId` current and every other secret of the profile not current.
    static void makeCurrent(Profile &profile, const QString &keyId);

    // removePassword, then the keychain entry, then the profile entry. A keyId no longer on the
    // application is not an error (only the local traces are removed).
    QCoro::Task<VoidResult> remove(Profile &profile, QString keyId);

    // The application's passwordCredentials as metadata (no values exist there).
    QCoro::Task<Result<QList<SecretInfo>>> listOnApplication(Profile profile);

    // Resume: a journal "add-password started" without its "done" means a run died between
    // addPassword and the keychain; any credential with that display name created after the
    // journal time and unknown to the profile is an orphan whose value is lost. Removes them and
    // returns their keyIds. create() calls this itself.
    QCoro::Task<Result<QStringList>> removeOrphans(Profile &profile);

Q_SIGNALS:
    void progress(const QString &message);

private:
    QCoro::Task<Result<SecretInfo>> createImpl(Profile &profile, QString displayName,
                                               QDateTime endDateTime);
    GraphClient *m_client;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    std::optional<UnsavedSecret> m_unsaved;
};

} // namespace leap
