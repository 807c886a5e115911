#pragma once

#include "model/cloud.h"
#include "model/error.h"

#include <QCoro/QCoroTask>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace leap {
class Cancellation;
}

namespace leap {

// What a tenant's OpenID Connect discovery document says, as far as sign-in needs it.
struct OpenIdConfiguration
{
    QUrl discoveryUrl; // where it was read from
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl deviceAuthorizationEndpoint; // may be empty (a server without the device grant)
    QString tenantId; // the GUID in the issuer; empty for organizations/common ("{tenantid}")
    QString cloudInstanceName; // Entra's `cloud_instance_name`; empty for other servers
    // The cloud the document belongs to, from cloud_instance_name (nullopt if unknown).
    std::optional<Cloud> documentCloud() const;
};

// Parses a discovery document. Errors are of kind SignIn (not a discovery document).
Result<OpenIdConfiguration> parseOpenIdConfiguration(const QJsonObject &json, const QUrl &source);

// The error when the tenant lives in another cloud than the one chosen: kind SignIn, code
// kWrongCloudCode, field "--cloud", message and fix naming the right cloud.
inline constexpr auto kWrongCloudCode = "wrong_cloud";
Error wrongCloudError(Cloud chosen, Cloud actual);
// usgov and usgov-dod share one login host, so either matches a microsoftonline.us document.
bool sameLoginCloud(Cloud a, Cloud b);

// Reads {authority}/{tenant}/v2.0/.well-known/openid-configuration (Endpoints::discovery).
// AADSTS90002 becomes "tenant not found: wrong name or wrong cloud"; no answer within the
// timeout or a transport failure is kind Network. Checks nothing about the cloud: see
// SignInSession, which compares documentCloud() with the chosen cloud.
class Discovery
{
public:
    explicit Discovery(QNetworkAccessManager *nam) : m_nam(nam) { }

    QCoro::Task<Result<OpenIdConfiguration>>
    fetch(Endpoints endpoints, QString tenant,
          std::chrono::milliseconds timeout = std::chrono::seconds(30),
          Cancellation *cancel = nullptr);

private:
    QNetworkAccessManager *m_nam;
};

} // namespace leap
