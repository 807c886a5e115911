#pragma once

#include "cli/command.h"

namespace leap::cli {

// `retire-secret [--key-id K | --all-but-current] [--force]`: removes older secrets from the
// application and the keychain. Refuses the current secret or the only valid one unless forced.
CommandSpec retireSecretCommandSpec();

} // namespace leap::cli
