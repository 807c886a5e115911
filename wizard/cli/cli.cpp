#include "cli/cli.h"

#include "cli/command.h"
#include "cli/context.h"
#include "cli/logging.h"
#include "cli/options.h"
#include "model/validation.h"
#include "storage/profilestore.h"
#include "storage/supportbundle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace leap::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("leap::cli", s);
}

QString programName()
{
    return QStringLiteral("leap-entra-setup");
}

// Every option of every command, so the command name can be found wherever the options are.
// The same option name always means the same thing (value or flag) across commands.
void addAllOptions(QCommandLineParser &parser)
{
    QSet<QString> seen;
    const auto add = [&](const QList<QCommandLineOption> &options) {
        for (const QCommandLineOption &o : options) {
            if (seen.contains(o.names().constFirst()))
                continue;
            seen.insert(o.names().constFirst());
            parser.addOption(o);
        }
    };
    add(globalOptions());
    for (const CommandSpec &spec : commands()) {
        if (spec.options)
            add(spec.options());
    }
}

void configure(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

// Writes to the error stream the way Context would, for failures before a Context exists.
class EarlyOutput
{
public:
    explicit EarlyOutput(const Environment &env)
    {
        QIODevice *out = env.out;
        if (!out) {
            m_stdout.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
            out = &m_stdout;
        }
        QIODevice *err = env.err;
        if (!err) {
            m_stderr.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
            err = &m_stderr;
        }
        m_out.setDevice(out);
        m_err.setDevice(err);
    }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QFile m_stdout;
    QFile m_stderr;
    QTextStream m_out;
    QTextStream m_err;
};

QJsonObject errorDocument(const Error &error)
{
    QJsonObject e {{QStringLiteral("kind"), errorKindName(error.kind)},
                   {QStringLiteral("exitCode"), exitCodeFor(error.kind)},
                   {QStringLiteral("message"), error.message}};
    if (!error.fix.isEmpty())
        e.insert(QStringLiteral("fix"), error.fix);
    if (!error.field.isEmpty())
        e.insert(QStringLiteral("field"), error.field);
    if (!error.code.isEmpty())
        e.insert(QStringLiteral("code"), error.code);
    if (!error.requestId.isEmpty())
        e.insert(QStringLiteral("requestId"), error.requestId);
    if (error.httpStatus)
        e.insert(QStringLiteral("httpStatus"), error.httpStatus);
    return QJsonObject {{QStringLiteral("schemaVersion"), 1}, {QStringLiteral("error"), e}};
}

// A failure: one line on stderr (cause and fix); with --json also the error document on stdout,
// so a script always gets exactly one JSON document.
int report(QTextStream &out, QTextStream &err, bool json, const Error &error)
{
    err << tr("error: ") << redact(error.text()) << Qt::endl;
    if (!error.requestId.isEmpty())
        err << tr("  request id: %1 (%2)").arg(error.requestId, error.time.toString(Qt::ISODate))
            << Qt::endl;
    if (json) {
        QJsonObject doc = errorDocument(error);
        out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        out.flush();
    }
    const int code = exitCodeFor(error.kind);
    return code == 0 ? 1 : code;
}

QString commandList()
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const CommandSpec &spec : commands())
        width = std::max(width, int(spec.name.size()));
    for (const CommandSpec &spec : commands()) {
        text += QStringLiteral("  ") + spec.name.leftJustified(width + 2) +
                QCoreApplication::translate("leap::cli", spec.summary) + QLatin1Char('\n');
    }
    return text;
}

QString exitCodeText()
{
    return tr("Exit status:\n"
              "  0 done; 1 unexpected internal error; 2 bad command line or input (nothing was\n"
              "  changed); 3 sign-in failed or was cancelled; 4 Graph refused (missing role,\n"
              "  tenant policy, conflict); 5 secure storage unavailable; 6 verification failed;\n"
              "  7 network failure that outlasted the retries.\n");
}
} // namespace

QString helpText(const QString &command)
{
    QCommandLineParser parser;
    configure(parser);
    parser.addOptions(globalOptions());
    const CommandSpec *spec = command.isEmpty() ? nullptr : findCommand(command);
    if (spec) {
        parser.setApplicationDescription(QCoreApplication::translate("leap::cli", spec->summary));
        if (spec->options)
            parser.addOptions(spec->options());
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: ") + programName() + QLatin1Char(' ') + spec->name);
        return text;
    }
    parser.setApplicationDescription(
        tr("Configures Microsoft Entra ID for HCL Leap: registers the application, creates its "
           "client secret (kept in the OS keychain) and grants the Microsoft Graph permissions "
           "Leap needs. With no command it opens the wizard."));
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands below."),
                                 QStringLiteral("[command]"));
    QString text = parser.helpText();
    text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                 QStringLiteral("Usage: ") + programName());
    text += QLatin1Char('\n') + commandList() + QLatin1Char('\n') +
            tr("Profiles are kept in $XDG_CONFIG_HOME/leap-entra-setup/profiles (no secret is ever "
               "written there; secrets live in the OS keychain, service \"leap-entra-setup\"). "
               "With --sandbox, profiles are kept in the \"sandbox\" subdirectory instead, so a "
               "demo never mixes with a real tenant's profile, and the sandbox tenant itself is "
               "saved under $XDG_DATA_HOME/leap-entra-setup/sandbox between runs.") +
            QLatin1String("\n\n") + exitCodeText();
    return text;
}

Invocation inspect(const QStringList &arguments)
{
    Invocation inv;
    QCommandLineParser parser;
    configure(parser);
    addAllOptions(parser);
    // A bad command line still yields what could be read; run() reports the error.
    inv.valid = parser.parse(arguments) && readGlobalOptions(parser).ok();
    inv.help = parser.isSet(QString::fromLatin1(opt::kHelp));
    inv.version = parser.isSet(QString::fromLatin1(opt::kVersion));
    inv.sandbox = parser.isSet(QString::fromLatin1(opt::kSandbox));
    inv.verbose = parser.isSet(QString::fromLatin1(opt::kVerbose));
    inv.profile = parser.value(QString::fromLatin1(opt::kProfile));
    inv.lang = parser.value(QString::fromLatin1(opt::kLang));
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        inv.command = positional.constFirst();
    // Unknown options with no command: let run() report them rather than opening the wizard.
    if (inv.command.isEmpty() && !parser.unknownOptionNames().isEmpty())
        inv.help = true;
    if (const CommandSpec *spec = findCommand(inv.command))
        inv.needsGuiApplication = spec->needsGuiApplication;
    return inv;
}

Result<WizardArguments> readWizardArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    configure(parser);
    parser.addOptions(globalOptions());
    const QString tenant = QStringLiteral("tenant");
    const QString leapHost = QStringLiteral("leap-host");
    parser.addOption(valueOption(tenant, tr("Tenant to prefill."), tr("TENANT")));
    parser.addOption(valueOption(leapHost, tr("Leap server to prefill."), tr("HOST")));
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty())
        return Error::badInput(
            parser.unknownOptionNames().isEmpty()
                ? QString()
                : QStringLiteral("--") + parser.unknownOptionNames().constFirst(),
            parser.errorText().isEmpty() ? tr("Unexpected arguments.")
                                         : parser.errorText() + QLatin1Char('.'),
            tr("Run `%1 --help` for the commands and options.").arg(programName()));
    Result<GlobalOptions> globals = readGlobalOptions(parser);
    if (!globals)
        return globals.error();
    WizardArguments result;
    result.globals = *globals;
    if (!parser.isSet(QString::fromLatin1(opt::kSignIn)))
        result.globals.signIn = SignInMethod::Browser; // the GUI's default
    if (parser.isSet(tenant)) {
        const auto t = validateTenant(parser.value(tenant));
        if (!t)
            return t.error();
        result.tenant = *t;
    }
    if (parser.isSet(leapHost)) {
        const auto h = validateLeapHost(parser.value(leapHost));
        if (!h)
            return h.error();
        result.leapHost = *h;
    }
    return result;
}

// --support-bundle FILE (issue 9; storage/supportbundle.h): the redacted log of this run with
// its Graph request-ids, the profile (metadata only), versions and the outcome, in a 0600 file.
static void writeSupportBundle(Context &context, const QStringList &arguments, int status,
                               const Error &error)
{
    const QString path = context.options().supportBundle;
    if (path.isEmpty())
        return;
    SupportBundle bundle;
    bundle.setRedactor(&redact);
    bundle.setCommandLine(arguments);
    bundle.setOutcome(status, error);
    if (const Result<Profile> profile = context.profiles().load(context.options().profile))
        bundle.setProfile(*profile);
    const VoidResult written = bundle.write(path);
    if (!written)
        context.warning(written.error().text());
    else
        context.progress(tr("Support bundle written to %1.").arg(path));
}

QCoro::Task<int> run(QStringList arguments, Environment environment)
{
    EarlyOutput early(environment);
    const bool jsonRequested = arguments.contains(QStringLiteral("--json"));

    // Pass 1: find the command wherever it stands among the options.
    QCommandLineParser all;
    configure(all);
    addAllOptions(all);
    if (!all.parse(arguments)) {
        const QStringList unknown = all.unknownOptionNames();
        Error e = Error::badInput(
            unknown.isEmpty() ? QString() : QStringLiteral("--") + printable(unknown.constFirst()),
            unknown.isEmpty() ? printable(all.errorText()) + QLatin1Char('.')
                              : tr("--%1 is not an option.").arg(printable(unknown.constFirst())),
            tr("Run `%1 --help` for the options.").arg(programName()));
        co_return report(early.out(), early.err(), jsonRequested, e);
    }
    const QStringList positional = all.positionalArguments();
    const QString commandName = positional.isEmpty() ? QString() : positional.constFirst();

    if (all.isSet(QString::fromLatin1(opt::kVersion))) {
        early.out() << programName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
                    << Qt::endl;
        co_return 0;
    }
    const CommandSpec *spec = findCommand(commandName);
    if (all.isSet(QString::fromLatin1(opt::kHelp)) || commandName.isEmpty()) {
        early.out() << helpText(spec ? spec->name : QString());
        early.out().flush();
        co_return commandName.isEmpty() && !all.isSet(QString::fromLatin1(opt::kHelp)) ? 2 : 0;
    }
    if (!spec) {
        Error e = Error::badInput(QStringLiteral("command"),
                                  tr("\"%1\" is not a command.").arg(printable(commandName)),
                                  tr("Run `%1 --help` for the commands.").arg(programName()));
        co_return report(early.out(), early.err(), jsonRequested, e);
    }
    if (positional.size() > 1) {
        Error e = Error::badInput(
            QStringLiteral("command"),
            tr("Unexpected argument \"%1\" after %2.").arg(printable(positional.at(1)), spec->name),
            tr("Give option values with their option, e.g. --tenant contoso.onmicrosoft.com."));
        co_return report(early.out(), early.err(), jsonRequested, e);
    }

    // Pass 2: only the global options and this command's.
    QCommandLineParser parser;
    configure(parser);
    parser.addOptions(globalOptions());
    if (spec->options)
        parser.addOptions(spec->options());
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        Error e = Error::badInput(
            unknown.isEmpty() ? QString() : QStringLiteral("--") + printable(unknown.constFirst()),
            unknown.isEmpty()
                ? printable(parser.errorText()) + QLatin1Char('.')
                : tr("%1 does not take --%2.").arg(spec->name, printable(unknown.constFirst())),
            tr("Run `%1 %2 --help` for its options.").arg(programName(), spec->name));
        co_return report(early.out(), early.err(), jsonRequested, e);
    }
    Result<GlobalOptions> globals = readGlobalOptions(parser);
    if (!globals)
        co_return report(early.out(), early.err(), jsonRequested, globals.error());

    Context context(std::move(globals).value(), std::move(environment));
    std::unique_ptr<Command> command = spec->create();
    const VoidResult prepared = command->prepare(parser, context);
    if (!prepared) {
        const int status = report(early.out(), early.err(), context.json(), prepared.error());
        writeSupportBundle(context, arguments, status, prepared.error());
        co_return status;
    }
    const VoidResult result = co_await command->run(context);
    const int status = result ? context.exitStatus()
                              : report(early.out(), early.err(), context.json(), result.error());
    writeSupportBundle(context, arguments, status, result ? Error() : result.error());
    co_return status;
}

} // namespace leap::cli
