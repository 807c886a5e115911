#pragma once

// Small HTTP helpers shared by the sign-in flows: every call has a timeout and can be cancelled.

#include <QByteArray>
#include <QCoro/QCoroTask>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;

namespace leap {

// Cancels whatever sign-in operation it was handed to. Shared by a session and its flows.
class Cancellation : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isCancelled() const { return m_cancelled; }
    void cancel();
    void reset() { m_cancelled = false; }

Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    bool cancelled = false;
    QString clientRequestId; // sent as client-request-id; Entra uses it as correlation id
    qint64 retryAfterMs = -1; // the answer's Retry-After, -1 when it had none
    int attempts = 1; // transient answers (429, 5xx) are retried a few times

    // No HTTP answer at all (connection refused, DNS, TLS, timeout, cancel).
    bool noAnswer() const { return status == 0; }
};

// Both retry a transient answer (429, 500, 502, 503, 504; for a GET also a dropped connection)
// up to three attempts, honouring Retry-After up to 30 s, else backing off 0.5 s then 1 s (with
// jitter). Timeouts and cancellation are never retried: they already took their time.
// POSTs an application/x-www-form-urlencoded body; never follows redirects.
QCoro::Task<HttpResult> postForm(QNetworkAccessManager *nam, QUrl url, QUrlQuery form,
                                 std::chrono::milliseconds timeout, Cancellation *cancel);
QCoro::Task<HttpResult> getUrl(QNetworkAccessManager *nam, QUrl url,
                               std::chrono::milliseconds timeout, Cancellation *cancel);
// Waits `duration`; returns false (early) if cancelled.
QCoro::Task<bool> sleepFor(std::chrono::milliseconds duration, Cancellation *cancel);

// Retry-After: delta-seconds or an HTTP-date (RFC 9110 §10.2.3), in milliseconds from now;
// -1 when absent or unreadable.
qint64 parseRetryAfterMs(const QByteArray &value);

// Percent-encodes a form the way application/x-www-form-urlencoded needs it (QUrlQuery leaves
// '+' and '&' in values alone, which servers read as a space or a separator).
QByteArray encodeForm(const QUrlQuery &form);

} // namespace leap
