#pragma once

#include "cli/command.h"

namespace leap::cli {

// `rotate-secret [--secret-name N] [--secret-days D]`: a new secret into the keychain, current;
// the old one stays valid until retire-secret. Proves the new one and says what Leap needs now.
CommandSpec rotateSecretCommandSpec();

} // namespace leap::cli
