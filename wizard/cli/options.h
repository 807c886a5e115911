#pragma once

#include "auth/aadsts.h"
#include "model/cloud.h"
#include "model/error.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace leap::cli {

// The contract's global options, validated. Every command accepts them.
struct GlobalOptions
{
    QString profile = QStringLiteral("default");
    bool profileGiven = false;
    std::optional<Cloud> cloud; // --cloud; unset: the profile's cloud, else global
    QUrl authority; // --authority, validated; empty if not given
    QUrl graph; // --graph, validated; empty if not given
    SignInMethod signIn = SignInMethod::DeviceCode; // the CLI default
    bool signInGiven = false;
    QString clientId; // --client-id, lower-case GUID; empty: Microsoft Graph Command Line Tools
    bool sandbox = false; // --sandbox: app/ supplies the endpoints (Environment)
    bool json = false;
    bool verbose = false;
    QString lang; // --lang, reserved for translations (e.g. "de", "pt_BR")
    QString supportBundle; // --support-bundle FILE: written when the command ends (security)
};

// The QCommandLineOptions of the global options (and --help, --version).
QList<QCommandLineOption> globalOptions();

// Reads and validates the global options from a parser that has parsed the command line.
// BadInput errors name the option and the fix; no request is made.
Result<GlobalOptions> readGlobalOptions(const QCommandLineParser &parser);

// Option names shared by several commands, so they are spelled the same everywhere.
namespace opt {
inline constexpr auto kProfile = "profile";
inline constexpr auto kCloud = "cloud";
inline constexpr auto kAuthority = "authority";
inline constexpr auto kGraph = "graph";
inline constexpr auto kSignIn = "sign-in";
inline constexpr auto kClientId = "client-id";
inline constexpr auto kSandbox = "sandbox";
inline constexpr auto kJson = "json";
inline constexpr auto kVerbose = "verbose";
inline constexpr auto kLang = "lang";
inline constexpr auto kSupportBundle = "support-bundle";
inline constexpr auto kHelp = "help";
inline constexpr auto kVersion = "version";
} // namespace opt

// A value someone typed, safe to echo in a one-line message: control and format characters
// replaced, at most 60 characters.
QString printable(const QString &value);

// Helpers for command option tables: "--name VALUE" and "--flag".
QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName);
QCommandLineOption flagOption(const QString &name, const QString &description);

} // namespace leap::cli
