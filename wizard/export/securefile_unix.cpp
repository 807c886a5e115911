#include "export/securefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace leap::exporter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

Error refuse(const QString &message, const QString &fix)
{
    return Error::badInput(QStringLiteral("--output"), message, fix);
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Writes everything, retrying short writes and EINTR.
bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

VoidResult writePrivate(const QString &path, const QByteArray &data)
{
    const QByteArray native = QFile::encodeName(path);
    const QString privateFix = tr("Name a new file, for example in your home directory; it is "
                                  "created readable by you only (mode 0600).");

    struct stat st
    {
    };
    bool created = false;
    int fd = -1;
    if (::lstat(native.constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return refuse(tr("%1 is a symbolic link; the secret is written only to a plain "
                             "file.")
                              .arg(path),
                          privateFix);
        if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISFIFO(st.st_mode) ||
            S_ISSOCK(st.st_mode))
            return refuse(tr("%1 is a terminal or device; the client secret is never written "
                             "to a terminal.")
                              .arg(path),
                          privateFix);
        if (!S_ISREG(st.st_mode))
            return refuse(tr("%1 is not a regular file.").arg(path), privateFix);
        if (st.st_uid != ::geteuid())
            return refuse(tr("%1 belongs to another user.").arg(path), privateFix);
        if (st.st_mode & (S_IRWXG | S_IRWXO))
            return refuse(tr("%1 already exists and others can read it (mode %2).")
                              .arg(path)
                              .arg(QString::number(st.st_mode & 0777, 8)),
                          tr("Remove the file or run `chmod 600` on it first, or name a new "
                             "file."));
        fd = ::open(native.constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
        if (fd >= 0) {
            struct stat again
            {
            };
            // The file must still be the one checked above (no swap in between).
            if (::fstat(fd, &again) != 0 || again.st_ino != st.st_ino ||
                again.st_dev != st.st_dev || !S_ISREG(again.st_mode)) {
                ::close(fd);
                return refuse(tr("%1 changed while it was being opened.").arg(path), privateFix);
            }
            if (::ftruncate(fd, 0) != 0) {
                const int err = errno;
                ::close(fd);
                return Error::make(ErrorKind::BadInput,
                                   tr("%1 could not be emptied: %2").arg(path, errnoText(err)),
                                   privateFix);
            }
        }
    } else {
        fd = ::open(native.constData(),
                    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY,
                    S_IRUSR | S_IWUSR);
        created = fd >= 0;
    }
    if (fd < 0) {
        const int err = errno;
        return Error::badInput(QStringLiteral("--output"),
                               tr("%1 could not be created: %2").arg(path, errnoText(err)),
                               tr("Check that the folder exists and that you may write to it."));
    }
    const auto fail = [&](const Error &error) -> VoidResult {
        ::close(fd);
        if (created)
            ::unlink(native.constData());
        return error;
    };
    if (::isatty(fd))
        return fail(refuse(tr("%1 is a terminal; the client secret is never written to a "
                              "terminal.")
                               .arg(path),
                           privateFix));
    // The umask can only remove bits; make sure no earlier mode survives.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        const int err = errno;
        return fail(Error::make(ErrorKind::BadInput,
                                tr("%1 could not be made private: %2").arg(path, errnoText(err)),
                                privateFix));
    }
    if (!writeAll(fd, data) || ::fsync(fd) != 0) {
        const int err = errno;
        return fail(Error::make(ErrorKind::Internal,
                                tr("Writing %1 failed: %2").arg(path, errnoText(err)),
                                tr("Check the free space and try again.")));
    }
    if (::close(fd) != 0) {
        const int err = errno;
        if (created)
            ::unlink(native.constData());
        return Error::make(ErrorKind::Internal,
                           tr("Writing %1 failed: %2").arg(path, errnoText(err)),
                           tr("Check the free space and try again."));
    }
    return {};
}

} // namespace

bool isTerminal(int fd)
{
    return ::isatty(fd) == 1;
}

VoidResult writeExportFile(const QString &path, const QByteArray &data, bool containsSecret)
{
    if (path.isEmpty()) {
        return Error::badInput(QStringLiteral("--output"), tr("No output file was named."),
                               tr("Add --output FILE."));
    }
    if (containsSecret)
        return writePrivate(path, data);

    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        // A device or pipe (e.g. /dev/stdout) cannot be replaced atomically; write it directly.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            return Error::badInput(QStringLiteral("--output"),
                                   tr("%1 could not be written: %2").arg(path, file.errorString()),
                                   tr("Check the path and your rights to write there."));
        }
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error::badInput(QStringLiteral("--output"),
                               tr("%1 could not be written: %2").arg(path, file.errorString()),
                               tr("Check that the folder exists and that you may write to it."));
    }
    return {};
}

} // namespace leap::exporter
