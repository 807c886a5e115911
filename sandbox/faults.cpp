#include "faults.h"
#include "tokens.h"

#include <QRegularExpression>

namespace leap::sandbox {

std::optional<Fault> takeFault(QList<Fault> &faults, const QString &method, const QString &path)
{
    for (qsizetype i = 0; i < faults.size(); ++i) {
        Fault &f = faults[i];
        if (!f.method.isEmpty() && f.method != QLatin1String("*") &&
            f.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        const QRegularExpression re(f.path);
        if (!re.isValid() || !re.match(path).hasMatch())
            continue;
        const Fault hit = f;
        if (f.times > 0 && --f.times == 0)
            faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

SandboxResponse faultResponse(const Fault &fault, const SandboxRequest &request)
{
    SandboxResponse r;
    // A status the transport cannot write (faults added through the C++ API are not validated)
    // becomes a 500 rather than a crash.
    const int status = faultStatuses().contains(fault.status) ? fault.status : 500;
    if (request.path.startsWith(QLatin1String("/graph/"))) {
        QString code;
        QString message;
        switch (status) {
        case 429:
            code = QStringLiteral("TooManyRequests");
            message = QStringLiteral("Too many requests. Please retry after the time given in "
                                     "the Retry-After header.");
            break;
        case 500:
            code = QStringLiteral("InternalServerError");
            message = QStringLiteral("An internal server error occurred.");
            break;
        case 502:
            code = QStringLiteral("BadGateway");
            message = QStringLiteral("Bad gateway.");
            break;
        case 503:
            code = QStringLiteral("ServiceUnavailable");
            message = QStringLiteral("The service is temporarily unavailable. Please retry.");
            break;
        case 504:
            code = QStringLiteral("GatewayTimeout");
            message = QStringLiteral("The gateway did not receive a timely response.");
            break;
        default:
            code = QStringLiteral("UnknownError");
            message = QStringLiteral("An injected sandbox fault.");
        }
        r = graphError(request, status, code, message);
        if (status == 429)
            r.setHeader("x-ms-throttle-information", "WriteLimitExceeded");
    } else {
        const bool throttled = status == 429;
        r = entraError(request, status,
                       throttled ? QStringLiteral("temporarily_unavailable")
                                 : QStringLiteral("server_error"),
                       throttled ? 90055 : 90033,
                       throttled ? QStringLiteral("The request is throttled. Retry later.")
                                 : QStringLiteral("A transient error has occurred. Please try "
                                                  "again."));
    }
    if (fault.retryAfter >= 0)
        r.setHeader("Retry-After", QByteArray::number(fault.retryAfter));
    return r;
}

} // namespace leap::sandbox
