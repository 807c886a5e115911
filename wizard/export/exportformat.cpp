#include "export/exportformat.h"

#include "export/leapsnippets.h"
#include "export/report.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace leap::exporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

constexpr ExportFormat kAllFormats[] = {
    ExportFormat::Json,    ExportFormat::Markdown,   ExportFormat::Html, ExportFormat::Pdf,
    ExportFormat::Liberty, ExportFormat::Properties, ExportFormat::Helm};

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Markdown:
        return QStringLiteral("markdown");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Liberty:
        return QStringLiteral("liberty");
    case ExportFormat::Properties:
        return QStringLiteral("properties");
    case ExportFormat::Helm:
        return QStringLiteral("helm");
    }
    return QStringLiteral("json");
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (ExportFormat f : kAllFormats) {
        if (exportFormatName(f) == n)
            return f;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (ExportFormat f : kAllFormats)
        names << exportFormatName(f);
    return names;
}

QString fileExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Liberty:
        return QStringLiteral("xml");
    case ExportFormat::Properties:
        return QStringLiteral("properties");
    case ExportFormat::Helm:
        return QStringLiteral("yaml");
    }
    return QStringLiteral("txt");
}

QString suggestedFileName(const QString &profile, ExportFormat format, const QDate &date)
{
    QString kind;
    switch (format) {
    case ExportFormat::Liberty:
        kind = QStringLiteral("-liberty");
        break;
    case ExportFormat::Properties:
        kind = QStringLiteral("-leap-config");
        break;
    case ExportFormat::Helm:
        kind = QStringLiteral("-helm-values");
        break;
    default:
        break;
    }
    return QStringLiteral("leap-entra-%1-%2%3.%4")
        .arg(profile, date.toString(Qt::ISODate), kind, fileExtension(format));
}

bool canCarrySecret(ExportFormat format)
{
    return format == ExportFormat::Json || format == ExportFormat::Liberty ||
           format == ExportFormat::Helm;
}

Result<QByteArray> renderExport(const Summary &summary, ExportFormat format, bool includeSecret)
{
    if (includeSecret && !canCarrySecret(format)) {
        return Error::badInput(
            QStringLiteral("--include-secret"),
            tr("The %1 format never contains the client secret.").arg(exportFormatName(format)),
            tr("Use --include-secret with json, liberty or helm, or leave it out."));
    }
    if (includeSecret && !summary.clientSecretValue) {
        return Error::make(ErrorKind::Storage,
                           tr("The client secret value is not available from the keychain."),
                           tr("Unlock the keychain, or rotate the secret to create a new one."));
    }

    Summary s = summary;
    if (!includeSecret)
        s.clientSecretValue.reset();
    SnippetOptions options;
    options.includeSecret = includeSecret;

    switch (format) {
    case ExportFormat::Json:
        return QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
    case ExportFormat::Markdown:
        return markdownReport(s).toUtf8();
    case ExportFormat::Html:
        return htmlReport(s).toUtf8();
    case ExportFormat::Pdf:
        return pdfReport(s);
    case ExportFormat::Liberty:
        return libertyServerXml(s, options).toUtf8();
    case ExportFormat::Properties:
        return leapProperties(s).toUtf8();
    case ExportFormat::Helm:
        return helmValues(s, options).toUtf8();
    }
    return Error::make(ErrorKind::Internal, tr("Unknown export format."));
}

} // namespace leap::exporter
