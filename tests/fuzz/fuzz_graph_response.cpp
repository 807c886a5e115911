// Fuzz target: Microsoft Graph responses and error bodies, through the real parsing path. The
// product's Graph code (graph/GraphClient: status, error JSON, request-id, Retry-After, paging,
// $batch; and the step services that read applications, passwordCredentials, service principals
// and grants) parses inside coroutines over QNetworkAccessManager, so this target serves the
// fuzzed answer from a loopback HTTP server in the same process and lets the real client read
// it. It needs a QCoreApplication for the event loop.
//
// Input: [op][status][flags][retry-after] then the body. In the body, "ROOT" becomes this
// server's Graph root and "PORT" its port, so the fuzzer can build same-host @odata.nextLink
// values. Invariants: no crash, no hang beyond the policy's budget, a failure is a typed error
// a person can read, and no request (which carries the access token) ever leaves the Graph root.

#include "auth/tokenprovider.h"
#include "fuzzsupport.h"
#include "graph/applicationservice.h"
#include "graph/graphclient.h"
#include "graph/permissionservice.h"
#include "graph/secretservice.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QCoro/QCoroTask>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <optional>

using namespace leap;
using namespace std::chrono_literals;

namespace {

QByteArray g_response; // the whole HTTP answer for every request of the current input
int g_requests = 0; // requests served for the current input
// After this many requests in one input, the server answers an empty last page: a looping
// @odata.nextLink is bounded by the client (1000 pages), but 1000 round trips per input would
// make the fuzzer time out instead of exploring.
constexpr int kMaxRequestsPerInput = 25;
const QByteArray kLastPage = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: 12\r\nConnection: close\r\n\r\n{\"value\":[]}";
QString g_root; // http://127.0.0.1:PORT/graph

class FixedToken : public TokenProvider
{
public:
    QCoro::Task<Result<QString>> accessToken(bool) override
    {
        co_return QStringLiteral("fuzz-access-token");
    }
};

// Every request the client makes goes through here: it must stay below the Graph root.
class GuardedNam : public QNetworkAccessManager
{
protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        const QString url = request.url().toString();
        const QString resolved = request.url().adjusted(QUrl::NormalizePathSegments).toString();
        LEAP_FUZZ_CHECK(url.startsWith(g_root + QLatin1Char('/')) &&
                            resolved.startsWith(g_root + QLatin1Char('/')),
                        QStringLiteral("request (with the access token) outside the Graph root: ") +
                            url);
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// Answers every HTTP request with g_response, then closes the connection.
class Server : public QTcpServer
{
public:
    Server()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    const qsizetype at = buffer->toLower().indexOf("content-length:");
                    if (at >= 0 && at < end)
                        length = buffer->mid(at + 15, buffer->indexOf('\r', at) - at - 15)
                                     .trimmed()
                                     .toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    buffer->clear();
                    socket->write(++g_requests > kMaxRequestsPerInput ? kLastPage : g_response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

struct World
{
    Server server;
    GuardedNam nam;
    FixedToken token;
    std::unique_ptr<GraphClient> client;
    SecretStore store; // constructed only: listing never touches the keychain
    std::unique_ptr<ApplicationService> applications;
    std::unique_ptr<SecretService> secrets;
    std::unique_ptr<PermissionService> permissions;
    Profile profile;
};
World *g_world = nullptr;

// Runs a task to completion on this thread's event loop. (QCoro::waitFor needs a default-
// constructible result; leap::Result has none.)
template<typename T>
T await(QCoro::Task<T> &&task)
{
    std::optional<T> out;
    auto done = task.then([&out](const T &value) { out.emplace(value); });
    while (!out)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return std::move(*out);
}

void checkResponse(const GraphResponse &r)
{
    if (r.ok()) {
        LEAP_FUZZ_CHECK(r.httpStatus >= 200 && r.httpStatus < 300, QString::number(r.httpStatus));
        return;
    }
    const Error e = r.error.toError();
    LEAP_FUZZ_CHECK(e.isError(), graphErrorTypeName(r.error.type));
    LEAP_FUZZ_CHECK(!e.message.isEmpty(), e.details());
    LEAP_FUZZ_CHECK(!e.text().contains(QLatin1String("fuzz-access-token")), e.text());
}

void checkError(const Error &e)
{
    LEAP_FUZZ_CHECK(e.isError() && !e.message.isEmpty(), e.details());
    LEAP_FUZZ_CHECK(!e.text().contains(QLatin1String("fuzz-access-token")), e.text());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::installQuietMessageHandler();
    static int argc = 1;
    static char name[] = "fuzz_graph_response";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    g_world = new World;
    if (!g_world->server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on 127.0.0.1");
    g_root = QStringLiteral("http://127.0.0.1:%1/graph").arg(g_world->server.serverPort());
    Endpoints endpoints = Endpoints::forCloud(Cloud::Global);
    endpoints.authority =
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(g_world->server.serverPort()));
    endpoints.graph = QUrl(g_root);
    g_world->client = std::make_unique<GraphClient>(&g_world->nam, endpoints, &g_world->token);
    GraphPolicy policy;
    policy.requestTimeout = 300ms;
    policy.maxAttempts = 2;
    policy.backoffBase = 1ms;
    policy.backoffMax = 2ms;
    policy.totalBudget = 100ms;
    policy.replicationBudget = 20ms;
    policy.replicationBackoffBase = 1ms;
    policy.replicationBackoffMax = 2ms;
    g_world->client->setPolicy(policy);
    g_world->applications = std::make_unique<ApplicationService>(g_world->client.get());
    g_world->secrets = std::make_unique<SecretService>(g_world->client.get(), &g_world->store);
    g_world->permissions = std::make_unique<PermissionService>(g_world->client.get());
    Profile &p = g_world->profile;
    p.tenantId = QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35");
    p.leapHost = QStringLiteral("leap.example.com");
    p.displayName = Profile::defaultDisplayName(p.leapHost);
    p.uniqueName = Profile::defaultUniqueName(p.leapHost);
    p.appId = QStringLiteral("6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    p.objectId = QStringLiteral("0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e");
    p.servicePrincipalId = QStringLiteral("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    static const int statuses[] = {200, 201, 204, 400, 401, 403, 404, 409,
                                   412, 429, 500, 503, 504, 302, 207, 418};
    const int op = data[0] % 8;
    const int status = statuses[data[1] % (sizeof statuses / sizeof *statuses)];
    const uint8_t flags = data[2];
    QByteArray body(reinterpret_cast<const char *>(data + 4), qsizetype(size - 4));
    body.replace("ROOT", g_root.toUtf8());
    body.replace("PORT", QByteArray::number(g_world->server.serverPort()));

    if (op == 7) {
        // Retry-After on its own: seconds or an HTTP date, anything else is "absent".
        const qint64 ms = GraphClient::parseRetryAfter(body);
        LEAP_FUZZ_CHECK(ms >= -1, QString::number(ms));
        return 0;
    }

    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " Fuzz\r\n";
    if (flags & 1)
        response += "Content-Type: application/json; odata.metadata=minimal\r\n";
    if (flags & 2)
        response += "request-id: 1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e\r\nclient-request-id: x\r\n";
    if (flags & 4) {
        static const QByteArray retryAfter[] = {
            "0",    "1",   "-5", "Thu, 01 Jan 1970 00:00:00 GMT", "99999999999999999999",
            "soon", "2.5", ""};
        response += "Retry-After: " + retryAfter[data[3] % 8] + "\r\n";
    }
    if (flags & 8)
        response += "Location: " + g_root.toUtf8() + "/v1.0/applications/x\r\n";
    response +=
        "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    g_response = response + body;
    g_requests = 0;

    World &w = *g_world;
    switch (op) {
    case 0:
        checkResponse(await(w.client->send(GraphRequest::get(
            QStringLiteral("/applications(appId='6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d')")))));
        break;
    case 1:
        checkResponse(await(w.client->send(GraphRequest::post(
            QStringLiteral("/applications"),
            QJsonObject {{QStringLiteral("displayName"), QStringLiteral("x")}}))));
        break;
    case 2:
        checkResponse(await(w.client->getAll(GraphRequest::get(QStringLiteral(
            "/applications?$filter=appId eq '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'")))));
        break;
    case 3: {
        const QList<GraphResponse> answers = await(w.client->batch(
            {GraphRequest::get(QStringLiteral("/me")),
             GraphRequest::get(QStringLiteral("/organization")),
             GraphRequest::get(QStringLiteral(
                 "/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')"))}));
        LEAP_FUZZ_CHECK(answers.size() == 3, QString::number(answers.size()));
        for (const GraphResponse &r : answers)
            checkResponse(r);
        break;
    }
    case 4: {
        const Result<ApplicationPlan> plan = await(w.applications->plan(w.profile));
        if (!plan)
            checkError(plan.error());
        break;
    }
    case 5: {
        const Result<QList<SecretInfo>> list = await(w.secrets->listOnApplication(w.profile));
        if (!list)
            checkError(list.error());
        break;
    }
    case 6: {
        const Result<PermissionStatus> st = await(w.permissions->status(w.profile));
        if (!st)
            checkError(st.error());
        break;
    }
    }
    return 0;
}
