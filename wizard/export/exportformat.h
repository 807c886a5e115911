#pragma once

#include "model/error.h"
#include "model/summary.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// One entry point for every export format of the contract (`export --format ...`, the wizard's
// export buttons).
namespace leap::exporter {

enum class ExportFormat { Json, Markdown, Html, Pdf, Liberty, Properties, Helm };

QString exportFormatName(ExportFormat format); // the contract's --format value
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();
QString
fileExtension(ExportFormat format); // "json", "md", "html", "pdf", "xml", "properties", "yaml"
// Name a Save dialog suggests: leap-entra-<profile>-<yyyy-MM-dd>[-<kind>].<ext>
QString suggestedFileName(const QString &profile, ExportFormat format,
                          const QDate &date = QDate::currentDate());

// Formats that can carry the client secret value (json: clientSecretValue; liberty: the
// clientSecret attribute; helm: the kubectl line). The human formats never show it.
bool canCarrySecret(ExportFormat format);

// Renders `summary` in `format`. The secret value (summary.clientSecretValue) is used only with
// includeSecret; otherwise it is left out whatever the summary holds. includeSecret with a format
// that cannot carry it, or without a value, is a BadInput error. pdf needs a QGuiApplication.
Result<QByteArray> renderExport(const Summary &summary, ExportFormat format,
                                bool includeSecret = false);

} // namespace leap::exporter
