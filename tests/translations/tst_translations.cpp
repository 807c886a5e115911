// The four translations are complete and consistent with their sources, the committed .ts files
// are not stale, the wizard's pages mark their user-visible texts for translation, and the
// translators installed at start-up really translate the product (including texts whose helper
// function hides its context from lupdate).
#include "model/validation.h"
#include "translations/languages.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or the numerus forms
    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message {};
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString sourceDir()
{
    return qEnvironmentVariable("LEAP_SOURCE_DIR", QStringLiteral(LEAP_SOURCE_DIR_FALLBACK));
}

QString tsPath(const QString &lang)
{
    return sourceDir() + QStringLiteral("/translations/leap-entra-setup_%1.ts").arg(lang);
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> set;
    static const QRegularExpression re(QStringLiteral("%(\\d+|L\\d+)"));
    for (const auto &m : re.globalMatch(text))
        set.insert(m.captured(1));
    return set;
}

// A mnemonic is '&' followed by a visible character; "&&" is a literal ampersand, "& " is plain
// text (e.g. "Certificates & secrets" in a sentence) and "&amp;"/"&#10004;" are HTML entities.
int mnemonics(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression entity(QStringLiteral("&(#\\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);"));
    text.remove(entity);
    static const QRegularExpression mnemonic(QStringLiteral("&[^\\s&]"));
    return int(text.count(mnemonic));
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression tag(
        QStringLiteral("</?(a|b|i|p|br|tt|ol|ul|li|span|html|body|h\\d|code|small|big)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList tags;
    for (const auto &m : tag.globalMatch(text))
        tags << m.captured(0);
    tags.sort();
    return tags;
}

// The heuristic for user-visible literals that skipped tr(): a widget text setter or a widget
// constructed with a string literal containing a word (two letters in a row).
struct Unmarked
{
    QString file;
    int line;
    QString text;
};

QList<Unmarked> findUnmarked(const QString &file, const QString &code)
{
    static const QRegularExpression call(QStringLiteral(
        "\\b(setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|"
        "setTitle|setSubTitle|setButtonText|setLabelText|setAccessibleName|"
        "setAccessibleDescription|addItem|addTab|insertItem|setTabText|setHeaderLabels|"
        "(?:new\\s+)?(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QToolButton|QAction|"
        "QCommandLinkButton))\\s*\\(\\s*(?:QStringLiteral|QLatin1String|QString::fromLatin1|"
        "QString::fromUtf8|QString)?\\s*\\(?\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    // Markup around placeholders ("<span style=...>%1</span>", "&#9679;") is not text.
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&(#\\d+|#x[0-9A-Fa-f]+|\\w+);"));
    QList<Unmarked> found;
    for (const auto &m : call.globalMatch(code)) {
        const QString literal = m.captured(2);
        if (!word.match(QString(literal).remove(markup)).hasMatch())
            continue;
        const int line = int(code.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
        found << Unmarked {file, line, literal};
    }
    return found;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void bundledLanguages();
    void complete_data();
    void complete();
    void notStale();
    void pagesMarkTheirTexts();
    void unmarkedCheckCanFail();
    void languageOption();
    void translatorsReachTheUser();
};

void TstTranslations::bundledLanguages()
{
    const QStringList langs = leap::translations::bundledLanguages();
    for (const char *lang : {"de", "es", "fr", "ja"})
        QVERIFY2(langs.contains(QLatin1String(lang)), lang);
    for (const QString &lang : langs)
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/leap-entra-setup_%1.qm").arg(lang)),
                 qPrintable(lang + QStringLiteral(" is not embedded")));
}

void TstTranslations::complete_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"de", "es", "fr", "ja"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TstTranslations::complete()
{
    QFETCH(QString, lang);
    QString error;
    const QList<Message> messages = readTs(tsPath(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where =
            m.context + QStringLiteral(": \"") + m.source.left(70) + QStringLiteral("\"");
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(" ") + where;
            continue;
        }
        if (m.translations.isEmpty() || m.translations.contains(QString())) {
            problems << QStringLiteral("empty ") + where;
            continue;
        }
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ ") + where;
            if (mnemonics(t) != mnemonics(m.source))
                problems << QStringLiteral("mnemonic count differs (%1 vs %2) ")
                                    .arg(mnemonics(t))
                                    .arg(mnemonics(m.source)) +
                                where;
            if (htmlTags(t) != htmlTags(m.source))
                problems << QStringLiteral("HTML tags differ ") + where;
            if (m.numerus && m.source.contains(QLatin1String("%n")) &&
                !t.contains(QLatin1String("%n")))
                problems << QStringLiteral("plural form without %n ") + where;
        }
        // Japanese has one plural form; the others two.
        if (m.numerus && m.translations.size() != (lang == QLatin1String("ja") ? 1 : 2))
            problems << QStringLiteral("wrong number of plural forms ") + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstTranslations::notStale()
{
    const QString lupdate = QStringLiteral(LEAP_LUPDATE);
    const QString list = QStringLiteral(LEAP_I18N_SOURCES_LIST);
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed (qt6-l10n-tools)");
    QVERIFY2(QFile::exists(list), qPrintable(list));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                      QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                      sourceDir() + QStringLiteral("/wizard"), QStringLiteral("@") + list,
                      QStringLiteral("-ts"), fresh});
    QVERIFY(p.waitForFinished(180000));
    QCOMPARE(p.exitCode(), 0);
    QString error;
    const QList<Message> wanted = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(wanted.size() > 100);
    QSet<QString> wantedKeys;
    for (const Message &m : wanted)
        wantedKeys.insert(m.key());
    for (const char *lang : {"de", "es", "fr", "ja"}) {
        const QList<Message> committed = readTs(tsPath(QString::fromLatin1(lang)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> have;
        for (const Message &m : committed)
            have.insert(m.key());
        QStringList missing, extra;
        for (const Message &m : wanted)
            if (!have.contains(m.key()))
                missing << m.context + QStringLiteral(": ") + m.source.left(80);
        for (const Message &m : committed)
            if (!wantedKeys.contains(m.key()))
                extra << m.context + QStringLiteral(": ") + m.source.left(80);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1: texts in the sources but not in the .ts (run the "
                                           "update_translations target and translate them):\n%2")
                                .arg(QLatin1String(lang), missing.join(QLatin1Char('\n')))));
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("%1: texts in the .ts that the sources no longer "
                                           "have (run update_translations):\n%2")
                                .arg(QLatin1String(lang), extra.join(QLatin1Char('\n')))));
    }
}

void TstTranslations::pagesMarkTheirTexts()
{
    const QString pages = sourceDir() + QStringLiteral("/wizard/pages");
    QVERIFY(QDir(pages).exists());
    QList<Unmarked> all;
    int files = 0;
    QDirIterator it(pages, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        all += findUnmarked(QDir(pages).relativeFilePath(path), QString::fromUtf8(f.readAll()));
        ++files;
    }
    QVERIFY(files > 5);
    QStringList report;
    for (const Unmarked &u : all)
        report << QStringLiteral("%1:%2: \"%3\" is shown to the user but not marked for "
                                 "translation (use tr())")
                      .arg(u.file)
                      .arg(u.line)
                      .arg(u.text);
    QVERIFY2(report.isEmpty(), qPrintable(report.join(QLatin1Char('\n'))));
}

void TstTranslations::unmarkedCheckCanFail()
{
    // The heuristic above must catch the usual slips and leave marked or word-less texts alone.
    const QString bad =
        QStringLiteral("label->setText(QStringLiteral(\"Client secret\"));\n"
                       "auto *b = new QPushButton(QStringLiteral(\"&Next step\"), this);\n"
                       "setWindowTitle(QLatin1String(\"Leap Entra Setup\"));\n"
                       "edit->setPlaceholderText(\"leap.example.com\");\n"
                       "w->setToolTip(QStringLiteral(\"Copy the value\"));\n");
    QCOMPARE(findUnmarked(QStringLiteral("bad.cpp"), bad).size(), 5);
    QCOMPARE(findUnmarked(QStringLiteral("bad.cpp"), bad).at(1).line, 2);
    const QString good = QStringLiteral(
        "label->setText(tr(\"Client secret\"));\n"
        "auto *b = new QPushButton(tr(\"&Next step\"), this);\n"
        "value->setText(QStringLiteral(\"%1 (%2)\"));\n"
        "mark->setText(QStringLiteral(\"\\u2714\"));\n"
        "sep->setText(QStringLiteral(\" — \"));\n"
        "dot->setText(QStringLiteral(\"<span style=\\\"color:%1\\\">&#9679;</span> %2\"));\n");
    QCOMPARE(findUnmarked(QStringLiteral("good.cpp"), good).size(), 0);
}

void TstTranslations::languageOption()
{
    for (const char *ok : {"", "en", "de", "fr", "es", "ja", "de_AT", "fr-CA", "JA"})
        QVERIFY2(leap::translations::checkLanguage(QString::fromLatin1(ok)).ok(), ok);
    for (const char *bad : {"xx", "pt_BR", "klingon", "de_", "../de", "d"}) {
        const leap::VoidResult r = leap::translations::checkLanguage(QString::fromLatin1(bad));
        QVERIFY2(!r.ok(), bad);
        QCOMPARE(r.error().kind, leap::ErrorKind::BadInput);
        QCOMPARE(leap::exitCodeFor(r.error().kind), 2);
        QCOMPARE(r.error().field, QStringLiteral("--lang"));
        QVERIFY(r.error().fix.contains(QLatin1String("ja")));
    }
}

void TstTranslations::translatorsReachTheUser()
{
    auto *app = QCoreApplication::instance();
    const QString english =
        QCoreApplication::translate("leap::ui::TenantPage", "Tenant and Leap server");
    QCOMPARE(english, QStringLiteral("Tenant and Leap server"));

    QCOMPARE(leap::translations::install(*app, QStringLiteral("de")), QStringLiteral("de"));
    // A QObject::tr() context, exactly as lupdate filed it.
    QCOMPARE(QCoreApplication::translate("leap::ui::TenantPage", "Tenant and Leap server"),
             QStringLiteral("Mandant und Leap-Server"));
    // validation.cpp translates through a helper with the context "Validation", which lupdate
    // files under "leap": the real function must still come out in German.
    const leap::Result<QString> host = leap::validateLeapHost(QStringLiteral("https://x"));
    QVERIFY(!host.ok());
    QVERIFY2(host.error().message.contains(QLatin1String("darf kein Schema")),
             qPrintable(host.error().message));
    // Plural forms.
    QCOMPARE(QCoreApplication::translate("leap::ui::LifetimeChooser", "%n days", nullptr, 1),
             QStringLiteral("1 Tag"));
    QCOMPARE(QCoreApplication::translate("leap::ui::LifetimeChooser", "%n days", nullptr, 90),
             QStringLiteral("90 Tage"));
    // Qt's own catalogue, when the system has it (Debian: qt6-translations-l10n).
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                      QStringLiteral("/qtbase_de.qm")))
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next"), QStringLiteral("&Weiter"));
    // Texts nobody translated stay as they are.
    QCOMPARE(QCoreApplication::translate("nowhere", "Not a product text"),
             QStringLiteral("Not a product text"));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
