// Fuzz target: answers of the token endpoint (auth/tokens.h parseTokenResponse,
// TokenClient::toTokens) and identity error bodies with AADSTS codes (auth/aadsts.h). These come
// from the network; the device-code poll reads the same bodies. Besides "never crash", a refusal
// must be explained to a person, and no token from the body may end up in an error's text.

#include "auth/aadsts.h"
#include "auth/tokens.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace leap;

namespace {

// Values a server sent that must never be shown: if an error text contains one, a token leaked
// into a message (unless the server itself repeated it in the error fields we do show).
void checkNoTokenInError(const Error &e, const QJsonObject &body)
{
    const QString shown = e.message + QLatin1Char('\n') + e.fix + QLatin1Char('\n') + e.details();
    const QString said = body.value(QLatin1String("error")).toString() + QLatin1Char('\n') +
                         body.value(QLatin1String("error_description")).toString() +
                         QLatin1Char('\n') +
                         body.value(QLatin1String("correlation_id")).toString() +
                         QLatin1Char('\n') + body.value(QLatin1String("trace_id")).toString();
    for (const char *key : {"access_token", "refresh_token", "id_token", "device_code", "code"}) {
        const QString value = body.value(QLatin1String(key)).toString();
        if (value.size() < 8 || said.contains(value))
            continue;
        LEAP_FUZZ_CHECK(!shown.contains(value),
                        QStringLiteral("%1 shown in: %2").arg(QLatin1String(key), shown));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::installQuietMessageHandler();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the HTTP status the body arrived with.
    static const int statuses[] = {200, 400, 401, 403, 404, 429, 500, 502, 503, 504, 0, 302};
    const int status = statuses[data[0] % (sizeof statuses / sizeof *statuses)];
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    const QJsonObject json = QJsonDocument::fromJson(body).object();

    const Result<TokenSet> parsed = parseTokenResponse(body);
    if (parsed) {
        LEAP_FUZZ_CHECK(parsed->isValid(), QStringLiteral("accepted without an access token"));
        (void)parsed->expiresWithin(std::chrono::seconds(300));
        (void)userFromIdToken(parsed->idToken);
    } else {
        LEAP_FUZZ_CHECK(parsed.error().kind == ErrorKind::SignIn, parsed.error().text());
        checkNoTokenInError(parsed.error(), json);
    }

    for (const SignInMethod method : {SignInMethod::Browser, SignInMethod::DeviceCode}) {
        HttpResult http;
        http.status = status;
        http.body = body;
        if (status == 0)
            http.errorString = QStringLiteral("Connection closed");
        const Result<TokenSet> tokens = TokenClient::toTokens(http, method);
        if (tokens) {
            LEAP_FUZZ_CHECK(status == 200 && tokens->isValid(), QString::number(status));
        } else {
            const Error &e = tokens.error();
            LEAP_FUZZ_CHECK(e.kind == ErrorKind::SignIn || e.kind == ErrorKind::Network, e.text());
            LEAP_FUZZ_CHECK(!e.message.isEmpty(), e.details());
            checkNoTokenInError(e, json);
        }

        const Error e = identityError(body, status, method);
        LEAP_FUZZ_CHECK(e.kind == ErrorKind::SignIn, e.text());
        LEAP_FUZZ_CHECK(!e.message.isEmpty() && !e.fix.isEmpty(), e.details());
        checkNoTokenInError(e, json);

        const Error a =
            authorizationError(json.value(QLatin1String("error")).toString(),
                               json.value(QLatin1String("error_description")).toString(), method);
        LEAP_FUZZ_CHECK(a.kind == ErrorKind::SignIn && !a.message.isEmpty(), a.details());
        (void)adviceFor(json.value(QLatin1String("error")).toString(), method);
    }
    const int number = aadstsNumber(body);
    LEAP_FUZZ_CHECK(number >= 0, QString::number(number));
    return 0;
}
