// ProfileStore: JSON profiles, private permissions, atomic writes, clear errors.

#include "model/profile.h"
#include "storage/profilestore.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace leap;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    static Profile sample(const QString &name)
    {
        Profile p;
        p.name = name;
        p.tenantId = QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35");
        p.leapHost = QStringLiteral("leap.example.com");
        p.displayName = Profile::defaultDisplayName(p.leapHost);
        p.uniqueName = Profile::defaultUniqueName(p.leapHost);
        p.appId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        SecretInfo s;
        s.keyId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        s.displayName = QStringLiteral("Leap");
        s.hint = QStringLiteral("abc");
        s.startDateTime = QDateTime::currentDateTimeUtc();
        s.endDateTime = s.startDateTime.addDays(180);
        s.current = true;
        p.secrets << s;
        p.addJournal({QDateTime::currentDateTimeUtc(),
                      QStringLiteral("register"),
                      QStringLiteral("create"),
                      QStringLiteral("done"),
                      QStringLiteral("application"),
                      QStringLiteral("x"),
                      {}});
        return p;
    }

private Q_SLOTS:
    void defaultDirectoryIsTheContracts()
    {
        // Whatever names the application gave QCoreApplication.
        QCoreApplication::setOrganizationName(QStringLiteral("SomeOrg"));
        QCoreApplication::setApplicationName(QStringLiteral("something-else"));
        QCOMPARE(ProfileStore::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                     QStringLiteral("/leap-entra-setup"));
        QCoreApplication::setOrganizationName(QString());
        QCoreApplication::setApplicationName(QStringLiteral("leap-entra-setup"));
        QCOMPARE(ProfileStore::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    }

    void roundTripAndPermissions()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/config/leap-entra-setup");
        ProfileStore store(dir);
        Profile p = sample(QStringLiteral("prod"));
        QVERIFY(store.save(p).ok());
        QVERIFY(p.updatedAt.isValid());
        QVERIFY(p.createdAt.isValid());
        QVERIFY(store.exists(QStringLiteral("prod")));
        QCOMPARE(store.list(), QStringList {QStringLiteral("prod")});

        const QFileInfo file(store.pathFor(QStringLiteral("prod")));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(file.permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(file.permissions().testFlag(QFileDevice::WriteOwner));
        QVERIFY(!(file.permissions() & others));
        const QFileInfo d(dir);
        QVERIFY(d.permissions().testFlag(QFileDevice::ExeOwner));
        QVERIFY(!d.permissions().testFlag(QFileDevice::ReadGroup));
        QVERIFY(!d.permissions().testFlag(QFileDevice::ReadOther));
        QVERIFY(!QFileInfo(dir + QStringLiteral("/profiles"))
                     .permissions()
                     .testFlag(QFileDevice::ReadOther));

        const Result<Profile> back = store.load(QStringLiteral("prod"));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->appId, p.appId);
        QCOMPARE(back->secrets.size(), 1);
        QCOMPARE(back->secrets.first().keyId, p.secrets.first().keyId);
        QVERIFY(back->secrets.first().current);
        QCOMPARE(back->journal.size(), 1);
        QCOMPARE(back->uniqueName, p.uniqueName);

        // Saving again replaces the file atomically and keeps createdAt.
        Profile again = back.value();
        again.leapHost = QStringLiteral("leap2.example.com");
        QVERIFY(store.save(again).ok());
        QCOMPARE(store.load(QStringLiteral("prod"))->leapHost, QStringLiteral("leap2.example.com"));
        QCOMPARE(store.load(QStringLiteral("prod"))->createdAt, back->createdAt);
        QCOMPARE(
            QDir(dir + QStringLiteral("/profiles")).entryList(QDir::Files | QDir::Hidden).size(),
            1);
    }

    void listAndRemove()
    {
        QTemporaryDir tmp;
        ProfileStore store(tmp.path());
        QVERIFY(store.list().isEmpty());
        for (const char *n : {"dev", "test", "prod"}) {
            Profile p = sample(QString::fromLatin1(n));
            QVERIFY(store.save(p).ok());
        }
        QCOMPARE(store.list(), (QStringList {QStringLiteral("dev"), QStringLiteral("prod"),
                                             QStringLiteral("test")}));
        QVERIFY(store.remove(QStringLiteral("test")).ok());
        QVERIFY(!store.exists(QStringLiteral("test")));
        QVERIFY(store.remove(QStringLiteral("test")).ok()); // already gone: fine
        QCOMPARE(store.list().size(), 2);
    }

    void missingProfile()
    {
        QTemporaryDir tmp;
        ProfileStore store(tmp.path());
        const Result<Profile> r = store.load(QStringLiteral("nope"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
    }

    void badName()
    {
        QTemporaryDir tmp;
        ProfileStore store(tmp.path());
        Profile p = sample(QStringLiteral("../escape"));
        const VoidResult r = store.save(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY(!QFileInfo::exists(tmp.path() + QStringLiteral("/escape.json")));
        QCOMPARE(store.load(QStringLiteral("../escape")).error().kind, ErrorKind::BadInput);
    }

    void corruptFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray("{\"schemaVersion\": 1, \"name\": ");
        QTest::newRow("not an object") << QByteArray("[1,2,3]");
        QTest::newRow("future schema") << QByteArray("{\"schemaVersion\": 99}");
        QTest::newRow("unknown cloud") << QByteArray("{\"schemaVersion\": 1, \"cloud\": \"mars\"}");
    }

    void corruptFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir tmp;
        ProfileStore store(tmp.path());
        Profile p = sample(QStringLiteral("default"));
        QVERIFY(store.save(p).ok());
        QFile f(store.pathFor(QStringLiteral("default")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        const Result<Profile> r = store.load(QStringLiteral("default"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY2(r.error().message.contains(store.pathFor(QStringLiteral("default"))),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().fix.isEmpty());
        // forget must still be able to remove it
        QVERIFY(store.remove(QStringLiteral("default")).ok());
        QVERIFY(!store.exists(QStringLiteral("default")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
