#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace leap::cli {

// Defense in depth: the product never logs a secret or token in the first place; this pass removes
// anything that looks like one anyway (bearer tokens, JWTs, client_secret=, secretText,
// access/refresh/id tokens, code=, code_verifier, device_code) before a line leaves the process.
QString redact(const QString &text);

// Installs the process-wide Qt message handler: every log line goes to stderr, redacted, as
// "leap-entra-setup: [category] message". Without `verbose` only warnings and worse are shown;
// with it, debug and info lines of the product's leap.* categories as well.
void installMessageHandler(bool verbose);

} // namespace leap::cli
