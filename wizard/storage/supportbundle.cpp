#include "storage/supportbundle.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryFile>

#include <cstdio>

namespace leap {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("SupportBundle", s);
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("unknown");
}
} // namespace

QJsonObject SupportLogLine::toJson() const
{
    return {{QStringLiteral("time"), iso(time)},
            {QStringLiteral("category"), category},
            {QStringLiteral("level"), level},
            {QStringLiteral("message"), message}};
}

SupportLog &SupportLog::instance()
{
    static SupportLog log;
    return log;
}

void SupportLog::append(QtMsgType type, const char *category, const QString &redactedMessage)
{
    SupportLogLine line {QDateTime::currentDateTimeUtc(),
                         category ? QString::fromLatin1(category) : QStringLiteral("default"),
                         levelName(type), redactedMessage};
    const QMutexLocker lock(&m_mutex);
    m_lines.append(std::move(line));
    if (m_lines.size() > m_capacity) {
        const qsizetype excess = m_lines.size() - m_capacity;
        m_lines.remove(0, excess);
        m_dropped += excess;
    }
}

QList<SupportLogLine> SupportLog::lines() const
{
    const QMutexLocker lock(&m_mutex);
    return m_lines;
}

qsizetype SupportLog::droppedLines() const
{
    const QMutexLocker lock(&m_mutex);
    return m_dropped;
}

void SupportLog::setCapacity(int lines)
{
    const QMutexLocker lock(&m_mutex);
    m_capacity = qMax(1, lines);
    if (m_lines.size() > m_capacity) {
        const qsizetype excess = m_lines.size() - m_capacity;
        m_lines.remove(0, excess);
        m_dropped += excess;
    }
}

void SupportLog::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_lines.clear();
    m_dropped = 0;
}

SupportBundle::SupportBundle()
    : m_generatedAt(QDateTime::currentDateTimeUtc()), m_log(SupportLog::instance().lines()),
      m_dropped(SupportLog::instance().droppedLines())
{
}

void SupportBundle::setLog(const QList<SupportLogLine> &lines, qsizetype droppedLines)
{
    m_log = lines;
    m_dropped = droppedLines;
}

void SupportBundle::setProfile(const Profile &profile)
{
    m_profile = profile;
}

void SupportBundle::setCommandLine(const QStringList &arguments)
{
    m_arguments = arguments;
}

void SupportBundle::setOutcome(int exitCode, const Error &error)
{
    m_exitCode = exitCode;
    m_error = error;
}

void SupportBundle::setRedactor(std::function<QString(const QString &)> redactor)
{
    m_redactor = std::move(redactor);
}

QString SupportBundle::clean(const QString &text) const
{
    return m_redactor ? m_redactor(text) : text;
}

QList<QPair<QDateTime, QString>> SupportBundle::requestIds(const QList<SupportLogLine> &lines)
{
    static const QRegularExpression id(QStringLiteral(
        "(?:client-)?request-id\"?[\\s:=]+\"?([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-"
        "[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})"));
    QList<QPair<QDateTime, QString>> ids;
    QSet<QString> seen;
    for (const SupportLogLine &line : lines) {
        auto it = id.globalMatch(line.message);
        while (it.hasNext()) {
            const QString value = it.next().captured(1).toLower();
            if (!seen.contains(value)) {
                seen.insert(value);
                ids.append({line.time, value});
            }
        }
    }
    return ids;
}

QJsonObject SupportBundle::toJson() const
{
    QJsonObject product {{QStringLiteral("name"), QStringLiteral("leap-entra-setup")},
                         {QStringLiteral("version"), QCoreApplication::applicationVersion()}};
    QJsonObject versions {{QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)},
                          {QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion())}};
    QJsonObject os {{QStringLiteral("name"), QSysInfo::prettyProductName()},
                    {QStringLiteral("kernel"), QString(QSysInfo::kernelType() + QLatin1Char(' ') +
                                                       QSysInfo::kernelVersion())},
                    {QStringLiteral("architecture"), QSysInfo::currentCpuArchitecture()},
                    {QStringLiteral("locale"), QLocale::system().name()}};

    QJsonArray arguments;
    for (const QString &a : m_arguments)
        arguments.append(clean(a));

    QJsonArray requests;
    QList<SupportLogLine> log = m_log;
    for (SupportLogLine &line : log)
        line.message = clean(line.message);
    for (const auto &[time, requestId] : requestIds(log))
        requests.append(QJsonObject {{QStringLiteral("time"), iso(time)},
                                     {QStringLiteral("requestId"), requestId}});
    QJsonArray lines;
    for (const SupportLogLine &line : log)
        lines.append(line.toJson());

    QJsonObject bundle {{QStringLiteral("bundleVersion"), 1},
                        {QStringLiteral("generatedAt"), iso(m_generatedAt)},
                        {QStringLiteral("product"), product},
                        {QStringLiteral("versions"), versions},
                        {QStringLiteral("os"), os},
                        {QStringLiteral("commandLine"), arguments},
                        {QStringLiteral("graphRequests"), requests},
                        {QStringLiteral("log"), lines},
                        {QStringLiteral("droppedLogLines"), qint64(m_dropped)}};
    if (m_profile)
        bundle.insert(QStringLiteral("profile"), m_profile->toJson());
    if (m_exitCode) {
        QJsonObject outcome {{QStringLiteral("exitCode"), *m_exitCode}};
        if (m_error.isError()) {
            outcome.insert(QStringLiteral("error"), errorKindName(m_error.kind));
            outcome.insert(QStringLiteral("message"), clean(m_error.message));
            outcome.insert(QStringLiteral("fix"), clean(m_error.fix));
            outcome.insert(QStringLiteral("code"), m_error.code);
            outcome.insert(QStringLiteral("requestId"), m_error.requestId);
            outcome.insert(QStringLiteral("httpStatus"), m_error.httpStatus);
            outcome.insert(QStringLiteral("time"), iso(m_error.time));
        }
        bundle.insert(QStringLiteral("outcome"), outcome);
    }
    return bundle;
}

VoidResult SupportBundle::write(const QString &path) const
{
    const QString fix = tr("Choose a file in a directory you can write to.");
    if (path.isEmpty())
        return Error::badInput(QStringLiteral("--support-bundle"),
                               tr("--support-bundle needs a file name."), fix);
    const auto failed = [&](const QString &why) {
        return Error::make(ErrorKind::Internal,
                           tr("Cannot write the support bundle %1: %2.").arg(path, why), fix);
    };
    // QTemporaryFile creates its file with mode 0600 (never wider, whatever the umask), next to
    // the target; it is then renamed over it. So the bundle is private from its first byte, and a
    // symbolic link planted at `path` is replaced rather than followed. (QSaveFile would create
    // its temporary file 0666 & umask and narrow it afterwards.)
    const QFileInfo target(path);
    QTemporaryFile file(target.absolutePath() + QStringLiteral("/.leap-support-XXXXXX"));
    if (!file.open())
        return failed(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size() || !file.flush())
        return failed(file.errorString());
    file.close();
    const QByteArray from = QFile::encodeName(file.fileName());
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        // Windows' rename does not replace an existing file.
        if (!QFile::exists(path) || !QFile::remove(path) ||
            std::rename(from.constData(), to.constData()) != 0)
            return failed(tr("the file could not be replaced"));
    }
    file.setAutoRemove(false); // renamed: nothing left to remove
    return {};
}

} // namespace leap
