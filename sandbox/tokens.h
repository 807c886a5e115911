#pragma once

// Random identifiers, client secret values and JWT-shaped tokens.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace leap::sandbox::tokens {

QString newGuid();
// URL-safe opaque string of `bytes` random bytes (base64url, no padding).
QString newOpaque(int bytes);
// Like Entra's: 40 characters from [A-Za-z0-9~._-], always containing "Q~".
QString newClientSecret();
// A user code as shown on /devicelogin: 9 upper-case letters and digits.
QString newUserCode();

QByteArray base64Url(const QByteArray &data);
QByteArray fromBase64Url(const QByteArray &data);

// header.payload.signature with {"typ":"JWT","alg":"RS256","kid":kid}; the signature is random.
QString makeJwt(const QJsonObject &payload);
// The payload of a JWT-shaped string, or an empty object if it is not one.
QJsonObject jwtPayload(const QString &token);

inline constexpr auto kSigningKeyId = "sandbox-key-1";

// Graph's date format: 2026-11-26T05:05:24Z (with milliseconds dropped).
QString graphDate(const QDateTime &utc);
QString graphDateNow();
// Entra error body timestamp: "2026-11-26 05:05:24Z".
QString entraTimestampNow();

} // namespace leap::sandbox::tokens
