#include "auth/authhttp.h"

#include "auth/authlog.h"

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTimer>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

namespace leap {

void Cancellation::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT cancelled();
}

QByteArray encodeForm(const QUrlQuery &form)
{
    QByteArray out;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

qint64 parseRetryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 || seconds > 7 * 24 * 3600 ? -1 : seconds * 1000;
    const QString text = QString::fromLatin1(v);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        when = QLocale::c().toDateTime(text.left(25), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

namespace {

constexpr int kMaxAttempts = 3;
constexpr qint64 kMaxRetryAfterMs = 30000;

// How long to wait before trying `result`'s request again; -1: do not.
qint64 retryDelayMs(const HttpResult &result, int attempt, bool idempotent)
{
    if (attempt >= kMaxAttempts || result.cancelled || result.timedOut)
        return -1;
    const int s = result.status;
    const bool transient =
        s == 429 || s == 500 || s == 502 || s == 503 || s == 504 || (s == 0 && idempotent);
    if (!transient)
        return -1;
    if (result.retryAfterMs >= 0)
        return result.retryAfterMs <= kMaxRetryAfterMs ? result.retryAfterMs : -1;
    const qint64 base = 500LL << (attempt - 1);
    return base + QRandomGenerator::global()->bounded(base / 4 + 1);
}

QCoro::Task<HttpResult> finish(QNetworkReply *reply, std::chrono::milliseconds timeout,
                               Cancellation *cancel)
{
    HttpResult result;
    QTimer timer;
    timer.setSingleShot(true);
    // abort() finishes the reply at once, which resumes this coroutine, which destroys `timer`:
    // queue it, so that never happens inside the timer's (or the canceller's) own signal.
    QObject::connect(&timer, &QTimer::timeout, reply, [&result, reply] {
        result.timedOut = true;
        QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    });
    timer.start(timeout);
    QMetaObject::Connection onCancel;
    if (cancel) {
        if (cancel->isCancelled()) {
            result.cancelled = true;
            reply->abort();
        }
        onCancel = QObject::connect(cancel, &Cancellation::cancelled, reply, [&result, reply] {
            result.cancelled = true;
            QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
        });
    }
    if (!reply->isFinished())
        co_await reply;
    timer.stop();
    QObject::disconnect(onCancel);
    result.clientRequestId = QString::fromLatin1(reply->request().rawHeader("client-request-id"));
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.retryAfterMs = parseRetryAfterMs(reply->rawHeader("Retry-After"));
    if (result.timedOut || result.cancelled)
        result.status = 0;
    if (result.status == 0)
        result.errorString = reply->errorString();
    else
        result.body = reply->readAll();
    qCDebug(lcAuth) << reply->operation() << reply->url().adjusted(QUrl::RemoveQuery) << "->"
                    << result.status << (result.timedOut ? "timed out" : "")
                    << (result.cancelled ? "cancelled" : "");
    reply->deleteLater();
    co_return result;
}

QNetworkRequest makeRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    // Entra echoes it as correlation_id: support can find the request even without an answer.
    request.setRawHeader("client-request-id",
                         QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    // Identity endpoints must never be answered from a cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

} // namespace

QCoro::Task<HttpResult> postForm(QNetworkAccessManager *nam, QUrl url, QUrlQuery form,
                                 std::chrono::milliseconds timeout, Cancellation *cancel)
{
    const QByteArray body = encodeForm(form);
    for (int attempt = 1;; ++attempt) {
        QNetworkRequest request = makeRequest(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam->post(request, body);
        HttpResult result = co_await finish(reply, timeout, cancel);
        result.attempts = attempt;
        const qint64 wait = retryDelayMs(result, attempt, false);
        if (wait < 0)
            co_return result;
        qCInfo(lcAuth) << "identity endpoint answered" << result.status << "; retrying in" << wait
                       << "ms";
        const bool waited = co_await sleepFor(std::chrono::milliseconds(wait), cancel);
        if (!waited)
            co_return result;
    }
}

QCoro::Task<HttpResult> getUrl(QNetworkAccessManager *nam, QUrl url,
                               std::chrono::milliseconds timeout, Cancellation *cancel)
{
    for (int attempt = 1;; ++attempt) {
        QNetworkReply *reply = nam->get(makeRequest(url));
        HttpResult result = co_await finish(reply, timeout, cancel);
        result.attempts = attempt;
        const qint64 wait = retryDelayMs(result, attempt, true);
        if (wait < 0)
            co_return result;
        qCInfo(lcAuth) << "identity endpoint answered" << result.status << "; retrying in" << wait
                       << "ms";
        const bool waited = co_await sleepFor(std::chrono::milliseconds(wait), cancel);
        if (!waited)
            co_return result;
    }
}

QCoro::Task<bool> sleepFor(std::chrono::milliseconds duration, Cancellation *cancel)
{
    if (cancel && cancel->isCancelled())
        co_return false;
    QTimer timer;
    timer.setSingleShot(true);
    // A coarse timer may fire 5% early; a poll interval is a minimum (RFC 8628 §3.5).
    timer.setTimerType(Qt::PreciseTimer);
    // Cancelling fires the timer at once, so the waiting coroutine always resumes.
    if (cancel)
        QObject::connect(cancel, &Cancellation::cancelled, &timer, [&timer] { timer.start(0); });
    timer.start(duration);
    co_await qCoro(timer).waitForTimeout();
    co_return !(cancel && cancel->isCancelled());
}

} // namespace leap
