#include "sandboxfixture.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace leap::testsupport {

namespace {

QNetworkAccessManager &nam()
{
    // One for the test process, owned by the application so it dies before Qt does; connections
    // are reused as in the product.
    static QPointer<QNetworkAccessManager> manager;
    if (!manager)
        manager = new QNetworkAccessManager(QCoreApplication::instance());
    return *manager;
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString tokenError(const HttpResult &r)
{
    if (r.status == 0)
        return QStringLiteral("no answer: %1").arg(r.networkError);
    const QJsonObject o = r.json();
    return QStringLiteral("HTTP %1 %2: %3")
        .arg(r.status)
        .arg(o.value(QStringLiteral("error")).toString(),
             o.value(QStringLiteral("error_description")).toString());
}

TokenSet tokensFrom(const HttpResult &r)
{
    TokenSet t;
    t.response = r.json();
    if (r.status != 200) {
        t.error = tokenError(r);
        return t;
    }
    t.accessToken = t.response.value(QStringLiteral("access_token")).toString();
    t.refreshToken = t.response.value(QStringLiteral("refresh_token")).toString();
    t.idToken = t.response.value(QStringLiteral("id_token")).toString();
    if (t.accessToken.isEmpty())
        t.error = QStringLiteral("token response without access_token");
    return t;
}

QUrl endpoint(const QUrl &authority, const QString &tenant, const QString &path)
{
    QUrl u = authority;
    u.setPath(QLatin1Char('/') + tenant + path);
    return u;
}

} // namespace

HttpResult httpRaw(const QByteArray &method, const QUrl &url, const QByteArray &body,
                   const HeaderList &headers, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam().sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult r;
    if (!reply->isFinished()) {
        reply->abort();
        r.networkError = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.status == 0)
        r.networkError = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

HttpResult http(const QByteArray &method, const QUrl &url, const QString &bearer,
                const QJsonObject &jsonBody, const HeaderList &headers, int timeoutMs)
{
    HeaderList all = headers;
    if (!bearer.isEmpty())
        all.append(
            qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + bearer.toLatin1())));
    QByteArray body;
    if (!jsonBody.isEmpty() || method == "POST" || method == "PATCH") {
        body = QJsonDocument(jsonBody).toJson(QJsonDocument::Compact);
        all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    return httpRaw(method, url, body, all, timeoutMs);
}

HttpResult httpForm(const QUrl &url, const QList<QPair<QString, QString>> &fields, int timeoutMs)
{
    return httpRaw("POST", url, formEncode(fields),
                   {{"Content-Type", "application/x-www-form-urlencoded"}}, timeoutMs);
}

QStringList defaultAdminScopes()
{
    return {QStringLiteral("https://graph.microsoft.com/Application.ReadWrite.All"),
            QStringLiteral("https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All"),
            QStringLiteral("https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All"),
            QStringLiteral("openid"),
            QStringLiteral("profile"),
            QStringLiteral("offline_access")};
}

TokenSet signInWithDeviceCode(const QUrl &authority, const QString &tenant, const QString &clientId,
                              const QStringList &scopes, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    const HttpResult code =
        httpForm(endpoint(authority, tenant, QStringLiteral("/oauth2/v2.0/devicecode")),
                 {{QStringLiteral("client_id"), clientId},
                  {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}});
    if (code.status != 200) {
        TokenSet t;
        t.response = code.json();
        t.error = QStringLiteral("devicecode: ") + tokenError(code);
        return t;
    }
    const QJsonObject dc = code.json();
    const QString deviceCode = dc.value(QStringLiteral("device_code")).toString();
    int interval = dc.value(QStringLiteral("interval")).toInt(5);
    bool approved = false;
    for (;;) {
        const HttpResult poll =
            httpForm(endpoint(authority, tenant, QStringLiteral("/oauth2/v2.0/token")),
                     {{QStringLiteral("grant_type"),
                       QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                      {QStringLiteral("client_id"), clientId},
                      {QStringLiteral("device_code"), deviceCode}});
        const QString error = poll.json().value(QStringLiteral("error")).toString();
        if (error == QLatin1String("authorization_pending") && !approved) {
            // Play the person: enter the user code on the verification page and approve.
            const HttpResult page =
                httpForm(QUrl(dc.value(QStringLiteral("verification_uri")).toString()),
                         {{QStringLiteral("otc"), dc.value(QStringLiteral("user_code")).toString()},
                          {QStringLiteral("action"), QStringLiteral("approve")}});
            if (page.status != 200) {
                TokenSet t;
                t.error = QStringLiteral("devicelogin page answered HTTP %1").arg(page.status);
                return t;
            }
            approved = true;
        } else if (error == QLatin1String("slow_down")) {
            interval += 5;
        } else if (error != QLatin1String("authorization_pending")) {
            return tokensFrom(poll);
        }
        if (deadline.remainingTime() < interval * 1000) {
            TokenSet t;
            t.error = QStringLiteral("device-code sign-in timed out");
            return t;
        }
        waitMs(interval * 1000);
    }
}

TokenSet signInWithBrowser(const QUrl &authority, const QString &tenant, const QString &clientId,
                           const QStringList &scopes, const QString &redirectUri, int timeoutMs)
{
    QByteArray verifierBytes(32, Qt::Uninitialized);
    for (auto &b : verifierBytes)
        b = char(QRandomGenerator::global()->bounded(256));
    const QString verifier = QString::fromLatin1(
        verifierBytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString challenge = QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString state = QString::number(QRandomGenerator::global()->generate());
    const QList<QPair<QString, QString>> params {
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("redirect_uri"), redirectUri},
        {QStringLiteral("response_mode"), QStringLiteral("query")},
        {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
        {QStringLiteral("state"), state},
        {QStringLiteral("code_challenge"), challenge},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    QUrl authorize = endpoint(authority, tenant, QStringLiteral("/oauth2/v2.0/authorize"));
    QUrlQuery q;
    for (const auto &p : params)
        q.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
    authorize.setQuery(q);
    TokenSet t;
    HttpResult r = httpRaw("GET", authorize, {}, {}, timeoutMs);
    if (r.status == 200) {
        // The consent page: press "Accept" (the form posts the same parameters back).
        auto fields = params;
        fields.append({QStringLiteral("decision"), QStringLiteral("approve")});
        QUrl post = authorize;
        post.setQuery(QString());
        r = httpForm(post, fields, timeoutMs);
    }
    if (r.status != 302) {
        t.error = QStringLiteral("authorize answered HTTP %1: %2")
                      .arg(r.status)
                      .arg(QString::fromUtf8(r.body.left(300)));
        return t;
    }
    const QUrl location(QString::fromUtf8(r.header("location")));
    const QUrlQuery back(location);
    if (back.hasQueryItem(QStringLiteral("error"))) {
        t.error = back.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded) +
                  QLatin1Char(' ') +
                  back.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        return t;
    }
    if (back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != state) {
        t.error = QStringLiteral("state mismatch in the redirect");
        return t;
    }
    const HttpResult token = httpForm(
        endpoint(authority, tenant, QStringLiteral("/oauth2/v2.0/token")),
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
         {QStringLiteral("client_id"), clientId},
         {QStringLiteral("code"), back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)},
         {QStringLiteral("redirect_uri"), redirectUri},
         {QStringLiteral("code_verifier"), verifier},
         {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))}},
        timeoutMs);
    return tokensFrom(token);
}

// ---- SandboxFixture -----------------------------------------------------------------------------

SandboxFixture::SandboxFixture() : m_server(std::make_unique<leap::sandbox::SandboxServer>())
{
    m_server->setDeviceCodeIntervalSec(1);
    m_ok = m_server->listen(QHostAddress::LocalHost, 0);
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::ok() const
{
    return m_ok;
}

QUrl SandboxFixture::baseUrl() const
{
    return m_server->baseUrl();
}

QUrl SandboxFixture::graphRoot() const
{
    return m_server->graphRoot();
}

QUrl SandboxFixture::graphV1(const QString &pathAndQuery) const
{
    return QUrl(graphRoot().toString() + QStringLiteral("/v1.0") + pathAndQuery);
}

QString SandboxFixture::tenantId() const
{
    return m_server->tenantId();
}

TokenSet SandboxFixture::signInAdminTokens(const QStringList &scopes)
{
    return signInWithDeviceCode(baseUrl(), tenantId(), m_server->publicClientId(), scopes);
}

QString SandboxFixture::signInAdmin(const QStringList &scopes, QString *error)
{
    const TokenSet t = signInAdminTokens(scopes);
    if (error)
        *error = t.error;
    return t.ok() ? t.accessToken : QString();
}

// ---- ExternalSandbox ----------------------------------------------------------------------------

ExternalSandbox::ExternalSandbox() = default;

ExternalSandbox::~ExternalSandbox()
{
    if (m_process.state() != QProcess::NotRunning)
        stop(5000);
}

QString ExternalSandbox::binaryPath()
{
    const QByteArray dir = qgetenv("LEAP_BINARY_DIR");
    return QString::fromLocal8Bit(dir) + QStringLiteral("/app/leap-entra-sandbox");
}

bool ExternalSandbox::start(const QStringList &extraArgs, QString *error, int timeoutMs)
{
    m_process.setProgram(binaryPath());
    m_process.setArguments(QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                           extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        if (error)
            *error =
                QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine() && !deadline.hasExpired() &&
           m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("listening on "))) {
        if (error)
            *error = QStringLiteral("unexpected first line '%1'; stderr: %2")
                         .arg(line, QString::fromUtf8(stderrText()));
        return false;
    }
    m_base = QUrl(line.mid(int(qstrlen("listening on "))));
    return m_base.isValid();
}

int ExternalSandbox::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QUrl ExternalSandbox::graphRoot() const
{
    QUrl u = m_base;
    u.setPath(QStringLiteral("/graph"));
    return u;
}

bool ExternalSandbox::control(const QString &what, const QJsonObject &body)
{
    QUrl u = m_base;
    u.setPath(QStringLiteral("/_sandbox/") + what);
    const HttpResult r = http("POST", u, {}, body);
    return r.status >= 200 && r.status < 300;
}

} // namespace leap::testsupport
