#pragma once

#include "model/error.h"
#include "model/profile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace leap {

// One log line as the process's message handler saw it, after redaction.
struct SupportLogLine
{
    QDateTime time; // UTC, milliseconds
    QString category; // "leap.graph"
    QString level; // "debug", "info", "warning", "critical", "fatal"
    QString message; // already redacted

    QJsonObject toJson() const;
};

// The process's recent log lines, kept in memory for a support bundle. Bounded and thread-safe.
// The message handler (cli/logging.cpp, and the wizard's) appends every line AFTER redacting it,
// including debug lines it does not print, so a bundle written at the end of a run tells support
// what happened. Nothing here ever sees a raw message.
class SupportLog
{
public:
    static SupportLog &instance();

    void append(QtMsgType type, const char *category, const QString &redactedMessage);
    QList<SupportLogLine> lines() const;
    qsizetype droppedLines() const; // oldest lines dropped when the capacity was reached
    void setCapacity(int lines); // default 5000
    void clear();

private:
    mutable QMutex m_mutex;
    QList<SupportLogLine> m_lines;
    int m_capacity = 5000;
    qsizetype m_dropped = 0;
};

// A support bundle: one JSON document to attach to a support ticket (ours, or Microsoft's, who
// ask for Graph request-ids and timestamps). It holds the redacted log, the Graph request-ids
// found in it, the profile (metadata only: a profile never holds a secret), the product, Qt and
// OS versions, the command line and the run's outcome. Written to a file created 0600.
class SupportBundle
{
public:
    SupportBundle();

    // Defaults to SupportLog::instance()'s lines at construction.
    void setLog(const QList<SupportLogLine> &lines, qsizetype droppedLines = 0);
    void setProfile(const Profile &profile);
    // The program's arguments (no option carries a secret, by contract).
    void setCommandLine(const QStringList &arguments);
    // How the run ended: exit status and, if it failed, the error (message, code, request-id).
    void setOutcome(int exitCode, const Error &error = {});
    // Applied to every free-text string that goes into the bundle (log messages, error texts,
    // the command line), on top of the redaction the message handler already did. The CLI passes
    // cli::redact; storage/ cannot call up into cli/.
    void setRedactor(std::function<QString(const QString &)> redactor);

    QJsonObject toJson() const;
    // Writes the bundle atomically to `path`; the file is 0600 from its first byte (QSaveFile's
    // temporary file is created 0600 and renamed over the target, so a symbolic link at `path`
    // is replaced, not followed). Errors are of kind Internal and name the path.
    VoidResult write(const QString &path) const;

    // "request-id <guid>" (GraphClient's log format) and client-request-id values, in order,
    // without duplicates, each with the time of the first line that named it.
    static QList<QPair<QDateTime, QString>> requestIds(const QList<SupportLogLine> &lines);

private:
    QString clean(const QString &text) const;

    QDateTime m_generatedAt;
    QList<SupportLogLine> m_log;
    qsizetype m_dropped = 0;
    std::optional<Profile> m_profile;
    QStringList m_arguments;
    std::optional<int> m_exitCode;
    Error m_error;
    std::function<QString(const QString &)> m_redactor;
};

} // namespace leap
