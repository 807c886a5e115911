#pragma once

#include "cli/options.h"
#include "model/error.h"

#include <QCoro/QCoroTask>
#include <QString>
#include <QStringList>
#include <QUrl>

class QIODevice;

namespace leap::cli {

// What app/ decides for the command line and the product below app/ must not: where the
// identity platform and Graph are for this process (the in-process sandbox), and where profiles
// live. Transient endpoints win over everything and are never written to a profile.
struct Environment
{
    QUrl authority; // transient authority root; empty: --authority / profile / cloud
    QUrl graph; // transient Graph root; empty: --graph / profile / cloud
    QString profileDirectory; // empty: ProfileStore's default (the contract's location)
    QIODevice *out = nullptr; // result stream; nullptr: stdout
    QIODevice *err = nullptr; // progress, prompts, warnings, errors; nullptr: stderr
};

// What main() needs to know before it creates the application object. Never fails: a bad
// command line is reported by run().
struct Invocation
{
    QString command; // empty: no command (the wizard), unless help/version
    bool help = false;
    bool version = false;
    bool sandbox = false;
    bool verbose = false;
    bool needsGuiApplication = false;
    // The command line parses and its global options are valid; when false, run() reports
    // the error (exit 2) and app/ starts nothing (no sandbox).
    bool valid = false;
    QString profile; // --profile as given (unvalidated), for the wizard
    QString lang; // --lang as given (unvalidated)
};
Invocation inspect(const QStringList &arguments);

// Runs one command line (arguments[0] is the program) and returns the exit status of the
// contract. Needs a running event loop (QCoreApplication::exec()).
QCoro::Task<int> run(QStringList arguments, Environment environment);

// The command line of the wizard (no command): the global options plus the prefills --tenant and
// --leap-host, validated like a command's (BadInput errors, exit 2).
struct WizardArguments
{
    GlobalOptions globals;
    QString tenant;
    QString leapHost;
};
Result<WizardArguments> readWizardArguments(const QStringList &arguments);

// The --help text of the program (no command) or of one command.
QString helpText(const QString &command = {});

} // namespace leap::cli
