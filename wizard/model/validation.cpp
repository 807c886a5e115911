#include "model/validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace leap {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Validation", s);
}

bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}
// A typed value echoed in a message: never a control character, never very long.
QString shown(const QString &value)
{
    QString out = value.left(70);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(0xFFFD);
    }
    return out;
}
} // namespace

bool isGuid(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    return re.match(value).hasMatch();
}

Result<QString> validateGuid(const QString &value, const QString &field)
{
    const QString v = value.trimmed();
    if (!isGuid(v))
        return Error::badInput(field, tr("%1 is not a GUID.").arg(field),
                               tr("Give it as 8-4-4-4-12 hexadecimal digits, e.g. "
                                  "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35."));
    return v.toLower();
}

Result<QString> validateLeapHost(const QString &value, const QString &field)
{
    const QString v = value.trimmed();
    const QString example = tr("Give only the host name and an optional port, e.g. "
                               "leap.example.com or leap.example.com:9443.");
    if (v.isEmpty())
        return Error::badInput(field, tr("%1 is empty.").arg(field), example);
    if (hasControlCharacters(v) || v.contains(QLatin1Char(' ')) || v.contains(QLatin1Char('\t')))
        return Error::badInput(field, tr("%1 contains spaces or control characters.").arg(field),
                               example);
    if (v.contains(QLatin1String("://")))
        return Error::badInput(
            field, tr("%1 must not include a scheme such as https://.").arg(field), example);
    if (v.contains(QLatin1Char('/')) || v.contains(QLatin1Char('?')) ||
        v.contains(QLatin1Char('#')) || v.contains(QLatin1Char('\\')))
        return Error::badInput(
            field, tr("%1 must not include a path, query or fragment.").arg(field), example);
    if (v.contains(QLatin1Char('@')))
        return Error::badInput(field, tr("%1 must not include user info (user@).").arg(field),
                               example);
    if (v.startsWith(QLatin1Char('[')))
        return Error::badInput(
            field, tr("%1: IPv6 addresses are not supported for a Leap redirect URI.").arg(field),
            tr("Use the Leap server's DNS name."));

    QString host = v;
    QString portText;
    const int colon = v.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = v.left(colon);
        portText = v.mid(colon + 1);
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || portText.isEmpty() || port < 1 || port > 65535 ||
            portText.startsWith(QLatin1Char('+')))
            return Error::badInput(
                field, tr("%1 has an invalid port \"%2\".").arg(field, portText),
                tr("Use a port between 1 and 65535, e.g. leap.example.com:9443."));
        portText = QString::number(port);
        if (host.contains(QLatin1Char(':')))
            return Error::badInput(field, tr("%1 has more than one ':'.").arg(field), example);
    }
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    const QString ace =
        QString::fromLatin1(QUrl::toAce(host, QUrl::AceTransitionalProcessing)).toLower();
    if (ace.isEmpty() || ace.size() > 253)
        return Error::badInput(field, tr("%1 is not a valid host name.").arg(field), example);
    QHostAddress addr;
    const bool isAddress = addr.setAddress(ace);
    if (!isAddress) {
        static const QRegularExpression label(
            QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
        const QStringList labels = ace.split(QLatin1Char('.'));
        for (const QString &l : labels) {
            if (!label.match(l).hasMatch())
                return Error::badInput(
                    field,
                    tr("%1 is not a valid host name (\"%2\").").arg(field, l.isEmpty() ? host : l),
                    example);
        }
        // A label of digits only at the end looks like a mistyped address (1.2.3), not a DNS name.
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (digits.match(labels.last()).hasMatch())
            return Error::badInput(
                field, tr("%1 is neither a host name nor an IPv4 address.").arg(field), example);
    } else if (addr.protocol() != QAbstractSocket::IPv4Protocol || addr.toString() != ace) {
        // Only the dotted quad: inet_aton's short forms (10.1.2 = 10.1.0.2) are mistypes.
        return Error::badInput(field, tr("%1 must be a host name or an IPv4 address.").arg(field),
                               example);
    }
    const QString result = portText.isEmpty() ? ace : ace + QLatin1Char(':') + portText;
    // Entra accepts redirect URIs of at most 256 characters.
    if ((QStringLiteral("https://") + result + QStringLiteral("/oidcclient/redirect/oidc")).size() >
        256)
        return Error::badInput(
            field,
            tr("%1 is too long for an Entra redirect URI (256 characters at most).").arg(field),
            tr("Use a shorter host name."));
    return result;
}

Result<QString> validateTenant(const QString &value, const QString &field)
{
    const QString v = value.trimmed();
    const QString fix =
        tr("Give the tenant ID (a GUID) or a verified domain such as contoso.onmicrosoft.com.");
    if (v.isEmpty())
        return Error::badInput(field, tr("%1 is empty.").arg(field), fix);
    if (isGuid(v))
        return v.toLower();
    // Something GUID-shaped but not quite: say so rather than treating it as a domain.
    static const QRegularExpression guidish(QStringLiteral("^[{(]?[0-9a-fA-F-]{30,40}[})]?$"));
    if (guidish.match(v).hasMatch())
        return Error::badInput(
            field, tr("%1 looks like a tenant ID but is not a valid GUID.").arg(field), fix);
    const QString lower = v.toLower();
    if (lower == QLatin1String("common") || lower == QLatin1String("organizations") ||
        lower == QLatin1String("consumers"))
        return Error::badInput(field, tr("%1 must name one tenant, not \"%2\".").arg(field, v),
                               fix);
    if (hasControlCharacters(v) || v.contains(QLatin1Char(' ')) || v.contains(QLatin1Char('/')) ||
        v.contains(QLatin1Char('@')) || v.contains(QLatin1Char(':')))
        return Error::badInput(field, tr("%1 is not a tenant ID or domain.").arg(field), fix);
    const Result<QString> host = validateLeapHost(v, field);
    if (!host || !host->contains(QLatin1Char('.')) || host->contains(QLatin1Char(':')))
        return Error::badInput(field, tr("%1 is not a tenant ID or domain.").arg(field), fix);
    QHostAddress addr;
    if (addr.setAddress(*host))
        return Error::badInput(field, tr("%1 is an IP address, not a tenant.").arg(field), fix);
    return *host;
}

static Result<QString> validateName(const QString &value, const QString &field, int maxLength)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return Error::badInput(field, tr("%1 is empty.").arg(field),
                               tr("Give a short descriptive name."));
    if (hasControlCharacters(v))
        return Error::badInput(field, tr("%1 contains control characters.").arg(field),
                               tr("Use printable characters only."));
    if (v.size() > maxLength)
        return Error::badInput(field,
                               tr("%1 is %2 characters long; at most %3 are allowed.")
                                   .arg(field)
                                   .arg(v.size())
                                   .arg(maxLength),
                               tr("Shorten it."));
    return v;
}

Result<QString> validateDisplayName(const QString &value, const QString &field)
{
    return validateName(value, field, 120);
}

Result<QString> validateSecretName(const QString &value, const QString &field)
{
    return validateName(value, field, 80);
}

Result<int> validateSecretDays(const QString &value, const QString &field)
{
    const QString v = value.trimmed();
    bool ok = false;
    const qlonglong days = v.toLongLong(&ok);
    const QString fix =
        tr("Give a whole number of days from %1 to %2 (presets: 90, 180, 365, 545, 730).")
            .arg(kMinSecretDays)
            .arg(kMaxSecretDays);
    if (!ok || v.startsWith(QLatin1Char('+')))
        return Error::badInput(field, tr("%1 is not a whole number of days.").arg(field), fix);
    if (days < kMinSecretDays || days > kMaxSecretDays)
        return Error::badInput(
            field, tr("%1 is %2 days, outside the allowed range.").arg(field).arg(days), fix);
    return int(days);
}

Result<QString> validateCredentialAlias(const QString &value, const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    const QString v = value.trimmed();
    if (!re.match(v).hasMatch())
        return Error::badInput(
            field, tr("%1 \"%2\" is not a valid credential alias.").arg(field, shown(v)),
            tr("Use a letter followed by letters, digits or underscores (at most 64), e.g. "
               "azureAlias."));
    return v;
}

Result<QString> validateProfileName(const QString &value, const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$"));
    const QString v = value.trimmed();
    if (!re.match(v).hasMatch())
        return Error::badInput(field,
                               tr("%1 \"%2\" is not a valid profile name.").arg(field, shown(v)),
                               tr("Use letters, digits, '.', '_' or '-' (at most 64, not starting "
                                  "with '.'), e.g. prod."));
    return v;
}

} // namespace leap
