#pragma once

#include "model/error.h"

#include <QCommandLineOption>
#include <QCoro/QCoroTask>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace leap::cli {

class Context;

// One command of `leap-entra-setup` (configure, status, rotate-secret, ...).
//
// The framework parses the command line, validates the global options, then calls prepare() with
// the parser (this command's options are registered on it) and, only if prepare() succeeded,
// run(). prepare() must not make a request or write anything: every bad option value is reported
// there as an Error of kind BadInput (exit 2, nothing changed).
//
// run() writes its result to context.out() (with --json: exactly one JSON document through
// context.printJson()) and everything else through context.progress()/warning(). A returned
// Error is printed by the framework ("error: <message> <fix>", or a JSON error document with
// --json) and mapped to the contract's exit status by leap::exitCodeFor().
class Command
{
public:
    virtual ~Command() = default;
    virtual VoidResult prepare(const QCommandLineParser &parser, Context &context) = 0;
    virtual QCoro::Task<VoidResult> run(Context &context) = 0;
};

// How a command is registered: see commandtable.cpp (one line per command).
struct CommandSpec
{
    QString name; // as typed: "rotate-secret"
    // One line for --help, untranslated; translated with QCoreApplication::translate("leap::cli").
    const char *summary = "";
    // Built on demand (after translators are installed).
    std::function<QList<QCommandLineOption>()> options;
    std::function<std::unique_ptr<Command>()> create;
    // True when the command needs a QGuiApplication (fonts for `export --format pdf`). app/ then
    // creates one (offscreen if there is no display) instead of a QCoreApplication.
    bool needsGuiApplication = false;
};

// Every command, in the order --help lists them.
const QList<CommandSpec> &commands();
const CommandSpec *findCommand(const QString &name);

} // namespace leap::cli
