#pragma once

#include "graph/permissionservice.h"
#include "model/error.h"
#include "model/profile.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace leap {

class ApplicationService;
class PermissionService;
class SecretService;
class SecretStore;

// One difference between the saved profile and the tenant.
struct DriftItem
{
    enum class Kind {
        ApplicationMissing,
        RedirectUriMissing,
        PermissionNotRequested,
        AppRoleAssignmentMissing, // an application permission without admin consent
        DelegatedGrantMissing, // openid / profile not in the AllPrincipals grant
        NoCurrentSecret,
        SecretMissingOnApplication, // the current secret was removed from the application
        SecretNotInKeychain,
        SecretExpired,
        SecretExpiring, // 30 days or fewer left (a warning)
        KeychainUnavailable, // the keychain could not be asked (a warning)
    };
    enum class Severity { Warning, Error };
    // What repairs it: `configure` (it converges: exactly the missing parts are added) or
    // `rotate-secret` (a new secret; the old one stays until retired).
    enum class Repair { Configure, RotateSecret, None };

    Kind kind;
    Severity severity = Severity::Error;
    Repair repair = Repair::Configure;
    QString subject; // what it is about: a URI, a permission value, a keyId
    QString message; // for people: the cause
    QString fix; // for people: the command to run

    static QString kindName(Kind kind); // "redirect-uri-missing", ...
    static QString repairName(Repair repair); // "configure", "rotate-secret", "none"
    QJsonObject toJson() const;
};

struct DriftReport
{
    QDateTime checkedAt;
    bool applicationExists = false;
    std::optional<PermissionStatus> permissions; // when the application exists
    QList<SecretInfo> secretsOnApplication;
    QSet<QString> secretsInKeychain; // keyIds (lower case) whose value is in the keychain
    QList<DriftItem> items;

    bool clean() const { return items.isEmpty(); }
    bool hasErrors() const;
    bool has(DriftItem::Kind kind) const;
    QJsonArray toJson() const;
};

// Compares a profile with the tenant (issue 7, "Drift"): the application exists; the redirect URI
// is there; the four permissions are requested; both app role assignments and the delegated
// grant (openid profile) exist; the current secret is on the application, in the keychain and not
// expired (30 days or fewer: a warning). Reads only.
class DriftService : public QObject
{
    Q_OBJECT
public:
    // All must outlive the service. `store` may be null (keychain not checked).
    DriftService(ApplicationService *applications, PermissionService *permissions,
                 SecretService *secrets, SecretStore *store, QObject *parent = nullptr);

    QCoro::Task<Result<DriftReport>> check(Profile profile,
                                           QDateTime now = QDateTime::currentDateTimeUtc());

    static constexpr int kExpiryWarningDays = 30;

Q_SIGNALS:
    void progress(const QString &message);

private:
    ApplicationService *m_applications;
    PermissionService *m_permissions;
    SecretService *m_secrets;
    SecretStore *m_store;
};

} // namespace leap
