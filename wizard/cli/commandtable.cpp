// The command table: one line per command, in the order --help lists them. A command lives in
// its own files (e.g. rotatesecretcommand.h/.cpp) and exposes a `CommandSpec xxxCommandSpec()`;
// adding a command = its files in CMakeLists.txt + one include + one line below.
#include "cli/command.h"

#include "cli/configurecommand.h"
#include "cli/exportcommand.h"
#include "cli/forgetcommand.h"
#include "cli/retiresecretcommand.h"
#include "cli/rotatesecretcommand.h"
#include "cli/statuscommand.h"
#include "cli/verifycommand.h"

namespace leap::cli {

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> table = {
        configureCommandSpec(),    statusCommandSpec(), rotateSecretCommandSpec(),
        retireSecretCommandSpec(), verifyCommandSpec(), exportCommandSpec(),
        forgetCommandSpec(),
    };
    return table;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : commands()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace leap::cli
