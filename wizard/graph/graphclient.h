#pragma once

#include "model/cloud.h"
#include "model/error.h"

#include <QByteArray>
#include <QCoro/QCoroTask>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <chrono>
#include <optional>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcGraph)

class QNetworkAccessManager;
class QNetworkReply;

namespace leap {

class TokenProvider;

// What a caller branches on after a Graph request failed. Never derived from the message text,
// except for the documented replication-delay errors (see GraphClient).
enum class GraphErrorType {
    None,
    BadRequest, // 400
    Unauthorized, // 401 that survived one token refresh
    Forbidden, // 403 (Authorization_RequestDenied, ...)
    NotFound, // 404
    Conflict, // 409 / 412
    Throttled, // 429 that outlasted the retries
    ServerError, // 5xx that outlasted the retries, or a lost answer to a create (answerLost)
    Timeout, // no answer within the per-request timeout
    Connection, // refused, reset, closed, DNS, TLS
    ReplicationTimeout, // the object did not replicate within the replication budget
    InvalidResponse, // not the JSON Graph promises
    SignIn, // the TokenProvider could not hand out a token (see tokenError)
    Cancelled, // GraphClient::cancel()
    Other, // any other HTTP status
};

struct GraphError
{
    GraphErrorType type = GraphErrorType::None;
    int httpStatus = 0;
    QString code; // Graph's error.code (e.g. Request_ResourceNotFound)
    QString message; // Graph's error.message, for people and support; never branched on
    QString requestId; // the request-id of the last attempt
    QString clientRequestId; // ours, sent on the last attempt
    QJsonObject error; // Graph's whole "error" object (details, innerError)
    Error tokenError; // type == SignIn: what the TokenProvider said
    // The request may have been carried out although no (good) answer came back: timeout, dropped
    // connection or 5xx. A create with this flag must be looked up before it is tried again.
    bool answerLost = false;

    bool isError() const { return type != GraphErrorType::None; }
    // Maps to the product's errors: 403 -> GraphRefused, network failures -> Network, SignIn ->
    // the provider's error, Cancelled -> Cancelled, others -> GraphRefused / Internal.
    Error toError() const;
};

QString graphErrorTypeName(GraphErrorType type);

struct GraphResponse
{
    int httpStatus = 0;
    QJsonObject json; // the body (empty for 204); for getAll(): {"value": [all pages]}
    QString requestId;
    qint64 retryAfterMs = -1; // the Retry-After of a 429/503 answer, -1 if none
    GraphError error;

    bool ok() const { return !error.isError(); }
};

struct GraphRequest
{
    // Whether the client may send the request again after a lost answer (timeout, drop, 5xx).
    // Auto: GET, PUT, PATCH and DELETE yes; POST no (a 429 is always retried: nothing happened).
    enum class Replay { Auto, Always, Never };

    QByteArray method = "GET";
    QString path; // below /v1.0, with an optional query: "/applications(appId='...')?$select=id"
    std::optional<QJsonObject> body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers, e.g. Prefer
    Replay replay = Replay::Auto;
    // The request refers to objects that exist but may not have replicated yet (just created):
    // 404 Request_ResourceNotFound, 400 "does not reference a valid application object" and
    // reference errors are retried with backoff within GraphPolicy::replicationBudget, and
    // progress() says "Waiting for the directory to replicate…".
    bool awaitReplication = false;

    static GraphRequest get(const QString &path);
    static GraphRequest post(const QString &path, const QJsonObject &body);
    static GraphRequest patch(const QString &path, const QJsonObject &body);
    static GraphRequest del(const QString &path);
    GraphRequest &withHeader(const QByteArray &name, const QByteArray &value);
    GraphRequest &replication(bool await = true);
    bool isReplayable() const;
};

// Retry and timeout settings (Graph throttling guidance; entra-leap-facts §4). Tests shrink them.
struct GraphPolicy
{
    std::chrono::milliseconds requestTimeout {30000}; // per attempt (setTransferTimeout)
    int maxAttempts = 6; // per request, for 429 / 503 / 504 / 5xx / lost connections
    std::chrono::milliseconds backoffBase {1000}; // exponential: base * 2^n, with jitter
    std::chrono::milliseconds backoffMax {32000};
    std::chrono::milliseconds totalBudget {180000}; // time spent retrying one request, at most
    double jitter = 0.25; // +- fraction of each backoff
    std::chrono::milliseconds replicationBudget {180000}; // waiting for a new object, at most
    std::chrono::milliseconds replicationBackoffBase {1000};
    std::chrono::milliseconds replicationBackoffMax {16000};

    // Small values for tests: everything in milliseconds.
    static GraphPolicy fastForTests();
};

// The one client for Microsoft Graph v1.0: asynchronous, every request with an access token from
// the TokenProvider, a client-request-id, a timeout and retries per Graph's guidance; typed
// errors. Logs method, path, status and request-id only (category leap.graph): never a token,
// a body or a secretText.
class GraphClient : public QObject
{
    Q_OBJECT
public:
    // `nam` and `tokens` must outlive the client.
    GraphClient(QNetworkAccessManager *nam, const Endpoints &endpoints, TokenProvider *tokens,
                QObject *parent = nullptr);
    ~GraphClient() override;

    const Endpoints &endpoints() const { return m_endpoints; }
    void setPolicy(const GraphPolicy &policy) { m_policy = policy; }
    const GraphPolicy &policy() const { return m_policy; }

    // One request with retries. A successful response has a 2xx status.
    QCoro::Task<GraphResponse> send(GraphRequest request);
    // A GET of a collection, following @odata.nextLink (only within this Graph root). The
    // response's json is {"value": [every item of every page]}.
    QCoro::Task<GraphResponse> getAll(GraphRequest request);
    // Independent requests in JSON batches of at most 20 (POST /$batch). The answer has one
    // response per request, in the order given. Items answered 429/503/504 are sent again (in a
    // new batch) per the policy; replication waits apply to items that ask for them.
    QCoro::Task<QList<GraphResponse>> batch(QList<GraphRequest> requests);

    // Aborts every request in flight and makes every waiting call (backoff, replication wait)
    // return GraphErrorType::Cancelled. Requests started afterwards run normally.
    void cancel();

    // Helper for paths: a single-quoted OData key value ('' for ').
    static QString quoted(const QString &value);
    // A Retry-After header (delta-seconds or HTTP-date) in milliseconds from now; -1 if absent
    // or unreadable.
    static qint64 parseRetryAfter(const QByteArray &value);

Q_SIGNALS:
    // For people: "Waiting for the directory to replicate…", "Microsoft Graph is busy; retrying
    // in 5 s…".
    void progress(const QString &message);
    void cancelRequested(); // internal: wakes waiting coroutines

private:
    struct Attempt;
    QCoro::Task<GraphResponse> sendOnce(const GraphRequest &request, const QString &token,
                                        quint64 generation);
    QCoro::Task<bool> wait(std::chrono::milliseconds delay, quint64 generation);
    std::chrono::milliseconds backoff(int attempt, std::chrono::milliseconds base,
                                      std::chrono::milliseconds max) const;
    QUrl urlFor(const QString &path) const;

    QNetworkAccessManager *m_nam;
    Endpoints m_endpoints;
    TokenProvider *m_tokens;
    GraphPolicy m_policy;
    quint64 m_generation = 0;
    QSet<QNetworkReply *> m_inFlight;
};

} // namespace leap
