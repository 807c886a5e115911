// SecretStore against the real OS keychain (gnome-keyring in a private D-Bus session), plus the
// two ways it fails in the field, each in a child process (QtKeychain picks its backend once per
// process): no session bus at all (unavailable), and a Secret Service that never answers (a
// locked keyring waiting on a prompt) — the job must time out and be abandoned safely.

#include "model/profile.h"
#include "storage/secretstore.h"

#include <QCoro/QCoroTask>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace leap;
using namespace std::chrono_literals;

namespace {

// QCoro::waitFor needs a default-constructible result; leap::Result<T> is not.
template<typename T>
T await(QCoro::Task<T> &&task)
{
    std::optional<T> out;
    auto wrapper = [&]() -> QCoro::Task<> {
        out.emplace(co_await std::move(task));
    };
    QCoro::waitFor(wrapper());
    return std::move(*out);
}

QString secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("leap-entra-setup"),
             QStringLiteral("user"), key});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<secret-tool hung>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A Secret Service that takes every call and never answers.
class SilentSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        held << message; // keep it, never reply
        return true;
    }
    QList<QDBusMessage> held;
};

int runChild(const QString &mode)
{
    SecretStore store;
    std::unique_ptr<SilentSecretService> silent;
    if (mode == QLatin1String("hang")) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        silent = std::make_unique<SilentSecretService>();
        if (!bus.registerService(QStringLiteral("org.freedesktop.secrets")) ||
            !bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), silent.get(),
                                       QDBusConnection::SubPath)) {
            fputs("{\"setup\":\"failed\"}\n", stdout);
            return 2;
        }
        store.setTimeout(700ms);
    } else {
        store.setTimeout(5000ms);
    }
    QElapsedTimer t;
    t.start();
    const VoidResult w =
        await(store.writeValue(QStringLiteral("child/probe"), QStringLiteral("child-value")));
    const qint64 writeMs = t.elapsed();
    const Result<QString> r = await(store.readValue(QStringLiteral("child/probe")));
    QJsonObject out {
        {QStringLiteral("writeOk"), w.ok()},
        {QStringLiteral("writeKind"), errorKindName(w.error().kind)},
        {QStringLiteral("writeCode"), w.error().code},
        {QStringLiteral("writeMessage"), w.error().message},
        {QStringLiteral("writeFix"), w.error().fix},
        {QStringLiteral("writeMs"), writeMs},
        {QStringLiteral("readKind"), errorKindName(r.ok() ? ErrorKind::None : r.error().kind)},
        {QStringLiteral("calls"), silent ? int(silent->held.size()) : -1}};
    fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    fputs("\n", stdout);
    fflush(stdout);
    return 0;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

    QJsonObject child(const QString &mode, QProcessEnvironment env, const QString &program,
                      const QStringList &args)
    {
        env.insert(QStringLiteral("LEAP_SECRETSTORE_CHILD"), mode);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return {{QStringLiteral("hung"), true}};
        }
        const QByteArray out = p.readAllStandardOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with an unlocked gnome-keyring (run through ./dev test)");
    }

    void writeReadRemove()
    {
        SecretStore store;
        QCOMPARE(store.service(), QStringLiteral("leap-entra-setup"));
        const QString tenant = QStringLiteral("8D3F1C2A-5B7E-4C19-9A0D-2E6F4B1C7A35");
        const QString app = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString keyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString value = QStringLiteral("s3cr~et.Value_-") + QUuid::createUuid().toString();
        QVERIFY(await(store.writeSecret(tenant, app, keyId, value)).ok());

        // Under the contract's key, in lower case, readable by other Secret Service clients.
        const QString key = (tenant + QLatin1Char('/') + app + QLatin1Char('/') + keyId).toLower();
        QCOMPARE(secretKeychainKey(tenant, app, keyId), key);
        QCOMPARE(secretToolLookup(key), value);

        const Result<QString> back = await(store.readSecret(tenant, app, keyId));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), value);
        QCOMPARE(await(store.contains(key)).value(), true);

        QVERIFY(await(store.removeSecret(tenant, app, keyId)).ok());
        QCOMPARE(secretToolLookup(key), QString());
        const Result<QString> gone = await(store.readSecret(tenant, app, keyId));
        QCOMPARE(gone.error().kind, ErrorKind::NotFound);
        QCOMPARE(await(store.contains(key)).value(), false);
        // Removing what is not there is not an error (forget may run twice).
        QVERIFY(await(store.removeSecret(tenant, app, keyId)).ok());
    }

    void genericValuesAndOverwrite()
    {
        SecretStore store;
        const QString key =
            QStringLiteral("refresh/default/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(await(store.writeValue(key, QStringLiteral("first"))).ok());
        QVERIFY(await(store.writeValue(key, QStringLiteral("second ünï"))).ok());
        QCOMPARE(await(store.readValue(key)).value(), QStringLiteral("second ünï"));
        QCOMPARE(secretToolLookup(key), QStringLiteral("second ünï"));
        QVERIFY(await(store.removeValue(key)).ok());
    }

    void concurrentJobs()
    {
        SecretStore store;
        QList<QString> keys;
        for (int i = 0; i < 5; ++i)
            keys << QStringLiteral("concurrent/%1").arg(i);
        auto a = store.writeValue(keys[0], QStringLiteral("v0"));
        auto b = store.writeValue(keys[1], QStringLiteral("v1"));
        auto c = store.writeValue(keys[2], QStringLiteral("v2"));
        QVERIFY(await(std::move(a)).ok());
        QVERIFY(await(std::move(b)).ok());
        QVERIFY(await(std::move(c)).ok());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(await(store.readValue(keys[i])).value(), QStringLiteral("v%1").arg(i));
            QVERIFY(await(store.removeValue(keys[i])).ok());
        }
    }

    void unavailableWithoutSessionBus()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/leap-test-bus"));
        const QJsonObject r =
            child(QStringLiteral("unavailable"), env, QCoreApplication::applicationFilePath(), {});
        QVERIFY2(!r.isEmpty() && !r.contains(QStringLiteral("hung")), "child failed");
        QCOMPARE(r.value(QStringLiteral("writeOk")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("writeKind")).toString(),
                 errorKindName(ErrorKind::Storage));
        QVERIFY(r.value(QStringLiteral("writeMessage"))
                    .toString()
                    .contains(QStringLiteral("unavailable")));
        QVERIFY(r.value(QStringLiteral("writeFix"))
                    .toString()
                    .contains(QStringLiteral("gnome-keyring")));
        QVERIFY(r.value(QStringLiteral("writeMs")).toInt() < 5000);
        QCOMPARE(r.value(QStringLiteral("readKind")).toString(), errorKindName(ErrorKind::Storage));
    }

    void hangingKeychainTimesOut()
    {
        const QString runSession =
            QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (runSession.isEmpty())
            QSKIP("dbus-run-session is not installed");
        const QJsonObject r =
            child(QStringLiteral("hang"), QProcessEnvironment::systemEnvironment(), runSession,
                  {QStringLiteral("--"), QCoreApplication::applicationFilePath()});
        QVERIFY2(!r.isEmpty() && !r.contains(QStringLiteral("hung")), "child failed or hung");
        QCOMPARE(r.value(QStringLiteral("writeOk")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("writeKind")).toString(),
                 errorKindName(ErrorKind::Storage));
        QCOMPARE(r.value(QStringLiteral("writeCode")).toString(),
                 QStringLiteral("keychain-timeout"));
        QVERIFY(r.value(QStringLiteral("writeFix")).toString().contains(QStringLiteral("Unlock")));
        const int ms = r.value(QStringLiteral("writeMs")).toInt();
        QVERIFY2(ms >= 600 && ms < 3000, qPrintable(QString::number(ms)));
        QVERIFY(r.value(QStringLiteral("calls")).toInt() >= 1); // it really asked the service
        QCOMPARE(r.value(QStringLiteral("readKind")).toString(), errorKindName(ErrorKind::Storage));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString mode = qEnvironmentVariable("LEAP_SECRETSTORE_CHILD");
    if (!mode.isEmpty())
        return runChild(mode);
    TestSecretStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_secretstore.moc"
