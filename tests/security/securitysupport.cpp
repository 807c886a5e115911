#include "securitysupport.h"

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
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace sectest {

QString setupBinary()
{
    return qEnvironmentVariable("LEAP_BINARY_DIR") + QStringLiteral("/app/leap-entra-setup");
}

QString sandboxBinary()
{
    return qEnvironmentVariable("LEAP_BINARY_DIR") + QStringLiteral("/app/leap-entra-sandbox");
}

QString sourceDir()
{
    return qEnvironmentVariable("LEAP_SOURCE_DIR");
}

// ---------------------------------------------------------------------------------------------
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
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error =
            QStringLiteral("cannot start %1: %2").arg(sandboxBinary(), m_process.errorString());
        return false;
    }
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 20000) {
        if (!m_process.waitForReadyRead(500) && m_process.state() == QProcess::NotRunning)
            break;
        line += m_process.readAllStandardOutput();
    }
    const qsizetype at = line.indexOf("http://");
    if (at < 0) {
        *error =
            QStringLiteral("the sandbox did not say where it listens: %1 %2")
                .arg(QString::fromUtf8(line), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_base = QUrl(QString::fromUtf8(line.mid(at).trimmed()));
    if (!defaults()) {
        *error = QStringLiteral("the sandbox refused the test configuration");
        return false;
    }
    return true;
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
} // namespace

int Sandbox::request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                     QJsonObject *answer)
{
    QNetworkRequest request(QUrl(m_base.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    const QByteArray data = body.isEmpty() && verb != "POST"
                                ? QByteArray()
                                : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam().sendCustomRequest(request, verb, data);
    // A test may wait synchronously; product code never does.
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer)
        *answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return status;
}

QJsonObject Sandbox::get(const QString &path)
{
    QJsonObject answer;
    request("GET", path, {}, &answer);
    return answer;
}

bool Sandbox::config(const QJsonObject &partial)
{
    return request("POST", QStringLiteral("/_sandbox/config"), partial) == 200;
}

bool Sandbox::fault(const QJsonObject &f)
{
    const int status = request("POST", QStringLiteral("/_sandbox/faults"), f);
    return status == 200 || status == 201;
}

void Sandbox::clearFaults()
{
    request("DELETE", QStringLiteral("/_sandbox/faults"));
}

QJsonArray Sandbox::requests()
{
    return get(QStringLiteral("/_sandbox/requests")).value(QStringLiteral("requests")).toArray();
}

void Sandbox::clearRequests()
{
    request("DELETE", QStringLiteral("/_sandbox/requests"));
}

QStringList Sandbox::issued()
{
    QStringList values;
    const QJsonArray all =
        get(QStringLiteral("/_sandbox/issued")).value(QStringLiteral("issued")).toArray();
    for (const QJsonValue &v : all) {
        const QString value = v.toObject().value(QStringLiteral("value")).toString();
        if (!value.isEmpty())
            values << value;
    }
    return values;
}

QJsonObject Sandbox::tenant(const QString &tenantId)
{
    const QJsonArray tenants =
        get(QStringLiteral("/_sandbox/state")).value(QStringLiteral("tenants")).toArray();
    for (const QJsonValue &t : tenants) {
        if (t.toObject().value(QStringLiteral("id")).toString() == tenantId)
            return t.toObject();
    }
    return {};
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

// ---------------------------------------------------------------------------------------------
QString Run::describe() const
{
    return QStringLiteral("leap-entra-setup %1\nexit %2%3%4 after %5 ms\n--- stdout ---\n%6\n"
                          "--- stderr ---\n%7")
        .arg(arguments.join(QLatin1Char(' ')))
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
        .arg(elapsedMs)
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(6000)));
}

Machine::Machine()
{
    for (const char *dir : {"home", "config", "data", "cache", "tmp"})
        QDir(root()).mkpath(QLatin1String(dir));
}

QString Machine::profilePath(const QString &name) const
{
    return configDir() + QStringLiteral("/profiles/") + name + QStringLiteral(".json");
}

QJsonObject Machine::profile(const QString &name) const
{
    QFile file(profilePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void Machine::setEnvironment(const QString &name, const QString &value)
{
    m_env.insert(name, value);
}

QProcessEnvironment Machine::environment(const QString &tmpDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("TMPDIR"), tmpDir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    return env;
}

QString Machine::newTmpDir()
{
    const QString dir = root() + QStringLiteral("/tmp/run%1").arg(++m_runs);
    QDir().mkpath(dir);
    return dir;
}

Run Machine::run(const QStringList &arguments, int timeoutMs,
                 const QHash<QString, QString> &extraEnv)
{
    Run result;
    result.arguments = arguments;
    QProcess process;
    QProcessEnvironment env = environment(newTmpDir());
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home());
    process.setProgram(setupBinary());
    process.setArguments(arguments);
    QElapsedTimer timer;
    timer.start();
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
    result.elapsedMs = timer.elapsed();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    return result;
}

std::unique_ptr<QProcess> Machine::start(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment(newTmpDir()));
    process->setWorkingDirectory(home());
    process->setProgram(setupBinary());
    process->setArguments(arguments);
    process->start();
    process->waitForStarted(10000);
    process->closeWriteChannel();
    return process;
}

QHash<QString, QByteArray> Machine::files() const
{
    QHash<QString, QByteArray> all;
    QDirIterator it(root(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            all.insert(path.mid(root().size() + 1), file.readAll());
    }
    return all;
}

// ---------------------------------------------------------------------------------------------
QStringList findLeaks(const QByteArray &data, const QStringList &secrets)
{
    QStringList findings;
    // Base64 runs in the data, decoded once, so a secret inside an encoded blob (a JWT payload,
    // a Basic header, a base64'd file) is found whatever its alignment.
    static const QRegularExpression run(QStringLiteral("[A-Za-z0-9+/_-]{16,}={0,2}"));
    QList<QByteArray> decoded;
    auto it = run.globalMatch(QString::fromLatin1(data));
    while (it.hasNext()) {
        const QByteArray chunk = it.next().captured(0).toLatin1();
        for (const auto mode : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray d = QByteArray::fromBase64(chunk, mode);
            if (d.size() >= 8)
                decoded << d;
        }
    }
    for (const QString &secret : secrets) {
        if (secret.size() < 8) // every issued value is long; short ones would match by chance
            continue;
        const QByteArray raw = secret.toUtf8();
        const QString shown = secret.left(4) + QStringLiteral("…(%1 chars)").arg(secret.size());
        const QList<std::pair<const char *, QByteArray>> forms = {
            {"raw", raw},
            {"base64", raw.toBase64()},
            {"base64 (no padding)", raw.toBase64(QByteArray::OmitTrailingEquals)},
            {"base64url",
             raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
            {"percent-encoded", QUrl::toPercentEncoding(secret)},
            {"form-encoded", QUrl::toPercentEncoding(secret).replace("%20", "+")},
        };
        QSet<QByteArray> seen;
        for (const auto &[name, form] : forms) {
            if (seen.contains(form))
                continue;
            seen.insert(form);
            if (data.contains(form))
                findings << QStringLiteral("%1 (%2)").arg(shown, QLatin1String(name));
        }
        for (const QByteArray &d : decoded) {
            if (d.contains(raw)) {
                findings << QStringLiteral("%1 (inside a base64 run)").arg(shown);
                break;
            }
        }
    }
    return findings;
}

// ---------------------------------------------------------------------------------------------
namespace {
QByteArray secretTool(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), arguments);
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput() + p.readAllStandardError();
}
} // namespace

bool keychainAvailable()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
        QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        return false;
    const QString key = QStringLiteral("probe/%1").arg(QCoreApplication::applicationPid());
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("store"), QStringLiteral("--label=probe"), QStringLiteral("server"),
             QStringLiteral("leap-entra-setup-probe"), QStringLiteral("user"), key});
    p.waitForStarted(5000);
    p.write("x");
    p.closeWriteChannel();
    if (!p.waitForFinished(10000) || p.exitCode() != 0) {
        p.kill();
        return false;
    }
    const bool ok =
        secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                    QStringLiteral("leap-entra-setup-probe"), QStringLiteral("user"), key}) == "x";
    secretTool({QStringLiteral("clear"), QStringLiteral("server"),
                QStringLiteral("leap-entra-setup-probe"), QStringLiteral("user"), key});
    return ok;
}

QString keychainLookup(const QString &key)
{
    int code = 0;
    const QByteArray out =
        secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                    QStringLiteral("leap-entra-setup"), QStringLiteral("user"), key},
                   &code);
    return code == 0 ? QString::fromUtf8(out) : QString();
}

QStringList keychainKeys()
{
    const QByteArray out =
        secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    QStringLiteral("leap-entra-setup")});
    QStringList keys;
    static const QRegularExpression user(QStringLiteral("^attribute\\.user = (.*)$"),
                                         QRegularExpression::MultilineOption);
    auto it = user.globalMatch(QString::fromUtf8(out));
    while (it.hasNext())
        keys << it.next().captured(1).trimmed();
    keys.sort();
    return keys;
}

QStringList availableCommands()
{
    QProcess p;
    p.setProgram(setupBinary());
    p.setArguments({QStringLiteral("--help")});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    const QString help = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    const qsizetype at = help.indexOf(QLatin1String("Commands:"));
    QStringList commands;
    if (at < 0)
        return commands;
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]+)\\s"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(help.mid(at));
    while (it.hasNext())
        commands << it.next().captured(1);
    return commands;
}

bool hasOption(const QString &command, const QString &option)
{
    QProcess p;
    p.setProgram(setupBinary());
    p.setArguments(command.isEmpty() ? QStringList {QStringLiteral("--help")}
                                     : QStringList {command, QStringLiteral("--help")});
    p.start();
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).contains(option);
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

} // namespace sectest
