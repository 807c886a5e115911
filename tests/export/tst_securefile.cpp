// export --include-secret writes only into a private file: 0600 from the first byte, never a
// terminal, a symbolic link or a file others can already read.
#include "export/securefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace leap;
using namespace leap::exporter;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return st.st_mode & 07777;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data, mode_t mode)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

const QByteArray kSecret = "value-that-must-stay-private~1";

} // namespace

class TestSecureFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newFileIsPrivateWhateverTheUmask();
    void existingPrivateFileIsReplaced();
    void refusesAFileOthersCanRead();
    void refusesASymlink();
    void refusesATerminalOrDevice();
    void reportsAMissingFolder();
    void plainExportsAreOrdinaryFiles();
};

void TestSecureFile::newFileIsPrivateWhateverTheUmask()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.json"));
    const mode_t old = ::umask(0);
    const VoidResult r = writeExportFile(path, kSecret, true);
    ::umask(old);
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(contents(path), kSecret);
}

void TestSecureFile::existingPrivateFileIsReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.json"));
    writeFile(path, QByteArray(4096, 'x'), 0600);
    const VoidResult r = writeExportFile(path, kSecret, true);
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(contents(path), kSecret); // truncated, not overlaid
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestSecureFile::refusesAFileOthersCanRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    writeFile(path, "before", 0644);
    const VoidResult r = writeExportFile(path, kSecret, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QCOMPARE(exitCodeFor(r.error().kind), 2);
    QVERIFY(r.error().fix.contains(QStringLiteral("chmod 600")));
    QCOMPARE(contents(path), QByteArray("before"));
    QCOMPARE(modeOf(path), mode_t(0644));

    writeFile(path, "before", 0640); // group-readable is not private either
    QVERIFY(!writeExportFile(path, kSecret, true).ok());
    QCOMPARE(contents(path), QByteArray("before"));
}

void TestSecureFile::refusesASymlink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    writeFile(target, "target", 0600);
    QVERIFY(QFile::link(target, link));
    const VoidResult r = writeExportFile(link, kSecret, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QCOMPARE(contents(target), QByteArray("target"));

    // A dangling link would let O_CREAT follow it somewhere else: refused as well.
    const QString dangling = dir.filePath(QStringLiteral("dangling.json"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dangling));
    QVERIFY(!writeExportFile(dangling, kSecret, true).ok());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere"))));
}

void TestSecureFile::refusesATerminalOrDevice()
{
    // /dev/null stands for any character device (a terminal is one); /dev/tty when we have one.
    VoidResult r = writeExportFile(QStringLiteral("/dev/null"), kSecret, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY(r.error().message.contains(QStringLiteral("terminal")));

    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (fd >= 0) {
        ::close(fd);
        r = writeExportFile(QStringLiteral("/dev/tty"), kSecret, true);
        QVERIFY(!r.ok());
    }
}

void TestSecureFile::reportsAMissingFolder()
{
    QTemporaryDir dir;
    const VoidResult r =
        writeExportFile(dir.filePath(QStringLiteral("no/such/dir/x.json")), kSecret, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QCOMPARE(r.error().field, QStringLiteral("--output"));
    QVERIFY(!writeExportFile(QString(), kSecret, true).ok());
}

void TestSecureFile::plainExportsAreOrdinaryFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("summary.md"));
    QVERIFY(writeExportFile(path, "# summary\n", false).ok());
    QCOMPARE(contents(path), QByteArray("# summary\n"));
    QVERIFY(writeExportFile(path, "# again\n", false).ok());
    QCOMPARE(contents(path), QByteArray("# again\n"));
}

QTEST_GUILESS_MAIN(TestSecureFile)
#include "tst_securefile.moc"
