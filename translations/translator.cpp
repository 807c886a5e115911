#include "translations/translator.h"

#include "translations/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "leap.i18n")

namespace leap::translations {

namespace {

// The product's code translates through small per-file helpers, e.g.
//   QString tr(const char *s) { return QCoreApplication::translate("ProfileStore", s); }
// lupdate cannot see such a helper's context: it files the message under the enclosing class or
// namespace ("leap::ProfileStore"), so the context asked for at run time and the one in the
// catalogue can differ. An exact lookup comes first; on a miss the catalogue's other contexts are
// tried (the same English text always has the same translation, see translations/tstool.py).
// A miss costs a few dozen hash probes, only for texts not found directly.
class ProductTranslator final : public QTranslator
{
public:
    explicit ProductTranslator(QObject *parent) : QTranslator(parent) { }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isNull() || !sourceText || !*sourceText)
            return text;
        for (const char *other : catalogueContexts()) {
            if (context && qstrcmp(other, context) == 0)
                continue;
            text = QTranslator::translate(other, sourceText, disambiguation, n);
            if (!text.isNull())
                return text;
        }
        return {};
    }
};

QString languageOf(const QString &lang)
{
    // "de_AT", "de-AT" and "de" all mean German here.
    return lang.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("leap::translations", text);
}

} // namespace

QStringList supportedLanguages()
{
    QStringList all {QStringLiteral("en")};
    all += bundledLanguages();
    all.removeDuplicates();
    return all;
}

VoidResult checkLanguage(const QString &lang)
{
    if (lang.isEmpty())
        return {};
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,4})?$"));
    if (shape.match(lang).hasMatch() && supportedLanguages().contains(languageOf(lang)))
        return {};
    return Error::badInput(
        QStringLiteral("--lang"),
        tr("--lang \"%1\" is not an available language.").arg(lang.left(32)),
        tr("Use one of: %1.").arg(supportedLanguages().join(QStringLiteral(", "))));
}

QString install(QCoreApplication &app, const QString &lang)
{
    QLocale locale = QLocale::system();
    if (!lang.isEmpty() && checkLanguage(lang)) {
        locale = QLocale(lang);
        QLocale::setDefault(locale);
    }

    // The system may prefer several languages (LANGUAGE=fr:de): take the first one we have.
    QString chosen = QStringLiteral("en");
    const QStringList wanted = lang.isEmpty() ? locale.uiLanguages() : QStringList {lang};
    for (const QString &candidate : wanted) {
        const QString language = languageOf(candidate);
        if (supportedLanguages().contains(language)) {
            chosen = language;
            break;
        }
    }
    if (chosen == QLatin1String("en"))
        return chosen; // English is the source language: nothing to load.

    auto *product = new ProductTranslator(&app);
    if (product->load(QStringLiteral(":/i18n/leap-entra-setup_%1.qm").arg(chosen))) {
        app.installTranslator(product);
    } else {
        qCWarning(lcI18n) << "embedded translation missing for" << chosen;
        delete product;
        return QStringLiteral("en");
    }

    // Qt's own catalogue is optional (Debian: qt6-translations-l10n). Installed last, it is
    // searched first: its contexts (QWizard, QDialogButtonBox, ...) never collide with ours.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return chosen;
}

} // namespace leap::translations
