#pragma once

#include "graph/graphclient.h"
#include "model/cloud.h"
#include "pages/wizardoptions.h"
#include "storage/profilestore.h"

#include <QObject>

#include <memory>
#include <optional>

#include "graph/verifyservice.h"

namespace leap {
class ApplicationService;
class DriftService;
class PermissionService;
class RotationService;
class SecretService;
class SecretStore;
class SignInSession;
} // namespace leap

namespace leap::ui {

// The services the pages call, built once from the wizard's options. Pages never construct a
// network object themselves: they ask this object for the service of their step.
class Services : public QObject
{
    Q_OBJECT
public:
    explicit Services(const WizardOptions &options, QObject *parent = nullptr);
    ~Services() override;

    // Points sign-in and Graph at the profile's endpoints and tenant (called when the tenant page
    // is left). Rebuilds the Graph services only if the endpoints changed.
    void configure(const Endpoints &endpoints, const QString &tenant, const QString &profile);

    SecretStore *secretStore() const { return m_secretStore; }
    ProfileStore *profileStore() { return &m_profiles; }
    SignInSession *session() const { return m_session; }
    GraphClient *graph() const { return m_graph; }
    ApplicationService *applications() const { return m_applications; }
    SecretService *secrets() const { return m_secrets; }
    PermissionService *permissions() const { return m_permissions; }
    VerifyService *verifier() const { return m_verifier; }
    RotationService *rotation() const { return m_rotation; }
    DriftService *drift() const { return m_drift; }

    // Tests shorten retries and replication waits.
    void setGraphPolicy(const GraphPolicy &policy);
    void setVerifyOptions(const VerifyOptions &options);

    // Stops everything in flight (Cancel, or the window closing).
    void cancelAll();

Q_SIGNALS:
    // Progress lines of any service ("Waiting for the directory to replicate…").
    void progress(const QString &text);

private:
    void rebuildGraph(const Endpoints &endpoints);

    WizardOptions m_options;
    ProfileStore m_profiles;
    SecretStore *m_secretStore = nullptr;
    SignInSession *m_session = nullptr;
    GraphClient *m_graph = nullptr;
    ApplicationService *m_applications = nullptr;
    SecretService *m_secrets = nullptr;
    PermissionService *m_permissions = nullptr;
    VerifyService *m_verifier = nullptr;
    RotationService *m_rotation = nullptr;
    DriftService *m_drift = nullptr;
    std::optional<Endpoints> m_endpoints;
    std::optional<GraphPolicy> m_policy;
};

} // namespace leap::ui
