#pragma once

#include "cli/command.h"

namespace leap::cli {

// `configure --tenant T --leap-host H [...]`: the three documented steps, idempotently (a re-run
// converges and changes nothing that is in place), resumable (the profile's journal is saved
// after every step), with --dry-run printing the plan and writing nothing.
CommandSpec configureCommandSpec();

} // namespace leap::cli
