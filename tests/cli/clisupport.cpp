#include "clisupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

namespace clitest {

QString binaryDir()
{
    return qEnvironmentVariable("LEAP_BINARY_DIR");
}

QString setupBinary()
{
    return binaryDir() + QStringLiteral("/app/leap-entra-setup");
}

QString sandboxBinary()
{
    return binaryDir() + QStringLiteral("/app/leap-entra-sandbox");
}

Sandbox::Sandbox() = default;

Sandbox::~Sandbox()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool Sandbox::start(QString *error)
{
    m_process.setProgram(sandboxBinary());
    m_process.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error =
            QStringLiteral("cannot start %1: %2").arg(sandboxBinary(), m_process.errorString());
        return false;
    }
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 15000) {
        if (!m_process.waitForReadyRead(500) && m_process.state() == QProcess::NotRunning)
            break;
        line += m_process.readAllStandardOutput();
    }
    const int at = line.indexOf("http://");
    if (at < 0) {
        *error =
            QStringLiteral("the sandbox did not say where it listens: %1 %2")
                .arg(QString::fromUtf8(line), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_base = QUrl(QString::fromUtf8(line.mid(at).trimmed()));
    return defaults();
}

QStringList Sandbox::endpointArgs() const
{
    return {QStringLiteral("--authority"), m_base.toString(), QStringLiteral("--graph"),
            m_base.toString() + QStringLiteral("/graph")};
}

namespace {
QNetworkAccessManager &nam()
{
    static QNetworkAccessManager manager;
    return manager;
}

// Tests may wait synchronously; product code never does.
QByteArray exchange(const QByteArray &verb, const QUrl &url, const QByteArray &body, int *status)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = nam().sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}
} // namespace

QJsonObject Sandbox::get(const QString &path)
{
    int status = 0;
    const QByteArray body = exchange("GET", QUrl(m_base.toString() + path), {}, &status);
    return QJsonDocument::fromJson(body).object();
}

int Sandbox::post(const QString &path, const QJsonObject &body, QJsonObject *answer)
{
    int status = 0;
    const QByteArray reply = exchange("POST", QUrl(m_base.toString() + path),
                                      QJsonDocument(body).toJson(QJsonDocument::Compact), &status);
    if (answer)
        *answer = QJsonDocument::fromJson(reply).object();
    return status;
}

int Sandbox::del(const QString &path)
{
    int status = 0;
    exchange("DELETE", QUrl(m_base.toString() + path), {}, &status);
    return status;
}

bool Sandbox::config(const QJsonObject &partial)
{
    return post(QStringLiteral("/_sandbox/config"), partial) == 200;
}

bool Sandbox::fault(const QJsonObject &f)
{
    return post(QStringLiteral("/_sandbox/faults"), f) == 201;
}

void Sandbox::clearFaults()
{
    del(QStringLiteral("/_sandbox/faults"));
}

QJsonArray Sandbox::requests()
{
    return get(QStringLiteral("/_sandbox/requests")).value(QStringLiteral("requests")).toArray();
}

void Sandbox::clearRequests()
{
    del(QStringLiteral("/_sandbox/requests"));
}

QStringList Sandbox::issuedValues()
{
    return issuedValues(QString());
}

QStringList Sandbox::issuedValues(const QString &kind)
{
    QStringList values;
    const QJsonArray issued =
        get(QStringLiteral("/_sandbox/issued")).value(QStringLiteral("issued")).toArray();
    for (const QJsonValue &v : issued) {
        const QJsonObject o = v.toObject();
        if (kind.isEmpty() || o.value(QStringLiteral("kind")).toString() == kind)
            values << o.value(QStringLiteral("value")).toString();
    }
    return values;
}

QJsonObject Sandbox::state()
{
    return get(QStringLiteral("/_sandbox/state"));
}

QJsonObject Sandbox::tenant(const QString &tenantId)
{
    const QJsonArray tenants = state().value(QStringLiteral("tenants")).toArray();
    for (const QJsonValue &t : tenants) {
        if (t.toObject().value(QStringLiteral("id")).toString() == tenantId)
            return t.toObject();
    }
    return {};
}

QJsonArray Sandbox::applications(const QString &uniqueName)
{
    QJsonArray result;
    for (const QJsonValue &a : tenant().value(QStringLiteral("applications")).toArray()) {
        if (a.toObject().value(QStringLiteral("uniqueName")).toString() == uniqueName)
            result.append(a);
    }
    return result;
}

QJsonArray Sandbox::servicePrincipalsFor(const QString &appId)
{
    QJsonArray result;
    for (const QJsonValue &s : tenant().value(QStringLiteral("servicePrincipals")).toArray()) {
        if (s.toObject().value(QStringLiteral("appId")).toString() == appId)
            result.append(s);
    }
    return result;
}

QStringList Sandbox::graphWrites(const QJsonArray &requests) const
{
    QStringList writes;
    for (const QJsonValue &v : requests) {
        const QJsonObject r = v.toObject();
        const QString method = r.value(QStringLiteral("method")).toString();
        const QString path = r.value(QStringLiteral("path")).toString();
        if (!path.startsWith(QLatin1String("/graph/")))
            continue;
        // $batch carries its requests inside; the product uses it only for reads or writes,
        // so it counts as a write unless proven otherwise.
        if (method != QLatin1String("GET") && method != QLatin1String("HEAD"))
            writes << method + QLatin1Char(' ') + path;
    }
    return writes;
}

bool Sandbox::defaults()
{
    clearFaults();
    return config(QJsonObject {{QStringLiteral("autoApprove"), true},
                               {QStringLiteral("deviceCodeIntervalSec"), 1},
                               {QStringLiteral("replicationDelayMs"), 0},
                               {QStringLiteral("accessTokenLifetimeSec"), 3600},
                               {QStringLiteral("userLacksPrivilegedRole"), false},
                               {QStringLiteral("secretMaxLifetimeDays"), 0}});
}

QString Run::describe() const
{
    return QStringLiteral("exit %1%2%3\n--- stdout ---\n%4\n--- stderr ---\n%5")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

Machine::Machine()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("config"));
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));
    QDir(m_dir.path()).mkpath(QStringLiteral("cache"));
}

QProcessEnvironment Machine::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.path() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

Run Machine::run(const QStringList &arguments, int timeoutMs) const
{
    Run result;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProgram(setupBinary());
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    return result;
}

std::unique_ptr<QProcess> Machine::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->setProgram(setupBinary());
    process->setArguments(arguments);
    process->start();
    process->waitForStarted(10000);
    process->closeWriteChannel();
    return process;
}

QString Machine::configDir() const
{
    return m_dir.path() + QStringLiteral("/config/leap-entra-setup");
}

QString Machine::profilePath(const QString &profile) const
{
    return configDir() + QStringLiteral("/profiles/") + profile + QStringLiteral(".json");
}

QJsonObject Machine::profile(const QString &profile) const
{
    QFile file(profilePath(profile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool Machine::profileExists(const QString &profile) const
{
    return QFile::exists(profilePath(profile));
}

QByteArray Machine::allFiles() const
{
    QByteArray blob;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            blob += file.readAll() + '\n';
    }
    return blob;
}

bool keychainAvailable()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
        QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        return false;
    const QString probe = QStringLiteral("probe/%1").arg(QCoreApplication::applicationPid());
    if (!keychainStore(probe, QStringLiteral("x")))
        return false;
    const bool ok = keychainLookup(probe) == QLatin1String("x");
    keychainClear(probe);
    return ok;
}

QString keychainLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("leap-entra-setup"),
             QStringLiteral("user"), key});
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool keychainStore(const QString &key, const QString &value)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("store"), QStringLiteral("--label=leap-entra-setup test"),
             QStringLiteral("server"), QStringLiteral("leap-entra-setup"), QStringLiteral("user"),
             key});
    p.waitForStarted(5000);
    p.write(value.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    return p.exitCode() == 0;
}

void keychainClear(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("leap-entra-setup"),
             QStringLiteral("user"), key});
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
    }
}

QStringList leaks(const QByteArray &text, const QStringList &issued)
{
    QStringList found;
    for (const QString &value : issued) {
        // Short values (none are issued) would match by chance; every issued value is long.
        if (value.size() >= 8 && text.contains(value.toUtf8()))
            found << value.left(6) + QStringLiteral("…");
    }
    return found;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QTest::qWait(50);
    }
    return condition();
}

} // namespace clitest
