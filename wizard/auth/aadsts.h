#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QString>

namespace leap {

// How the administrator was signing in when a failure happened: some advice depends on it
// (Conditional Access that blocks one method usually leaves the other).
enum class SignInMethod { Browser, DeviceCode };

QString signInMethodName(SignInMethod method); // "browser" / "device-code" (contract)

// Cause and fix for one error of the Microsoft identity platform, in plain words.
struct SignInAdvice
{
    QString cause;
    QString fix;
};

// The AADSTS number in an error, from `error_codes` or the "AADSTS12345:" prefix of the
// description; 0 if none.
int aadstsNumber(const QByteArray &jsonBody);

// Advice for a code such as "AADSTS50011", "AADSTS53003" or an OAuth error such as
// "access_denied"; empty cause if the table has nothing specific.
SignInAdvice adviceFor(const QString &code, SignInMethod method);

// Turns an error answer of an identity endpoint (token, devicecode, discovery) into an Error of
// kind SignIn: code = "AADSTS<n>" (or the OAuth `error` when there is no AADSTS number),
// requestId = correlation_id, the message and fix from the advice table (falling back to the
// server's description, first sentence only, which never contains a token).
Error identityError(const QByteArray &jsonBody, int httpStatus, SignInMethod method);

// An error the authorization redirect delivered (?error=...&error_description=...).
Error authorizationError(const QString &error, const QString &description, SignInMethod method);

} // namespace leap
