#include "auth/authhttp.h"

#include "auth/authlog.h"

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
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

namespace {

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
    QNetworkRequest request = makeRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam->post(request, encodeForm(form));
    co_return co_await finish(reply, timeout, cancel);
}

QCoro::Task<HttpResult> getUrl(QNetworkAccessManager *nam, QUrl url,
                               std::chrono::milliseconds timeout, Cancellation *cancel)
{
    QNetworkReply *reply = nam->get(makeRequest(url));
    co_return co_await finish(reply, timeout, cancel);
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
