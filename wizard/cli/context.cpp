#include "cli/context.h"

#include "auth/signinsession.h"
#include "graph/graphclient.h"
#include "model/permissions.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace leap::cli {

Context::Context(GlobalOptions options, Environment environment, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_environment(std::move(environment))
{
    QIODevice *out = m_environment.out;
    if (!out) {
        m_stdout = std::make_unique<QFile>();
        m_stdout->open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        out = m_stdout.get();
    }
    QIODevice *err = m_environment.err;
    if (!err) {
        m_stderr = std::make_unique<QFile>();
        m_stderr->open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        err = m_stderr.get();
    }
    m_out.setDevice(out);
    m_err.setDevice(err);
}

Context::~Context()
{
    m_out.flush();
    m_err.flush();
}

QNetworkAccessManager *Context::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // Every request of the product has its own timeout; this is the last line of defence.
        m_network->setTransferTimeout(60000);
    }
    return m_network;
}

ProfileStore &Context::profiles()
{
    if (!m_profiles)
        m_profiles = std::make_unique<ProfileStore>(m_environment.profileDirectory);
    return *m_profiles;
}

SecretStore &Context::secrets()
{
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    return *m_secrets;
}

Cloud Context::cloud(const Profile *saved) const
{
    if (m_options.cloud)
        return *m_options.cloud;
    return saved ? saved->cloud : Cloud::Global;
}

Endpoints Context::endpoints(const Profile *saved) const
{
    Endpoints e = Endpoints::forCloud(cloud(saved));
    if (saved && !m_options.cloud) {
        if (!saved->authorityOverride.isEmpty())
            e.authority = saved->authorityOverride;
        if (!saved->graphOverride.isEmpty())
            e.graph = saved->graphOverride;
    }
    if (!m_options.authority.isEmpty())
        e.authority = m_options.authority;
    if (!m_options.graph.isEmpty())
        e.graph = m_options.graph;
    if (!m_environment.authority.isEmpty())
        e.authority = m_environment.authority;
    if (!m_environment.graph.isEmpty())
        e.graph = m_environment.graph;
    return e;
}

void Context::recordEndpoints(Profile &profile) const
{
    profile.cloud = cloud(&profile);
    if (!m_options.authority.isEmpty())
        profile.authorityOverride = m_options.authority;
    if (!m_options.graph.isEmpty())
        profile.graphOverride = m_options.graph;
}

Summary Context::summary(const Profile &profile, const SummaryFacts &facts) const
{
    Profile copy = profile;
    const Endpoints e = endpoints(&profile);
    copy.authorityOverride = e.authority;
    copy.graphOverride = e.graph;
    return Summary::build(copy, facts);
}

QString Context::clientId() const
{
    return m_options.clientId.isEmpty() ? QString::fromLatin1(kGraphCommandLineToolsClientId)
                                        : m_options.clientId;
}

// Tests shorten the network timing of the real binary from outside (tests/security/
// tst_faultmatrix): LEAP_GRAPH_RETRY_SCALE in (0, 1) scales Graph's backoff, budgets and
// per-request timeout, and the sign-in requests' timeout. Unset (always, for people): Graph's
// guidance as implemented.
static double testTimingScale()
{
    const double scale = qEnvironmentVariable("LEAP_GRAPH_RETRY_SCALE").toDouble();
    return scale > 0 && scale < 1 ? scale : 1.0;
}

template<typename Duration>
static Duration scaled(Duration d, double scale)
{
    return Duration(qMax<typename Duration::rep>(1, typename Duration::rep(d.count() * scale)));
}

QCoro::Task<Result<SignInSession *>> Context::signIn(Endpoints endpoints, QString tenant,
                                                     bool useCache)
{
    if (m_session) {
        // One administrator per run; a second call only re-checks the same tenant.
        if (m_session->isSignedIn())
            co_return m_session;
        delete m_session;
        m_session = nullptr;
    }
    m_session = new SignInSession(network(), useCache ? &secrets() : nullptr, this);
    if (const double scale = testTimingScale(); scale < 1.0)
        m_session->setRequestTimeout(scaled(std::chrono::milliseconds(30000), scale));
    SignInOptions options;
    options.endpoints = endpoints;
    options.tenant = tenant;
    options.clientId = clientId();
    options.profile = m_options.profile;
    options.method = m_options.signIn;
    m_session->setOptions(options);
    connect(m_session, &SignInSession::progress, this, [this](const QString &text) {
        if (m_options.verbose)
            progress(text);
    });
    connect(m_session, &SignInSession::deviceCodeReady, this,
            [this](const DeviceCodePrompt &prompt) {
                progress(tr("To sign in, open %1 in a browser and enter the code %2")
                             .arg(prompt.verificationUri.toString(), prompt.userCode));
            });
    connect(m_session, &SignInSession::authorizationUrlReady, this, [this](const QUrl &url) {
        progress(tr("Sign in in the browser; if it did not open, open this address: %1")
                     .arg(url.toString()));
    });

    const Result<OpenIdConfiguration> discovered = co_await m_session->discover();
    if (!discovered)
        co_return discovered.error();
    // No co_await inside ?: or as an assignment's operand: GCC 12 miscompiles both (double
    // destruction of the temporary).
    bool needInteractive = true;
    if (useCache) {
        const VoidResult restored = co_await m_session->restore();
        if (restored.ok())
            needInteractive = false;
        else if (restored.error().kind != ErrorKind::NotFound &&
                 restored.error().kind != ErrorKind::SignIn)
            co_return restored.error();
    }
    if (needInteractive) {
        const VoidResult interactive = co_await m_session->signIn();
        if (!interactive.ok())
            co_return interactive.error();
    }
    const SignedInUser user = m_session->user();
    if (!user.isEmpty())
        progress(tr("Signed in as %1.").arg(user.displayText()));
    co_return m_session;
}

GraphClient *Context::graph(const Endpoints &endpoints, SignInSession *session)
{
    auto *client = new GraphClient(network(), endpoints, session, this);
    if (const double scale = testTimingScale(); scale < 1.0) {
        GraphPolicy p = client->policy();
        p.requestTimeout = scaled(p.requestTimeout, scale);
        p.backoffBase = scaled(p.backoffBase, scale);
        p.backoffMax = scaled(p.backoffMax, scale);
        p.totalBudget = scaled(p.totalBudget, scale);
        p.replicationBudget = scaled(p.replicationBudget, scale);
        p.replicationBackoffBase = scaled(p.replicationBackoffBase, scale);
        p.replicationBackoffMax = scaled(p.replicationBackoffMax, scale);
        client->setPolicy(p);
    }
    connect(client, &GraphClient::progress, this, [this](const QString &line) { progress(line); });
    return client;
}

void Context::print(const QString &line)
{
    m_out << line << Qt::endl;
}

void Context::printJson(const QJsonObject &document)
{
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::progress(const QString &line)
{
    m_err << line << Qt::endl;
}

void Context::warning(const QString &line)
{
    m_err << tr("warning: ") << line << Qt::endl;
}

void Context::errorLine(const QString &line)
{
    m_err << tr("error: ") << line << Qt::endl;
}

} // namespace leap::cli
