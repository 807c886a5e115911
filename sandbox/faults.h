#pragma once

// Fault matching: which injected fault (if any) a request hits. Consuming a hit decrements the
// fault's `times`; exhausted faults are removed.

#include "httptypes.h"
#include "sandboxserver.h"

#include <QList>
#include <QString>

#include <optional>

namespace leap::sandbox {

// The statuses a fault may answer with.
const QList<int> &faultStatuses();

// Returns the first fault matching method + path and consumes one of its hits.
std::optional<Fault> takeFault(QList<Fault> &faults, const QString &method, const QString &path);

// The error body a status fault answers with: Graph's JSON shape under /graph, Entra's
// token-endpoint shape elsewhere.
SandboxResponse faultResponse(const Fault &fault, const SandboxRequest &request);

} // namespace leap::sandbox
