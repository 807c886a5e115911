#pragma once

// Request handlers. Each returns std::nullopt when the path is not theirs.

#include "directory.h"
#include "httptypes.h"

#include <QUrl>

#include <optional>

namespace leap::sandbox {

// Identity platform: discovery, jwks, authorize, token, devicecode, /devicelogin.
std::optional<SandboxResponse> handleIdentity(Directory &directory, const QUrl &baseUrl,
                                              const SandboxRequest &request);

// Microsoft Graph v1.0 under /graph/v1.0, including $batch.
std::optional<SandboxResponse> handleGraph(Directory &directory, const QUrl &baseUrl,
                                           const SandboxRequest &request);

// Shared by identity and the test shortcut: mints a delegated access token for `userId`.
TokenRecord issueDelegatedAccessToken(Directory &directory, const QUrl &baseUrl, Tenant &tenant,
                                      const QString &clientId, const QString &userId,
                                      const QStringList &scopes);

} // namespace leap::sandbox
