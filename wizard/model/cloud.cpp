#include "model/cloud.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace leap {

QString cloudName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QStringLiteral("global");
    case Cloud::UsGov:
        return QStringLiteral("usgov");
    case Cloud::UsGovDod:
        return QStringLiteral("usgov-dod");
    case Cloud::China:
        return QStringLiteral("china");
    }
    return QStringLiteral("global");
}

std::optional<Cloud> cloudFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Cloud c : {Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China}) {
        if (cloudName(c) == n)
            return c;
    }
    return std::nullopt;
}

QString cloudDisplayName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QCoreApplication::translate("Cloud", "Microsoft Entra ID (global)");
    case Cloud::UsGov:
        return QCoreApplication::translate("Cloud", "Azure Government (GCC High)");
    case Cloud::UsGovDod:
        return QCoreApplication::translate("Cloud", "Azure Government (DoD)");
    case Cloud::China:
        return QCoreApplication::translate("Cloud", "Microsoft Azure operated by 21Vianet");
    }
    return {};
}

std::optional<Cloud> cloudFromInstanceName(const QString &instanceName)
{
    const QString n = instanceName.trimmed().toLower();
    if (n == QLatin1String("microsoftonline.com"))
        return Cloud::Global;
    if (n == QLatin1String("microsoftonline.us"))
        return Cloud::UsGov;
    if (n == QLatin1String("chinacloudapi.cn") || n == QLatin1String("partner.microsoftonline.cn"))
        return Cloud::China;
    return std::nullopt;
}

Endpoints Endpoints::forCloud(Cloud cloud)
{
    Endpoints e;
    e.cloud = cloud;
    switch (cloud) {
    case Cloud::Global:
        e.authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
        e.graph = QUrl(QStringLiteral("https://graph.microsoft.com"));
        break;
    case Cloud::UsGov:
        e.authority = QUrl(QStringLiteral("https://login.microsoftonline.us"));
        e.graph = QUrl(QStringLiteral("https://graph.microsoft.us"));
        break;
    case Cloud::UsGovDod:
        e.authority = QUrl(QStringLiteral("https://login.microsoftonline.us"));
        e.graph = QUrl(QStringLiteral("https://dod-graph.microsoft.us"));
        break;
    case Cloud::China:
        e.authority = QUrl(QStringLiteral("https://login.chinacloudapi.cn"));
        e.graph = QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn"));
        break;
    }
    return e;
}

static QUrl join(const QUrl &root, const QString &path)
{
    QString base = root.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path, QUrl::StrictMode);
}

QUrl Endpoints::discovery(const QString &tenant) const
{
    return join(authority, QLatin1Char('/') + tenant +
                               QStringLiteral("/v2.0/.well-known/openid-configuration"));
}

QUrl Endpoints::authorize(const QString &tenant) const
{
    return join(authority, QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/authorize"));
}

QUrl Endpoints::token(const QString &tenant) const
{
    return join(authority, QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"));
}

QUrl Endpoints::deviceCode(const QString &tenant) const
{
    return join(authority, QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/devicecode"));
}

QUrl Endpoints::graphV1(const QString &pathAndQuery) const
{
    // Graph paths carry characters such as $ ( ) ' = that must reach the server as written.
    return join(graph, QStringLiteral("/v1.0") + pathAndQuery);
}

QString Endpoints::graphScope(const QString &permission) const
{
    QString base = graph.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QLatin1Char('/') + permission;
}

QUrl Endpoints::adminConsent(const QString &tenantId, const QString &appId) const
{
    QUrl url = join(authority, QLatin1Char('/') + tenantId + QStringLiteral("/adminconsent"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), appId);
    url.setQuery(q);
    return url;
}

static bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress addr;
    return addr.setAddress(host) && addr.isLoopback();
}

Result<QUrl> validateEndpointUrl(const QString &value, const QString &field)
{
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("Endpoints", s);
    };
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (value.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return Error::badInput(
            field, tr("%1 is not a valid URL.").arg(field),
            tr("Give an absolute URL such as https://login.microsoftonline.com."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error::badInput(
            field, tr("%1 must not contain user info, a query or a fragment.").arg(field),
            tr("Give only the scheme, host, optional port and path."));
    const QString scheme = url.scheme().toLower();
    // StripTrailingSlash keeps a lone "/": drop it too, so roots never end in a slash.
    QUrl normalized = url.adjusted(QUrl::StripTrailingSlash);
    if (normalized.path() == QLatin1String("/"))
        normalized.setPath(QString());
    if (scheme == QLatin1String("https"))
        return normalized;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return normalized;
    if (scheme == QLatin1String("http"))
        return Error::badInput(
            field, tr("%1 uses plain http to a non-loopback host.").arg(field),
            tr("Use https; plain http is accepted only for 127.0.0.1, ::1 or localhost."));
    return Error::badInput(field, tr("%1 must use https.").arg(field),
                           tr("Give an https URL such as https://graph.microsoft.com."));
}

} // namespace leap
