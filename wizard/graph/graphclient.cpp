#include "graph/graphclient.h"

#include "auth/authhttp.h"
#include "auth/tokenprovider.h"

#include <QCoreApplication>
#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroSignal>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcGraph, "leap.graph")

using namespace std::chrono_literals;

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GraphClient", text);
}

// innerError / innererror, request-id / requestId: Graph spells them several ways.
QJsonValue valueCI(const QJsonObject &o, QLatin1String key)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

GraphErrorType typeForStatus(int status)
{
    switch (status) {
    case 400:
        return GraphErrorType::BadRequest;
    case 401:
        return GraphErrorType::Unauthorized;
    case 403:
        return GraphErrorType::Forbidden;
    case 404:
        return GraphErrorType::NotFound;
    case 409:
    case 412:
        return GraphErrorType::Conflict;
    case 429:
        return GraphErrorType::Throttled;
    default:
        break;
    }
    if (status >= 500 && status < 600)
        return GraphErrorType::ServerError;
    return GraphErrorType::Other;
}

// Fills the typed error from a non-2xx answer (status + Graph error body).
void fillHttpError(GraphResponse &r, const QJsonObject &body)
{
    r.error.type = typeForStatus(r.httpStatus);
    r.error.httpStatus = r.httpStatus;
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    r.error.error = error;
    r.error.code = error.value(QStringLiteral("code")).toString();
    r.error.message = error.value(QStringLiteral("message")).toString();
    if (r.requestId.isEmpty()) {
        const QJsonObject inner = valueCI(error, QLatin1String("innerError")).toObject();
        r.requestId = valueCI(inner, QLatin1String("request-id")).toString();
    }
    r.error.requestId = r.requestId;
    if (r.error.type == GraphErrorType::ServerError)
        r.error.answerLost = true; // a 5xx may follow a commit (commit-then-503)
}

bool isTransientStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

// The documented replication-delay errors: a just-created object that cannot be read or
// referenced yet. Only requests that declare they refer to such an object are retried, so a 404
// on a lookup by key still means "not there". The message text is consulted only for the 400s
// whose code (Request_BadRequest) is shared with genuine input errors; Graph documents no
// dedicated code for them.
bool isReplicationError(const GraphResponse &r)
{
    if (r.httpStatus == 404)
        return true;
    if (r.httpStatus == 400) {
        const QString m = r.error.message;
        return m.contains(QLatin1String("does not reference a valid application object"),
                          Qt::CaseInsensitive) ||
               m.contains(QLatin1String("Not a valid reference update"), Qt::CaseInsensitive) ||
               m.contains(QLatin1String("does not exist or one of its queried reference-property"),
                          Qt::CaseInsensitive) ||
               r.error.code == QLatin1String("Request_ResourceNotFound");
    }
    return false;
}

QString methodString(const QByteArray &method)
{
    return QString::fromLatin1(method);
}

QString pathOnly(const QString &path)
{
    const int q = path.indexOf(QLatin1Char('?'));
    return q < 0 ? path : path.left(q);
}

} // namespace

// --------------------------------------------------------------------------------------------
// GraphError

QString graphErrorTypeName(GraphErrorType type)
{
    switch (type) {
    case GraphErrorType::None:
        return QStringLiteral("none");
    case GraphErrorType::BadRequest:
        return QStringLiteral("bad-request");
    case GraphErrorType::Unauthorized:
        return QStringLiteral("unauthorized");
    case GraphErrorType::Forbidden:
        return QStringLiteral("forbidden");
    case GraphErrorType::NotFound:
        return QStringLiteral("not-found");
    case GraphErrorType::Conflict:
        return QStringLiteral("conflict");
    case GraphErrorType::Throttled:
        return QStringLiteral("throttled");
    case GraphErrorType::ServerError:
        return QStringLiteral("server-error");
    case GraphErrorType::Timeout:
        return QStringLiteral("timeout");
    case GraphErrorType::Connection:
        return QStringLiteral("connection");
    case GraphErrorType::ReplicationTimeout:
        return QStringLiteral("replication-timeout");
    case GraphErrorType::InvalidResponse:
        return QStringLiteral("invalid-response");
    case GraphErrorType::SignIn:
        return QStringLiteral("sign-in");
    case GraphErrorType::Cancelled:
        return QStringLiteral("cancelled");
    case GraphErrorType::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

Error GraphError::toError() const
{
    Error e;
    e.code = code;
    e.requestId = requestId;
    e.httpStatus = httpStatus;
    const QString said = message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message);
    switch (type) {
    case GraphErrorType::None:
        e.kind = ErrorKind::None;
        break;
    case GraphErrorType::Forbidden:
        e.kind = ErrorKind::GraphRefused;
        e.message = tr("Microsoft Graph refused the request: the signed-in account lacks the "
                       "permission or directory role it needs%1.")
                        .arg(said);
        e.fix = tr("Sign in as a Global Administrator or Privileged Role Administrator, or hand "
                   "the task to someone who is one.");
        break;
    case GraphErrorType::BadRequest:
    case GraphErrorType::Conflict:
    case GraphErrorType::Other:
        e.kind = ErrorKind::GraphRefused;
        e.message =
            tr("Microsoft Graph refused the request with status %1%2.").arg(httpStatus).arg(said);
        e.fix = tr("Check the tenant's policies and the message above; the request id helps "
                   "Microsoft support.");
        break;
    case GraphErrorType::NotFound:
        e.kind = ErrorKind::NotFound;
        e.message = tr("Microsoft Graph could not find the object%1.").arg(said);
        e.fix = tr("It may have been deleted in the tenant; run `status` to compare the profile "
                   "with the tenant.");
        break;
    case GraphErrorType::Unauthorized:
        e.kind = ErrorKind::SignIn;
        e.message = tr("Microsoft Graph no longer accepts the sign-in%1.").arg(said);
        e.fix = tr("Sign in again.");
        break;
    case GraphErrorType::Throttled:
        e.kind = ErrorKind::Network;
        e.message = tr("Microsoft Graph kept throttling the requests (HTTP 429) beyond the retry "
                       "limit.");
        e.fix = tr("Wait a few minutes and run the command again; it resumes where it stopped.");
        break;
    case GraphErrorType::ServerError:
        e.kind = ErrorKind::Network;
        e.message = tr("Microsoft Graph kept failing with HTTP %1%2.").arg(httpStatus).arg(said);
        e.fix = tr("Wait a few minutes and run the command again; it resumes where it stopped.");
        break;
    case GraphErrorType::Timeout:
        e.kind = ErrorKind::Network;
        e.message = tr("Microsoft Graph did not answer in time.");
        e.fix = tr("Check the network connection (and proxy), then run the command again; it "
                   "resumes where it stopped.");
        break;
    case GraphErrorType::Connection:
        e.kind = ErrorKind::Network;
        e.message = tr("Microsoft Graph could not be reached%1.").arg(said);
        e.fix = tr("Check the network connection (and proxy), then run the command again; it "
                   "resumes where it stopped.");
        break;
    case GraphErrorType::ReplicationTimeout:
        e.kind = ErrorKind::Network;
        e.message =
            tr("The directory did not finish replicating a new object in time%1.").arg(said);
        e.fix = tr("Wait a few minutes and run the command again; it resumes where it stopped.");
        break;
    case GraphErrorType::InvalidResponse:
        e.kind = ErrorKind::Internal;
        e.message = tr("Microsoft Graph sent an answer this program cannot read%1.").arg(said);
        e.fix = tr("Run again with --verbose and report the request id.");
        break;
    case GraphErrorType::SignIn:
        e = tokenError;
        if (e.kind == ErrorKind::None)
            e.kind = ErrorKind::SignIn;
        break;
    case GraphErrorType::Cancelled:
        e.kind = ErrorKind::Cancelled;
        e.message = tr("Cancelled.");
        break;
    }
    return e;
}

// --------------------------------------------------------------------------------------------
// GraphRequest

GraphRequest GraphRequest::get(const QString &path)
{
    GraphRequest r;
    r.method = "GET";
    r.path = path;
    return r;
}

GraphRequest GraphRequest::post(const QString &path, const QJsonObject &body)
{
    GraphRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    return r;
}

GraphRequest GraphRequest::patch(const QString &path, const QJsonObject &body)
{
    GraphRequest r;
    r.method = "PATCH";
    r.path = path;
    r.body = body;
    return r;
}

GraphRequest GraphRequest::del(const QString &path)
{
    GraphRequest r;
    r.method = "DELETE";
    r.path = path;
    return r;
}

GraphRequest &GraphRequest::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

GraphRequest &GraphRequest::replication(bool await)
{
    awaitReplication = await;
    return *this;
}

bool GraphRequest::isReplayable() const
{
    switch (replay) {
    case Replay::Always:
        return true;
    case Replay::Never:
        return false;
    case Replay::Auto:
        break;
    }
    return method != "POST";
}

GraphPolicy GraphPolicy::fastForTests()
{
    GraphPolicy p;
    p.requestTimeout = 5000ms;
    p.maxAttempts = 6;
    p.backoffBase = 20ms;
    p.backoffMax = 200ms;
    p.totalBudget = 10000ms;
    p.replicationBudget = 10000ms;
    p.replicationBackoffBase = 50ms;
    p.replicationBackoffMax = 400ms;
    return p;
}

// --------------------------------------------------------------------------------------------
// GraphClient

GraphClient::GraphClient(QNetworkAccessManager *nam, const Endpoints &endpoints,
                         TokenProvider *tokens, QObject *parent)
    : QObject(parent), m_nam(nam), m_endpoints(endpoints), m_tokens(tokens)
{
}

GraphClient::~GraphClient()
{
    cancel();
}

QString GraphClient::quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

qint64 GraphClient::parseRetryAfter(const QByteArray &value)
{
    return parseRetryAfterMs(value);
}

QUrl GraphClient::urlFor(const QString &path) const
{
    QString base = m_endpoints.graph.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Tolerant: spaces in $filter become %20, while $ ( ) ' = , reach Graph as written.
    return QUrl(base + QStringLiteral("/v1.0") + path, QUrl::TolerantMode);
}

void GraphClient::cancel()
{
    ++m_generation;
    QList<QPointer<QNetworkReply>> replies;
    for (QNetworkReply *r : std::as_const(m_inFlight))
        replies.append(r);
    for (const QPointer<QNetworkReply> &r : replies) {
        if (r)
            r->abort();
    }
    Q_EMIT cancelRequested();
}

std::chrono::milliseconds GraphClient::backoff(int attempt, std::chrono::milliseconds base,
                                               std::chrono::milliseconds max) const
{
    const double exp = double(base.count()) * std::pow(2.0, std::min(attempt, 20));
    const double capped = std::min(exp, double(max.count()));
    const double jitter = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) *
                          std::clamp(m_policy.jitter, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::max(1.0, capped * (1.0 + jitter))));
}

QCoro::Task<bool> GraphClient::wait(std::chrono::milliseconds delay, quint64 generation)
{
    // Wakes early when cancel() is called. Coarse timers may fire a little early; a Retry-After is
    // a promise to the server, so the rest is waited out.
    QElapsedTimer clock;
    clock.start();
    while (generation == m_generation) {
        const auto left = delay - std::chrono::milliseconds(clock.elapsed());
        if (left.count() <= 0)
            co_return true;
        const auto cancelled = co_await qCoro(this, &GraphClient::cancelRequested, left);
        if (cancelled.has_value())
            break;
    }
    co_return false;
}

QCoro::Task<GraphResponse> GraphClient::sendOnce(const GraphRequest &request, const QString &token,
                                                 quint64 generation)
{
    GraphResponse r;
    const QString clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QNetworkRequest nr(urlFor(request.path));
    nr.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    nr.setRawHeader("Accept", "application/json");
    nr.setRawHeader("client-request-id", clientRequestId.toLatin1());
    nr.setRawHeader("return-client-request-id", "true");
    QByteArray payload;
    if (request.body) {
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    }
    for (const auto &[name, value] : request.headers)
        nr.setRawHeader(name, value);
    // Graph never redirects; following one would carry the token elsewhere.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setTransferTimeout(int(m_policy.requestTimeout.count()));

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = request.body || request.method != "GET"
                               ? m_nam->sendCustomRequest(nr, request.method, payload)
                               : m_nam->get(nr);
    m_inFlight.insert(reply);
    // setTransferTimeout covers a stalled transfer; this bound covers everything else.
    const bool finished =
        co_await qCoro(reply).waitForFinished(m_policy.requestTimeout + m_policy.requestTimeout);
    m_inFlight.remove(reply);
    if (!finished)
        reply->abort();
    reply->deleteLater();

    r.error.clientRequestId = clientRequestId;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.requestId = QString::fromLatin1(reply->rawHeader("request-id"));
    const QString what = methodString(request.method) + QLatin1Char(' ') + pathOnly(request.path);

    if (generation != m_generation) {
        r.error.type = GraphErrorType::Cancelled;
        r.error.answerLost = true; // it was sent; it may have been carried out
        qCInfo(lcGraph).noquote() << what << "cancelled";
        co_return r;
    }
    if (r.httpStatus == 0) {
        r.error.type = (!finished || reply->error() == QNetworkReply::OperationCanceledError ||
                        reply->error() == QNetworkReply::TimeoutError)
                           ? GraphErrorType::Timeout
                           : GraphErrorType::Connection;
        r.error.message = reply->errorString();
        r.error.answerLost = true;
        qCWarning(lcGraph).noquote() << what << "no answer:" << graphErrorTypeName(r.error.type)
                                     << reply->error() << "after" << clock.elapsed() << "ms";
        co_return r;
    }

    const QByteArray raw = reply->readAll();
    QJsonObject body;
    if (!raw.trimmed().isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            if (r.httpStatus >= 200 && r.httpStatus < 300) {
                r.error.type = GraphErrorType::InvalidResponse;
                r.error.httpStatus = r.httpStatus;
                r.error.requestId = r.requestId;
                qCWarning(lcGraph).noquote() << what << r.httpStatus << "unreadable body"
                                             << "request-id" << r.requestId;
                co_return r;
            }
        } else {
            body = doc.object();
        }
    }
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        r.json = body;
        qCDebug(lcGraph).noquote() << what << r.httpStatus << "request-id" << r.requestId << "in"
                                   << clock.elapsed() << "ms";
        co_return r;
    }
    fillHttpError(r, body);
    r.retryAfterMs = parseRetryAfterMs(reply->rawHeader("Retry-After"));
    qCInfo(lcGraph).noquote() << what << r.httpStatus << r.error.code << "request-id" << r.requestId
                              << "in" << clock.elapsed() << "ms";
    co_return r;
}

QCoro::Task<GraphResponse> GraphClient::send(GraphRequest request)
{
    const quint64 generation = m_generation;
    QElapsedTimer total;
    total.start();
    QElapsedTimer replicationClock;
    int attempt = 0; // transient failures so far
    int replicationAttempt = 0;
    bool refreshed = false;
    bool forceRefresh = false;

    const auto cancelled = [] {
        GraphResponse r;
        r.error.type = GraphErrorType::Cancelled;
        return r;
    };

    for (;;) {
        if (generation != m_generation)
            co_return cancelled();
        const Result<QString> token = co_await m_tokens->accessToken(forceRefresh);
        forceRefresh = false;
        if (generation != m_generation)
            co_return cancelled();
        if (!token) {
            GraphResponse r;
            r.error.type = token.error().kind == ErrorKind::Cancelled ? GraphErrorType::Cancelled
                                                                      : GraphErrorType::SignIn;
            r.error.tokenError = token.error();
            co_return r;
        }

        GraphResponse r = co_await sendOnce(request, token.value(), generation);
        if (r.ok() || r.error.type == GraphErrorType::Cancelled)
            co_return r;

        // An expired or revoked access token: one refresh, then the same request again.
        if (r.httpStatus == 401 && !refreshed &&
            (r.error.code.isEmpty() ||
             r.error.code == QLatin1String("InvalidAuthenticationToken"))) {
            refreshed = true;
            forceRefresh = true;
            qCInfo(lcGraph) << "access token refused; refreshing once";
            continue;
        }

        if (request.awaitReplication && isReplicationError(r)) {
            if (!replicationClock.isValid()) {
                replicationClock.start();
                Q_EMIT progress(tr("Waiting for the directory to replicate…"));
            }
            const auto elapsed = std::chrono::milliseconds(replicationClock.elapsed());
            if (elapsed >= m_policy.replicationBudget) {
                r.error.type = GraphErrorType::ReplicationTimeout;
                co_return r;
            }
            const auto delay =
                std::min(backoff(replicationAttempt++, m_policy.replicationBackoffBase,
                                 m_policy.replicationBackoffMax),
                         m_policy.replicationBudget - elapsed);
            qCDebug(lcGraph) << "replication wait" << delay.count() << "ms";
            if (!co_await wait(delay, generation))
                co_return cancelled();
            continue;
        }

        const bool transient = (r.httpStatus != 0 && isTransientStatus(r.httpStatus)) ||
                               r.error.type == GraphErrorType::Timeout ||
                               r.error.type == GraphErrorType::Connection;
        // A throttled request was not carried out; anything else may have been.
        const bool mayRepeat = r.httpStatus == 429 || request.isReplayable();
        if (!transient || !mayRepeat || attempt + 1 >= m_policy.maxAttempts)
            co_return r;

        const qint64 retryAfter = r.retryAfterMs;
        const auto delay = retryAfter >= 0
                               ? std::chrono::milliseconds(retryAfter)
                               : backoff(attempt, m_policy.backoffBase, m_policy.backoffMax);
        if (std::chrono::milliseconds(total.elapsed()) + delay > m_policy.totalBudget)
            co_return r;
        ++attempt;
        const qint64 seconds = (delay.count() + 999) / 1000;
        Q_EMIT progress(
            r.httpStatus == 429
                ? tr("Microsoft Graph is busy; retrying in %1 s…").arg(seconds)
                : tr("Microsoft Graph did not answer properly; retrying in %1 s…").arg(seconds));
        qCDebug(lcGraph) << "retry" << attempt << "in" << delay.count() << "ms";
        if (!co_await wait(delay, generation))
            co_return cancelled();
    }
}

QCoro::Task<GraphResponse> GraphClient::getAll(GraphRequest request)
{
    GraphResponse first = co_await send(request);
    if (!first.ok())
        co_return first;
    QJsonArray items = first.json.value(QStringLiteral("value")).toArray();
    QString next = first.json.value(QStringLiteral("@odata.nextLink")).toString();
    QString base = m_endpoints.graph.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    base += QStringLiteral("/v1.0");
    int pages = 1;
    while (!next.isEmpty()) {
        // Only follow links into the same Graph root: the token must not travel elsewhere.
        // Dot segments resolved first: ".../v1.0/../../x" is not below the root (found by
        // tests/fuzz/fuzz_graph_response).
        const QString link = QUrl(next, QUrl::TolerantMode)
                                 .adjusted(QUrl::NormalizePathSegments)
                                 .toString(QUrl::FullyEncoded);
        if (!link.startsWith(base + QLatin1Char('/')) &&
            !link.startsWith(base + QLatin1Char('?'))) {
            GraphResponse bad;
            bad.error.type = GraphErrorType::InvalidResponse;
            bad.error.message = tr("a next-page link points outside Microsoft Graph");
            qCWarning(lcGraph) << "refusing @odata.nextLink outside the Graph root";
            co_return bad;
        }
        GraphRequest page = request;
        page.path = link.mid(base.size());
        GraphResponse r = co_await send(page);
        if (!r.ok())
            co_return r;
        const QJsonArray more = r.json.value(QStringLiteral("value")).toArray();
        for (const QJsonValue &v : more)
            items.append(v);
        next = r.json.value(QStringLiteral("@odata.nextLink")).toString();
        if (++pages > 1000) {
            GraphResponse bad;
            bad.error.type = GraphErrorType::InvalidResponse;
            bad.error.message = tr("more than 1000 pages");
            co_return bad;
        }
    }
    GraphResponse all;
    all.httpStatus = 200;
    all.requestId = first.requestId;
    all.json = QJsonObject {{QStringLiteral("value"), items}};
    co_return all;
}

QCoro::Task<QList<GraphResponse>> GraphClient::batch(QList<GraphRequest> requests)
{
    constexpr int kMaxBatch = 20; // Graph's limit per $batch
    const quint64 generation = m_generation;
    QList<GraphResponse> results(requests.size());
    QList<int> pending;
    for (int i = 0; i < requests.size(); ++i)
        pending.append(i);
    QHash<int, int> attempts; // transient retries per item
    QHash<int, QElapsedTimer> replicationClocks;
    QElapsedTimer total;
    total.start();

    while (!pending.isEmpty()) {
        if (generation != m_generation) {
            for (int i : std::as_const(pending))
                results[i].error.type = GraphErrorType::Cancelled;
            co_return results;
        }
        QList<int> again;
        qint64 waitMs = 0;
        for (int from = 0; from < pending.size(); from += kMaxBatch) {
            const QList<int> chunk = pending.mid(from, kMaxBatch);
            QJsonArray items;
            bool replayable = true;
            for (int i : chunk) {
                const GraphRequest &q = requests[i];
                QJsonObject item {{QStringLiteral("id"), QString::number(i)},
                                  {QStringLiteral("method"), QString::fromLatin1(q.method)},
                                  {QStringLiteral("url"), q.path}};
                QJsonObject headers;
                for (const auto &[name, value] : q.headers)
                    headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
                if (q.body) {
                    headers.insert(QStringLiteral("Content-Type"),
                                   QStringLiteral("application/json"));
                    item.insert(QStringLiteral("body"), *q.body);
                }
                if (!headers.isEmpty())
                    item.insert(QStringLiteral("headers"), headers);
                items.append(item);
                replayable = replayable && q.isReplayable();
            }
            GraphRequest outer = GraphRequest::post(QStringLiteral("/$batch"),
                                                    {{QStringLiteral("requests"), items}});
            outer.replay = replayable ? GraphRequest::Replay::Always : GraphRequest::Replay::Never;
            const GraphResponse br = co_await send(outer);
            if (!br.ok()) {
                for (int i : chunk)
                    results[i] = br;
                continue;
            }
            QSet<int> answered;
            const QJsonArray responses = br.json.value(QStringLiteral("responses")).toArray();
            for (const QJsonValue &v : responses) {
                const QJsonObject o = v.toObject();
                bool ok = false;
                const int i = o.value(QStringLiteral("id")).toString().toInt(&ok);
                if (!ok || !chunk.contains(i) || answered.contains(i))
                    continue;
                answered.insert(i);
                GraphResponse r;
                r.httpStatus = o.value(QStringLiteral("status")).toInt();
                const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
                r.requestId = valueCI(headers, QLatin1String("request-id")).toString();
                const QJsonObject body = o.value(QStringLiteral("body")).toObject();
                if (r.httpStatus >= 200 && r.httpStatus < 300) {
                    r.json = body;
                    results[i] = r;
                    continue;
                }
                fillHttpError(r, body);
                results[i] = r;
                const GraphRequest &q = requests[i];
                if (q.awaitReplication && isReplicationError(r)) {
                    if (!replicationClocks.contains(i)) {
                        replicationClocks[i].start();
                        Q_EMIT progress(tr("Waiting for the directory to replicate…"));
                    }
                    if (std::chrono::milliseconds(replicationClocks[i].elapsed()) >=
                        m_policy.replicationBudget) {
                        results[i].error.type = GraphErrorType::ReplicationTimeout;
                        continue;
                    }
                    again.append(i);
                    waitMs = std::max<qint64>(waitMs, backoff(attempts[i]++,
                                                              m_policy.replicationBackoffBase,
                                                              m_policy.replicationBackoffMax)
                                                          .count());
                    continue;
                }
                const bool mayRepeat = r.httpStatus == 429 || q.isReplayable();
                if (isTransientStatus(r.httpStatus) && mayRepeat &&
                    attempts.value(i) + 1 < m_policy.maxAttempts) {
                    qint64 retryAfter = -1;
                    const QJsonValue ra = valueCI(headers, QLatin1String("Retry-After"));
                    if (ra.isDouble())
                        retryAfter = qint64(ra.toDouble()) * 1000;
                    else if (ra.isString())
                        retryAfter = parseRetryAfterMs(ra.toString().toLatin1());
                    const qint64 delay =
                        retryAfter >= 0
                            ? retryAfter
                            : backoff(attempts.value(i), m_policy.backoffBase, m_policy.backoffMax)
                                  .count();
                    if (total.elapsed() + delay > m_policy.totalBudget.count())
                        continue;
                    attempts[i]++;
                    again.append(i);
                    waitMs = std::max(waitMs, delay);
                }
            }
            for (int i : chunk) {
                if (!answered.contains(i)) {
                    results[i] = GraphResponse {};
                    results[i].error.type = GraphErrorType::InvalidResponse;
                    results[i].error.message = tr("the batch answer lacks an item");
                    results[i].error.answerLost = true;
                }
            }
        }
        pending = again;
        if (!pending.isEmpty()) {
            qCDebug(lcGraph) << "batch: retrying" << pending.size() << "items in" << waitMs << "ms";
            if (!co_await wait(std::chrono::milliseconds(waitMs), generation)) {
                for (int i : std::as_const(pending))
                    results[i].error.type = GraphErrorType::Cancelled;
                co_return results;
            }
        }
    }
    co_return results;
}

} // namespace leap
