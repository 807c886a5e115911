#pragma once

#include "graph/driftservice.h"
#include "graph/verifyservice.h"
#include "model/error.h"
#include "model/profile.h"
#include "pages/wizardoptions.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace leap::ui {

// The one small model the pages share: the profile being built, who is signed in, which path the
// administrator chose, and what has already been done in this session (so Back never repeats a
// write). Pages read and write it; business logic stays in the services.
class WizardState : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Automatic, Guided };
    // Why the wizard runs: a first setup, or one of the re-open actions on a saved profile.
    enum class Intent { Setup, Rotate, Verify, Export, Repair };

    explicit WizardState(const WizardOptions &options, QObject *parent = nullptr);

    const WizardOptions &options() const { return m_options; }

    Profile profile;
    bool openedOnSavedProfile = false; // the wizard started on the profile overview
    Mode mode = Mode::Automatic;
    Intent intent = Intent::Setup;

    // The administrator, once signed in.
    struct Account
    {
        QString displayName;
        QString userPrincipalName;
        QString tenantId;
        QString tenantDisplayName;
        bool isValid() const { return !userPrincipalName.isEmpty() || !displayName.isEmpty(); }
    };
    Account account;

    // What this session already did (Back never repeats a write).
    bool registered = false; // step 1 converged
    bool servicePrincipalCreated = false; // in this session (step 3 skips reads then)
    bool secretCreated = false; // step 2: a new secret was created in this session
    QString createdSecretKeyId;
    bool secretInKeychain = false;
    bool permissionsGranted = false; // step 3 converged with consent
    bool consentPending = false; // step 3 needs someone with the role (admin-consent URL)
    bool rotated = false; // the Rotate page created the new secret
    bool verified = false;
    std::optional<VerifyReport> verification; // the last successful proof
    std::optional<DriftReport> drift; // Repair: what differs from the tenant

    // What the tenant said about the permissions (step 3), for the summary and exports.
    bool permissionsKnown = false;
    QSet<QString> consentedPermissions; // values, e.g. "Group.Read.All"
    QHash<QString, QString> permissionIds; // value -> id resolved from the tenant

    // Keychain failed after Graph created a secret: the value, shown once for manual copy. Cleared
    // as soon as the administrator confirms they copied it, and when the wizard closes.
    QString unsavedSecretValue;
    bool unsavedSecretAcknowledged = false; // "I have stored the value somewhere safe"
    void wipeUnsavedSecret();

    // Guided mode: a value pasted from the admin center, held only until it is in the keychain.
    QString guidedSecretValue;

    // Endpoints of this profile (the options' overrides win over the profile's cloud).
    Endpoints endpoints() const;

    // Writes the profile through ProfileStore. Errors are reported to the caller (shown in the
    // page's error panel); nothing is retried silently.
    VoidResult saveProfile();
    bool hasSavedProfile() const;
    // Loads options().profileName, if it exists.
    Result<Profile> loadProfile() const;
    // Starts over for another Leap environment under a new profile name.
    void startNewProfile(const QString &name);

    // Setup began but is not finished: closing should ask and leave the profile resumable.
    bool setupInProgress() const;

Q_SIGNALS:
    void changed();

private:
    WizardOptions m_options;
};

} // namespace leap::ui
