#include "auth/devicecodeflow.h"

#include "auth/aadsts.h"
#include "auth/authlog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace leap {

namespace {

constexpr auto kDeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";

} // namespace

DeviceCodeFlow::DeviceCodeFlow(QNetworkAccessManager *nam, Cancellation *cancel, QObject *parent)
    : QObject(parent), m_nam(nam), m_cancel(cancel)
{
    qRegisterMetaType<leap::DeviceCodePrompt>();
}

QCoro::Task<Result<TokenSet>> DeviceCodeFlow::run(OpenIdConfiguration config, QString clientId,
                                                  QStringList scopes)
{
    using namespace std::chrono;
    if (config.deviceAuthorizationEndpoint.isEmpty()) {
        Error e = Error::make(ErrorKind::SignIn,
                              tr("This sign-in server does not offer device-code sign-in."),
                              tr("Sign in with the browser instead (--sign-in browser)."));
        e.code = QStringLiteral("device_code_unsupported");
        co_return e;
    }

    QUrlQuery start;
    start.addQueryItem(QStringLiteral("client_id"), clientId);
    start.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    const HttpResult started = co_await postForm(m_nam, config.deviceAuthorizationEndpoint, start,
                                                 m_requestTimeout, m_cancel);
    if (started.noAnswer())
        co_return TokenClient::transportError(started, config.deviceAuthorizationEndpoint);
    if (started.status != 200) {
        Result<TokenSet> failed = TokenClient::toTokens(started, SignInMethod::DeviceCode);
        co_return failed.error();
    }

    const QJsonObject o = QJsonDocument::fromJson(started.body).object();
    const QString deviceCode = o.value(QLatin1String("device_code")).toString();
    DeviceCodePrompt prompt;
    prompt.userCode = o.value(QLatin1String("user_code")).toString();
    QString verification = o.value(QLatin1String("verification_uri")).toString();
    if (verification.isEmpty()) // Entra's v1 endpoint spelled it verification_url
        verification = o.value(QLatin1String("verification_url")).toString();
    prompt.verificationUri = QUrl(verification);
    prompt.message = o.value(QLatin1String("message")).toString();
    const int expiresIn = o.value(QLatin1String("expires_in")).toInt(900);
    prompt.intervalSec = qMax(1, o.value(QLatin1String("interval")).toInt(5));
    prompt.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    if (deviceCode.isEmpty() || prompt.userCode.isEmpty() || !prompt.verificationUri.isValid()) {
        Error e = Error::make(ErrorKind::SignIn,
                              tr("The sign-in server's device-code answer was incomplete."),
                              tr("Try again, or sign in with the browser (--sign-in browser)."));
        e.code = QStringLiteral("invalid_device_code_response");
        co_return e;
    }
    if (prompt.message.isEmpty())
        prompt.message = tr("To sign in, use a web browser to open the page %1 and enter the code "
                            "%2 to authenticate.")
                             .arg(prompt.verificationUri.toString(), prompt.userCode);
    qCInfo(lcAuth) << "device code issued; polling every" << prompt.intervalSec << "s";
    Q_EMIT promptReady(prompt);

    const auto startedAt = steady_clock::now();
    const auto lifetime = qMin<milliseconds>(seconds(expiresIn), m_overallTimeout);
    milliseconds interval = seconds(prompt.intervalSec);
    if (m_intervalOverride.count() > 0)
        interval = m_intervalOverride;

    QUrlQuery poll;
    poll.addQueryItem(QStringLiteral("grant_type"), QString::fromLatin1(kDeviceCodeGrant));
    poll.addQueryItem(QStringLiteral("client_id"), clientId);
    poll.addQueryItem(QStringLiteral("device_code"), deviceCode);

    // Polls whose request failed in a row (no answer, or the service busy after its own retries):
    // a lost poll is not fatal, but a token endpoint that stays down ends the sign-in.
    constexpr int kMaxFailedPolls = 3;
    int failedPolls = 0;
    for (;;) {
        const auto elapsed = duration_cast<milliseconds>(steady_clock::now() - startedAt);
        if (elapsed + interval > lifetime) {
            Error e =
                Error::make(ErrorKind::SignIn, tr("The device code was not entered in time."),
                            tr("Start the sign-in again and enter the new code within %1 "
                               "minutes.")
                                .arg(qMax<qint64>(1, duration_cast<minutes>(lifetime).count())));
            e.code = QStringLiteral("timeout");
            co_return e;
        }
        if (!co_await sleepFor(interval, m_cancel))
            co_return Error::make(ErrorKind::Cancelled, tr("Sign-in was cancelled."));

        const HttpResult http =
            co_await postForm(m_nam, config.tokenEndpoint, poll, m_requestTimeout, m_cancel);
        if (http.cancelled)
            co_return Error::make(ErrorKind::Cancelled, tr("Sign-in was cancelled."));
        if (http.noAnswer()) {
            // One lost poll is not fatal: the code stays valid; try again next interval.
            qCWarning(lcAuth) << "device-code poll got no answer:" << http.errorString;
            if (++failedPolls >= kMaxFailedPolls)
                co_return TokenClient::toTokens(http, SignInMethod::DeviceCode).error();
            continue;
        }
        if (http.status == 200)
            co_return parseTokenResponse(http.body);
        failedPolls = http.status == 429 || http.status >= 500 ? failedPolls : 0;

        const QString error =
            QJsonDocument::fromJson(http.body).object().value(QLatin1String("error")).toString();
        if (error == QLatin1String("authorization_pending"))
            continue;
        if (error == QLatin1String("slow_down")) {
            // RFC 8628 §3.5: add 5 seconds to the interval for this and later polls.
            interval += seconds(5);
            qCInfo(lcAuth) << "slow_down: polling every" << interval.count() << "ms";
            continue;
        }
        Result<TokenSet> failed = TokenClient::toTokens(http, SignInMethod::DeviceCode);
        if (failed.error().kind == ErrorKind::Network && ++failedPolls < kMaxFailedPolls) {
            qCWarning(lcAuth) << "device-code poll failed with HTTP" << http.status;
            continue;
        }
        co_return failed.error();
    }
}

} // namespace leap
