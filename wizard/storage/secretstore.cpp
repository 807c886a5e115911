#include "storage/secretstore.h"

#include "model/profile.h"

#include <QCoreApplication>
#include <QCoro/QCoroSignal>
#include <QPointer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "leap.keychain")

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretStore", text);
}

// Collects what a job reports at the moment it finishes. The job deletes itself right after
// (autoDelete), so nothing may touch it later; and a job we stopped waiting for (timeout) must
// find nobody listening: this object dies with the waiting coroutine, which disconnects it.
class JobWatcher : public QObject
{
    Q_OBJECT
public:
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;

    void watch(QKeychain::Job *job, bool readText)
    {
        connect(job, &QKeychain::Job::finished, this, [this, readText](QKeychain::Job *j) {
            error = j->error();
            errorString = j->errorString();
            if (readText && error == QKeychain::NoError) {
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                    text = read->textData();
            }
            Q_EMIT done();
        });
    }

Q_SIGNALS:
    void done();
};

enum class Op { Write, Read, Remove };

QString opText(Op op)
{
    switch (op) {
    case Op::Write:
        return tr("store a value in");
    case Op::Read:
        return tr("read a value from");
    case Op::Remove:
        return tr("remove a value from");
    }
    return {};
}

Error storageError(Op op, QKeychain::Error code, const QString &detail)
{
    Error e;
    e.kind = ErrorKind::Storage;
    e.code = QStringLiteral("keychain-%1").arg(int(code));
    switch (code) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        e.message = tr("The system keychain refused to %1 it (%2).").arg(opText(op), detail);
        e.fix = tr("Unlock your keyring (GNOME Keyring, KWallet, macOS Keychain) or allow the "
                   "access when it asks, then try again.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        e.message = tr("The system keychain could not delete the entry (%1).").arg(detail);
        e.fix = tr("Unlock your keyring and try again, or delete the entry of service "
                   "\"leap-entra-setup\" with your keyring manager.");
        break;
    default:
        // OtherError and NoBackendAvailable both mean no usable secure storage (libsecret reports
        // a missing Secret Service as OtherError).
        e.message = tr("Secure storage is unavailable: could not %1 the system keychain (%2).")
                        .arg(opText(op), detail);
        e.fix = tr("Run inside a desktop session with an unlocked keyring; on Linux install and "
                   "start gnome-keyring or KWallet (with libsecret) and make sure a D-Bus session "
                   "bus is running.");
        break;
    }
    return e;
}

Error timeoutError(Op op, std::chrono::milliseconds timeout)
{
    Error e;
    e.kind = ErrorKind::Storage;
    e.code = QStringLiteral("keychain-timeout");
    e.message = tr("The system keychain did not answer within %1 seconds when asked to %2 it; a "
                   "locked keyring may be waiting for its password.")
                    .arg(qMax<qint64>(1, (timeout.count() + 999) / 1000))
                    .arg(opText(op));
    e.fix = tr("Unlock the keyring (answer its password prompt) and try again; on Linux make sure "
               "gnome-keyring or KWallet is running.");
    return e;
}

struct JobOutcome
{
    bool timedOut = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Starts `job` (already configured, no parent, autoDelete) and waits for it at most `timeout`.
QCoro::Task<JobOutcome> runJob(QKeychain::Job *job, bool readText,
                               std::chrono::milliseconds timeout)
{
    auto watcher = std::make_unique<JobWatcher>();
    watcher->watch(job, readText);
    job->setAutoDelete(true);
    job->start(); // QtKeychain starts on the next event loop pass; finished comes later
    const auto signalled = co_await qCoro(watcher.get(), &JobWatcher::done, timeout);
    JobOutcome out;
    if (!signalled) {
        // Abandon the job: it still runs (deleting it now could crash inside the backend);
        // the watcher goes away with this frame, so its late answer reaches nobody.
        out.timedOut = true;
        co_return out;
    }
    out.error = watcher->error;
    out.errorString = watcher->errorString;
    out.text = std::move(watcher->text);
    co_return out;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent), m_service(QString::fromLatin1(kService))
{
}

SecretStore::~SecretStore() = default;

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout.count() > 0 ? timeout : kDefaultTimeout;
}

QCoro::Task<VoidResult> SecretStore::writeSecret(const QString &tenantId, const QString &appId,
                                                 const QString &keyId, const QString &value)
{
    // A named local, not a temporary: GCC 12 destroys temporaries bound to a reference
    // parameter of an awaited coroutine too early.
    const QString key = secretKeychainKey(tenantId, appId, keyId);
    co_return co_await writeValue(key, value);
}

QCoro::Task<Result<QString>> SecretStore::readSecret(const QString &tenantId, const QString &appId,
                                                     const QString &keyId)
{
    // A named local, not a temporary: GCC 12 destroys temporaries bound to a reference
    // parameter of an awaited coroutine too early.
    const QString key = secretKeychainKey(tenantId, appId, keyId);
    co_return co_await readValue(key);
}

QCoro::Task<VoidResult> SecretStore::removeSecret(const QString &tenantId, const QString &appId,
                                                  const QString &keyId)
{
    // A named local, not a temporary: GCC 12 destroys temporaries bound to a reference
    // parameter of an awaited coroutine too early.
    const QString key = secretKeychainKey(tenantId, appId, keyId);
    co_return co_await removeValue(key);
}

QCoro::Task<VoidResult> SecretStore::writeValue(const QString &key, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    job->setInsecureFallback(false); // never plain text, whatever the default becomes
    const JobOutcome out = co_await runJob(job, false, m_timeout);
    if (out.timedOut) {
        qCWarning(lcKeychain) << "write" << key << "timed out";
        co_return timeoutError(Op::Write, m_timeout);
    }
    if (out.error != QKeychain::NoError) {
        qCWarning(lcKeychain) << "write" << key << "failed:" << out.error << out.errorString;
        co_return storageError(Op::Write, out.error, out.errorString);
    }
    qCDebug(lcKeychain) << "write" << key << "ok";
    co_return VoidResult {};
}

QCoro::Task<Result<QString>> SecretStore::readValue(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    JobOutcome out = co_await runJob(job, true, m_timeout);
    if (out.timedOut) {
        qCWarning(lcKeychain) << "read" << key << "timed out";
        co_return timeoutError(Op::Read, m_timeout);
    }
    if (out.error == QKeychain::EntryNotFound) {
        qCDebug(lcKeychain) << "read" << key << "not found";
        co_return Error::make(ErrorKind::NotFound,
                              tr("The system keychain holds no entry \"%1\".").arg(key));
    }
    if (out.error != QKeychain::NoError) {
        qCWarning(lcKeychain) << "read" << key << "failed:" << out.error << out.errorString;
        co_return storageError(Op::Read, out.error, out.errorString);
    }
    qCDebug(lcKeychain) << "read" << key << "ok";
    co_return std::move(out.text);
}

QCoro::Task<VoidResult> SecretStore::removeValue(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    job->setInsecureFallback(false);
    const JobOutcome out = co_await runJob(job, false, m_timeout);
    if (out.timedOut) {
        qCWarning(lcKeychain) << "remove" << key << "timed out";
        co_return timeoutError(Op::Remove, m_timeout);
    }
    if (out.error == QKeychain::EntryNotFound) {
        qCDebug(lcKeychain) << "remove" << key << "(absent)";
        co_return VoidResult {};
    }
    if (out.error != QKeychain::NoError) {
        qCWarning(lcKeychain) << "remove" << key << "failed:" << out.error << out.errorString;
        co_return storageError(Op::Remove, out.error, out.errorString);
    }
    qCDebug(lcKeychain) << "remove" << key << "ok";
    co_return VoidResult {};
}

QCoro::Task<Result<bool>> SecretStore::contains(const QString &key)
{
    const Result<QString> r = co_await readValue(key);
    if (r.ok())
        co_return true;
    if (r.error().kind == ErrorKind::NotFound)
        co_return false;
    co_return r.error();
}

} // namespace leap

#include "secretstore.moc"
