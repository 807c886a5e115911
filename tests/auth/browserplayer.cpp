#include "browserplayer.h"

#include <QCoro/QCoroNetworkReply>
#include <QNetworkCookieJar>
#include <QNetworkRequest>
#include <QRegularExpression>

BrowserPlayer::BrowserPlayer()
{
    nam.setCookieJar(new QNetworkCookieJar(&nam));
}

static QCoro::Task<Page> finish(QNetworkReply *reply)
{
    co_await reply;
    Page page;
    page.url = reply->url();
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.error = reply->error();
    page.body = reply->readAll();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        page.location = reply->url().resolved(QUrl::fromEncoded(location));
    reply->deleteLater();
    co_return page;
}

static QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setTransferTimeout(10000);
    return r;
}

QCoro::Task<Page> BrowserPlayer::get(QUrl url)
{
    visited.append(url);
    co_return co_await finish(nam.get(request(url)));
}

QCoro::Task<Page> BrowserPlayer::post(QUrl url, QUrlQuery form)
{
    visited.append(url);
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArrayLiteral("application/x-www-form-urlencoded"));
    QByteArray body;
    for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    co_return co_await finish(nam.post(r, body));
}

QCoro::Task<Page> BrowserPlayer::open(QUrl url, int maxHops)
{
    Page page = co_await get(url);
    co_return co_await follow(page, maxHops);
}

QCoro::Task<Page> BrowserPlayer::follow(Page page, int maxHops)
{
    while (page.isRedirect() && maxHops-- > 0)
        page = co_await get(page.location);
    co_return page;
}

static QString decodeEntities(QString s)
{
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

QUrlQuery BrowserPlayer::formFields(const QByteArray &html, QString *action, QString *method)
{
    const QString text = QString::fromUtf8(html);
    QUrlQuery fields;
    static const QRegularExpression formRe(QStringLiteral("<form([^>]*)>(.*?)</form>"),
                                           QRegularExpression::DotMatchesEverythingOption |
                                               QRegularExpression::CaseInsensitiveOption);
    const auto form = formRe.match(text);
    if (!form.hasMatch())
        return fields;
    static const QRegularExpression attrRe(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    const auto attrs = [](const QString &tag) {
        QMap<QString, QString> out;
        auto it = attrRe.globalMatch(tag);
        while (it.hasNext()) {
            const auto m = it.next();
            out.insert(m.captured(1).toLower(), decodeEntities(m.captured(2)));
        }
        return out;
    };
    const auto formAttrs = attrs(form.captured(1));
    if (action)
        *action = formAttrs.value(QStringLiteral("action"));
    if (method)
        *method = formAttrs.value(QStringLiteral("method"), QStringLiteral("get"));
    static const QRegularExpression inputRe(QStringLiteral("<input([^>]*)>"),
                                            QRegularExpression::CaseInsensitiveOption);
    auto it = inputRe.globalMatch(form.captured(2));
    while (it.hasNext()) {
        const auto a = attrs(it.next().captured(1));
        if (a.contains(QStringLiteral("name")))
            fields.addQueryItem(a.value(QStringLiteral("name")), a.value(QStringLiteral("value")));
    }
    return fields;
}

QString BrowserPlayer::elementText(const QByteArray &html, const QString &id)
{
    const QRegularExpression re(
        QStringLiteral("id=\"%1\"[^>]*>(.*?)</").arg(QRegularExpression::escape(id)),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(QString::fromUtf8(html));
    return m.hasMatch() ? m.captured(1) : QString();
}
