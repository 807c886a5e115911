#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QString>

namespace leap::exporter {

// Writes an export to `path`.
//
// With containsSecret (export --include-secret) the file is private from its first byte: a new
// file is created with O_CREAT|O_EXCL|O_NOFOLLOW and mode 0600; an existing file is used only if
// it is a regular file of ours that nobody else can read (then truncated). Terminals, symbolic
// links, devices and files readable by group or others are refused (BadInput: exit 2), and
// nothing is written.
//
// Without containsSecret it is an ordinary write (the file is replaced atomically).
VoidResult writeExportFile(const QString &path, const QByteArray &data, bool containsSecret);

// True when the file descriptor is a terminal (stdout for `export` without --output).
bool isTerminal(int fd);

} // namespace leap::exporter
