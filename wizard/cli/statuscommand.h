#pragma once

#include "cli/command.h"

namespace leap::cli {

// `status [--json]`: the saved profile against the live tenant — the application, its secrets with
// days left, the permissions and their consent, and drift. Exit 0 when Leap can work with what is
// there (warnings allowed, e.g. a secret ending within 30 days), 6 when it cannot (application
// gone, no usable current secret, consent missing). --json prints the contract's summary document.
CommandSpec statusCommandSpec();

} // namespace leap::cli
