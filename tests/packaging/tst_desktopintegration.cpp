// Desktop integration: the ecosystem's own validators accept the .desktop file and the AppStream
// metainfo, the one reverse-DNS app id is used everywhere, the icons are complete, and the man
// page, bash completion and install tree match the command line of the contract.
#include "resources/appidentity.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <iterator>

namespace {

const QString kAppId = QStringLiteral(LEAP_APP_ID_FROM_CMAKE);

// The command line of the contract (plus --lang from the localization issue): every command and
// option must be in the man page and the bash completion.
const QStringList kCommands = {QStringLiteral("configure"),     QStringLiteral("status"),
                               QStringLiteral("rotate-secret"), QStringLiteral("retire-secret"),
                               QStringLiteral("verify"),        QStringLiteral("export"),
                               QStringLiteral("forget")};
const QStringList kOptions = {
    QStringLiteral("--profile"),       QStringLiteral("--cloud"),
    QStringLiteral("--authority"),     QStringLiteral("--graph"),
    QStringLiteral("--sign-in"),       QStringLiteral("--client-id"),
    QStringLiteral("--sandbox"),       QStringLiteral("--json"),
    QStringLiteral("--verbose"),       QStringLiteral("--lang"),
    QStringLiteral("--tenant"),        QStringLiteral("--leap-host"),
    QStringLiteral("--display-name"),  QStringLiteral("--secret-name"),
    QStringLiteral("--secret-days"),   QStringLiteral("--credential-alias"),
    QStringLiteral("--dry-run"),       QStringLiteral("--no-admin-consent"),
    QStringLiteral("--key-id"),        QStringLiteral("--all-but-current"),
    QStringLiteral("--format"),        QStringLiteral("--output"),
    QStringLiteral("--include-secret")};

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr together
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(timeoutMs) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.output = QStringLiteral("did not finish: ") + program;
        return r;
    }
    r.output = QString::fromUtf8(p.readAll());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Man page source text as a reader sees it: groff escapes for '-' removed.
QString manText(const QString &path)
{
    return readText(path).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

} // namespace

class tst_DesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopFileValidates();
    void metainfoValidates();
    void appIdIsTheSameEverywhere();
    void iconsAreComplete();
    void manPageRenders();
    void manPageAndCompletionCoverTheCommandLine_data();
    void manPageAndCompletionCoverTheCommandLine();
    void bashCompletionCompletes_data();
    void bashCompletionCompletes();
    void installTreeHasDesktopIntegration();

private:
    QString m_source;
    QString m_resources;
    QString m_desktopFile;
    QString m_metainfoFile;
};

void tst_DesktopIntegration::initTestCase()
{
    m_source = qEnvironmentVariable("LEAP_SOURCE_DIR");
    QVERIFY2(QDir(m_source).exists(), "LEAP_SOURCE_DIR is not set (run through ctest)");
    m_resources = m_source + QStringLiteral("/resources");
    m_desktopFile = m_resources + QLatin1Char('/') + kAppId + QStringLiteral(".desktop");
    m_metainfoFile = m_resources + QLatin1Char('/') + kAppId + QStringLiteral(".metainfo.xml");
    QVERIFY2(QFile::exists(m_desktopFile), qPrintable(m_desktopFile));
    QVERIFY2(QFile::exists(m_metainfoFile), qPrintable(m_metainfoFile));
}

void tst_DesktopIntegration::desktopFileValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    const Run r = run(tool, {m_desktopFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    // Errors fail the tool; warnings do not, but they are defects too. Hints are advice.
    QVERIFY2(!r.output.contains(QStringLiteral("error:")) &&
                 !r.output.contains(QStringLiteral("warning:")),
             qPrintable(r.output));
}

void tst_DesktopIntegration::metainfoValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    const Run r =
        run(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), m_metainfoFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    static const QRegularExpression problem(QStringLiteral("^[EW]: "),
                                            QRegularExpression::MultilineOption);
    QVERIFY2(!r.output.contains(problem), qPrintable(r.output));
}

void tst_DesktopIntegration::appIdIsTheSameEverywhere()
{
    QCOMPARE(QString::fromLatin1(leap::resources::appId), kAppId);

    // 1. The .desktop file: its name (checked in initTestCase) and its icon.
    QString icon;
    const QStringList lines = readText(m_desktopFile).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("Icon=")))
            icon = line.mid(5).trimmed();
    }
    QCOMPARE(icon, kAppId);

    // 2. The AppStream metainfo: component id, the desktop file it launches, its stock icon.
    QFile f(m_metainfoFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString id, launchable, stockIcon;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            // Only the component's own <id>; releases or provides could nest other ids.
            if (depth == 2 && xml.name() == QLatin1String("id"))
                id = xml.readElementText().trimmed(), --depth;
            else if (xml.name() == QLatin1String("launchable"))
                launchable = xml.readElementText().trimmed(), --depth;
            else if (xml.name() == QLatin1String("icon") &&
                     xml.attributes().value(QLatin1String("type")) == QLatin1String("stock"))
                stockIcon = xml.readElementText().trimmed(), --depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
    QCOMPARE(stockIcon, kAppId);

    // 3. The icons: every icon file in resources/icons is named by the app id.
    QDirIterator it(m_resources + QStringLiteral("/icons"),
                    {QStringLiteral("*.svg"), QStringLiteral("*.png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int icons = 0;
    while (it.hasNext()) {
        it.next();
        QCOMPARE(it.fileInfo().completeBaseName(), kAppId);
        ++icons;
    }
    QCOMPARE(icons, 1 + int(std::size(leap::resources::iconPngSizes)));
}

void tst_DesktopIntegration::iconsAreComplete()
{
    const QString svg = m_resources + QStringLiteral("/icons/") + kAppId + QStringLiteral(".svg");
    QVERIFY(QFile::exists(svg));

    // The embedded icon others use for the window icon.
    const QString embeddedSvg = readText(QString::fromLatin1(leap::resources::iconSvgPath));
    QVERIFY2(embeddedSvg.contains(QStringLiteral("<svg")), "the SVG icon is not embedded");
    QCOMPARE(embeddedSvg, readText(svg));

    for (int size : leap::resources::iconPngSizes) {
        const QString file = m_resources + QStringLiteral("/icons/hicolor/%1x%1/apps/").arg(size) +
                             kAppId + QStringLiteral(".png");
        const QImage onDisk(file);
        QVERIFY2(!onDisk.isNull(), qPrintable(file));
        QCOMPARE(onDisk.size(), QSize(size, size));
        QVERIFY2(onDisk.hasAlphaChannel(), "an app icon needs a transparent background");

        const QImage embedded(leap::resources::iconPngPath(size));
        QCOMPARE(embedded.size(), QSize(size, size));
    }
    QVERIFY(leap::resources::iconPngPath(17).isEmpty());

    // Where the SVG image plugin is installed (libqt6svg6, a runtime dependency of the package),
    // the embedded SVG must render.
    if (QImageReader::supportedImageFormats().contains("svg")) {
        QImageReader reader(QString::fromLatin1(leap::resources::iconSvgPath));
        reader.setScaledSize(QSize(64, 64));
        const QImage rendered = reader.read();
        QVERIFY2(!rendered.isNull(), qPrintable(reader.errorString()));
    }
}

void tst_DesktopIntegration::manPageRenders()
{
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed");
    for (const QString &page :
         {QStringLiteral("leap-entra-setup.1"), QStringLiteral("leap-entra-sandbox.1")}) {
        const Run r =
            run(groff, {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"),
                        m_source + QStringLiteral("/packaging/") + page});
        QVERIFY2(r.exitCode == 0 && r.output.trimmed().isEmpty(),
                 qPrintable(page + QStringLiteral(": ") + r.output));
    }
}

void tst_DesktopIntegration::manPageAndCompletionCoverTheCommandLine_data()
{
    QTest::addColumn<QString>("word");
    for (const QString &c : kCommands)
        QTest::newRow(qPrintable(c)) << c;
    for (const QString &o : kOptions)
        QTest::newRow(qPrintable(o)) << o;
}

void tst_DesktopIntegration::manPageAndCompletionCoverTheCommandLine()
{
    QFETCH(QString, word);
    const QRegularExpression whole(QStringLiteral("(?<![\\w-])") +
                                   QRegularExpression::escape(word) + QStringLiteral("(?![\\w-])"));
    const QString man = manText(m_source + QStringLiteral("/packaging/leap-entra-setup.1"));
    const QString completion =
        readText(m_source + QStringLiteral("/packaging/completion/leap-entra-setup.bash"));
    QVERIFY2(man.contains(whole), qPrintable(word + QStringLiteral(" is not in the man page")));
    QVERIFY2(completion.contains(whole),
             qPrintable(word + QStringLiteral(" is not in the bash completion")));
}

void tst_DesktopIntegration::bashCompletionCompletes_data()
{
    QTest::addColumn<QString>("line"); // what was typed after "leap-entra-setup "
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("command") << "con" << QStringList {QStringLiteral("configure")};
    QTest::newRow("commands r") << "re" << QStringList {QStringLiteral("retire-secret")};
    QTest::newRow("global option") << "--si" << QStringList {QStringLiteral("--sign-in")};
    QTest::newRow("languages") << "--lang j" << QStringList {QStringLiteral("ja")};
    QTest::newRow("cloud values") << "--cloud us"
                                  << QStringList {QStringLiteral("usgov"),
                                                  QStringLiteral("usgov-dod")};
    QTest::newRow("command after global option")
        << "--profile prod rot" << QStringList {QStringLiteral("rotate-secret")};
    QTest::newRow("configure options")
        << "configure --te" << QStringList {QStringLiteral("--tenant")};
    QTest::newRow("export formats")
        << "export --format p" << QStringList {QStringLiteral("pdf"), QStringLiteral("properties")};
    QTest::newRow("retire-secret options")
        << "retire-secret --a"
        << QStringList {QStringLiteral("--all-but-current"), QStringLiteral("--authority")};
    QTest::newRow("no value guessing") << "configure --tenant " << QStringList {};
}

void tst_DesktopIntegration::bashCompletionCompletes()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (bash.isEmpty())
        QSKIP("bash is not installed");
    // Split as bash does for COMP_WORDS; a trailing space starts a new, empty word.
    const QString script =
        QStringLiteral("source \"$1\"; read -ra COMP_WORDS <<<\"leap-entra-setup $2\";"
                       "[[ $2 == *' ' ]] && COMP_WORDS+=('');"
                       "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _leap_entra_setup;"
                       "printf '%s\\n' \"${COMPREPLY[@]}\"");
    const Run r =
        run(bash, {QStringLiteral("--norc"), QStringLiteral("-c"), script, QStringLiteral("bash"),
                   m_source + QStringLiteral("/packaging/completion/leap-entra-setup.bash"), line});
    QCOMPARE(r.exitCode, 0);
    QStringList got = r.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void tst_DesktopIntegration::installTreeHasDesktopIntegration()
{
#if defined(Q_OS_LINUX)
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const Run r = run(QStringLiteral(LEAP_CMAKE_COMMAND),
                      {QStringLiteral("--install"), qEnvironmentVariable("LEAP_BINARY_DIR"),
                       QStringLiteral("--prefix"), prefix.path()},
                      120000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QStringList expected = {
        QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"),
        QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"),
        QStringLiteral("share/man/man1/leap-entra-setup.1.gz"),
        QStringLiteral("share/man/man1/leap-entra-sandbox.1.gz"),
        QStringLiteral("share/bash-completion/completions/leap-entra-setup")};
    for (int size : leap::resources::iconPngSizes)
        expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/").arg(size) + kAppId +
                        QStringLiteral(".png");
    for (const QString &file : std::as_const(expected))
        QVERIFY2(QFile::exists(prefix.filePath(file)), qPrintable(file));
#else
    QSKIP("the freedesktop install layout applies to Linux only");
#endif
}

QTEST_GUILESS_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
