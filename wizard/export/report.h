#pragma once

#include "model/error.h"
#include "model/summary.h"

#include <QByteArray>
#include <QString>

// The summary for people to file away: tenant, application, redirect URI, permissions with
// consent, secrets with expiry (never a value), who set it up and when, and what to do in Leap
// next (WebSphere and Kubernetes).
namespace leap::exporter {

QString markdownReport(const Summary &summary);
QString htmlReport(const Summary &summary);
// Rendered with QTextDocument + QPdfWriter. Needs a QGuiApplication (fonts); without one it
// returns an Internal error instead of crashing.
Result<QByteArray> pdfReport(const Summary &summary);

// Days left of a secret at or below this are a warning (issue 5).
inline constexpr int kExpiryWarningDays = 30;

} // namespace leap::exporter
