#pragma once

#include "model/cloud.h"
#include "model/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace leap {

// Metadata of one client secret (passwordCredential). Never the value: that lives only in the
// keychain under keychainKey().
struct SecretInfo
{
    QString keyId; // lower-case GUID
    QString displayName;
    QString hint; // first three characters, as Graph returns them
    QDateTime startDateTime;
    QDateTime endDateTime;
    bool current = false; // the secret Leap should be using

    int daysLeft(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QJsonObject toJson() const;
    static SecretInfo fromJson(const QJsonObject &o);
};

// The keychain key of a client secret, per contract: <tenantId>/<appId>/<keyId>, lower-case.
QString secretKeychainKey(const QString &tenantId, const QString &appId, const QString &keyId);

// One thing the product did (or set out to do) in the tenant. Written before and after each write
// so that a run killed half-way resumes without duplicates: an entry with state "started" and no
// matching "done" tells the next run to look the object up before creating it again.
struct JournalEntry
{
    QDateTime time;
    QString step; // "register", "service-principal", "secret", "permissions", "consent", ...
    QString action; // "create", "update", "add-password", "remove-password", "grant", ...
    QString state; // "started" or "done" or "failed"
    QString objectType; // "application", "servicePrincipal", "passwordCredential", ...
    QString objectId; // id / keyId when known
    QString detail; // non-secret context (display name, scope...)

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &o);
};

// A saved configuration for one Leap environment. Stored as JSON by storage/ProfileStore; it never
// holds a secret or token value.
struct Profile
{
    static constexpr int kSchemaVersion = 1;

    QString name = QStringLiteral("default");
    Cloud cloud = Cloud::Global;
    QUrl authorityOverride; // empty: the cloud's default
    QUrl graphOverride; // empty: the cloud's default

    QString tenantId; // lower-case GUID, once known
    QString tenantDomain; // what the administrator typed, if it was a domain
    QString leapHost; // ASCII (IDNA) host with optional :port
    QString credentialAlias = QStringLiteral("azureAlias");
    QString displayName; // of the application
    QString uniqueName; // the application key the product controls (upsert)

    QString appId; // Application (client) ID
    QString objectId; // application object id
    QString servicePrincipalId; // object id of the application's service principal

    QList<SecretInfo> secrets;
    QList<JournalEntry> journal;

    QString setupBy; // UPN of the administrator who ran the setup
    QDateTime createdAt;
    QDateTime updatedAt;

    Endpoints endpoints() const;
    QString redirectUri() const; // https://<leapHost>/oidcclient/redirect/oidc
    const SecretInfo *currentSecret() const;
    SecretInfo *findSecret(const QString &keyId);
    void addJournal(JournalEntry entry);

    QJsonObject toJson() const;
    static Result<Profile> fromJson(const QJsonObject &o);

    static QString defaultDisplayName(const QString &leapHost); // "HCL Leap (<host>)"
    static QString defaultUniqueName(const QString &leapHost); // stable per Leap host
};

} // namespace leap
