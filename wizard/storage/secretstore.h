#pragma once

#include "model/error.h"

#include <QCoro/QCoroTask>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <chrono>

Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

namespace leap {

// The OS keychain (Secret Service / KWallet / Keychain / Credential Manager via QtKeychain).
// This class is the only code in the product that names QtKeychain; nothing else stores a secret.
//
// Every job has a timeout: a locked keyring can show a prompt that nobody answers, and a broken
// Secret Service can leave a call hanging. On timeout the job is abandoned, never deleted while it
// runs (QtKeychain deletes it itself when it finishes, if it ever does), and the caller gets an
// Error of kind Storage. Failures never fall back to plain-text storage.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kService = "leap-entra-setup"; // the contract's keychain service
    static constexpr std::chrono::milliseconds kDefaultTimeout {15000};

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    QString service() const { return m_service; }

    // A client secret under the contract's key <tenantId>/<appId>/<keyId> (secretKeychainKey()).
    QCoro::Task<VoidResult> writeSecret(const QString &tenantId, const QString &appId,
                                        const QString &keyId, const QString &value);
    QCoro::Task<Result<QString>> readSecret(const QString &tenantId, const QString &appId,
                                            const QString &keyId);
    QCoro::Task<VoidResult> removeSecret(const QString &tenantId, const QString &appId,
                                         const QString &keyId);

    // Any value under any key of the service (e.g. the refresh-token cache
    // "refresh/<profile>/<tenantId>").
    QCoro::Task<VoidResult> writeValue(const QString &key, const QString &value);
    // ErrorKind::NotFound when there is no entry under `key`; Storage when the keychain failed.
    QCoro::Task<Result<QString>> readValue(const QString &key);
    // Removing an entry that does not exist succeeds.
    QCoro::Task<VoidResult> removeValue(const QString &key);
    // true / false, or a Storage error when the keychain cannot say.
    QCoro::Task<Result<bool>> contains(const QString &key);

private:
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QString m_service;
};

} // namespace leap
