#pragma once

// A small TokenProvider for tests: signs the sandbox administrator in with the device code flow
// (the sandbox must have autoApprove on) over plain HTTP, keeps the tokens in memory, and refreshes
// only when asked to (forceRefresh) so that GraphClient's 401 → refresh → retry path is exercised.
// Counts what it did so tests can assert it.

#include "auth/tokenprovider.h"
#include "model/cloud.h"

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <chrono>

namespace leap::test {

class SandboxTokens : public TokenProvider
{
    Q_OBJECT
public:
    SandboxTokens(QNetworkAccessManager *nam, Endpoints endpoints, QString tenant,
                  QObject *parent = nullptr)
        : TokenProvider(parent), m_nam(nam), m_endpoints(std::move(endpoints)),
          m_tenant(std::move(tenant))
    {
    }

    int signIns = 0;
    int refreshes = 0;
    int forcedCalls = 0;
    QString lastError;

    QCoro::Task<Result<QString>> accessToken(bool forceRefresh = false) override
    {
        if (forceRefresh)
            ++forcedCalls;
        if (!m_access.isEmpty() && !forceRefresh)
            co_return QString(m_access); // a copy: QCoro 0.8 moves from lvalues
        if (!m_refresh.isEmpty()) {
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
            form.addQueryItem(QStringLiteral("client_id"), clientId());
            form.addQueryItem(QStringLiteral("refresh_token"), m_refresh);
            form.addQueryItem(QStringLiteral("scope"), scopes());
            const QJsonObject o = co_await post(m_endpoints.token(m_tenant), form);
            if (o.contains(QStringLiteral("access_token"))) {
                ++refreshes;
                take(o);
                co_return QString(m_access); // a copy: QCoro 0.8 moves from lvalues
            }
        }
        QUrlQuery dc;
        dc.addQueryItem(QStringLiteral("client_id"), clientId());
        dc.addQueryItem(QStringLiteral("scope"), scopes());
        const QJsonObject code = co_await post(m_endpoints.deviceCode(m_tenant), dc);
        const QString deviceCode = code.value(QStringLiteral("device_code")).toString();
        if (deviceCode.isEmpty())
            co_return Error::make(ErrorKind::SignIn,
                                  QStringLiteral("device code failed: ") + lastError);
        for (int i = 0; i < 50; ++i) {
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"),
                              QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
            form.addQueryItem(QStringLiteral("client_id"), clientId());
            form.addQueryItem(QStringLiteral("device_code"), deviceCode);
            const QJsonObject o = co_await post(m_endpoints.token(m_tenant), form);
            if (o.contains(QStringLiteral("access_token"))) {
                ++signIns;
                take(o);
                co_return QString(m_access); // a copy: QCoro 0.8 moves from lvalues
            }
            const QString err = o.value(QStringLiteral("error")).toString();
            if (err != QLatin1String("authorization_pending") && err != QLatin1String("slow_down"))
                break;
            co_await QCoro::sleepFor(std::chrono::milliseconds(1100));
        }
        co_return Error::make(ErrorKind::SignIn, QStringLiteral("sign-in failed: ") + lastError);
    }

    // Forget the access token (keep the refresh token): the next call refreshes.
    void dropAccessToken() { m_access.clear(); }

private:
    static QString clientId() { return QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"); }
    static QString scopes()
    {
        return QStringLiteral("https://graph.microsoft.com/Application.ReadWrite.All "
                              "https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All "
                              "https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All "
                              "openid profile offline_access");
    }
    void take(const QJsonObject &o)
    {
        m_access = o.value(QStringLiteral("access_token")).toString();
        const QString refresh = o.value(QStringLiteral("refresh_token")).toString();
        if (!refresh.isEmpty())
            m_refresh = refresh;
    }
    QCoro::Task<QJsonObject> post(QUrl url, QUrlQuery form)
    {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        req.setTransferTimeout(10000);
        QNetworkReply *reply = m_nam->post(req, form.query(QUrl::FullyEncoded).toUtf8());
        co_await reply;
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        if (o.contains(QStringLiteral("error")))
            lastError = o.value(QStringLiteral("error")).toString();
        co_return o;
    }

    QNetworkAccessManager *m_nam;
    Endpoints m_endpoints;
    QString m_tenant;
    QString m_access;
    QString m_refresh;
};

} // namespace leap::test
