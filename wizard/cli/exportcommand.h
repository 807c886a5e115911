#pragma once

#include "cli/command.h"

namespace leap::cli {

// `export --format json|markdown|html|pdf|liberty|properties|helm [--output FILE]
// [--include-secret]`: the configuration summary with live facts (consent, keychain). The secret
// value only with --include-secret, only into --output FILE (mode 0600), never to a terminal.
// Needs a QGuiApplication (pdf).
CommandSpec exportCommandSpec();

} // namespace leap::cli
