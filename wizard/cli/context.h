#pragma once

#include "cli/cli.h"
#include "cli/options.h"
#include "model/cloud.h"
#include "model/profile.h"
#include "model/summary.h"

#include <QCoro/QCoroTask>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTextStream>

#include <memory>

class QNetworkAccessManager;
class QFile;

namespace leap {
class GraphClient;
class ProfileStore;
class SecretStore;
class SignInSession;
} // namespace leap

namespace leap::cli {

// Everything a command needs, built once per run: the validated global options, the network
// access manager, endpoints, profile and secret stores, the administrator's sign-in and the two
// output streams. stdout carries only the command's result; everything else goes to stderr.
class Context : public QObject
{
    Q_OBJECT
public:
    Context(GlobalOptions options, Environment environment, QObject *parent = nullptr);
    ~Context() override;

    const GlobalOptions &options() const { return m_options; }
    const Environment &environment() const { return m_environment; }
    bool json() const { return m_options.json; }

    QNetworkAccessManager *network();
    ProfileStore &profiles();
    SecretStore &secrets();

    // Where the identity platform and Graph are: transient (app/) > --authority/--graph >
    // --cloud > the saved profile > global.
    Endpoints endpoints(const Profile *saved = nullptr) const;
    // The cloud for a new or saved profile: --cloud > the profile's > global.
    Cloud cloud(const Profile *saved = nullptr) const;
    // Copies the endpoint choice into a profile to be saved: the cloud, and --authority/--graph
    // as given (never the transient ones).
    void recordEndpoints(Profile &profile) const;
    // The contract's summary document of `profile`, with the endpoints this run really uses.
    Summary summary(const Profile &profile, const SummaryFacts &facts) const;
    // The public client the administrator signs in with.
    QString clientId() const;

    // Signs the administrator in to `tenant` at `endpoints`: discovery, then the sign-in cached in
    // the keychain if it is still good, else an interactive one (device code by default, prompt
    // on stderr; --sign-in browser). With `useCache` false nothing is read from or written to
    // the keychain (--dry-run writes nothing). The session belongs to the context.
    QCoro::Task<Result<SignInSession *>> signIn(Endpoints endpoints, QString tenant,
                                                bool useCache = true);
    // A Graph client for the signed-in session; its progress lines go to stderr.
    GraphClient *graph(const Endpoints &endpoints, SignInSession *session);

    // The exit status when run() succeeds (default 0): a command that printed its result but
    // found a problem (status: the configuration is not in order) sets it.
    void setExitStatus(int status) { m_exitStatus = status; }
    int exitStatus() const { return m_exitStatus; }

    // Result output (stdout).
    void print(const QString &line);
    void printJson(const QJsonObject &document);
    // Everything else (stderr).
    void progress(const QString &line);
    void warning(const QString &line);
    void errorLine(const QString &line);

private:
    GlobalOptions m_options;
    Environment m_environment;
    std::unique_ptr<QFile> m_stdout;
    std::unique_ptr<QFile> m_stderr;
    QTextStream m_out;
    QTextStream m_err;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_secrets = nullptr;
    SignInSession *m_session = nullptr;
    int m_exitStatus = 0;
};

} // namespace leap::cli
