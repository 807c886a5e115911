#include "storage/profilestore.h"

#include "model/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace leap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

constexpr auto kSuffix = ".json";

bool ensurePrivateDir(const QString &path)
{
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path))
        return false;
    // Profiles reveal which tenant and application belong to which environment: owner only.
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
}

} // namespace

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : QDir::cleanPath(directory))
{
}

QString ProfileStore::defaultDirectory()
{
    // AppConfigLocation is GenericConfigLocation + "/<org>/<app>"; built by hand so the contract's
    // location does not depend on the names a caller gave QCoreApplication.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/leap-entra-setup");
}

QString ProfileStore::pathFor(const QString &name) const
{
    return m_directory + QStringLiteral("/profiles/") + name + QLatin1String(kSuffix);
}

QStringList ProfileStore::list() const
{
    QDir dir(m_directory + QStringLiteral("/profiles"));
    QStringList names;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(int(qstrlen(kSuffix)));
        if (validateProfileName(name).ok())
            names << name;
    }
    return names;
}

bool ProfileStore::exists(const QString &name) const
{
    return validateProfileName(name).ok() && QFileInfo::exists(pathFor(name));
}

Result<Profile> ProfileStore::load(const QString &name) const
{
    const Result<QString> valid = validateProfileName(name);
    if (!valid)
        return valid.error();
    const QString path = pathFor(name);
    QFile file(path);
    if (!file.exists())
        return Error::make(ErrorKind::NotFound, tr("There is no profile \"%1\".").arg(name),
                           tr("Run `configure` to create it, or pick another with --profile."));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Internal,
                           tr("Cannot read the profile file %1: %2.").arg(path, file.errorString()),
                           tr("Check the file's permissions."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Error e = Error::make(
            ErrorKind::BadInput,
            tr("The profile file %1 is damaged (%2 at offset %3).")
                .arg(path, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                        : tr("not a JSON object"))
                .arg(parseError.offset),
            tr("Repair the file, or remove it with `forget --profile %1` and configure again.")
                .arg(name));
        e.field = QStringLiteral("--profile");
        return e;
    }
    Result<Profile> profile = Profile::fromJson(doc.object());
    if (!profile) {
        Error e = profile.error();
        e.message = tr("The profile file %1 cannot be used: %2").arg(path, e.message);
        e.field = QStringLiteral("--profile");
        return e;
    }
    // The file name is the profile's identity; a copied file with a stale "name" inside must not
    // be saved over another profile.
    profile->name = name;
    return profile;
}

VoidResult ProfileStore::save(Profile &profile) const
{
    const Result<QString> valid = validateProfileName(profile.name);
    if (!valid)
        return valid.error();
    const QString path = pathFor(profile.name);
    if (!ensurePrivateDir(m_directory) ||
        !ensurePrivateDir(m_directory + QStringLiteral("/profiles")))
        return Error::make(ErrorKind::Internal,
                           tr("Cannot create the profile directory %1.").arg(m_directory),
                           tr("Check that your configuration directory is writable."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!profile.createdAt.isValid())
        profile.createdAt = now;
    profile.updatedAt = now;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            ErrorKind::Internal,
            tr("Cannot write the profile file %1: %2.").arg(path, file.errorString()),
            tr("Check that the directory is writable and the disk is not full."));
    // Restrict before any byte is written (QSaveFile writes to a temporary file next to it).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(
            ErrorKind::Internal,
            tr("Cannot write the profile file %1: %2.").arg(path, file.errorString()),
            tr("Check that the directory is writable and the disk is not full."));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

VoidResult ProfileStore::remove(const QString &name) const
{
    const Result<QString> valid = validateProfileName(name);
    if (!valid)
        return valid.error();
    const QString path = pathFor(name);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error::make(ErrorKind::Internal, tr("Cannot remove the profile file %1.").arg(path),
                           tr("Check the permissions of the profile directory."));
    return {};
}

} // namespace leap
