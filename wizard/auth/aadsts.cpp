#include "auth/aadsts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SignIn", text);
}

QString codeOf(const QString &error, int number)
{
    return number > 0 ? QStringLiteral("AADSTS%1").arg(number) : error;
}

// The first sentence of a server description, without the "AADSTSnnnn: " prefix and the trace
// lines Entra appends. Descriptions never carry token values.
QString firstSentence(QString description)
{
    static const QRegularExpression prefix(QStringLiteral("^AADSTS\\d+:\\s*"));
    description.remove(prefix);
    const int traceAt = description.indexOf(QLatin1String("Trace ID:"));
    if (traceAt >= 0)
        description.truncate(traceAt);
    const int newline = description.indexOf(QLatin1Char('\n'));
    if (newline >= 0)
        description.truncate(newline);
    return description.trimmed().left(400);
}

} // namespace

QString signInMethodName(SignInMethod method)
{
    return method == SignInMethod::Browser ? QStringLiteral("browser")
                                           : QStringLiteral("device-code");
}

int aadstsNumber(const QByteArray &jsonBody)
{
    const QJsonObject o = QJsonDocument::fromJson(jsonBody).object();
    const QJsonArray codes = o.value(QLatin1String("error_codes")).toArray();
    if (!codes.isEmpty() && codes.first().toInt() > 0)
        return codes.first().toInt();
    static const QRegularExpression re(QStringLiteral("AADSTS(\\d+)"));
    const auto m = re.match(o.value(QLatin1String("error_description")).toString());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

SignInAdvice adviceFor(const QString &code, SignInMethod method)
{
    const QString c = code.toUpper();
    if (c == QLatin1String("AADSTS50011"))
        return {tr("The sign-in app's redirect address does not match what is registered for it "
                   "(AADSTS50011)."),
                tr("With your own app (--client-id), add http://localhost as a \"Mobile and "
                   "desktop applications\" redirect URI in its Authentication settings, or sign "
                   "in with the device code instead.")};
    if (c == QLatin1String("AADSTS53003") || c == QLatin1String("AADSTS530033")) {
        const QString cause = tr("A Conditional Access policy of your tenant blocked this sign-in "
                                 "(%1).")
                                  .arg(code);
        if (method == SignInMethod::Browser)
            return {cause, tr("Try signing in with a device code (--sign-in device-code) from a "
                              "compliant device, or ask the Conditional Access administrator "
                              "to allow it.")};
        return {cause, tr("Device-code sign-in is often blocked by policy: sign in with the "
                          "browser instead (--sign-in browser), or ask the Conditional Access "
                          "administrator to allow it.")};
    }
    if (c == QLatin1String("AADSTS65001"))
        return {tr("Nobody has consented to the sign-in app using the permissions it needs "
                   "(AADSTS65001)."),
                tr("Sign in as a Global Administrator or Privileged Role Administrator and "
                   "accept the consent prompt for your organization, or have one grant admin "
                   "consent to the sign-in app first.")};
    if (c == QLatin1String("AADSTS50076") || c == QLatin1String("AADSTS50079"))
        return {
            tr("Your tenant requires multi-factor authentication for this sign-in (%1).").arg(code),
            tr("Sign in again and complete the second factor in the browser; if you have "
               "never registered one, set it up first at https://aka.ms/mfasetup.")};
    if (c == QLatin1String("AADSTS90002"))
        return {tr("Tenant not found: wrong name or wrong cloud (AADSTS90002)."),
                tr("Check the tenant's GUID or verified domain (for example "
                   "contoso.onmicrosoft.com), and that --cloud is the national cloud it lives "
                   "in.")};
    if (c == QLatin1String("AADSTS700016"))
        return {tr("The sign-in app is not known in this tenant (AADSTS700016)."),
                tr("Check --client-id: your own app must be registered in this tenant (or be "
                   "multi-tenant), or leave --client-id out to use Microsoft Graph Command Line "
                   "Tools.")};
    if (c == QLatin1String("AADSTS50194"))
        return {tr("The sign-in app is single-tenant and cannot sign in through /common "
                   "(AADSTS50194)."),
                tr("Give the tenant's GUID or verified domain with --tenant.")};
    if (c == QLatin1String("AADSTS7000218"))
        return {tr("Your sign-in app does not allow public client flows, so it would need a "
                   "client secret (AADSTS7000218)."),
                tr("In the app registration, open Authentication and set \"Allow public client "
                   "flows\" to Yes, or leave --client-id out to use Microsoft Graph Command Line "
                   "Tools.")};
    if (c == QLatin1String("AADSTS65002"))
        return {tr("This Microsoft app is not pre-authorized for the Microsoft Graph permissions "
                   "the wizard needs (AADSTS65002)."),
                tr("Leave --client-id out to use Microsoft Graph Command Line Tools, or register "
                   "your own public client app and pass its id with --client-id.")};
    if (c == QLatin1String("AADSTS700025"))
        return {tr("The sign-in app is a public client and must not send a secret "
                   "(AADSTS700025)."),
                tr("Use a public client registration (Allow public client flows).")};
    if (c == QLatin1String("AADSTS70016") || c == QLatin1String("AUTHORIZATION_PENDING"))
        return {tr("The device code has not been entered yet."),
                tr("Open the address and enter the code, then wait.")};
    if (c == QLatin1String("AADSTS70018") || c == QLatin1String("BAD_VERIFICATION_CODE"))
        return {tr("The code was not accepted (%1).").arg(code),
                tr("Start the sign-in again and type the new code exactly as shown.")};
    if (c == QLatin1String("AADSTS70019") || c == QLatin1String("EXPIRED_TOKEN"))
        return {tr("The device code expired before the sign-in was completed."),
                tr("Start the sign-in again and enter the new code within its lifetime.")};
    if (c == QLatin1String("AADSTS90120") || c == QLatin1String("AUTHORIZATION_DECLINED"))
        return {
            tr("The sign-in request was declined, or the code was already used (%1).").arg(code),
            tr("Start the sign-in again and approve it in the browser.")};
    if (c == QLatin1String("ACCESS_DENIED") || c == QLatin1String("AADSTS65004"))
        return {tr("The sign-in was declined: consent was not given."),
                tr("Sign in again and accept the permissions; if your organization requires an "
                   "administrator's approval, ask a Global Administrator to sign in.")};
    if (c == QLatin1String("AADSTS70008") || c == QLatin1String("AADSTS700082") ||
        c == QLatin1String("AADSTS50173") || c == QLatin1String("AADSTS700084"))
        return {tr("The saved sign-in has expired or was revoked (%1).").arg(code),
                tr("Sign in again.")};
    if (c == QLatin1String("AADSTS50020"))
        return {tr("The account is not a member of this tenant (AADSTS50020)."),
                tr("Sign in with an administrator account of the tenant you chose, or correct "
                   "--tenant.")};
    if (c == QLatin1String("AADSTS50126"))
        return {tr("Wrong user name or password (AADSTS50126)."),
                tr("Sign in again with the right credentials.")};
    if (c == QLatin1String("AADSTS50058"))
        return {tr("The browser is not signed in and no interaction was allowed (AADSTS50058)."),
                tr("Sign in again interactively.")};
    return {};
}

Error identityError(const QByteArray &jsonBody, int httpStatus, SignInMethod method)
{
    const QJsonObject o = QJsonDocument::fromJson(jsonBody).object();
    const QString oauthError = o.value(QLatin1String("error")).toString();
    const int number = aadstsNumber(jsonBody);
    Error e;
    e.kind = ErrorKind::SignIn;
    e.httpStatus = httpStatus;
    e.code = codeOf(oauthError, number);
    e.requestId = o.value(QLatin1String("correlation_id")).toString();
    if (e.requestId.isEmpty())
        e.requestId = o.value(QLatin1String("trace_id")).toString();
    SignInAdvice advice = adviceFor(e.code, method);
    if (advice.cause.isEmpty() && number > 0)
        advice = adviceFor(oauthError, method);
    if (advice.cause.isEmpty()) {
        const QString said = firstSentence(o.value(QLatin1String("error_description")).toString());
        if (!said.isEmpty())
            advice.cause = tr("The sign-in service refused: %1 (%2).").arg(said, e.code);
        else if (!e.code.isEmpty())
            advice.cause = tr("The sign-in service refused the request (%1).").arg(e.code);
        else
            advice.cause =
                tr("The sign-in service answered HTTP %1 with no explanation.").arg(httpStatus);
        advice.fix = tr("Try again; if it keeps failing, give the code and correlation id to "
                        "your Entra administrator.");
    }
    e.message = advice.cause;
    e.fix = advice.fix;
    return e;
}

Error authorizationError(const QString &error, const QString &description, SignInMethod method)
{
    static const QRegularExpression re(QStringLiteral("AADSTS(\\d+)"));
    const auto m = re.match(description);
    Error e;
    e.kind = ErrorKind::SignIn;
    e.code = m.hasMatch() ? QStringLiteral("AADSTS") + m.captured(1) : error;
    SignInAdvice advice = adviceFor(e.code, method);
    if (advice.cause.isEmpty())
        advice = adviceFor(error, method);
    if (advice.cause.isEmpty()) {
        const QString said = firstSentence(description);
        advice.cause = said.isEmpty()
                           ? tr("The sign-in was not completed (%1).").arg(error)
                           : tr("The sign-in was not completed: %1 (%2).").arg(said, e.code);
        advice.fix = tr("Sign in again; if it keeps failing, give the code to your Entra "
                        "administrator.");
    }
    e.message = advice.cause;
    e.fix = advice.fix;
    return e;
}

} // namespace leap
