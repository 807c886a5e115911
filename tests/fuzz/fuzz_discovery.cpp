// Fuzz target: OpenID Connect discovery documents (auth/discovery.h parseOpenIdConfiguration).
// The document tells the product where to send the authorization code, the refresh token and
// the device code; an endpoint it accepts must be as safe as one typed with --authority:
// https, or plain http to this machine only.

#include "auth/discovery.h"
#include "fuzzsupport.h"
#include "model/validation.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

using namespace leap;

namespace {
void checkEndpoint(const QUrl &url, const char *name)
{
    if (url.isEmpty())
        return;
    // https, or plain http to this machine only.
    QHostAddress address;
    const bool loopback =
        url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        (address.setAddress(url.host()) && address.isLoopback());
    LEAP_FUZZ_CHECK(url.scheme() == QLatin1String("https") ||
                        (url.scheme() == QLatin1String("http") && loopback),
                    QStringLiteral("%1 accepted: %2").arg(QLatin1String(name), url.toString()));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::installQuietMessageHandler();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QUrl source(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/"
                                     "v2.0/.well-known/openid-configuration"));
    const Result<OpenIdConfiguration> config = parseOpenIdConfiguration(doc.object(), source);
    if (!config) {
        LEAP_FUZZ_CHECK(config.error().kind == ErrorKind::SignIn, config.error().text());
        LEAP_FUZZ_CHECK(!config.error().message.isEmpty() && !config.error().fix.isEmpty(),
                        config.error().details());
        return 0;
    }
    LEAP_FUZZ_CHECK(!config->issuer.isEmpty(), QStringLiteral("no issuer"));
    checkEndpoint(config->authorizationEndpoint, "authorization_endpoint");
    checkEndpoint(config->tokenEndpoint, "token_endpoint");
    checkEndpoint(config->deviceAuthorizationEndpoint, "device_authorization_endpoint");
    LEAP_FUZZ_CHECK(config->tenantId.isEmpty() || isGuid(config->tenantId), config->tenantId);
    LEAP_FUZZ_CHECK(config->tenantId == config->tenantId.toLower(), config->tenantId);
    const std::optional<Cloud> cloud = config->documentCloud();
    if (cloud) {
        for (const Cloud chosen : {Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China}) {
            if (!sameLoginCloud(chosen, *cloud)) {
                const Error e = wrongCloudError(chosen, *cloud);
                LEAP_FUZZ_CHECK(e.kind == ErrorKind::SignIn && !e.fix.isEmpty(), e.text());
            }
        }
    }
    return 0;
}
