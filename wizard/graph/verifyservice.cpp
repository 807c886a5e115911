#include "graph/verifyservice.h"

#include "graph/graphclient.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include <algorithm>

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VerifyService", text);
}

const QStringList &requiredRoles()
{
    static const QStringList roles {QStringLiteral("User.ReadBasic.All"),
                                    QStringLiteral("Group.Read.All")};
    return roles;
}

QByteArray formField(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

// Entra appends "Trace ID: … Correlation ID: … Timestamp: …" to every description; people need
// only the sentence before it.
QString firstPart(const QString &description)
{
    const qsizetype trace = description.indexOf(QLatin1String(" Trace ID:"));
    return (trace > 0 ? description.left(trace) : description).trimmed();
}

QString rotateCommand(const Profile &profile)
{
    return QStringLiteral("leap-entra-setup --profile %1 rotate-secret").arg(profile.name);
}

QString configureCommand(const Profile &profile)
{
    return QStringLiteral("leap-entra-setup --profile %1 configure").arg(profile.name);
}

Error verificationError(const QString &message, const QString &fix, const QString &code = {},
                        int httpStatus = 0, const QString &requestId = {})
{
    Error e = Error::make(ErrorKind::Verification, message, fix);
    e.code = code;
    e.httpStatus = httpStatus;
    e.requestId = requestId;
    return e;
}

Error consentMissing(const Profile &profile, const Endpoints &endpoints, const QStringList &missing)
{
    return verificationError(
        tr("The application's token does not carry the application permission %1: admin consent "
           "is missing or was removed, so Leap could not look up users and groups.")
            .arg(missing.join(QStringLiteral(" and "))),
        tr("Run `%1` as a Privileged Role Administrator or Global Administrator to grant it, or "
           "send this admin-consent address to one: %2")
            .arg(configureCommand(profile),
                 endpoints.adminConsent(profile.tenantId, profile.appId).toString()),
        QStringLiteral("roles_missing"));
}

// Cause and fix for the token endpoint's AADSTS codes (entra-leap-facts §6).
Error tokenError(const Profile &profile, const Endpoints &endpoints, int aadsts,
                 const QString &error, const QString &description, int status,
                 const QString &correlationId)
{
    const QString code = QStringLiteral("AADSTS%1").arg(aadsts);
    switch (aadsts) {
    case 7000215:
        return verificationError(
            tr("Microsoft Entra ID rejected the client secret (AADSTS7000215: invalid client "
               "secret). Either the stored value is wrong, or the secret's ID (a GUID) was used "
               "where its value belongs."),
            tr("Make sure Leap and the keychain hold the secret's Value, not its Secret ID. If "
               "the value is lost or wrong, create a new one with `%1`.")
                .arg(rotateCommand(profile)),
            code, status, correlationId);
    case 7000222:
        return verificationError(tr("The client secret has expired (AADSTS7000222). Nobody can "
                                    "sign in to Leap with it."),
                                 tr("Create a new secret with `%1`, put it into Leap, then "
                                    "retire the expired one.")
                                     .arg(rotateCommand(profile)),
                                 code, status, correlationId);
    case 700016:
        return verificationError(
            tr("The application %1 was not found in tenant %2 (AADSTS700016).")
                .arg(profile.appId, profile.tenantId),
            tr("Check that the profile names the right tenant. If the application was deleted, "
               "run `%1` to register it again.")
                .arg(configureCommand(profile)),
            code, status, correlationId);
    case 90002:
        return verificationError(
            tr("The tenant %1 was not found at %2 (AADSTS90002).")
                .arg(profile.tenantId, endpoints.authority.toString()),
            tr("Check the tenant ID and the cloud (--cloud global, usgov, usgov-dod or china): "
               "a tenant exists in one cloud only."),
            code, status, correlationId);
    default:
        break;
    }
    return verificationError(tr("The token endpoint refused the client credentials: %1 (%2).")
                                 .arg(firstPart(description), error),
                             tr("Check the application in the Microsoft Entra admin center, or "
                                "run `%1` to repair it.")
                                 .arg(configureCommand(profile)),
                             aadsts ? code : error, status, correlationId);
}

} // namespace

struct VerifyService::Attempt
{
    enum class Outcome { Ok, Retry, Fail };
    Outcome outcome = Outcome::Fail;
    Error error; // Retry: what is reported if the budget runs out; Fail: the result
    QString token; // Ok of a token request: the access token (memory only)
    QJsonObject json; // Ok of a read
};

VerifyOptions VerifyOptions::fastForTests()
{
    VerifyOptions o;
    o.budget = std::chrono::milliseconds(3000);
    o.backoffBase = std::chrono::milliseconds(50);
    o.backoffMax = std::chrono::milliseconds(400);
    o.requestTimeout = std::chrono::milliseconds(5000);
    return o;
}

QStringList jwtRoles(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    QStringList roles;
    for (const QJsonValue &v : claims.value(QStringLiteral("roles")).toArray())
        roles << v.toString();
    return roles;
}

VerifyService::VerifyService(QNetworkAccessManager *nam, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_nam(nam), m_secrets(secrets)
{
}

void VerifyService::cancel()
{
    ++m_generation;
    // abort() resumes the waiting coroutine at once, which edits the list: walk a copy.
    const QList<QPointer<QNetworkReply>> inFlight = m_replies;
    for (const QPointer<QNetworkReply> &reply : inFlight) {
        if (reply)
            reply->abort();
    }
}

QCoro::Task<bool> VerifyService::pause(std::chrono::milliseconds delay)
{
    const quint64 generation = m_generation;
    QElapsedTimer timer;
    timer.start();
    // Short slices so cancel() is noticed quickly.
    while (timer.elapsed() < delay.count()) {
        const auto slice = std::min<qint64>(100, delay.count() - timer.elapsed());
        co_await QCoro::sleepFor(std::chrono::milliseconds(std::max<qint64>(slice, 1)));
        if (generation != m_generation)
            co_return false;
    }
    co_return true;
}

QCoro::Task<VerifyService::Attempt> VerifyService::requestToken(const Endpoints &endpoints,
                                                                const Profile &profile,
                                                                const QString &secretValue)
{
    QNetworkRequest request(endpoints.token(profile.tenantId));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("client-request-id",
                         QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    request.setTransferTimeout(int(m_options.requestTimeout.count()));
    const QByteArray body = formField("client_id", profile.appId) + '&' +
                            formField("scope", endpoints.graphScope(QStringLiteral(".default"))) +
                            '&' + formField("client_secret", secretValue) + '&' +
                            formField("grant_type", QStringLiteral("client_credentials"));

    QNetworkReply *reply = m_nam->post(request, body);
    m_replies.append(reply);
    co_await reply;
    reply->deleteLater();
    m_replies.removeAll(reply);

    Attempt a;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    qCInfo(lcGraph, "verify: client-credentials token for app %s: HTTP %d",
           qPrintable(profile.appId), status);

    if (status == 200 && json.contains(QStringLiteral("access_token"))) {
        a.outcome = Attempt::Outcome::Ok;
        a.token = json.value(QStringLiteral("access_token")).toString();
        co_return a;
    }
    if (status == 0) {
        a.outcome = Attempt::Outcome::Retry;
        a.error = Error::make(
            ErrorKind::Network,
            tr("No answer from the token endpoint %1 (%2).")
                .arg(endpoints.token(profile.tenantId).toString(), reply->errorString()),
            tr("Check the network connection, a proxy, and the cloud or "
               "--authority of the profile."));
        co_return a;
    }
    if (status == 429 || status >= 500) {
        a.outcome = Attempt::Outcome::Retry;
        a.error = Error::make(ErrorKind::Network,
                              tr("The token endpoint is busy or failing (HTTP %1).").arg(status),
                              tr("Try again in a few minutes."));
        a.error.httpStatus = status;
        co_return a;
    }
    const int aadsts = json.value(QStringLiteral("error_codes")).toArray().at(0).toInt();
    qCInfo(lcGraph, "verify: token endpoint refused: AADSTS%d (%s), correlation %s", aadsts,
           qPrintable(json.value(QStringLiteral("error")).toString()),
           qPrintable(json.value(QStringLiteral("correlation_id")).toString()));
    a.error = tokenError(profile, endpoints, aadsts, json.value(QStringLiteral("error")).toString(),
                         json.value(QStringLiteral("error_description")).toString(), status,
                         json.value(QStringLiteral("correlation_id")).toString());
    // Right after a secret or the application was created these two are replication, not a
    // wrong credential (entra-leap-facts §4.2).
    a.outcome =
        (aadsts == 7000215 || aadsts == 700016) ? Attempt::Outcome::Retry : Attempt::Outcome::Fail;
    co_return a;
}

QCoro::Task<VerifyService::Attempt>
VerifyService::readOne(const Endpoints &endpoints, const QString &token, const QString &what)
{
    QNetworkRequest request(endpoints.graphV1(QLatin1Char('/') + what +
                                              QStringLiteral("?$top=1&$select=id,displayName")));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("client-request-id",
                         QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    request.setTransferTimeout(int(m_options.requestTimeout.count()));
    QNetworkReply *reply = m_nam->get(request);
    m_replies.append(reply);
    co_await reply;
    reply->deleteLater();
    m_replies.removeAll(reply);

    Attempt a;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("request-id"));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    qCInfo(lcGraph, "verify: GET /%s with the app token: HTTP %d request-id %s", qPrintable(what),
           status, qPrintable(requestId));
    if (status == 200) {
        a.outcome = Attempt::Outcome::Ok;
        a.json = json;
        co_return a;
    }
    const QJsonObject err = json.value(QStringLiteral("error")).toObject();
    const QString code = err.value(QStringLiteral("code")).toString();
    if (status == 0 || status == 429 || status >= 500) {
        a.outcome = Attempt::Outcome::Retry;
        a.error = Error::make(
            ErrorKind::Network,
            tr("Microsoft Graph did not answer the read of %1 (%2).")
                .arg(what, status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString()),
            tr("Check the network connection and try again."));
        a.error.httpStatus = status;
        co_return a;
    }
    // 401/403 right after consent is replication; if it lasts, consent is missing.
    a.outcome = (status == 401 || status == 403) ? Attempt::Outcome::Retry : Attempt::Outcome::Fail;
    a.error = verificationError(tr("Microsoft Graph refused to read %1 with the application's "
                                   "token (HTTP %2 %3).")
                                    .arg(what)
                                    .arg(status)
                                    .arg(code),
                                QString(), code, status, requestId);
    co_return a;
}

QCoro::Task<Result<VerifyReport>> VerifyService::verify(Profile profile)
{
    const Endpoints endpoints = profile.endpoints();
    co_return co_await verify(std::move(profile), endpoints);
}

QCoro::Task<Result<VerifyReport>> VerifyService::verify(Profile profile, Endpoints endpoints,
                                                        VerifyScope scope)
{
    const SecretInfo *current = profile.currentSecret();
    if (profile.tenantId.isEmpty() || profile.appId.isEmpty() || !current) {
        co_return verificationError(
            tr("The profile \"%1\" has no application with a current client secret to verify.")
                .arg(profile.name),
            tr("Run `%1` first.").arg(configureCommand(profile)), QStringLiteral("no_secret"));
    }
    if (!m_secrets) {
        co_return Error::make(ErrorKind::Internal,
                              tr("Verification needs the keychain, which was not given."));
    }
    const QString keyId = current->keyId;
    const quint64 generation = m_generation;
    Result<QString> value = co_await m_secrets->readSecret(profile.tenantId, profile.appId, keyId);
    if (generation != m_generation)
        co_return Error::make(ErrorKind::Cancelled, tr("Verification was cancelled."));
    if (!value) {
        if (value.error().kind == ErrorKind::NotFound) {
            co_return verificationError(
                tr("The value of the current client secret %1 is not in this computer's "
                   "keychain, so it cannot be tested here.")
                    .arg(keyId),
                tr("Verify on the computer that created it, or create a new secret with `%1`.")
                    .arg(rotateCommand(profile)),
                QStringLiteral("not_in_keychain"));
        }
        co_return value.error();
    }
    co_return co_await verifySecret(std::move(profile), std::move(endpoints), keyId,
                                    std::move(*value), scope);
}

QCoro::Task<Result<VerifyReport>> VerifyService::verifySecret(Profile profile, Endpoints endpoints,
                                                              QString keyId, QString secretValue,
                                                              VerifyScope scope)
{
    const quint64 generation = m_generation;
    const auto cancelled = [] {
        return Error::make(ErrorKind::Cancelled, tr("Verification was cancelled."));
    };
    if (secretValue.isEmpty()) {
        co_return verificationError(tr("The client secret value is empty."),
                                    tr("Paste the secret's Value, not its Secret ID."),
                                    QStringLiteral("empty_secret"));
    }

    QElapsedTimer clock;
    clock.start();
    VerifyReport report;
    report.keyId = keyId;
    Error last;
    for (int attempt = 1;; ++attempt) {
        report.attempts = attempt;
        Attempt result = co_await requestToken(endpoints, profile, secretValue);
        if (generation != m_generation)
            co_return cancelled();

        if (result.outcome == Attempt::Outcome::Ok) {
            const QString token = std::move(result.token);
            report.roles = jwtRoles(token);
            QStringList missing;
            for (const QString &role : requiredRoles()) {
                if (!report.roles.contains(role))
                    missing << role;
            }
            if (!missing.isEmpty()) {
                result.outcome = Attempt::Outcome::Retry;
                result.error = consentMissing(profile, endpoints, missing);
            } else if (scope == VerifyScope::TokenOnly) {
                report.elapsedMs = clock.elapsed();
                qCInfo(lcGraph, "verify: app %s token works (roles %s) after %d attempt(s)",
                       qPrintable(profile.appId), qPrintable(report.roles.join(u',')), attempt);
                co_return report;
            } else {
                // One user and one group, read concurrently (one round trip, not two). Both
                // tasks are awaited before anything returns: they hold references to these
                // locals.
                const QString usersPath = QStringLiteral("users");
                const QString groupsPath = QStringLiteral("groups");
                auto readUsers = readOne(endpoints, token, usersPath);
                auto readGroups = readOne(endpoints, token, groupsPath);
                Attempt users = co_await readUsers;
                Attempt groups = co_await readGroups;
                if (generation != m_generation)
                    co_return cancelled();
                if (users.outcome == Attempt::Outcome::Ok &&
                    groups.outcome == Attempt::Outcome::Ok) {
                    const QJsonObject user =
                        users.json.value(QStringLiteral("value")).toArray().at(0).toObject();
                    const QJsonObject group =
                        groups.json.value(QStringLiteral("value")).toArray().at(0).toObject();
                    report.userId = user.value(QStringLiteral("id")).toString();
                    report.userDisplayName = user.value(QStringLiteral("displayName")).toString();
                    report.groupId = group.value(QStringLiteral("id")).toString();
                    report.groupDisplayName = group.value(QStringLiteral("displayName")).toString();
                    report.elapsedMs = clock.elapsed();
                    qCInfo(lcGraph, "verify: app %s works (roles %s) after %d attempt(s)",
                           qPrintable(profile.appId), qPrintable(report.roles.join(u',')), attempt);
                    co_return report;
                }
                result = users.outcome == Attempt::Outcome::Ok ? groups : users;
                if (result.error.kind == ErrorKind::Verification) {
                    // The token holds the roles, yet the read is refused: consent is lagging or
                    // was removed after the token was issued.
                    result.error.fix =
                        tr("Wait a few minutes and verify again. If it persists, run `%1` as a "
                           "Privileged Role Administrator or Global Administrator, or send this "
                           "admin-consent address to one: %2")
                            .arg(
                                configureCommand(profile),
                                endpoints.adminConsent(profile.tenantId, profile.appId).toString());
                }
            }
        }
        if (result.outcome == Attempt::Outcome::Fail)
            co_return result.error;

        last = result.error;
        const qint64 remaining = m_options.budget.count() - clock.elapsed();
        if (remaining <= 0)
            break;
        const qint64 backoff = std::min<qint64>(m_options.backoffMax.count(),
                                                m_options.backoffBase.count() *
                                                    (qint64(1) << std::min(attempt - 1, 16)));
        const qint64 delay = std::min(backoff, remaining);
        const QString reason = last.code.isEmpty() ? last.message : last.code;
        Q_EMIT progress(tr("Waiting for the directory to replicate (%1)… retrying in %2 s.")
                            .arg(reason)
                            .arg(QString::number(double(delay) / 1000.0, 'f', 1)));
        if (!co_await pause(std::chrono::milliseconds(delay)))
            co_return cancelled();
    }
    qCInfo(lcGraph, "verify: gave up after %d attempt(s), %lld ms: %s", report.attempts,
           clock.elapsed(), qPrintable(last.code));
    co_return last;
}

} // namespace leap
