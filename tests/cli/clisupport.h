#pragma once

// Helpers for the command-line tests: the real `leap-entra-setup` binary run with QProcess against
// a real `leap-entra-sandbox` process, each test with its own HOME / XDG directories, inside the
// keychain D-Bus session of `./dev test` (or ctest wrapped by dbus-run-session).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace clitest {

inline constexpr auto kTenantId = "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35";
inline constexpr auto kTenantDomain = "contoso.onmicrosoft.com";

QString binaryDir();
QString setupBinary();
QString sandboxBinary();

// The leap-entra-sandbox process and its control API (/_sandbox/...).
class Sandbox
{
public:
    Sandbox();
    ~Sandbox();
    bool start(QString *error);
    QUrl baseUrl() const { return m_base; }
    // --authority URL --graph URL
    QStringList endpointArgs() const;

    QJsonObject get(const QString &path);
    int post(const QString &path, const QJsonObject &body, QJsonObject *answer = nullptr);
    int del(const QString &path);

    bool config(const QJsonObject &partial);
    bool fault(const QJsonObject &fault);
    void clearFaults();
    QJsonArray requests();
    void clearRequests();
    QStringList issuedValues();
    QStringList issuedValues(const QString &kind);
    QJsonObject state();
    QJsonObject tenant(const QString &tenantId = QString::fromLatin1(kTenantId));
    // The tenant's applications whose uniqueName is `uniqueName`.
    QJsonArray applications(const QString &uniqueName);
    QJsonArray servicePrincipalsFor(const QString &appId);
    // Graph requests that change something (POST/PATCH/PUT/DELETE below /graph/).
    QStringList graphWrites(const QJsonArray &requests) const;
    // The product's default test settings: immediate device-code approval, 1 s polling.
    bool defaults();

private:
    QProcess m_process;
    QUrl m_base;
};

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    QString describe() const; // for failure messages
};

// One administrator's machine: its own HOME, XDG_CONFIG_HOME, XDG_DATA_HOME.
class Machine
{
public:
    Machine();
    bool isValid() const { return m_dir.isValid(); }
    QProcessEnvironment environment() const;
    Run run(const QStringList &arguments, int timeoutMs = 120000) const;
    // Started, not waited for (kill tests).
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;
    QString configDir() const; // $XDG_CONFIG_HOME/leap-entra-setup
    QString profilePath(const QString &profile) const;
    QJsonObject profile(const QString &profile) const; // empty if missing or unreadable
    bool profileExists(const QString &profile) const;
    QString home() const { return m_dir.path(); }
    // Every file under HOME, as one blob (for leak scans).
    QByteArray allFiles() const;

private:
    QTemporaryDir m_dir;
};

// The keychain through secret-tool (libsecret), as QtKeychain stores it.
bool keychainAvailable();
QString keychainLookup(const QString &key);
bool keychainStore(const QString &key, const QString &value);
void keychainClear(const QString &key);

// Every value the sandbox ever issued that appears in `text` (should be none).
QStringList leaks(const QByteArray &text, const QStringList &issued);

bool waitFor(const std::function<bool()> &condition, int timeoutMs);

} // namespace clitest
