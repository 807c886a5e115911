#pragma once

#include "model/error.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace leap {

// National clouds (entra-leap-facts §5.1). Names are the contract's `--cloud` values.
enum class Cloud { Global, UsGov, UsGovDod, China };

QString cloudName(Cloud cloud); // "global", "usgov", "usgov-dod", "china"
std::optional<Cloud> cloudFromName(const QString &name); // case-insensitive
QString cloudDisplayName(Cloud cloud); // translated, for people
// Maps a discovery document's `cloud_instance_name` (microsoftonline.com, microsoftonline.us,
// chinacloudapi.cn) to a cloud. usgov and usgov-dod share a login host, so both map to UsGov.
std::optional<Cloud> cloudFromInstanceName(const QString &instanceName);

// Where the identity platform and Graph live for one profile: the cloud's defaults, or overrides
// (--authority / --graph). URLs carry no trailing slash.
struct Endpoints
{
    Cloud cloud = Cloud::Global;
    QUrl authority; // e.g. https://login.microsoftonline.com
    QUrl graph; // e.g. https://graph.microsoft.com

    static Endpoints forCloud(Cloud cloud);

    // {authority}/{tenant}/v2.0/.well-known/openid-configuration
    QUrl discovery(const QString &tenant) const;
    QUrl authorize(const QString &tenant) const; // {authority}/{tenant}/oauth2/v2.0/authorize
    QUrl token(const QString &tenant) const; // {authority}/{tenant}/oauth2/v2.0/token
    QUrl deviceCode(const QString &tenant) const; // {authority}/{tenant}/oauth2/v2.0/devicecode
    // {graph}/v1.0 + path; path starts with '/', may carry a query ("/applications?$top=1").
    QUrl graphV1(const QString &pathAndQuery) const;
    // A delegated scope on this cloud's Graph: "{graph}/{permission}" or "{graph}/.default".
    QString graphScope(const QString &permission) const;
    // The admin-consent URL to hand to someone who holds the role.
    QUrl adminConsent(const QString &tenantId, const QString &appId) const;
};

// Validates an --authority/--graph override: https, or plain http for loopback only; no user
// info, query or fragment. `field` names the option in the message.
Result<QUrl> validateEndpointUrl(const QString &value, const QString &field);

} // namespace leap
