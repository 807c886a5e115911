#include "tokens.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace leap::sandbox::tokens {

namespace {
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        bytes[i] = char(gen->bounded(256));
    return bytes;
}

QString randomFrom(const char *alphabet, int alphabetSize, int length)
{
    QString out;
    out.reserve(length);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[gen->bounded(alphabetSize)]));
    return out;
}
} // namespace

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newOpaque(int bytes)
{
    return QString::fromLatin1(base64Url(randomBytes(bytes)));
}

QString newClientSecret()
{
    // Entra's secrets look like "abc8Q~" + 34 more characters: 40 in all.
    static const char alnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static const char full[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-";
    static const char digits[] = "0123456789";
    return randomFrom(alnum, int(sizeof(alnum)) - 1, 3) + randomFrom(digits, 10, 1) +
           QStringLiteral("Q~") + randomFrom(full, int(sizeof(full)) - 1, 34);
}

QString newUserCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    return randomFrom(alphabet, int(sizeof(alphabet)) - 1, 9);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(const QByteArray &data)
{
    return QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding);
}

QString makeJwt(const QJsonObject &payload)
{
    const QJsonObject header {{QStringLiteral("typ"), QStringLiteral("JWT")},
                              {QStringLiteral("alg"), QStringLiteral("RS256")},
                              {QStringLiteral("kid"), QString::fromLatin1(kSigningKeyId)}};
    const QByteArray h = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact));
    const QByteArray p = base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    // Opaque: nobody verifies it cryptographically; the sandbox checks its own token table.
    const QByteArray s = base64Url(randomBytes(64));
    return QString::fromLatin1(h + '.' + p + '.' + s);
}

QJsonObject jwtPayload(const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(fromBase64Url(parts.at(1)));
    return doc.object();
}

QString graphDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString graphDateNow()
{
    return graphDate(QDateTime::currentDateTimeUtc());
}

QString entraTimestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ssZ"));
}

} // namespace leap::sandbox::tokens
