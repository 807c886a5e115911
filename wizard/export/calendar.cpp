#include "export/calendar.h"

#include <QCoreApplication>
#include <QStringList>

namespace leap::exporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
QString icsText(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + one space), never inside a
// UTF-8 sequence.
QByteArray foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int lineLen = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        qsizetype charLen = 1;
        const auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead >= 0xF0)
            charLen = 4;
        else if (lead >= 0xE0)
            charLen = 3;
        else if (lead >= 0xC0)
            charLen = 2;
        if (lineLen + charLen > 75) {
            out += "\r\n ";
            lineLen = 1;
        }
        out += utf8.mid(i, charLen);
        lineLen += int(charLen);
        i += charLen;
    }
    return out + "\r\n";
}

} // namespace

Result<QByteArray> secretReminderIcs(const Summary &summary, int daysBefore, const QDateTime &now)
{
    const SummarySecret *current = summary.currentSecret();
    if (!current || !current->info.endDateTime.isValid()) {
        return Error::badInput(QStringLiteral("secret"),
                               tr("The profile \"%1\" has no current client secret with an "
                                  "expiry date.")
                                   .arg(summary.profile),
                               tr("Create one with `leap-entra-setup --profile %1 rotate-secret`.")
                                   .arg(summary.profile));
    }
    const QDateTime expiry = current->info.endDateTime.toUTC();
    if (expiry <= now) {
        return Error::badInput(
            QStringLiteral("secret"),
            tr("The current client secret expired on %1.").arg(expiry.toString(Qt::ISODate)),
            tr("Rotate it now: `leap-entra-setup --profile %1 rotate-secret`.")
                .arg(summary.profile));
    }
    QDate day = expiry.addDays(-daysBefore).date();
    if (day < now.toUTC().date())
        day = now.toUTC().date();

    const QString command =
        QStringLiteral("leap-entra-setup --profile %1 rotate-secret").arg(summary.profile);
    const QString title = tr("Rotate the HCL Leap client secret (profile %1)").arg(summary.profile);
    const QString description =
        tr("The client secret \"%1\" (key ID %2) of the application \"%3\" (%4) in tenant %5 "
           "expires on %6. When it expires nobody can sign in to Leap.\n"
           "1. Run: %7\n"
           "2. Put the new value into Leap (Leap_config.properties J2C alias or the Kubernetes "
           "secret for \"%8\").\n"
           "3. Check it: leap-entra-setup --profile %9 verify\n"
           "4. Retire the old secret: leap-entra-setup --profile %9 retire-secret "
           "--all-but-current")
            .arg(current->info.displayName, current->info.keyId, summary.displayName, summary.appId,
                 summary.tenantId, expiry.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                 command, summary.credentialAlias, summary.profile);

    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QStringList lines {
        QStringLiteral("BEGIN:VCALENDAR"),
        QStringLiteral("VERSION:2.0"),
        QStringLiteral("PRODID:-//HCL Leap//Leap Entra Setup//EN"),
        QStringLiteral("CALSCALE:GREGORIAN"),
        QStringLiteral("METHOD:PUBLISH"),
        QStringLiteral("BEGIN:VEVENT"),
        // Stable per secret, so saving the reminder twice updates the event instead of adding one.
        QStringLiteral("UID:%1-%2@leap-entra-setup").arg(current->info.keyId, summary.profile),
        QStringLiteral("DTSTAMP:") + stamp,
        QStringLiteral("DTSTART;VALUE=DATE:") + day.toString(QStringLiteral("yyyyMMdd")),
        QStringLiteral("DTEND;VALUE=DATE:") + day.addDays(1).toString(QStringLiteral("yyyyMMdd")),
        QStringLiteral("SUMMARY:") + icsText(title),
        QStringLiteral("DESCRIPTION:") + icsText(description),
        QStringLiteral("TRANSP:TRANSPARENT"),
        QStringLiteral("BEGIN:VALARM"),
        QStringLiteral("ACTION:DISPLAY"),
        QStringLiteral("DESCRIPTION:") + icsText(title),
        QStringLiteral("TRIGGER:PT9H"),
        QStringLiteral("END:VALARM"),
        QStringLiteral("END:VEVENT"),
        QStringLiteral("END:VCALENDAR"),
    };
    QByteArray ics;
    for (const QString &line : lines)
        ics += foldLine(line);
    return ics;
}

} // namespace leap::exporter
