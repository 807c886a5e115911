#include "httptypes.h"
#include "tokens.h"

#include <QDateTime>

namespace leap::sandbox {

SandboxResponse graphError(const SandboxRequest &request, int status, const QString &code,
                           const QString &message, const QJsonArray &details)
{
    QJsonObject inner {{QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(
                                                    QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                       {QStringLiteral("request-id"), request.requestId},
                       {QStringLiteral("client-request-id"), request.clientRequestId}};
    QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    error.insert(QStringLiteral("innerError"), inner);
    return SandboxResponse::json(status, QJsonObject {{QStringLiteral("error"), error}});
}

SandboxResponse entraError(const SandboxRequest &request, int status, const QString &error,
                           int aadsts, const QString &description)
{
    const QString traceId = tokens::newGuid();
    const QString correlationId =
        request.clientRequestId.isEmpty() ? tokens::newGuid() : request.clientRequestId;
    // Entra appends the ids and the time to every description.
    const QString text =
        QStringLiteral("AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5")
            .arg(aadsts)
            .arg(description, traceId, correlationId, tokens::entraTimestampNow());
    QJsonObject body {
        {QStringLiteral("error"), error},
        {QStringLiteral("error_description"), text},
        {QStringLiteral("error_codes"), QJsonArray {aadsts}},
        {QStringLiteral("timestamp"), tokens::entraTimestampNow()},
        {QStringLiteral("trace_id"), traceId},
        {QStringLiteral("correlation_id"), correlationId},
        {QStringLiteral("error_uri"),
         QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(aadsts)}};
    SandboxResponse r = SandboxResponse::json(status, body);
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

} // namespace leap::sandbox
