#include "cli/options.h"

#include "model/validation.h"
#include "translations/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace leap::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("leap::cli", s);
}
QString name(const char *s)
{
    return QString::fromLatin1(s);
}
} // namespace

QString printable(const QString &value)
{
    QString out;
    for (const QChar c : value.left(60)) {
        const auto category = c.category();
        out += (category == QChar::Other_Control || category == QChar::Other_Format) ? QChar(0xFFFD)
                                                                                     : c;
    }
    return out;
}

QCommandLineOption valueOption(const QString &optionName, const QString &description,
                               const QString &valueName)
{
    return QCommandLineOption(QStringList {optionName}, description, valueName);
}

QCommandLineOption flagOption(const QString &optionName, const QString &description)
{
    return QCommandLineOption(QStringList {optionName}, description);
}

QList<QCommandLineOption> globalOptions()
{
    return {
        valueOption(name(opt::kProfile),
                    tr("Saved configuration to use, one per Leap environment (default: "
                       "\"default\")."),
                    tr("NAME")),
        valueOption(name(opt::kCloud), tr("National cloud: global, usgov, usgov-dod or china."),
                    tr("CLOUD")),
        valueOption(name(opt::kAuthority),
                    tr("Override the login host (https; plain http only for loopback)."),
                    tr("URL")),
        valueOption(name(opt::kGraph),
                    tr("Override the Microsoft Graph root (https; plain http only for loopback)."),
                    tr("URL")),
        valueOption(name(opt::kSignIn),
                    tr("How the administrator signs in: device-code (default) or browser."),
                    tr("METHOD")),
        valueOption(name(opt::kClientId),
                    tr("Public client used to sign the administrator in (default: Microsoft "
                       "Graph Command Line Tools)."),
                    tr("GUID")),
        flagOption(name(opt::kSandbox),
                   tr("Use the built-in offline sandbox tenant; nothing reaches Microsoft. "
                      "Sandbox profiles are kept apart from real ones (in a \"sandbox\" "
                      "subdirectory of the profile directory).")),
        flagOption(name(opt::kJson), tr("Machine-readable output: one JSON document on stdout.")),
        flagOption(name(opt::kVerbose), tr("More log lines on stderr (always redacted).")),
        valueOption(name(opt::kLang), tr("Language of messages, e.g. de or pt_BR."), tr("LANG")),
        valueOption(name(opt::kSupportBundle),
                    tr("When the command ends, write a support bundle (redacted log with Graph "
                       "request-ids, profile, versions; never a secret) to FILE, mode 0600."),
                    tr("FILE")),
        QCommandLineOption(QStringList {QStringLiteral("h"), name(opt::kHelp)},
                           tr("Show help (for a command: COMMAND --help).")),
        flagOption(name(opt::kVersion), tr("Show the version.")),
    };
}

Result<GlobalOptions> readGlobalOptions(const QCommandLineParser &parser)
{
    GlobalOptions g;
    const auto value = [&](const char *n) {
        return parser.value(name(n));
    };
    const auto isSet = [&](const char *n) {
        return parser.isSet(name(n));
    };
    // An option given twice is ambiguous (which one wins?): refuse rather than guess.
    for (const char *n : {opt::kProfile, opt::kCloud, opt::kAuthority, opt::kGraph, opt::kSignIn,
                          opt::kClientId, opt::kLang}) {
        if (parser.values(name(n)).size() > 1)
            return Error::badInput(QStringLiteral("--") + name(n),
                                   tr("--%1 is given more than once.").arg(name(n)),
                                   tr("Give it once."));
    }

    if (isSet(opt::kProfile)) {
        const auto profile = validateProfileName(value(opt::kProfile));
        if (!profile)
            return profile.error();
        g.profile = *profile;
        g.profileGiven = true;
    }
    if (isSet(opt::kCloud)) {
        const auto cloud = cloudFromName(value(opt::kCloud));
        if (!cloud)
            return Error::badInput(
                QStringLiteral("--cloud"),
                tr("--cloud \"%1\" is not a known cloud.").arg(printable(value(opt::kCloud))),
                tr("Use global, usgov, usgov-dod or china."));
        g.cloud = *cloud;
    }
    if (isSet(opt::kAuthority)) {
        const auto url = validateEndpointUrl(value(opt::kAuthority), QStringLiteral("--authority"));
        if (!url)
            return url.error();
        g.authority = *url;
    }
    if (isSet(opt::kGraph)) {
        const auto url = validateEndpointUrl(value(opt::kGraph), QStringLiteral("--graph"));
        if (!url)
            return url.error();
        g.graph = *url;
    }
    if (isSet(opt::kSignIn)) {
        const QString method = value(opt::kSignIn).trimmed().toLower();
        if (method == QLatin1String("device-code"))
            g.signIn = SignInMethod::DeviceCode;
        else if (method == QLatin1String("browser"))
            g.signIn = SignInMethod::Browser;
        else
            return Error::badInput(
                QStringLiteral("--sign-in"),
                tr("--sign-in \"%1\" is not a sign-in method.").arg(printable(value(opt::kSignIn))),
                tr("Use device-code or browser."));
        g.signInGiven = true;
    }
    if (isSet(opt::kClientId)) {
        const auto id = validateGuid(value(opt::kClientId), QStringLiteral("--client-id"));
        if (!id)
            return id.error();
        g.clientId = *id;
    }
    if (isSet(opt::kLang)) {
        static const QRegularExpression re(
            QStringLiteral("^[a-zA-Z]{2,3}([_-][A-Za-z0-9]{2,4})?$"));
        const QString lang = value(opt::kLang).trimmed();
        if (!re.match(lang).hasMatch())
            return Error::badInput(QStringLiteral("--lang"),
                                   tr("--lang \"%1\" is not a language code.").arg(printable(lang)),
                                   tr("Use a code such as en, de or pt_BR."));
        if (const VoidResult available = leap::translations::checkLanguage(lang); !available)
            return available.error(); // (i18n) only languages with a bundled translation, or en
        g.lang = lang;
    }
    if (isSet(opt::kSupportBundle)) {
        g.supportBundle = value(opt::kSupportBundle).trimmed();
        if (g.supportBundle.isEmpty())
            return Error::badInput(QStringLiteral("--support-bundle"),
                                   tr("--support-bundle needs a file name."),
                                   tr("Give the file to write, e.g. --support-bundle "
                                      "leap-support.json."));
    }
    g.sandbox = isSet(opt::kSandbox);
    g.json = isSet(opt::kJson);
    g.verbose = isSet(opt::kVerbose);
    if (g.sandbox && (!g.authority.isEmpty() || !g.graph.isEmpty() || g.cloud))
        return Error::badInput(QStringLiteral("--sandbox"),
                               tr("--sandbox cannot be combined with --authority, --graph or "
                                  "--cloud."),
                               tr("Drop --sandbox to use a real tenant, or drop the other "
                                  "options."));
    return g;
}

} // namespace leap::cli
