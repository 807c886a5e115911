// leap-entra-sandbox: the offline sandbox tenant as a separate process.
//   leap-entra-sandbox --listen 127.0.0.1:PORT [--state FILE] [--replication-delay-ms N]
//                      [--auto-approve]
// Prints exactly one line "listening on http://127.0.0.1:NNNNN" on stdout once it serves, then
// runs until SIGINT or SIGTERM (saving the state first when --state is given).
// Exit status: 0 after a signal, 1 if it cannot bind or save, 2 for a bad command line.

#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the socket pair.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

bool parseListen(const QString &value, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint p = value.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "leap-entra-sandbox: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leap-entra-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEAP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the offline sandbox tenant: a loopback stand-in for Microsoft Entra ID and "
        "Microsoft Graph for demos and tests. Nothing reaches Microsoft."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Loopback address and port to serve on (port 0 picks a free one)."),
        QStringLiteral("address:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QStringLiteral("JSON file to load the directory from (if it exists) and save it to on "
                       "exit. It holds sandbox secrets: it is written owner-only."),
        QStringLiteral("file"));
    const QCommandLineOption delayOption(
        QStringLiteral("replication-delay-ms"),
        QStringLiteral("How long new applications, service principals and secrets stay invisible "
                       "(default 0)."),
        QStringLiteral("ms"));
    const QCommandLineOption approveOption(
        QStringLiteral("auto-approve"),
        QStringLiteral("Approve device codes and authorize requests at once, with no page."));
    parser.addOptions({listenOption, stateOption, delayOption, approveOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(2, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(2, QStringLiteral("unexpected argument '%1'")
                           .arg(parser.positionalArguments().constFirst()));

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listenOption), &address, &port))
        return fail(2, QStringLiteral("--listen takes address:port, e.g. 127.0.0.1:0 (got '%1')")
                           .arg(parser.value(listenOption)));
    if (!address.isLoopback())
        return fail(2, QStringLiteral("refusing to listen on %1: the sandbox serves loopback "
                                      "addresses only (127.0.0.1 or ::1)")
                           .arg(address.toString()));

    int delayMs = -1;
    if (parser.isSet(delayOption)) {
        bool ok = false;
        delayMs = parser.value(delayOption).toInt(&ok);
        if (!ok || delayMs < 0)
            return fail(2, QStringLiteral("--replication-delay-ms takes a number of milliseconds"));
    }

    leap::sandbox::SandboxServer server;
    const QString statePath = parser.value(stateOption);
    if (!statePath.isEmpty() && QFileInfo::exists(statePath)) {
        QString error;
        if (!server.loadState(statePath, &error))
            return fail(2, QStringLiteral("cannot load %1: %2").arg(statePath, error));
    }
    // Command-line settings win over a loaded state's configuration.
    if (delayMs >= 0)
        server.setReplicationDelayMs(delayMs);
    if (parser.isSet(approveOption))
        server.setAutoApprove(true);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return fail(1, QStringLiteral("cannot create the signal socket pair"));
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    if (!server.listen(address, port))
        return fail(1, QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);

    const int rc = app.exec();
    if (!statePath.isEmpty()) {
        QString error;
        if (!server.saveState(statePath, &error))
            return fail(1, QStringLiteral("cannot save %1: %2").arg(statePath, error));
    }
    return rc;
}
