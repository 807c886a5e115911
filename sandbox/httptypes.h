#pragma once

// Transport-free request/response values: the handlers take a SandboxRequest and return a
// SandboxResponse, so the directory logic is testable without sockets and $batch can re-enter
// the same handlers.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace leap::sandbox {

struct SandboxRequest
{
    QByteArray method; // upper case
    QString path; // decoded path, e.g. /graph/v1.0/applications(appId='…')
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // keys lower case
    QByteArray body;
    // Set by the dispatcher: the id echoed in Graph's request-id header and error bodies.
    QString requestId;
    QString clientRequestId;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append(qMakePair(name, value));
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

    static SandboxResponse json(int status, const QJsonObject &object)
    {
        SandboxResponse r;
        r.status = status;
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }
    static SandboxResponse html(int status, const QString &page)
    {
        SandboxResponse r;
        r.status = status;
        r.setHeader("Content-Type", "text/html; charset=utf-8");
        r.body = page.toUtf8();
        return r;
    }
    static SandboxResponse redirect(const QUrl &location)
    {
        SandboxResponse r;
        r.status = 302;
        r.setHeader("Location", location.toEncoded());
        return r;
    }
    static SandboxResponse empty(int status)
    {
        SandboxResponse r;
        r.status = status;
        return r;
    }
};

// Graph's error body {"error":{"code","message","innerError":{date,request-id,client-request-id}}}.
SandboxResponse graphError(const SandboxRequest &request, int status, const QString &code,
                           const QString &message, const QJsonArray &details = {});
// The token endpoint's error body: error, error_description "AADSTSnnnn: …", error_codes,
// timestamp, trace_id, correlation_id, error_uri.
SandboxResponse entraError(const SandboxRequest &request, int status, const QString &error,
                           int aadsts, const QString &description);

} // namespace leap::sandbox
