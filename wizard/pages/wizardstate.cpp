#include "pages/wizardstate.h"

#include "storage/profilestore.h"

Q_LOGGING_CATEGORY(lcUi, "leap.ui")

namespace leap::ui {

WizardState::WizardState(const WizardOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    profile.name = options.profileName.isEmpty() ? QStringLiteral("default") : options.profileName;
    profile.cloud = options.endpoints.cloud;
    if (options.endpointsOverridden) {
        profile.authorityOverride = options.endpoints.authority;
        profile.graphOverride = options.endpoints.graph;
    }
}

void WizardState::wipeUnsavedSecret()
{
    unsavedSecretValue.fill(QLatin1Char('\0'));
    unsavedSecretValue.clear();
    unsavedSecretAcknowledged = false;
    guidedSecretValue.fill(QLatin1Char('\0'));
    guidedSecretValue.clear();
}

Endpoints WizardState::endpoints() const
{
    if (m_options.endpointsOverridden)
        return m_options.endpoints;
    return profile.endpoints();
}

VoidResult WizardState::saveProfile()
{
    ProfileStore store(m_options.profileDirectory);
    auto result = store.save(profile);
    if (!result)
        qCWarning(lcUi) << "could not save profile" << profile.name << result.error().message;
    return result;
}

bool WizardState::hasSavedProfile() const
{
    return ProfileStore(m_options.profileDirectory).exists(profile.name);
}

Result<Profile> WizardState::loadProfile() const
{
    return ProfileStore(m_options.profileDirectory).load(profile.name);
}

void WizardState::startNewProfile(const QString &name)
{
    wipeUnsavedSecret();
    Profile fresh;
    fresh.name = name;
    fresh.cloud = m_options.endpoints.cloud;
    if (m_options.endpointsOverridden) {
        fresh.authorityOverride = m_options.endpoints.authority;
        fresh.graphOverride = m_options.endpoints.graph;
    }
    profile = fresh;
    openedOnSavedProfile = false;
    intent = Intent::Setup;
    mode = Mode::Automatic;
    registered = secretCreated = secretInKeychain = permissionsGranted = consentPending = false;
    rotated = verified = false;
    verification.reset();
    drift.reset();
    permissionsKnown = false;
    consentedPermissions.clear();
    permissionIds.clear();
    createdSecretKeyId.clear();
    Q_EMIT changed();
}

bool WizardState::setupInProgress() const
{
    if (intent == Intent::Setup || intent == Intent::Repair)
        return (registered || secretCreated) && !(permissionsGranted && verified);
    if (intent == Intent::Rotate)
        return rotated && !verified;
    return false;
}

} // namespace leap::ui
