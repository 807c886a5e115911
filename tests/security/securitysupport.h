#pragma once

// Helpers for the security tests: the real `leap-entra-setup` binary against a real
// `leap-entra-sandbox` process, every run on an isolated "machine" (HOME, XDG_*, a private
// TMPDIR per run), the real keychain of the test's D-Bus session (./dev test provides one),
// and a leak search that also looks for encoded forms of every issued secret and token.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace sectest {

inline constexpr auto kTenantId = "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35";
inline constexpr auto kTenantDomain = "contoso.onmicrosoft.com";

QString setupBinary();
QString sandboxBinary();
QString sourceDir();

// The leap-entra-sandbox process and its control API (/_sandbox/...).
class Sandbox
{
public:
    Sandbox() = default;
    ~Sandbox();
    bool start(QString *error);
    QUrl baseUrl() const { return m_base; }
    QStringList endpointArgs() const; // --authority URL --graph URL/graph

    int request(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                QJsonObject *answer = nullptr);
    QJsonObject get(const QString &path);
    bool config(const QJsonObject &partial);
    bool fault(const QJsonObject &fault);
    void clearFaults();
    QJsonArray requests();
    void clearRequests();
    QStringList issued(); // every secret, token, code, device_code value it ever issued
    QJsonObject tenant(const QString &tenantId = QString::fromLatin1(kTenantId));
    // Immediate device-code approval, 1 s polling, no faults, no delays.
    bool defaults();

private:
    QProcess m_process;
    QUrl m_base;
};

struct Run
{
    QStringList arguments;
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    qint64 elapsedMs = 0;
    QByteArray out;
    QByteArray err;
    QString describe() const;
};

// One administrator's machine: its own HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME,
// and a fresh TMPDIR for every run (all below one root, so a scan sees everything).
class Machine
{
public:
    Machine();
    bool isValid() const { return m_root.isValid(); }
    QString root() const { return m_root.path(); }
    QString home() const { return root() + QStringLiteral("/home"); }
    QString configDir() const { return root() + QStringLiteral("/config/leap-entra-setup"); }
    QString profilePath(const QString &name = QStringLiteral("default")) const;
    QJsonObject profile(const QString &name = QStringLiteral("default")) const;

    // Extra variables for every run (e.g. retry scaling); an empty value removes the variable.
    void setEnvironment(const QString &name, const QString &value);
    QProcessEnvironment environment(const QString &tmpDir) const;
    Run run(const QStringList &arguments, int timeoutMs = 120000,
            const QHash<QString, QString> &extraEnv = {});
    // Started and not waited for (kill tests); the caller owns the process.
    std::unique_ptr<QProcess> start(const QStringList &arguments);

    // Every file below the root (HOME, XDG dirs, every TMPDIR, exports): path -> content.
    QHash<QString, QByteArray> files() const;

private:
    QString newTmpDir();

    QTemporaryDir m_root;
    QHash<QString, QString> m_env;
    int m_runs = 0;
};

// Where (and in which form) any of `secrets` occurs in `data`: raw, base64, base64url,
// percent-encoded, or inside any base64 run that decodes to something containing it.
// Returns human-readable findings that never print a whole secret.
QStringList findLeaks(const QByteArray &data, const QStringList &secrets);

// The keychain through secret-tool, as QtKeychain stores it (service leap-entra-setup).
bool keychainAvailable();
QString keychainLookup(const QString &key);
// Keys (user attribute) of every leap-entra-setup item in the keychain.
QStringList keychainKeys();

// Commands the binary knows (from --help), to skip flows that have not landed yet.
QStringList availableCommands();
bool hasOption(const QString &command, const QString &option);

bool waitFor(const std::function<bool()> &condition, int timeoutMs);

} // namespace sectest
