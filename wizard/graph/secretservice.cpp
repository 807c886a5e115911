#include "graph/secretservice.h"

#include "graph/graphclient.h"
#include "graph/stepjournal.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecretService", text);
}

const QString kStep = QStringLiteral("secret");
const QString kAdd = QStringLiteral("add-password");
const QString kRemove = QStringLiteral("remove-password");
const QString kType = QStringLiteral("passwordCredential");
constexpr auto kLifetimePolicyCode = "CredentialInvalidLifetimeAsPerAppPolicy";

// A credential created by an interrupted run may carry a start time slightly before the journal
// entry (clocks of this machine and of Entra differ).
constexpr qint64 kClockSkewSecs = 10 * 60;
// ... and its request may have been carried out a while after it (retries, replication waits).
constexpr qint64 kOrphanWindowSecs = 15 * 60;

QDateTime parseTime(const QJsonValue &v)
{
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

SecretInfo infoFromCredential(const QJsonObject &o)
{
    SecretInfo s;
    s.keyId = o.value(QStringLiteral("keyId")).toString().toLower();
    s.displayName = o.value(QStringLiteral("displayName")).toString();
    s.hint = o.value(QStringLiteral("hint")).toString();
    s.startDateTime = parseTime(o.value(QStringLiteral("startDateTime")));
    s.endDateTime = parseTime(o.value(QStringLiteral("endDateTime")));
    return s;
}

// Overwrites the characters before the string is released (best effort: copies made by Qt's
// implicit sharing elsewhere are the owners' business).
void wipe(QString &value)
{
    if (!value.isEmpty() && !value.isDetached())
        value.detach();
    value.fill(QLatin1Char('\0'));
    value.clear();
}

// The largest lifetime a tenant policy allows, in days, when the error says so: a field such as
// "maxLifetime" (ISO-8601 duration "P90D" or a number of days) anywhere in the error object, else
// an ISO-8601 duration in its message. 0 when unknown (Entra's own message does not say).
int policyMaxDays(const QJsonValue &v, int depth = 0)
{
    static const QRegularExpression iso(QStringLiteral("\\bP(\\d+)D\\b"));
    if (depth > 4)
        return 0;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().contains(QLatin1String("maxLifetime"), Qt::CaseInsensitive) ||
                it.key().contains(QLatin1String("maxDays"), Qt::CaseInsensitive)) {
                if (it.value().isDouble())
                    return int(it.value().toDouble());
                const auto m = iso.match(it.value().toString());
                if (m.hasMatch())
                    return m.captured(1).toInt();
            }
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject() || it.value().isArray()) {
                if (int d = policyMaxDays(it.value(), depth + 1))
                    return d;
            }
        }
        const auto m = iso.match(o.value(QStringLiteral("message")).toString());
        if (m.hasMatch())
            return m.captured(1).toInt();
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray()) {
            if (int d = policyMaxDays(x, depth + 1))
                return d;
        }
    }
    return 0;
}

Error secretError(const GraphResponse &r, const QString &what, const QDateTime &end)
{
    Error e = r.error.toError();
    if (r.error.code == QLatin1String(kLifetimePolicyCode)) {
        e.kind = ErrorKind::GraphRefused;
        const int maxDays = policyMaxDays(QJsonValue(r.error.error));
        const int asked = int(QDateTime::currentDateTimeUtc().daysTo(end));
        e.message = maxDays > 0
                        ? tr("The tenant's app management policy allows client secrets of at most "
                             "%1 days; %2 days were asked for.")
                              .arg(maxDays)
                              .arg(asked)
                        : tr("The tenant's app management policy does not allow a client secret "
                             "that lasts %1 days.")
                              .arg(asked);
        e.fix = maxDays > 0
                    ? tr("Choose a lifetime of %1 days or less (--secret-days %1).").arg(maxDays)
                    : tr("Choose a shorter lifetime (--secret-days), or ask an "
                         "administrator for the tenant's maximum.");
        e.field = QStringLiteral("--secret-days");
    } else if (r.error.type == GraphErrorType::Forbidden) {
        e.message = tr("Microsoft Graph refused to %1: the signed-in account may not manage "
                       "this application's credentials.")
                        .arg(what);
        e.fix = tr("Sign in as an Application Administrator, Cloud Application Administrator or "
                   "Global Administrator.");
    }
    return e;
}

} // namespace

SecretService::SecretService(GraphClient *client, SecretStore *secrets, ProfileStore *profiles,
                             QObject *parent)
    : QObject(parent), m_client(client), m_secrets(secrets), m_profiles(profiles)
{
}

SecretService::~SecretService()
{
    if (m_unsaved)
        wipe(m_unsaved->value);
}

std::optional<UnsavedSecret> SecretService::takeUnsavedSecret()
{
    std::optional<UnsavedSecret> out;
    out.swap(m_unsaved);
    return out;
}

void SecretService::makeCurrent(Profile &profile, const QString &keyId)
{
    for (SecretInfo &s : profile.secrets)
        s.current = s.keyId.compare(keyId, Qt::CaseInsensitive) == 0;
}

QCoro::Task<Result<SecretInfo>> SecretService::create(Profile &profile, QString displayName,
                                                      int days)
{
    co_return co_await createImpl(profile, std::move(displayName),
                                  QDateTime::currentDateTimeUtc().addDays(days));
}

QCoro::Task<Result<SecretInfo>> SecretService::createUntil(Profile &profile, QString displayName,
                                                           QDateTime endDateTime)
{
    co_return co_await createImpl(profile, std::move(displayName), endDateTime.toUTC());
}

QCoro::Task<Result<QList<SecretInfo>>> SecretService::listOnApplication(Profile profile)
{
    if (profile.objectId.isEmpty())
        co_return Error::make(ErrorKind::Internal, tr("The profile has no application yet."));
    GraphRequest q = GraphRequest::get(
        QStringLiteral("/applications/%1?$select=id,passwordCredentials").arg(profile.objectId));
    q.awaitReplication = true; // the profile's application exists; a fresh one may lag
    const GraphResponse r = co_await m_client->send(q);
    if (!r.ok())
        co_return secretError(r, tr("read the application's secrets"), {});
    QList<SecretInfo> list;
    const SecretInfo *current = profile.currentSecret();
    for (const QJsonValue &v : r.json.value(QStringLiteral("passwordCredentials")).toArray()) {
        SecretInfo s = infoFromCredential(v.toObject());
        s.current = current && current->keyId == s.keyId;
        list.append(s);
    }
    co_return list;
}

QCoro::Task<Result<QStringList>> SecretService::removeOrphans(Profile &profile)
{
    // Where a credential may exist whose value never reached the keychain:
    // - the last add-password entry is "started": a run died between addPassword and the
    //   keychain (or before its answer came);
    // - "lost" entries: an addPassword whose answer was lost (timeout, 5xx, drop) and which was
    //   then tried again. Entra may list the lost one only after replication, so these are looked
    //   at again on every later create, until the journal forgets them.
    // A credential is that orphan when it carries the entry's display name, started within a few
    // minutes of the entry, and is unknown to the profile.
    struct Window
    {
        QDateTime from, to;
        QString name;
    };
    QList<Window> windows;
    const auto windowFor = [](const JournalEntry &e) {
        return Window {e.time.addSecs(-kClockSkewSecs), e.time.addSecs(kOrphanWindowSecs),
                       e.detail};
    };
    for (const JournalEntry &e : std::as_const(profile.journal)) {
        if (e.step == kStep && e.action == kAdd && e.state == QLatin1String("lost"))
            windows.append(windowFor(e));
    }
    const JournalEntry *last = detail::lastJournal(profile, kStep, kAdd);
    const bool dangling = last && last->state == QLatin1String("started");
    if (dangling)
        windows.append(windowFor(*last));
    if (windows.isEmpty())
        co_return QStringList {};

    const Result<QList<SecretInfo>> onApp = co_await listOnApplication(profile);
    if (!onApp)
        co_return onApp.error();
    QStringList removed;
    for (const SecretInfo &s : onApp.value()) {
        if (profile.findSecret(s.keyId))
            continue;
        const bool inWindow = std::any_of(windows.begin(), windows.end(), [&](const Window &w) {
            return s.displayName == w.name &&
                   (!s.startDateTime.isValid() ||
                    (s.startDateTime >= w.from && s.startDateTime <= w.to));
        });
        if (!inWindow)
            continue;
        // Created by an interrupted attempt. If the keychain took its value before the run died,
        // adopt it: nothing was lost. Otherwise the value is gone for good; remove the credential
        // so the application does not collect unusable secrets.
        const Result<bool> stored = co_await m_secrets->contains(
            secretKeychainKey(profile.tenantId, profile.appId, s.keyId));
        if (!stored)
            co_return stored.error(); // cannot tell: removing could destroy a good secret
        if (stored.value()) {
            profile.secrets.append(s);
            makeCurrent(profile, s.keyId);
            qCInfo(lcGraph) << "adopted secret" << s.keyId << "of an interrupted run";
            if (auto c = detail::journal(m_profiles, profile, kStep, kAdd, QStringLiteral("done"),
                                         kType, s.keyId, s.displayName);
                !c)
                co_return c.error();
            continue;
        }
        Q_EMIT progress(tr("Removing a client secret whose value an interrupted run lost…"));
        if (auto c = detail::journal(m_profiles, profile, kStep, kRemove, QStringLiteral("started"),
                                     kType, s.keyId, QStringLiteral("orphan"));
            !c)
            co_return c.error();
        GraphRequest q = GraphRequest::post(
            QStringLiteral("/applications/%1/removePassword").arg(profile.objectId),
            {{QStringLiteral("keyId"), s.keyId}});
        q.replay = GraphRequest::Replay::Always; // removing twice removes nothing more
        const GraphResponse r = co_await m_client->send(q);
        if (!r.ok() && r.error.type != GraphErrorType::NotFound)
            co_return secretError(r, tr("remove an orphaned client secret"), {});
        qCInfo(lcGraph) << "removed orphaned secret" << s.keyId;
        removed << s.keyId;
        if (auto c = detail::journal(m_profiles, profile, kStep, kRemove, QStringLiteral("done"),
                                     kType, s.keyId, QStringLiteral("orphan"));
            !c)
            co_return c.error();
    }
    // Close a dangling entry so that only "lost" entries are looked at again.
    if (dangling) {
        const JournalEntry *still = detail::lastJournal(profile, kStep, kAdd);
        if (still && still->state == QLatin1String("started")) {
            JournalEntry closing = *still;
            if (auto c = detail::journal(m_profiles, profile, kStep, kAdd, QStringLiteral("lost"),
                                         kType, {}, closing.detail);
                !c)
                co_return c.error();
            // Keep the window of the interrupted attempt, not of this check.
            profile.journal.last().time = closing.time;
            if (auto c = detail::checkpoint(m_profiles, profile); !c)
                co_return c.error();
        }
    }
    co_return removed;
}

QCoro::Task<Result<SecretInfo>> SecretService::createImpl(Profile &profile, QString displayName,
                                                          QDateTime endDateTime)
{
    if (profile.tenantId.isEmpty() || profile.appId.isEmpty() || profile.objectId.isEmpty())
        co_return Error::make(ErrorKind::Internal,
                              tr("The profile has no application yet; register it first."));
    if (m_unsaved) {
        wipe(m_unsaved->value);
        m_unsaved.reset();
    }

    // A previous run that died between addPassword and the keychain left a credential whose value
    // is lost (or already stored): clean up before adding, so there are no duplicates.
    const QString currentBefore =
        profile.currentSecret() ? profile.currentSecret()->keyId : QString();
    const Result<QStringList> orphans = co_await removeOrphans(profile);
    if (!orphans)
        co_return orphans.error();
    // The interrupted run got this very secret into the keychain before it died: it was adopted
    // above and is current now. Creating another one would leave two; this create is done.
    if (const SecretInfo *adopted = profile.currentSecret();
        adopted && adopted->keyId != currentBefore && adopted->displayName == displayName &&
        !adopted->isExpired()) {
        qCInfo(lcGraph) << "the interrupted create of" << adopted->keyId << "had completed";
        co_return SecretInfo(*adopted);
    }

    Q_EMIT progress(tr("Creating the client secret \"%1\"…").arg(displayName));
    QJsonObject created;
    constexpr int kMaxLostAnswers = 3;
    for (int lost = 0;; ++lost) {
        if (auto c = detail::journal(m_profiles, profile, kStep, kAdd, QStringLiteral("started"),
                                     kType, {}, displayName);
            !c)
            co_return c.error();
        GraphRequest q = GraphRequest::post(
            QStringLiteral("/applications/%1/addPassword").arg(profile.objectId),
            {{QStringLiteral("passwordCredential"),
              QJsonObject {{QStringLiteral("displayName"), displayName},
                           {QStringLiteral("endDateTime"), endDateTime.toString(Qt::ISODate)}}}});
        q.replay = GraphRequest::Replay::Never; // every call adds another secret
        q.awaitReplication = true; // the application may have been created a moment ago
        const GraphResponse r = co_await m_client->send(q);
        if (r.ok()) {
            created = r.json;
            break;
        }
        if (r.error.type == GraphErrorType::Cancelled) {
            // Like a killed run: the request may have been carried out. The "started" entry stays,
            // so the next create looks for the orphan.
            co_return r.error.toError();
        }
        if (!r.error.answerLost) {
            if (auto c = detail::journal(m_profiles, profile, kStep, kAdd, QStringLiteral("failed"),
                                         kType, {}, displayName);
                !c)
                co_return c.error();
            co_return secretError(r, tr("add a client secret"), endDateTime);
        }
        // The secret may exist now, but its value never reached us. removeOrphans() turns the
        // dangling "started" entry into a "lost" one and removes the credential if Graph lists
        // it already; if it only shows up after replication, a later create removes it.
        qCInfo(lcGraph) << "addPassword answer lost; cleaning up before retrying";
        const Result<QStringList> cleaned = co_await removeOrphans(profile);
        if (!cleaned)
            co_return cleaned.error();
        if (lost + 1 >= kMaxLostAnswers)
            co_return secretError(r, tr("add a client secret"), endDateTime);
    }

    QString value = created.value(QStringLiteral("secretText")).toString();
    created.remove(QStringLiteral("secretText"));
    SecretInfo info = infoFromCredential(created);
    if (info.keyId.isEmpty() || value.isEmpty()) {
        wipe(value);
        co_return Error::make(ErrorKind::Internal,
                              tr("Microsoft Graph created a client secret but did not return it."),
                              tr("Run the command again; the incomplete secret is removed first."));
    }
    if (info.displayName.isEmpty())
        info.displayName = displayName;

    // Custody: the keychain first, before the value goes anywhere else.
    const VoidResult stored =
        co_await m_secrets->writeSecret(profile.tenantId, profile.appId, info.keyId, value);

    profile.secrets.append(info);
    if (stored) {
        wipe(value);
        makeCurrent(profile, info.keyId);
    }
    if (auto c = detail::journal(
            m_profiles, profile, kStep, kAdd, QStringLiteral("done"), kType, info.keyId,
            stored ? displayName : displayName + QStringLiteral(" (not in keychain)"));
        !c) {
        if (!stored)
            m_unsaved = UnsavedSecret {info.keyId, value};
        co_return c.error();
    }
    if (!stored) {
        // The secret exists on the application; its value survives only in memory. Hand it to
        // the caller once; it is never written anywhere else.
        m_unsaved = UnsavedSecret {info.keyId, value};
        wipe(value);
        Error e = stored.error();
        e.message = tr("The client secret %1 was created on the application, but the system "
                       "keychain could not store its value. %2")
                        .arg(info.keyId, stored.error().message);
        e.fix = stored.error().fix + QLatin1Char(' ') +
                tr("If its value was not copied, retire the secret with `retire-secret --key-id "
                   "%1`.")
                    .arg(info.keyId);
        co_return e;
    }
    co_return info;
}

QCoro::Task<VoidResult> SecretService::remove(Profile &profile, QString keyId)
{
    keyId = keyId.toLower();
    if (profile.objectId.isEmpty())
        co_return Error::make(ErrorKind::Internal, tr("The profile has no application."));
    Q_EMIT progress(tr("Removing the client secret %1…").arg(keyId));
    if (auto c = detail::journal(m_profiles, profile, kStep, kRemove, QStringLiteral("started"),
                                 kType, keyId);
        !c)
        co_return c.error();
    GraphRequest q =
        GraphRequest::post(QStringLiteral("/applications/%1/removePassword").arg(profile.objectId),
                           {{QStringLiteral("keyId"), keyId}});
    q.replay = GraphRequest::Replay::Always;
    const GraphResponse r = co_await m_client->send(q);
    if (!r.ok() && r.error.type != GraphErrorType::NotFound) {
        // Graph answers an unknown keyId with a 400 as well: look before calling it a failure.
        bool gone = false;
        if (r.error.type == GraphErrorType::BadRequest) {
            const Result<QList<SecretInfo>> onApp = co_await listOnApplication(profile);
            gone = onApp && std::none_of(onApp->begin(), onApp->end(),
                                         [&](const SecretInfo &s) { return s.keyId == keyId; });
        }
        if (!gone)
            co_return secretError(r, tr("remove the client secret"), {});
    }
    const VoidResult dropped =
        co_await m_secrets->removeSecret(profile.tenantId, profile.appId, keyId);
    if (!dropped) {
        // The secret is gone from the application; keep the profile entry so that a later run
        // can still remove its keychain entry.
        (void)detail::journal(m_profiles, profile, kStep, kRemove, QStringLiteral("failed"), kType,
                              keyId, tr("keychain entry left"));
        co_return dropped.error();
    }
    profile.secrets.removeIf([&](const SecretInfo &s) { return s.keyId == keyId; });
    if (auto c = detail::journal(m_profiles, profile, kStep, kRemove, QStringLiteral("done"), kType,
                                 keyId);
        !c)
        co_return c.error();
    co_return VoidResult {};
}

} // namespace leap
