#pragma once

#include "cli/command.h"

namespace leap::cli {

// `forget`: deletes the local profile and every keychain entry it owns (its client secrets and
// the cached refresh token). Touches nothing in the tenant.
CommandSpec forgetCommandSpec();

} // namespace leap::cli
