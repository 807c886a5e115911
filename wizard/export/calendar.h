#pragma once

#include "model/error.h"
#include "model/summary.h"

#include <QByteArray>
#include <QDateTime>

namespace leap::exporter {

// An iCalendar (RFC 5545) file with one all-day event `daysBefore` days before the current
// secret's expiry (or today, if that day has passed), naming the profile, the application and the
// command to run (`leap-entra-setup --profile X rotate-secret`), with a reminder alarm. Error
// (BadInput) when the profile has no current secret with an end date, or it has expired.
Result<QByteArray> secretReminderIcs(const Summary &summary, int daysBefore = 14,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace leap::exporter
