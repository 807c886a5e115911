#pragma once

#include "model/error.h"
#include "model/profile.h"

#include <QString>
#include <QStringList>

namespace leap {

// Profiles (one per Leap environment) as JSON files, one file per profile:
//   <directory>/profiles/<name>.json
// The default directory is the contract's: QStandardPaths::AppConfigLocation of the application
// "leap-entra-setup" (on Linux $XDG_CONFIG_HOME/leap-entra-setup). Directories are created 0700,
// files written 0600 and atomically (QSaveFile), so a run killed mid-write never leaves half a
// profile. A profile never holds a secret or token value (see model/profile.h).
class ProfileStore
{
public:
    // `directory` empty: the contract's location (independent of QCoreApplication's names).
    explicit ProfileStore(const QString &directory = {});

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString pathFor(const QString &name) const;

    // Names of the saved profiles, sorted. Missing directory: empty list.
    QStringList list() const;
    bool exists(const QString &name) const;
    // NotFound when there is no such profile; BadInput (naming the file and the fix) when the
    // file is not a readable profile.
    Result<Profile> load(const QString &name) const;
    // Sets profile.updatedAt (and createdAt if unset) and writes atomically. Errors are of kind
    // Internal and name the path.
    VoidResult save(Profile &profile) const;
    // Removing a profile that does not exist succeeds. Works on a corrupt file too.
    VoidResult remove(const QString &name) const;

private:
    QString m_directory;
};

} // namespace leap
