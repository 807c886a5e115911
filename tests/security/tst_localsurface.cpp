// Transport and local attack surface (issue 9): no certificate error is ever ignored anywhere in
// the product's code; profile files and directories are owner-only whatever the umask; the
// support bundle is written 0600 from its first byte, never follows a planted symbolic link,
// carries the Graph request-ids support asks for, and nothing secret.

#include "model/profile.h"
#include "storage/profilestore.h"
#include "storage/supportbundle.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace leap;

namespace {
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Sets a permissive umask for one scope: files must be private because the code says so, not
// because the test's umask happened to be strict.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) { }
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};
} // namespace

class TestLocalSurface : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noCertificateErrorIgnored();
    void profileFilesOwnerOnly();
    void supportBundleIsPrivate();
    void supportBundleReplacesSymlink();
    void supportBundleContent();
};

void TestLocalSurface::noCertificateErrorIgnored()
{
    const QString source = qEnvironmentVariable("LEAP_SOURCE_DIR");
    QVERIFY(!source.isEmpty());
    // Anything that would accept a bad certificate: Qt's ignore calls, peer verification off,
    // or a blanket "continue anyway" on sslErrors.
    static const QRegularExpression bad(
        QStringLiteral("ignoreSslErrors|VerifyNone|QueryPeer|setPeerVerifyMode|"
                       "CURLOPT_SSL_VERIFY|QSslConfiguration::setDefaultConfiguration"));
    QStringList findings;
    int scanned = 0;
    for (const char *dir : {"wizard", "app"}) {
        QDirIterator it(source + QLatin1Char('/') + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.mm")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++scanned;
            int lineNo = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNo;
                if (bad.match(line).hasMatch())
                    findings << QStringLiteral("%1:%2: %3")
                                    .arg(file.fileName().mid(source.size() + 1))
                                    .arg(lineNo)
                                    .arg(line.trimmed());
            }
        }
    }
    QVERIFY2(scanned > 20, "the product sources were not found");
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
}

void TestLocalSurface::profileFilesOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Umask open(0);
    const ProfileStore store(dir.path() + QStringLiteral("/leap-entra-setup"));
    Profile p;
    p.name = QStringLiteral("prod");
    p.tenantId = QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35");
    p.leapHost = QStringLiteral("leap.example.com");
    const VoidResult saved = store.save(p);
    QVERIFY2(saved.ok(), qPrintable(saved.error().text()));
    QCOMPARE(modeOf(store.directory()), 0700);
    QCOMPARE(modeOf(store.directory() + QStringLiteral("/profiles")), 0700);
    QCOMPARE(modeOf(store.pathFor(QStringLiteral("prod"))), 0600);
    // Saving again (an update) keeps it private and leaves no temporary file behind.
    QVERIFY(store.save(p).ok());
    QCOMPARE(modeOf(store.pathFor(QStringLiteral("prod"))), 0600);
    QCOMPARE(QDir(store.directory() + QStringLiteral("/profiles"))
                 .entryList(QDir::Files | QDir::Hidden)
                 .size(),
             1);
}

void TestLocalSurface::supportBundleIsPrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Umask open(0);
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    SupportBundle bundle;
    bundle.setLog({});
    QVERIFY(bundle.write(path).ok());
    QCOMPARE(modeOf(path), 0600);
    // An existing world-readable file is replaced by a private one.
    QFile::remove(path);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QVERIFY(bundle.write(path).ok());
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    // A directory that cannot be written is an error naming the path, not a crash or a
    // fallback location.
    const VoidResult refused = bundle.write(QStringLiteral("/proc/no-such-dir/bundle.json"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("/proc/no-such-dir/bundle.json")));
}

void TestLocalSurface::supportBundleReplacesSymlink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    {
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("do not touch");
    }
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QVERIFY(QFile::link(victim, path));
    SupportBundle bundle;
    bundle.setLog({});
    QVERIFY(bundle.write(path).ok());
    QVERIFY(!QFileInfo(path).isSymLink());
    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("do not touch"));
}

void TestLocalSurface::supportBundleContent()
{
    const QString secret = QStringLiteral("Zq~8Q~abcdefghijklmnopqrstuvwxyz0123456.-_");
    QList<SupportLogLine> log;
    const QDateTime t0 =
        QDateTime::fromString(QStringLiteral("2026-11-26T05:20:11.123Z"), Qt::ISODateWithMs);
    log << SupportLogLine {t0, QStringLiteral("leap.graph"), QStringLiteral("info"),
                           QStringLiteral("POST /applications 201 request-id "
                                          "1B2C3D4E-5F6A-4B7C-8D9E-0F1A2B3C4D5E in 120 ms")};
    log << SupportLogLine {t0.addMSecs(10), QStringLiteral("leap.graph"), QStringLiteral("warning"),
                           QStringLiteral("GET /applications(appId='x') 404 "
                                          "Request_ResourceNotFound request-id "
                                          "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d")};
    // A line that slipped through unredacted: the redactor given by the caller must catch it.
    log << SupportLogLine {t0.addMSecs(20), QStringLiteral("leap.cli"), QStringLiteral("debug"),
                           QStringLiteral("client_secret=") + secret};
    Profile p;
    p.tenantId = QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35");
    p.leapHost = QStringLiteral("leap.example.com");
    SecretInfo s;
    s.keyId = QStringLiteral("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e");
    s.hint = secret.left(3);
    s.current = true;
    p.secrets << s;

    SupportBundle bundle;
    bundle.setLog(log, 7);
    bundle.setProfile(p);
    bundle.setCommandLine({QStringLiteral("leap-entra-setup"), QStringLiteral("verify")});
    Error e = Error::make(ErrorKind::Verification, QStringLiteral("The secret was refused."));
    e.requestId = QStringLiteral("5e8d2c1a-7b3f-4e9d-a1c2-3b4d5e6f7a8b");
    bundle.setOutcome(6, e);
    bundle.setRedactor([](const QString &text) {
        QString out = text;
        out.replace(QRegularExpression(QStringLiteral("(client_secret=)\\S+")),
                    QStringLiteral("\\1<redacted>"));
        return out;
    });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QVERIFY(bundle.write(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY2(!data.contains(secret.toUtf8()), "the secret reached the bundle");
    const QJsonObject doc = QJsonDocument::fromJson(data).object();
    QCOMPARE(doc.value(QStringLiteral("bundleVersion")).toInt(), 1);
    const QJsonArray requests = doc.value(QStringLiteral("graphRequests")).toArray();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).toObject().value(QStringLiteral("requestId")).toString(),
             QStringLiteral("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"));
    QCOMPARE(requests.at(0).toObject().value(QStringLiteral("time")).toString(),
             QStringLiteral("2026-11-26T05:20:11.123Z"));
    QCOMPARE(doc.value(QStringLiteral("log")).toArray().size(), 3);
    QCOMPARE(doc.value(QStringLiteral("droppedLogLines")).toInt(), 7);
    QCOMPARE(doc.value(QStringLiteral("profile"))
                 .toObject()
                 .value(QStringLiteral("tenantId"))
                 .toString(),
             p.tenantId);
    const QJsonObject outcome = doc.value(QStringLiteral("outcome")).toObject();
    QCOMPARE(outcome.value(QStringLiteral("exitCode")).toInt(), 6);
    QCOMPARE(outcome.value(QStringLiteral("requestId")).toString(), e.requestId);
    QVERIFY(!doc.value(QStringLiteral("os"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString()
                 .isEmpty());
    QCOMPARE(doc.value(QStringLiteral("versions"))
                 .toObject()
                 .value(QStringLiteral("qtRuntime"))
                 .toString(),
             QString::fromLatin1(qVersion()));
}

QTEST_GUILESS_MAIN(TestLocalSurface)
#include "tst_localsurface.moc"
