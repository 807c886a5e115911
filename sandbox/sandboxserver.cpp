#include "sandboxserver.h"

#include "directory.h"
#include "faults.h"
#include "handlers.h"
#include "tokens.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "leap.sandbox")

namespace leap::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

SandboxResponse controlError(int status, const QString &message)
{
    return SandboxResponse::json(status, QJsonObject {{QStringLiteral("error"), message}});
}

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    *ok = pe.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QString landingPage(const QUrl &base)
{
    const QString b = base.toString();
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Leap Entra "
               "sandbox tenant</title></head><body style=\"font-family:sans-serif\">"
               "<h1>Leap Entra sandbox tenant</h1><p>An offline stand-in for Microsoft Entra ID "
               "and Microsoft Graph. Nothing here reaches Microsoft.</p><ul>"
               "<li>Authority: <code>%1</code></li>"
               "<li>Discovery: <code>%1/%2/v2.0/.well-known/openid-configuration</code></li>"
               "<li>Graph root: <code>%1/graph</code></li>"
               "<li>Device sign-in page: <a href=\"/devicelogin\">%1/devicelogin</a></li>"
               "</ul><p>Tenant <code>%3</code> (%2), administrator <code>%4</code>.</p>"
               "</body></html>")
        .arg(b, QString::fromLatin1(seed::kTenantId), QString::fromLatin1(seed::kTenantDomain),
             QString::fromLatin1(seed::kAdminUpn));
}

} // namespace

// The socket side: parses requests into SandboxRequest, applies faults and latency, writes
// SandboxResponse, keeps the log. Handlers never see a socket.
class HttpTransport : public QAbstractHttpServer
{
public:
    explicit HttpTransport(SandboxServer *owner) : m_owner(owner) { }

    QUrl base;

    SandboxResponse dispatch(const SandboxRequest &req)
    {
        Directory &d = *m_owner->m_directory;
        if (req.path == QLatin1String("/") && req.method == "GET")
            return SandboxResponse::html(200, landingPage(base));
        if (auto r = handleGraph(d, base, req))
            return *r;
        if (auto r = handleIdentity(d, base, req))
            return *r;
        return SandboxResponse::json(
            404, QJsonObject {
                     {QStringLiteral("error"), QStringLiteral("not_found")},
                     {QStringLiteral("error_description"),
                      QStringLiteral("No such endpoint in the sandbox tenant: %1").arg(req.path)}});
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        SandboxRequest req;
        req.method = methodName(request.method());
        req.path = request.url().path(QUrl::FullyDecoded);
        req.query = QUrlQuery(request.url().query(QUrl::FullyEncoded));
        for (const auto &h : request.headers())
            req.headers.insert(h.first.toLower(), h.second);
        req.body = request.body();
        req.requestId = tokens::newGuid();
        req.clientRequestId = QString::fromUtf8(req.header("client-request-id"));
        if (req.clientRequestId.isEmpty())
            req.clientRequestId = req.requestId;

        if (req.path.startsWith(QLatin1String("/_sandbox/"))) {
            write(makeResponder(request, socket), socket, control(req));
            return true;
        }

        Directory &d = *m_owner->m_directory;
        LoggedRequest entry;
        entry.method = QString::fromLatin1(req.method);
        entry.path = req.path;
        entry.query = request.url().query(QUrl::FullyEncoded);
        entry.time = Directory::nowMs();

        const auto fault = takeFault(d.faults, entry.method, req.path);
        SandboxResponse response;
        bool drop = false;
        int latency = 0;
        if (fault) {
            entry.faulted = true;
            latency = fault->latencyMs;
            drop = fault->drop;
            const bool perform = fault->commit || (fault->status == 0 && !fault->drop);
            if (perform)
                response = dispatch(req);
            if (fault->status > 0)
                response = faultResponse(*fault, req);
            qCDebug(lcSandbox) << "fault on" << entry.method << entry.path << fault->toJson();
        } else {
            response = dispatch(req);
        }
        response.setHeader("request-id", req.requestId.toLatin1());
        response.setHeader("client-request-id", req.clientRequestId.toUtf8());
        entry.status = drop ? 0 : response.status;

        auto finish = [this, entry, drop, response, guard = QPointer<QTcpSocket>(socket),
                       responder = std::make_shared<QHttpServerResponder>(
                           makeResponder(request, socket))]() mutable {
            entry.durationMs = Directory::nowMs() - entry.time;
            if (drop) {
                if (guard)
                    guard->abort();
            } else {
                write(std::move(*responder), guard, response);
            }
            m_owner->m_directory->requestLog.append(entry);
            Q_EMIT m_owner->requestLogged(entry);
        };
        if (latency > 0)
            QTimer::singleShot(latency, this, std::move(finish));
        else
            finish();
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        write(makeResponder(request, socket), socket,
              controlError(404, QStringLiteral("not found")));
    }

private:
    static void write(QHttpServerResponder &&responder, QPointer<QTcpSocket> socket,
                      const SandboxResponse &r)
    {
        if (!socket || !socket->isOpen())
            return; // the client went away while the answer was delayed
        responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
        for (const auto &h : r.headers)
            responder.writeHeader(h.first, h.second);
        responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
        responder.writeBody(r.body);
    }

    SandboxResponse control(const SandboxRequest &req)
    {
        Directory &d = *m_owner->m_directory;
        const QString what = req.path.mid(int(qstrlen("/_sandbox/")));
        bool ok = true;
        if (what == QLatin1String("config")) {
            if (req.method == "POST") {
                const QJsonObject body = parseObject(req.body, &ok);
                QString error;
                if (!ok || !d.config.apply(body, &error))
                    return controlError(400,
                                        ok ? error : QStringLiteral("body must be a JSON object"));
            } else if (req.method != "GET") {
                return controlError(405, QStringLiteral("use GET or POST"));
            }
            return SandboxResponse::json(200, d.config.toJson());
        }
        if (what == QLatin1String("faults")) {
            if (req.method == "DELETE") {
                d.faults.clear();
                return SandboxResponse::empty(204);
            }
            if (req.method == "POST") {
                const QJsonObject body = parseObject(req.body, &ok);
                QString error;
                const Fault f = Fault::fromJson(body, &error);
                if (!ok || !error.isEmpty())
                    return controlError(400,
                                        ok ? error : QStringLiteral("body must be a JSON object"));
                d.faults.append(f);
            } else if (req.method != "GET") {
                return controlError(405, QStringLiteral("use GET, POST or DELETE"));
            }
            QJsonArray list;
            for (const auto &f : d.faults)
                list.append(f.toJson());
            return SandboxResponse::json(req.method == "POST" ? 201 : 200,
                                         QJsonObject {{QStringLiteral("faults"), list}});
        }
        if (what == QLatin1String("requests")) {
            if (req.method == "DELETE") {
                d.requestLog.clear();
                return SandboxResponse::empty(204);
            }
            QJsonArray list;
            for (const auto &e : d.requestLog)
                list.append(e.toJson());
            return SandboxResponse::json(200, QJsonObject {{QStringLiteral("requests"), list}});
        }
        if (what == QLatin1String("issued") && req.method == "GET") {
            QJsonArray list;
            for (const auto &i : d.issued)
                list.append(QJsonObject {{QStringLiteral("kind"), i.kind},
                                         {QStringLiteral("value"), i.value},
                                         {QStringLiteral("time"), double(i.time)}});
            return SandboxResponse::json(200, QJsonObject {{QStringLiteral("issued"), list}});
        }
        if (what == QLatin1String("state") && req.method == "GET")
            return SandboxResponse::json(200, d.toJson());
        if (what == QLatin1String("reset") && req.method == "POST") {
            m_owner->reset();
            return SandboxResponse::empty(204);
        }
        if (what == QLatin1String("devicecode/approve") && req.method == "POST") {
            const QJsonObject body = parseObject(req.body, &ok);
            if (!ok)
                return controlError(400, QStringLiteral("body must be a JSON object"));
            if (!m_owner->approveDeviceCode(body.value(QStringLiteral("userCode")).toString(),
                                            body.value(QStringLiteral("approve")).toBool(true)))
                return controlError(404,
                                    QStringLiteral("no pending device code with that user code"));
            return SandboxResponse::empty(204);
        }
        return controlError(404, QStringLiteral("unknown control endpoint '%1'").arg(req.path));
    }

    SandboxServer *m_owner;
};

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent), m_directory(std::make_unique<Directory>())
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        qCWarning(lcSandbox) << "refusing to listen on non-loopback address" << address;
        return false;
    }
    if (isListening()) {
        qCWarning(lcSandbox) << "already listening on" << baseUrl();
        return false;
    }
    auto *listener = new QTcpServer(this);
    if (!listener->listen(address, port)) {
        qCWarning(lcSandbox) << "cannot listen on" << address << port << listener->errorString();
        delete listener;
        return false;
    }
    m_listener = listener;
    m_base.setScheme(QStringLiteral("http"));
    m_base.setHost(address.toString());
    m_base.setPort(listener->serverPort());
    // QAbstractHttpServer loads the TLS backend when it is constructed (about 10 ms of a
    // start-up): the HTTP side is built when the first client connects, so a wizard that starts
    // the in-process sandbox paints its first page without paying for it.
    connect(listener, &QTcpServer::pendingConnectionAvailable, this,
            &SandboxServer::attachTransport);
    qCInfo(lcSandbox) << "sandbox tenant listening on" << m_base.toString();
    return true;
}

void SandboxServer::attachTransport()
{
    if (m_transport || !m_listener)
        return;
    disconnect(m_listener, &QTcpServer::pendingConnectionAvailable, this,
               &SandboxServer::attachTransport);
    m_transport = std::make_unique<HttpTransport>(this);
    m_transport->base = m_base;
    m_transport->bind(m_listener); // the transport owns the listener from here
    // The connection that woke us is still pending, and the transport's own slot was connected
    // after this signal began: signal again, once control is back in the event loop.
    QMetaObject::invokeMethod(m_listener, "pendingConnectionAvailable", Qt::QueuedConnection);
}

bool SandboxServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 SandboxServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    return m_base;
}

QUrl SandboxServer::graphRoot() const
{
    QUrl u = baseUrl();
    u.setPath(QStringLiteral("/graph"));
    return u;
}

namespace {
QUrl withPath(QUrl base, const QString &path)
{
    base.setPath(path);
    return base;
}
} // namespace

QUrl SandboxServer::discoveryUrl(const QString &tenant) const
{
    return withPath(baseUrl(), QLatin1Char('/') + tenant +
                                   QStringLiteral("/v2.0/.well-known/openid-configuration"));
}

QUrl SandboxServer::tokenEndpoint(const QString &tenant) const
{
    return withPath(baseUrl(), QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"));
}

QUrl SandboxServer::authorizeEndpoint(const QString &tenant) const
{
    return withPath(baseUrl(),
                    QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/authorize"));
}

QUrl SandboxServer::deviceCodeEndpoint(const QString &tenant) const
{
    return withPath(baseUrl(),
                    QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/devicecode"));
}

SandboxConfig SandboxServer::config() const
{
    return m_directory->config;
}

void SandboxServer::setConfig(const SandboxConfig &config)
{
    m_directory->config = config;
}

void SandboxServer::setReplicationDelayMs(int ms)
{
    m_directory->config.replicationDelayMs = qMax(0, ms);
}

void SandboxServer::setAccessTokenLifetimeSec(int seconds)
{
    m_directory->config.accessTokenLifetimeSec = qMax(1, seconds);
}

void SandboxServer::setUserLacksPrivilegedRole(bool lacks)
{
    m_directory->config.userLacksPrivilegedRole = lacks;
}

void SandboxServer::setSecretMaxLifetimeDays(int days)
{
    m_directory->config.secretMaxLifetimeDays = qMax(0, days);
}

void SandboxServer::setAutoApprove(bool autoApprove)
{
    m_directory->config.autoApprove = autoApprove;
}

void SandboxServer::setPageSize(int pageSize)
{
    m_directory->config.pageSize = qMax(1, pageSize);
}

void SandboxServer::setDeviceCodeIntervalSec(int seconds)
{
    m_directory->config.deviceCodeIntervalSec = qMax(0, seconds);
}

void SandboxServer::setDeviceCodeLifetimeSec(int seconds)
{
    m_directory->config.deviceCodeLifetimeSec = qMax(1, seconds);
}

void SandboxServer::addFault(const Fault &fault)
{
    m_directory->faults.append(fault);
}

void SandboxServer::clearFaults()
{
    m_directory->faults.clear();
}

QList<Fault> SandboxServer::faults() const
{
    return m_directory->faults;
}

QList<LoggedRequest> SandboxServer::requestLog() const
{
    return m_directory->requestLog;
}

void SandboxServer::clearRequestLog()
{
    m_directory->requestLog.clear();
}

QList<IssuedSecret> SandboxServer::issuedSecrets() const
{
    return m_directory->issued;
}

QStringList SandboxServer::issuedSecretValues() const
{
    QStringList out;
    for (const auto &i : m_directory->issued)
        out.append(i.value);
    return out;
}

bool SandboxServer::approveDeviceCode(const QString &userCode, bool approve)
{
    const QString normalized = userCode.trimmed().toUpper();
    for (auto &rec : m_directory->deviceCodes) {
        if (rec.userCode != normalized || rec.state != QLatin1String("pending") ||
            rec.expiresAt <= Directory::nowMs())
            continue;
        Tenant *t = m_directory->tenant(rec.tenantId);
        rec.state = approve ? QStringLiteral("approved") : QStringLiteral("declined");
        rec.userId = t ? t->adminId : QString();
        if (approve && t) {
            QStringList &consented = t->consentedScopes[rec.clientId];
            for (const auto &s : rec.scopes) {
                if (s != QLatin1String(".default") && !consented.contains(s))
                    consented.append(s);
            }
        }
        return true;
    }
    return false;
}

QString SandboxServer::issueAdminAccessToken(const QStringList &scopes)
{
    Tenant *t = m_directory->tenant(tenantId());
    return issueDelegatedAccessToken(*m_directory, baseUrl(), *t, publicClientId(), t->adminId,
                                     scopes)
        .token;
}

QJsonObject SandboxServer::state() const
{
    return m_directory->toJson();
}

bool SandboxServer::loadState(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not valid JSON: %2").arg(path, pe.errorString());
        return false;
    }
    return m_directory->fromJson(doc.object(), error);
}

bool SandboxServer::saveState(const QString &path, QString *error) const
{
    // The state holds secret values and tokens of the sandbox tenant: owner-only file.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(m_directory->toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void SandboxServer::reset()
{
    const SandboxConfig keep = m_directory->config;
    m_directory->reseed();
    m_directory->config = keep;
}

QJsonArray SandboxServer::applications(const QString &tenantId) const
{
    QJsonArray out;
    if (const Tenant *t = m_directory->tenant(tenantId)) {
        for (const auto &o : t->applications)
            out.append(o);
    }
    return out;
}

QJsonArray SandboxServer::servicePrincipals(const QString &tenantId) const
{
    QJsonArray out;
    if (const Tenant *t = m_directory->tenant(tenantId)) {
        for (const auto &o : t->servicePrincipals)
            out.append(o);
    }
    return out;
}

QJsonArray SandboxServer::appRoleAssignments(const QString &tenantId) const
{
    QJsonArray out;
    if (const Tenant *t = m_directory->tenant(tenantId)) {
        for (const auto &o : t->appRoleAssignments)
            out.append(o);
    }
    return out;
}

QJsonArray SandboxServer::oauth2PermissionGrants(const QString &tenantId) const
{
    QJsonArray out;
    if (const Tenant *t = m_directory->tenant(tenantId)) {
        for (const auto &o : t->oauth2PermissionGrants)
            out.append(o);
    }
    return out;
}

} // namespace leap::sandbox
