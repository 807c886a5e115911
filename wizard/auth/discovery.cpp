#include "auth/discovery.h"

#include "auth/aadsts.h"
#include "auth/authhttp.h"
#include "auth/authlog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SignIn", text);
}

} // namespace

std::optional<Cloud> OpenIdConfiguration::documentCloud() const
{
    if (cloudInstanceName.isEmpty())
        return std::nullopt;
    return cloudFromInstanceName(cloudInstanceName);
}

Result<OpenIdConfiguration> parseOpenIdConfiguration(const QJsonObject &json, const QUrl &source)
{
    OpenIdConfiguration c;
    c.discoveryUrl = source;
    c.issuer = json.value(QLatin1String("issuer")).toString();
    c.authorizationEndpoint =
        QUrl(json.value(QLatin1String("authorization_endpoint")).toString(), QUrl::StrictMode);
    c.tokenEndpoint =
        QUrl(json.value(QLatin1String("token_endpoint")).toString(), QUrl::StrictMode);
    c.deviceAuthorizationEndpoint = QUrl(
        json.value(QLatin1String("device_authorization_endpoint")).toString(), QUrl::StrictMode);
    c.cloudInstanceName = json.value(QLatin1String("cloud_instance_name")).toString();

    // https, or plain http to this machine only (the sandbox, a local test server): a discovery
    // document must not send the authorization code or a refresh token over plain http to
    // another host (found by tests/fuzz/fuzz_discovery).
    const auto usable = [](const QUrl &url) {
        if (!url.isValid() || url.host().isEmpty())
            return false;
        if (url.scheme() == QLatin1String("https"))
            return true;
        if (url.scheme() != QLatin1String("http"))
            return false;
        QHostAddress address;
        return url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
               (address.setAddress(url.host()) && address.isLoopback());
    };
    if (c.issuer.isEmpty() || !usable(c.authorizationEndpoint) || !usable(c.tokenEndpoint)) {
        Error e = Error::make(ErrorKind::SignIn,
                              tr("The sign-in server's discovery document at %1 is incomplete "
                                 "(issuer, authorization or token endpoint missing).")
                                  .arg(source.toString()),
                              tr("Check --authority: it must be the login host of a Microsoft "
                                 "identity platform, such as https://login.microsoftonline.com."));
        e.code = QStringLiteral("invalid_discovery_document");
        return e;
    }
    if (!c.deviceAuthorizationEndpoint.isEmpty() && !usable(c.deviceAuthorizationEndpoint))
        c.deviceAuthorizationEndpoint.clear();

    // Entra's issuer is {authority}/{tid}/v2.0; for organizations/common it carries the literal
    // placeholder "{tenantid}", and the tenant is only known from the id token.
    static const QRegularExpression guid(QStringLiteral(
        "/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/|$)"));
    const auto m = guid.match(QUrl(c.issuer).path());
    if (m.hasMatch())
        c.tenantId = m.captured(1).toLower();
    return c;
}

bool sameLoginCloud(Cloud a, Cloud b)
{
    const auto login = [](Cloud c) {
        return c == Cloud::UsGovDod ? Cloud::UsGov : c;
    };
    return login(a) == login(b);
}

Error wrongCloudError(Cloud chosen, Cloud actual)
{
    Error e = Error::make(
        ErrorKind::SignIn,
        tr("This tenant lives in %1, not in %2 as chosen.")
            .arg(cloudDisplayName(actual), cloudDisplayName(chosen)),
        tr("Choose the cloud \"%1\" (--cloud %1) and sign in again.").arg(cloudName(actual)));
    e.code = QString::fromLatin1(kWrongCloudCode);
    e.field = QStringLiteral("--cloud");
    return e;
}

QCoro::Task<Result<OpenIdConfiguration>> Discovery::fetch(Endpoints endpoints, QString tenant,
                                                          std::chrono::milliseconds timeout,
                                                          Cancellation *cancel)
{
    const QUrl url = endpoints.discovery(tenant);
    qCInfo(lcAuth) << "discovery" << url;
    const HttpResult http = co_await getUrl(m_nam, url, timeout, cancel);
    if (http.cancelled)
        co_return Error::make(ErrorKind::Cancelled, tr("Sign-in was cancelled."));
    if (http.noAnswer()) {
        Error e =
            Error::make(ErrorKind::Network,
                        http.timedOut ? tr("The sign-in server %1 did not answer in time.")
                                            .arg(endpoints.authority.host())
                                      : tr("Could not reach the sign-in server %1: %2.")
                                            .arg(endpoints.authority.host(), http.errorString),
                        tr("Check the network connection, proxy and --authority, then try again."));
        e.code = QStringLiteral("network");
        co_return e;
    }
    if (http.status != 200) {
        if (http.status >= 500) {
            Error e = Error::make(ErrorKind::Network,
                                  tr("The sign-in server answered HTTP %1.").arg(http.status),
                                  tr("Try again in a few minutes."));
            e.httpStatus = http.status;
            co_return e;
        }
        Error e = identityError(http.body, http.status, SignInMethod::DeviceCode);
        if (e.code.isEmpty() || e.code == QLatin1String("invalid_tenant") || http.status == 404) {
            // Not Entra's JSON: most likely a wrong tenant name or a wrong --authority.
            const SignInAdvice a =
                adviceFor(QStringLiteral("AADSTS90002"), SignInMethod::DeviceCode);
            e.message = a.cause;
            e.fix = a.fix;
            if (e.code.isEmpty())
                e.code = QStringLiteral("AADSTS90002");
        }
        e.field = QStringLiteral("--tenant");
        co_return e;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(http.body, &parseError);
    if (!doc.isObject()) {
        Error e = Error::make(ErrorKind::SignIn,
                              tr("%1 did not return a discovery document.").arg(url.toString()),
                              tr("Check --authority: it must be the login host of a Microsoft "
                                 "identity platform, such as https://login.microsoftonline.com."));
        e.code = QStringLiteral("invalid_discovery_document");
        co_return e;
    }
    co_return parseOpenIdConfiguration(doc.object(), url);
}

} // namespace leap
