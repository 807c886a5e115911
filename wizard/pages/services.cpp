#include "pages/services.h"

#include "auth/signinsession.h"
#include "graph/applicationservice.h"
#include "graph/driftservice.h"
#include "graph/permissionservice.h"
#include "graph/rotationservice.h"
#include "graph/secretservice.h"
#include "storage/secretstore.h"

#include <QDesktopServices>

namespace leap::ui {

Services::Services(const WizardOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_profiles(options.profileDirectory)
{
    m_secretStore = new SecretStore(this);
    m_session = new SignInSession(options.network, m_secretStore, this);
    m_session->setOpenBrowser(options.openUrl ? options.openUrl : [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    });
    connect(m_session, &SignInSession::progress, this, &Services::progress);
    m_verifier = new VerifyService(options.network, m_secretStore, this);
    connect(m_verifier, &VerifyService::progress, this, &Services::progress);
    rebuildGraph(options.endpoints);
}

Services::~Services() = default;

void Services::configure(const Endpoints &endpoints, const QString &tenant, const QString &profile)
{
    SignInOptions o = m_session->options();
    const bool changed =
        o.endpoints.authority != endpoints.authority || o.endpoints.graph != endpoints.graph ||
        o.endpoints.cloud != endpoints.cloud || o.tenant != tenant || o.profile != profile;
    o.endpoints = endpoints;
    o.tenant = tenant;
    o.profile = profile;
    o.clientId = m_options.clientId;
    o.method = m_options.signInMethod;
    if (changed)
        m_session->setOptions(o);
    if (!m_endpoints || m_endpoints->authority != endpoints.authority ||
        m_endpoints->graph != endpoints.graph || m_endpoints->cloud != endpoints.cloud)
        rebuildGraph(endpoints);
}

void Services::rebuildGraph(const Endpoints &endpoints)
{
    delete m_rotation;
    delete m_drift;
    delete m_applications;
    delete m_secrets;
    delete m_permissions;
    delete m_graph;
    m_endpoints = endpoints;
    m_graph = new GraphClient(m_options.network, endpoints, m_session, this);
    if (m_policy)
        m_graph->setPolicy(*m_policy);
    m_applications = new ApplicationService(m_graph, &m_profiles, this);
    m_secrets = new SecretService(m_graph, m_secretStore, &m_profiles, this);
    m_permissions = new PermissionService(m_graph, &m_profiles, this);
    m_rotation = new RotationService(m_secrets, m_secretStore, m_verifier, this);
    m_rotation->setEndpoints(endpoints);
    m_drift = new DriftService(m_applications, m_permissions, m_secrets, m_secretStore, this);
    connect(m_rotation, &RotationService::progress, this, &Services::progress);
    connect(m_drift, &DriftService::progress, this, &Services::progress);
    connect(m_graph, &GraphClient::progress, this, &Services::progress);
    connect(m_applications, &ApplicationService::progress, this, &Services::progress);
    connect(m_secrets, &SecretService::progress, this, &Services::progress);
    connect(m_permissions, &PermissionService::progress, this, &Services::progress);
}

void Services::setGraphPolicy(const GraphPolicy &policy)
{
    m_policy = policy;
    if (m_graph)
        m_graph->setPolicy(policy);
}

void Services::setVerifyOptions(const VerifyOptions &options)
{
    m_verifier->setOptions(options);
}

void Services::cancelAll()
{
    m_session->cancel();
    m_verifier->cancel();
    if (m_graph)
        m_graph->cancel();
}

} // namespace leap::ui
