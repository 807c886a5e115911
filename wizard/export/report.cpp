#include "export/report.h"

#include "export/leapsnippets.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <variant>

namespace leap::exporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

// The report is described once as blocks, then written as Markdown or HTML (the PDF is the HTML
// laid out by QTextDocument), so the formats cannot drift apart.
struct Heading
{
    int level;
    QString text;
};
struct Paragraph
{
    QString text;
};
struct Field
{
    QString name;
    QString value;
    bool code = true; // identifiers, URLs and paths are set as code
};
struct Fields
{
    QList<Field> rows;
};
struct Table
{
    QStringList headers;
    QList<QStringList> rows;
};
struct Steps
{
    QStringList items;
    int start = 1; // a list continued after a code block
};
struct Code
{
    QString text;
};
using Block = std::variant<Heading, Paragraph, Fields, Table, Steps, Code>;

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                        : tr("unknown");
}

QString dayText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : tr("unknown");
}

QString expiryText(const SummarySecret &secret, const QDateTime &now)
{
    if (secret.info.isExpired(now) || secret.daysLeft < 0)
        return tr("expired: rotate the secret now");
    if (secret.daysLeft <= kExpiryWarningDays)
        return tr("%1 days left: rotate soon").arg(secret.daysLeft);
    return tr("%1 days left").arg(secret.daysLeft);
}

QList<Block> buildReport(const Summary &s)
{
    QList<Block> blocks;
    const QString rotateCommand =
        QStringLiteral("leap-entra-setup --profile %1 rotate-secret").arg(s.profile);

    blocks << Heading {1, tr("HCL Leap and Microsoft Entra ID: configuration summary")};
    QString intro = tr("Profile \"%1\", generated %2.").arg(s.profile, dateText(s.generatedAt));
    if (!s.setupBy.isEmpty() || s.setupAt.isValid()) {
        intro += QLatin1Char(' ') +
                 tr("Set up by %1 on %2.")
                     .arg(s.setupBy.isEmpty() ? tr("an unknown administrator") : s.setupBy,
                          dateText(s.setupAt));
    }
    if (s.updatedAt.isValid() && s.updatedAt != s.setupAt)
        intro += QLatin1Char(' ') + tr("Last changed %1.").arg(dateText(s.updatedAt));
    blocks << Paragraph {intro};

    blocks << Heading {2, tr("Tenant")};
    Fields tenant;
    tenant.rows << Field {tr("Tenant ID"), s.tenantId};
    if (!s.tenantDomain.isEmpty() && s.tenantDomain != s.tenantId)
        tenant.rows << Field {tr("Domain"), s.tenantDomain};
    tenant.rows << Field {tr("Cloud"), s.cloud};
    blocks << tenant;

    blocks << Heading {2, tr("Application")};
    blocks << Fields {{
        Field {tr("Display name"), s.displayName, false},
        Field {tr("Application (client) ID"), s.appId},
        Field {tr("Object ID"), s.objectId},
        Field {tr("Service principal ID"), s.servicePrincipalId},
        Field {tr("Redirect URI"), s.redirectUri},
        Field {tr("Leap server"), s.leapHost},
        Field {tr("Credential alias"), s.credentialAlias},
    }};

    blocks << Heading {2, tr("Permissions")};
    Table perms;
    perms.headers = {tr("API"), tr("Permission"), tr("Type"), tr("ID"), tr("Admin consent")};
    bool consentMissing = false;
    for (const SummaryPermission &p : s.permissions) {
        consentMissing = consentMissing || !p.adminConsent;
        perms.rows << QStringList {p.api, p.value, permissionTypeName(p.type), p.id,
                                   p.adminConsent ? tr("granted") : tr("missing")};
    }
    blocks << perms;
    if (consentMissing) {
        blocks << Paragraph {tr("Admin consent is missing for at least one permission: run "
                                "`leap-entra-setup --profile %1 configure` as a Privileged Role "
                                "Administrator or Global Administrator.")
                                 .arg(s.profile)};
    }

    blocks << Heading {2, tr("Client secrets")};
    if (s.clientSecrets.isEmpty()) {
        blocks << Paragraph {tr("No client secret is recorded for this profile.")};
    } else {
        Table secrets;
        secrets.headers = {tr("Description"), tr("Key ID"), tr("Hint"),    tr("Created"),
                           tr("Expires"),     tr("Status"), tr("Current"), tr("In keychain")};
        for (const SummarySecret &secret : s.clientSecrets) {
            secrets.rows << QStringList {secret.info.displayName,
                                         secret.info.keyId,
                                         secret.info.hint,
                                         dayText(secret.info.startDateTime),
                                         dayText(secret.info.endDateTime),
                                         expiryText(secret, s.generatedAt),
                                         secret.info.current ? tr("yes") : tr("no"),
                                         secret.inKeychain ? tr("yes") : tr("no")};
        }
        blocks << secrets;
    }
    blocks << Paragraph {
        tr("Secret values are never part of this summary. The current value is kept in this "
           "computer's keychain (service \"leap-entra-setup\"). Before it expires, run `%1`, "
           "update Leap, then retire the old secret with `leap-entra-setup --profile %2 "
           "retire-secret --all-but-current`.")
            .arg(rotateCommand, s.profile)};

    blocks << Heading {2, tr("Endpoints")};
    blocks << Fields {{
        Field {tr("Authority"), s.authority},
        Field {tr("OpenID Connect discovery"), s.discovery},
        Field {tr("Token endpoint"), s.token},
        Field {tr("Microsoft Graph"), s.graph},
    }};

    blocks << Heading {2, tr("What to do in Leap next")};
    blocks << Heading {3, tr("WebSphere")};
    blocks << Steps {{
        tr("On every node of the cluster, add these three lines to `Leap_config.properties` in "
           "Leap's extensions directory: `/opt/HCL/Leap/extensions` on Linux and AIX, "
           "`C:/HCL/Leap/extensions` on Windows (or the directory set by `extensions=` in "
           "`fsp.properties` or `-Dfsp.extensions.dirs`)."),
        tr("Create a J2C authentication alias named `%1`: user id = the Application (client) ID "
           "`%2`, password = the client secret value.")
            .arg(s.credentialAlias, s.appId),
        tr("Restart Leap on each node."),
    }};
    blocks << Code {leapProperties(s)};
    blocks << Heading {3, tr("Kubernetes (Helm)")};
    blocks << Steps {{
        tr("Create the Kubernetes secret with the Application (client) ID and the client secret "
           "value:"),
    }};
    blocks << Code {kubectlCreateSecret(s)};
    blocks << Steps {
        {
            tr("Add the Helm values (`configuration.leap`: leapProperties, customSecrets and the "
               "Liberty sign-in block in configOverrideFiles) and run `helm upgrade`. "
               "`leap-entra-setup --profile %1 export --format helm` writes them.")
                .arg(s.profile),
        },
        2};
    blocks << Heading {3, tr("Sign-in with OpenID Connect (Liberty server.xml)")};
    blocks << Code {libertyServerXml(s)};
    return blocks;
}

// Markdown: escape what would change the meaning of plain text.
QString mdText(const QString &text)
{
    // Text carrying `code` spans is written by us and already well-formed; escape the rest.
    if (text.contains(QLatin1Char('`')))
        return text;
    QString out;
    for (QChar c : text) {
        if (QStringLiteral("\\*_[]<>|#").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString mdCell(const QString &text)
{
    QString t = mdText(text);
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t.isEmpty() ? QStringLiteral(" ") : t;
}

QString mdCode(const QString &text)
{
    return text.isEmpty() ? QString() : QLatin1Char('`') + text + QLatin1Char('`');
}

// HTML: escape, then turn our `code` spans into <code>.
QString htmlText(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    QString out;
    bool inCode = false;
    for (QChar c : escaped) {
        if (c == QLatin1Char('`')) {
            out += inCode ? QStringLiteral("</code>") : QStringLiteral("<code>");
            inCode = !inCode;
        } else {
            out += c;
        }
    }
    if (inCode)
        out += QStringLiteral("</code>");
    return out;
}

} // namespace

QString markdownReport(const Summary &summary)
{
    QString md;
    for (const Block &block : buildReport(summary)) {
        if (const auto *h = std::get_if<Heading>(&block)) {
            md += QString(h->level, QLatin1Char('#')) + QLatin1Char(' ') + mdText(h->text) +
                  QStringLiteral("\n\n");
        } else if (const auto *p = std::get_if<Paragraph>(&block)) {
            md += mdText(p->text) + QStringLiteral("\n\n");
        } else if (const auto *f = std::get_if<Fields>(&block)) {
            md += QStringLiteral("| | |\n|---|---|\n");
            for (const Field &row : f->rows) {
                md += QStringLiteral("| ") + mdCell(row.name) + QStringLiteral(" | ") +
                      (row.code ? mdCode(row.value) : mdCell(row.value)) + QStringLiteral(" |\n");
            }
            md += QLatin1Char('\n');
        } else if (const auto *t = std::get_if<Table>(&block)) {
            QStringList header;
            QStringList rule;
            for (const QString &name : t->headers) {
                header << mdCell(name);
                rule << QStringLiteral("---");
            }
            md +=
                QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            md += QLatin1Char('|') + rule.join(QLatin1Char('|')) + QStringLiteral("|\n");
            for (const QStringList &row : t->rows) {
                QStringList cells;
                for (const QString &cell : row)
                    cells << mdCell(cell);
                md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) +
                      QStringLiteral(" |\n");
            }
            md += QLatin1Char('\n');
        } else if (const auto *st = std::get_if<Steps>(&block)) {
            int n = st->start;
            for (const QString &item : st->items)
                md += QStringLiteral("%1. ").arg(n++) + mdText(item) + QLatin1Char('\n');
            md += QLatin1Char('\n');
        } else if (const auto *c = std::get_if<Code>(&block)) {
            QString body = c->text;
            if (!body.endsWith(QLatin1Char('\n')))
                body += QLatin1Char('\n');
            md += QStringLiteral("```\n") + body + QStringLiteral("```\n\n");
        }
    }
    return md;
}

QString htmlReport(const Summary &summary)
{
    QString html;
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html +=
        QStringLiteral("<title>%1</title>\n")
            .arg(tr("HCL Leap and Microsoft Entra ID: %1").arg(summary.profile).toHtmlEscaped());
    // QTextDocument understands only a subset of CSS; keep to what it renders (PDF uses this too).
    html += QStringLiteral(
        "<style>\n"
        "body { font-family: sans-serif; font-size: 10pt; }\n"
        "h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14px; } h3 { font-size: 11pt; "
        "}\n"
        "table { border-collapse: collapse; margin-bottom: 8px; }\n"
        "th, td { border: 1px solid #999999; padding: 3px; text-align: left; vertical-align: top; "
        "}\n"
        "th { background-color: #e8e8e8; }\n"
        "pre { font-family: monospace; font-size: 8pt; background-color: #f4f4f4; }\n"
        "code { font-family: monospace; }\n"
        "</style>\n</head>\n<body>\n");
    for (const Block &block : buildReport(summary)) {
        if (const auto *h = std::get_if<Heading>(&block)) {
            html += QStringLiteral("<h%1>%2</h%1>\n").arg(h->level).arg(htmlText(h->text));
        } else if (const auto *p = std::get_if<Paragraph>(&block)) {
            html += QStringLiteral("<p>%1</p>\n").arg(htmlText(p->text));
        } else if (const auto *f = std::get_if<Fields>(&block)) {
            html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n");
            for (const Field &row : f->rows) {
                const QString value =
                    row.code && !row.value.isEmpty()
                        ? QStringLiteral("<code>%1</code>").arg(row.value.toHtmlEscaped())
                        : row.value.toHtmlEscaped();
                html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                            .arg(row.name.toHtmlEscaped(), value);
            }
            html += QStringLiteral("</table>\n");
        } else if (const auto *t = std::get_if<Table>(&block)) {
            html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n<tr>");
            for (const QString &name : t->headers)
                html += QStringLiteral("<th>%1</th>").arg(name.toHtmlEscaped());
            html += QStringLiteral("</tr>\n");
            for (const QStringList &row : t->rows) {
                html += QStringLiteral("<tr>");
                for (const QString &cell : row)
                    html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</table>\n");
        } else if (const auto *st = std::get_if<Steps>(&block)) {
            html += st->start == 1 ? QStringLiteral("<ol>\n")
                                   : QStringLiteral("<ol start=\"%1\">\n").arg(st->start);
            for (const QString &item : st->items)
                html += QStringLiteral("<li>%1</li>\n").arg(htmlText(item));
            html += QStringLiteral("</ol>\n");
        } else if (const auto *c = std::get_if<Code>(&block)) {
            html += QStringLiteral("<pre>%1</pre>\n").arg(c->text.toHtmlEscaped());
        }
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

Result<QByteArray> pdfReport(const Summary &summary)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error::make(ErrorKind::Internal,
                           tr("A PDF can only be written by a program with a QGuiApplication."),
                           tr("Export as HTML or Markdown instead, or report this as a bug."));
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("HCL Leap and Microsoft Entra ID: %1").arg(summary.profile));
        writer.setCreator(QStringLiteral("Leap Entra Setup"));

        QTextDocument doc;
        doc.setHtml(htmlReport(summary));
        doc.print(&writer);
    } // QPdfWriter finishes the file when it is destroyed.
    buffer.close();
    if (pdf.isEmpty()) {
        return Error::make(ErrorKind::Internal, tr("The PDF could not be written."),
                           tr("Export as HTML or Markdown instead."));
    }
    return pdf;
}

} // namespace leap::exporter
