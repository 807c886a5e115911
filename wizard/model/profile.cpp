#include "model/profile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <utility>

namespace leap {

static QString iso(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

static QDateTime fromIso(const QJsonValue &v)
{
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

int SecretInfo::daysLeft(const QDateTime &now) const
{
    if (!endDateTime.isValid())
        return 0;
    const qint64 secs = now.secsTo(endDateTime);
    // Whole days left; a secret that ends later today has 0 days left, an expired one is negative.
    return int(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
}

bool SecretInfo::isExpired(const QDateTime &now) const
{
    return endDateTime.isValid() && endDateTime <= now;
}

QJsonObject SecretInfo::toJson() const
{
    return QJsonObject {{QStringLiteral("keyId"), keyId},
                        {QStringLiteral("displayName"), displayName},
                        {QStringLiteral("hint"), hint},
                        {QStringLiteral("startDateTime"), iso(startDateTime)},
                        {QStringLiteral("endDateTime"), iso(endDateTime)},
                        {QStringLiteral("current"), current}};
}

SecretInfo SecretInfo::fromJson(const QJsonObject &o)
{
    SecretInfo s;
    s.keyId = o.value(QStringLiteral("keyId")).toString().toLower();
    s.displayName = o.value(QStringLiteral("displayName")).toString();
    s.hint = o.value(QStringLiteral("hint")).toString();
    s.startDateTime = fromIso(o.value(QStringLiteral("startDateTime")));
    s.endDateTime = fromIso(o.value(QStringLiteral("endDateTime")));
    s.current = o.value(QStringLiteral("current")).toBool();
    return s;
}

QString secretKeychainKey(const QString &tenantId, const QString &appId, const QString &keyId)
{
    return (tenantId + QLatin1Char('/') + appId + QLatin1Char('/') + keyId).toLower();
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject o {{QStringLiteral("time"), iso(time)},
                   {QStringLiteral("step"), step},
                   {QStringLiteral("action"), action},
                   {QStringLiteral("state"), state},
                   {QStringLiteral("objectType"), objectType}};
    if (!objectId.isEmpty())
        o.insert(QStringLiteral("objectId"), objectId);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &o)
{
    JournalEntry e;
    e.time = fromIso(o.value(QStringLiteral("time")));
    e.step = o.value(QStringLiteral("step")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.state = o.value(QStringLiteral("state")).toString();
    e.objectType = o.value(QStringLiteral("objectType")).toString();
    e.objectId = o.value(QStringLiteral("objectId")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    return e;
}

Endpoints Profile::endpoints() const
{
    Endpoints e = Endpoints::forCloud(cloud);
    if (!authorityOverride.isEmpty())
        e.authority = authorityOverride;
    if (!graphOverride.isEmpty())
        e.graph = graphOverride;
    return e;
}

QString Profile::redirectUri() const
{
    return QStringLiteral("https://") + leapHost + QStringLiteral("/oidcclient/redirect/oidc");
}

const SecretInfo *Profile::currentSecret() const
{
    for (const SecretInfo &s : secrets) {
        if (s.current)
            return &s;
    }
    return nullptr;
}

SecretInfo *Profile::findSecret(const QString &keyId)
{
    for (SecretInfo &s : secrets) {
        if (s.keyId.compare(keyId, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

void Profile::addJournal(JournalEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    journal.append(std::move(entry));
    // The journal is for resuming and auditing recent runs, not an unbounded history.
    constexpr int kMaxJournal = 200;
    if (journal.size() > kMaxJournal)
        journal.remove(0, journal.size() - kMaxJournal);
}

QJsonObject Profile::toJson() const
{
    QJsonArray secretArray;
    for (const SecretInfo &s : secrets)
        secretArray.append(s.toJson());
    QJsonArray journalArray;
    for (const JournalEntry &e : journal)
        journalArray.append(e.toJson());
    QJsonObject o {{QStringLiteral("schemaVersion"), kSchemaVersion},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("cloud"), cloudName(cloud)},
                   {QStringLiteral("tenantId"), tenantId},
                   {QStringLiteral("tenantDomain"), tenantDomain},
                   {QStringLiteral("leapHost"), leapHost},
                   {QStringLiteral("credentialAlias"), credentialAlias},
                   {QStringLiteral("displayName"), displayName},
                   {QStringLiteral("uniqueName"), uniqueName},
                   {QStringLiteral("appId"), appId},
                   {QStringLiteral("objectId"), objectId},
                   {QStringLiteral("servicePrincipalId"), servicePrincipalId},
                   {QStringLiteral("secrets"), secretArray},
                   {QStringLiteral("journal"), journalArray},
                   {QStringLiteral("setupBy"), setupBy},
                   {QStringLiteral("createdAt"), iso(createdAt)},
                   {QStringLiteral("updatedAt"), iso(updatedAt)}};
    if (!authorityOverride.isEmpty())
        o.insert(QStringLiteral("authority"), authorityOverride.toString());
    if (!graphOverride.isEmpty())
        o.insert(QStringLiteral("graph"), graphOverride.toString());
    return o;
}

Result<Profile> Profile::fromJson(const QJsonObject &o)
{
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("Profile", s);
    };
    const int version = o.value(QStringLiteral("schemaVersion")).toInt(0);
    if (version != kSchemaVersion)
        return Error::make(
            ErrorKind::BadInput,
            tr("The profile file has schema version %1; this version reads %2.")
                .arg(version)
                .arg(kSchemaVersion),
            tr("Use a matching version of Leap Entra Setup, or run `forget` and configure again."));
    Profile p;
    p.name = o.value(QStringLiteral("name")).toString(p.name);
    const auto cloud =
        cloudFromName(o.value(QStringLiteral("cloud")).toString(QStringLiteral("global")));
    if (!cloud)
        return Error::make(
            ErrorKind::BadInput, tr("The profile names an unknown cloud."),
            tr("Edit the profile's \"cloud\" to global, usgov, usgov-dod or china."));
    p.cloud = *cloud;
    // Overrides from a file get the same check as --authority/--graph: an edited or planted
    // profile must not send tokens over plain http to another machine (found by fuzz_profile).
    for (const auto &[key, target] : {std::pair {QStringLiteral("authority"), &p.authorityOverride},
                                      std::pair {QStringLiteral("graph"), &p.graphOverride}}) {
        const QString text = o.value(key).toString();
        if (text.isEmpty())
            continue;
        const Result<QUrl> url = validateEndpointUrl(text, QStringLiteral("\"%1\"").arg(key));
        if (!url)
            return Error::make(ErrorKind::BadInput,
                               tr("The profile's endpoint override is not acceptable: %1")
                                   .arg(url.error().message),
                               url.error().fix);
        *target = *url;
    }
    p.tenantId = o.value(QStringLiteral("tenantId")).toString().toLower();
    p.tenantDomain = o.value(QStringLiteral("tenantDomain")).toString();
    p.leapHost = o.value(QStringLiteral("leapHost")).toString();
    p.credentialAlias = o.value(QStringLiteral("credentialAlias")).toString(p.credentialAlias);
    p.displayName = o.value(QStringLiteral("displayName")).toString();
    p.uniqueName = o.value(QStringLiteral("uniqueName")).toString();
    p.appId = o.value(QStringLiteral("appId")).toString().toLower();
    p.objectId = o.value(QStringLiteral("objectId")).toString().toLower();
    p.servicePrincipalId = o.value(QStringLiteral("servicePrincipalId")).toString().toLower();
    for (const QJsonValue &v : o.value(QStringLiteral("secrets")).toArray())
        p.secrets.append(SecretInfo::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("journal")).toArray())
        p.journal.append(JournalEntry::fromJson(v.toObject()));
    p.setupBy = o.value(QStringLiteral("setupBy")).toString();
    p.createdAt = fromIso(o.value(QStringLiteral("createdAt")));
    p.updatedAt = fromIso(o.value(QStringLiteral("updatedAt")));
    return p;
}

QString Profile::defaultDisplayName(const QString &leapHost)
{
    return QStringLiteral("HCL Leap (%1)").arg(leapHost);
}

QString Profile::defaultUniqueName(const QString &leapHost)
{
    // Deterministic, so a re-run on another machine (no profile) still finds the same application.
    QString key = leapHost.toLower();
    key.replace(QLatin1Char(':'), QLatin1Char('-'));
    return QStringLiteral("hcl-leap.") + key;
}

} // namespace leap
