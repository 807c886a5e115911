#pragma once

#include "model/error.h"

#include <QString>

// Validation of everything an administrator types, before any request is made. Each function
// returns the normalised value or an Error of kind BadInput naming the field and the fix.
// `field` is how the caller names the input ("--leap-host" on the command line, "Leap server" in
// the wizard); the message uses it verbatim.
namespace leap {

bool isGuid(const QString &value);

// Host name (IDN allowed, stored as ASCII) or IPv4 address, with an optional :port. No scheme,
// path, user info or spaces. Returns the lower-case ASCII form.
Result<QString> validateLeapHost(const QString &value,
                                 const QString &field = QStringLiteral("--leap-host"));
// A tenant GUID or a verified domain (contoso.onmicrosoft.com). Returns it in lower case.
Result<QString> validateTenant(const QString &value,
                               const QString &field = QStringLiteral("--tenant"));
Result<QString> validateGuid(const QString &value, const QString &field);
// Application display name: 1..120 characters, no control characters.
Result<QString> validateDisplayName(const QString &value,
                                    const QString &field = QStringLiteral("--display-name"));
// Client secret description: 1..80 characters, no control characters.
Result<QString> validateSecretName(const QString &value,
                                   const QString &field = QStringLiteral("--secret-name"));
// Secret lifetime in whole days: 1..730.
Result<int> validateSecretDays(const QString &value,
                               const QString &field = QStringLiteral("--secret-days"));
// Leap credential alias: a letter, then letters, digits or underscores, at most 64.
Result<QString>
validateCredentialAlias(const QString &value,
                        const QString &field = QStringLiteral("--credential-alias"));
// Profile name: letters, digits, '.', '_' or '-', 1..64, not starting with '.'.
Result<QString> validateProfileName(const QString &value,
                                    const QString &field = QStringLiteral("--profile"));

inline constexpr int kMinSecretDays = 1;
inline constexpr int kMaxSecretDays = 730;
inline constexpr int kDefaultSecretDays = 180;

} // namespace leap
