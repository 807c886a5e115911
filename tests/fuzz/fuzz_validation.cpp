// Fuzz target: validation of everything an administrator types (model/validation.h and
// validateEndpointUrl in model/cloud.h). Besides "never crash", it checks the promises the rest
// of the product builds on: what a validator accepts is safe to put into a URL, a file name or
// a request, and validating an accepted value again gives the same value.

#include "fuzzsupport.h"
#include "model/cloud.h"
#include "model/validation.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace leap;

namespace {

bool isPrintableAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// A refusal names the field (the option) in its message and says how to fix it.
void checkRefusal(const Error &e, const QString &field, const QString &input)
{
    LEAP_FUZZ_CHECK(e.kind == ErrorKind::BadInput, e.text());
    LEAP_FUZZ_CHECK(e.field == field, e.field + QStringLiteral(" for ") + field);
    LEAP_FUZZ_CHECK(e.message.contains(field), e.message);
    LEAP_FUZZ_CHECK(!e.fix.isEmpty(), e.message);
    Q_UNUSED(input);
}

void checkLeapHost(const QString &input)
{
    const QString field = QStringLiteral("--leap-host");
    const Result<QString> r = validateLeapHost(input, field);
    if (!r) {
        checkRefusal(r.error(), field, input);
        return;
    }
    const QString &host = *r;
    LEAP_FUZZ_CHECK(!host.isEmpty(), input);
    LEAP_FUZZ_CHECK(isPrintableAscii(host), host); // IDN is stored in its ASCII (punycode) form
    LEAP_FUZZ_CHECK(host == host.toLower(), host);
    for (const char *bad : {"/", "@", " ", "\\", "?", "#", "://", "[", "]", "%"})
        LEAP_FUZZ_CHECK(!host.contains(QLatin1String(bad)), host);
    LEAP_FUZZ_CHECK(host.count(QLatin1Char(':')) <= 1, host);
    // What the rest of the product does with it: the redirect URI must parse to exactly this
    // host, port and path, with no user info.
    const QString redirect =
        QStringLiteral("https://") + host + QStringLiteral("/oidcclient/redirect/oidc");
    LEAP_FUZZ_CHECK(redirect.size() <= 256, redirect);
    const QUrl url(redirect, QUrl::StrictMode);
    LEAP_FUZZ_CHECK(url.isValid(), redirect);
    LEAP_FUZZ_CHECK(url.userInfo().isEmpty(), redirect);
    LEAP_FUZZ_CHECK(url.path() == QLatin1String("/oidcclient/redirect/oidc"), redirect);
    const int colon = host.indexOf(QLatin1Char(':'));
    const QString hostPart = colon < 0 ? host : host.left(colon);
    // FullyEncoded: QUrl shows whitelisted IDN top-level domains in Unicode by default.
    LEAP_FUZZ_CHECK(url.host(QUrl::FullyEncoded) == hostPart,
                    url.host(QUrl::FullyEncoded) + QStringLiteral(" != ") + hostPart);
    if (colon >= 0) {
        bool ok = false;
        const int port = host.mid(colon + 1).toInt(&ok);
        LEAP_FUZZ_CHECK(ok && port >= 1 && port <= 65535, host);
        LEAP_FUZZ_CHECK(url.port() == port, host);
    }
    const Result<QString> again = validateLeapHost(host, field);
    LEAP_FUZZ_CHECK(again.ok() && *again == host,
                    host + QStringLiteral(" -> ") + (again ? *again : again.error().text()));
}

void checkTenant(const QString &input)
{
    const QString field = QStringLiteral("--tenant");
    const Result<QString> r = validateTenant(input, field);
    if (!r) {
        checkRefusal(r.error(), field, input);
        return;
    }
    const QString &tenant = *r;
    // It becomes a path segment of every identity URL: no separators, no scheme, no port.
    LEAP_FUZZ_CHECK(isPrintableAscii(tenant), tenant);
    LEAP_FUZZ_CHECK(tenant == tenant.toLower(), tenant);
    for (const char *bad : {"/", "@", ":", "?", "#", "\\", "%", ".."})
        LEAP_FUZZ_CHECK(!tenant.contains(QLatin1String(bad)), tenant);
    LEAP_FUZZ_CHECK(isGuid(tenant) || tenant.contains(QLatin1Char('.')), tenant);
    LEAP_FUZZ_CHECK(tenant != QLatin1String("common") && tenant != QLatin1String("organizations"),
                    tenant);
    const QUrl discovery = Endpoints::forCloud(Cloud::Global).discovery(tenant);
    LEAP_FUZZ_CHECK(discovery.host() == QLatin1String("login.microsoftonline.com"),
                    discovery.toString());
    LEAP_FUZZ_CHECK(discovery.path() == QLatin1Char('/') + tenant +
                                            QLatin1String("/v2.0/.well-known/openid-configuration"),
                    discovery.toString());
    const Result<QString> again = validateTenant(tenant, field);
    LEAP_FUZZ_CHECK(again.ok() && *again == tenant, tenant);
}

void checkProfileName(const QString &input)
{
    const QString field = QStringLiteral("--profile");
    const Result<QString> r = validateProfileName(input, field);
    if (!r) {
        checkRefusal(r.error(), field, input);
        return;
    }
    // It becomes a file name under the profile directory: never a path.
    const QString &name = *r;
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    LEAP_FUZZ_CHECK(safe.match(name).hasMatch(), name);
    LEAP_FUZZ_CHECK(!name.startsWith(QLatin1Char('.')), name);
    LEAP_FUZZ_CHECK(name != QLatin1String("..") && name != QLatin1String("."), name);
    LEAP_FUZZ_CHECK(*validateProfileName(name, field) == name, name);
}

void checkName(const QString &input, const QString &field, int maxLength)
{
    const Result<QString> r = field == QLatin1String("--display-name")
                                  ? validateDisplayName(input, field)
                                  : validateSecretName(input, field);
    if (!r) {
        checkRefusal(r.error(), field, input);
        return;
    }
    LEAP_FUZZ_CHECK(!r->isEmpty() && r->size() <= maxLength, *r);
    LEAP_FUZZ_CHECK(!hasControl(*r), *r);
    LEAP_FUZZ_CHECK(*r == r->trimmed(), *r);
}

void checkSmallFields(const QString &input)
{
    {
        const QString field = QStringLiteral("--secret-days");
        const Result<int> r = validateSecretDays(input, field);
        if (r)
            LEAP_FUZZ_CHECK(*r >= kMinSecretDays && *r <= kMaxSecretDays, input);
        else
            checkRefusal(r.error(), field, input);
    }
    {
        const QString field = QStringLiteral("--credential-alias");
        const Result<QString> r = validateCredentialAlias(input, field);
        static const QRegularExpression alias(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
        if (r)
            LEAP_FUZZ_CHECK(alias.match(*r).hasMatch(), *r);
        else
            checkRefusal(r.error(), field, input);
    }
    {
        const QString field = QStringLiteral("--client-id");
        const Result<QString> r = validateGuid(input, field);
        if (r)
            LEAP_FUZZ_CHECK(isGuid(*r) && *r == r->toLower() && r->size() == 36, *r);
        else
            checkRefusal(r.error(), field, input);
    }
    (void)cloudFromName(input);
    (void)cloudFromInstanceName(input);
}

void checkEndpointUrl(const QString &input)
{
    const QString field = QStringLiteral("--authority");
    const Result<QUrl> r = validateEndpointUrl(input, field);
    if (!r) {
        checkRefusal(r.error(), field, input);
        return;
    }
    const QUrl &url = *r;
    // HTTPS, or plain http to this machine only; nothing that could smuggle credentials.
    const QString scheme = url.scheme().toLower();
    LEAP_FUZZ_CHECK(scheme == QLatin1String("https") || scheme == QLatin1String("http"),
                    url.toString());
    if (scheme == QLatin1String("http")) {
        QHostAddress address;
        const bool loopback =
            url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
            (address.setAddress(url.host()) && address.isLoopback());
        LEAP_FUZZ_CHECK(loopback, url.toString());
    }
    LEAP_FUZZ_CHECK(!url.host().isEmpty(), url.toString());
    LEAP_FUZZ_CHECK(url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment(),
                    url.toString());
    // Endpoints built on it stay on the same scheme and host.
    Endpoints e = Endpoints::forCloud(Cloud::Global);
    e.authority = url;
    e.graph = url;
    const QUrl token = e.token(QStringLiteral("contoso.onmicrosoft.com"));
    LEAP_FUZZ_CHECK(token.host() == url.host() && token.scheme() == url.scheme(), token.toString());
    const QUrl graph = e.graphV1(QStringLiteral("/applications?$top=1"));
    LEAP_FUZZ_CHECK(graph.host() == url.host() && graph.scheme() == url.scheme(), graph.toString());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::installQuietMessageHandler();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    checkLeapHost(input);
    checkTenant(input);
    checkProfileName(input);
    checkName(input, QStringLiteral("--display-name"), 120);
    checkName(input, QStringLiteral("--secret-name"), 80);
    checkSmallFields(input);
    checkEndpointUrl(input);
    // The CLI takes "https://" + host for --authority: a host that validates must also make a
    // valid authority (the sandbox case: 127.0.0.1:PORT).
    if (validateLeapHost(input))
        (void)validateEndpointUrl(QStringLiteral("https://") + *validateLeapHost(input),
                                  QStringLiteral("--authority"));
    return 0;
}
