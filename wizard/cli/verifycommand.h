#pragma once

#include "cli/command.h"
#include "model/error.h"
#include "model/profile.h"

namespace leap::cli {

class Context;

// `verify`: proves the stored secret works (client-credentials token, roles, Graph reads of users
// and groups). Needs no administrator sign-in. Exit 6 when it does not work.
CommandSpec verifyCommandSpec();

// Shared by verify, rotate-secret, retire-secret and export: the saved profile of --profile,
// with an application. BadInput (exit 2) naming the fix otherwise.
Result<Profile> loadConfiguredProfile(Context &context);

} // namespace leap::cli
