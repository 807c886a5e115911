// leap-entra-setup: decides between the wizard (no command) and the command line, and, with
// --sandbox, starts the offline sandbox tenant in-process and points the product at it. Nothing
// below app/ knows that a sandbox exists: it only gets an authority and a Graph root.
#include "cli/cli.h"
#include "cli/logging.h"
#include "storage/profilestore.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <QCoro/QCoroTask>

#include <cstdio>
#include <memory>

#ifdef LEAP_HAVE_SANDBOX
#include "sandbox/sandboxserver.h"
#endif
#ifdef LEAP_HAVE_PAGES
#include "pages/setupwizard.h"
#include "pages/wizardoptions.h"
#include <QApplication>
#include <QNetworkAccessManager>
#endif

namespace {

void printLine(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void installTranslations(QCoreApplication &app, const QString &lang)
{
    leap::translations::install(app, lang); // (i18n) product + qtbase catalogues, --lang or locale
}

#ifdef LEAP_HAVE_SANDBOX
// The in-process sandbox tenant. Its directory is saved under the app's data location after every
// request, so `--sandbox configure` followed by `--sandbox status` in another process sees the same
// tenant, like a real one.
class InProcessSandbox
{
public:
    bool start(QString *error)
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/sandbox");
        if (!QDir().mkpath(dir)) {
            *error = QCoreApplication::translate("main", "Cannot create %1.").arg(dir);
            return false;
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_statePath = dir + QStringLiteral("/tenant.json");
        if (QFile::exists(m_statePath)) {
            QString loadError;
            if (!m_server.loadState(m_statePath, &loadError))
                printLine(QCoreApplication::translate(
                              "main", "leap-entra-setup: the saved sandbox tenant (%1) could not "
                                      "be read (%2); starting from a fresh one.")
                              .arg(m_statePath, loadError));
        }
        // Demos sign in without anybody at a browser: the sandbox administrator approves at once.
        m_server.setAutoApprove(true);
        m_server.setDeviceCodeIntervalSec(1);
        if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            *error = QCoreApplication::translate("main", "Cannot listen on 127.0.0.1.");
            return false;
        }
        QObject::connect(&m_server, &leap::sandbox::SandboxServer::requestLogged, &m_server,
                         [this] { save(); });
        return true;
    }

    void save()
    {
        QString error;
        if (!m_server.saveState(m_statePath, &error))
            printLine(QCoreApplication::translate(
                          "main", "leap-entra-setup: could not save the sandbox tenant: %1")
                          .arg(error));
        QFile::setPermissions(m_statePath, QFile::ReadOwner | QFile::WriteOwner);
    }

    QUrl authority() const { return m_server.baseUrl(); }
    QUrl graph() const { return m_server.graphRoot(); }

private:
    leap::sandbox::SandboxServer m_server;
    QString m_statePath;
};

QString sandboxProfileDirectory()
{
    // Sandbox profiles live apart from real ones, so a demo never touches a real profile.
    return leap::ProfileStore::defaultDirectory() + QStringLiteral("/sandbox");
}

void printSandboxNotice(const QUrl &authority)
{
    printLine(QCoreApplication::translate(
                  "main", "leap-entra-setup: using the offline sandbox tenant (%1); nothing "
                          "reaches Microsoft. Sign-in is approved automatically as %2.")
                  .arg(authority.toString(), QString::fromLatin1(leap::sandbox::seed::kAdminUpn)));
}
#endif

int runWizard(int argc, char *argv[], const QStringList &arguments,
              const leap::cli::Invocation &invocation)
{
#ifdef LEAP_HAVE_PAGES
    QApplication app(argc, argv);
    leap::cli::installMessageHandler(invocation.verbose);
    installTranslations(app, invocation.lang);
    const leap::Result<leap::cli::WizardArguments> args = leap::cli::readWizardArguments(arguments);
    if (!args) {
        printLine(QCoreApplication::translate("main", "leap-entra-setup: error: %1")
                      .arg(args.error().text()));
        return 2;
    }
    const leap::cli::GlobalOptions &g = args->globals;
    QNetworkAccessManager network;
    leap::ui::WizardOptions options;
    options.network = &network;
    options.endpoints = leap::Endpoints::forCloud(g.cloud.value_or(leap::Cloud::Global));
    if (!g.authority.isEmpty())
        options.endpoints.authority = g.authority;
    if (!g.graph.isEmpty())
        options.endpoints.graph = g.graph;
    options.endpointsOverridden = !g.authority.isEmpty() || !g.graph.isEmpty();
    options.profileName = g.profile;
    if (!g.clientId.isEmpty())
        options.clientId = g.clientId;
    options.signInMethod = g.signIn;
    options.tenant = args->tenant;
    options.leapHost = args->leapHost;
    options.redactor = &leap::cli::redact;
    options.commandLine = arguments;
    options.supportBundlePath = g.supportBundle;
#ifdef LEAP_HAVE_SANDBOX
    std::unique_ptr<InProcessSandbox> sandbox;
    if (g.sandbox) {
        sandbox = std::make_unique<InProcessSandbox>();
        QString error;
        if (!sandbox->start(&error)) {
            printLine(QCoreApplication::translate(
                          "main", "leap-entra-setup: the offline sandbox could not start: %1")
                          .arg(error));
            return 1;
        }
        options.endpoints.authority = sandbox->authority();
        options.endpoints.graph = sandbox->graph();
        options.endpointsOverridden = true;
        options.sandbox = true;
        options.profileDirectory = sandboxProfileDirectory();
        if (options.tenant.isEmpty())
            options.tenant = QString::fromLatin1(leap::sandbox::seed::kTenantDomain);
        printSandboxNotice(sandbox->authority());
    }
#endif
    const int code = leap::ui::runWizard(options);
#ifdef LEAP_HAVE_SANDBOX
    if (sandbox)
        sandbox->save();
#endif
    return code;
#else
    Q_UNUSED(arguments);
    Q_UNUSED(invocation);
    QCoreApplication app(argc, argv);
    printLine(QCoreApplication::translate(
        "main", "leap-entra-setup: this build has no graphical wizard. Use a command instead; "
                "`leap-entra-setup --help` lists them."));
    return 1;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("leap-entra-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEAP_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const leap::cli::Invocation invocation = leap::cli::inspect(arguments);

    if (invocation.command.isEmpty() && !invocation.help && !invocation.version)
        return runWizard(argc, argv, arguments, invocation);

    std::unique_ptr<QCoreApplication> app;
    if (invocation.needsGuiApplication) {
        // PDF export needs fonts, i.e. a QGuiApplication; a server has no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    leap::cli::installMessageHandler(invocation.verbose);
    installTranslations(*app, invocation.lang);

    leap::cli::Environment environment;
#ifdef LEAP_HAVE_SANDBOX
    std::unique_ptr<InProcessSandbox> sandbox;
#endif
    if (invocation.sandbox && invocation.valid && !invocation.help && !invocation.version) {
#ifdef LEAP_HAVE_SANDBOX
        sandbox = std::make_unique<InProcessSandbox>();
        QString error;
        if (!sandbox->start(&error)) {
            printLine(QCoreApplication::translate(
                          "main", "leap-entra-setup: the offline sandbox could not start: %1")
                          .arg(error));
            return 1;
        }
        environment.authority = sandbox->authority();
        environment.graph = sandbox->graph();
        environment.profileDirectory = sandboxProfileDirectory();
        printSandboxNotice(sandbox->authority());
#else
        printLine(QCoreApplication::translate(
            "main", "leap-entra-setup: this build has no offline sandbox (--sandbox)."));
        return 1;
#endif
    }

    int exitCode = 1;
    QCoro::connect(leap::cli::run(arguments, environment), app.get(), [&exitCode](int code) {
        exitCode = code;
        // Queued: the command may finish before the event loop runs (--help, bad input).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
            Qt::QueuedConnection);
    });
    const int loopCode = app->exec();
#ifdef LEAP_HAVE_SANDBOX
    if (sandbox)
        sandbox->save();
#endif
    return loopCode == 0 ? exitCode : loopCode;
}
