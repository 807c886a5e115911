// The wizard in each bundled language: every visible label and button on the Welcome and the
// "Tenant and Leap server" pages must fit (no truncated or clipped text), and with
// LEAP_SCREENSHOT_DIR set the Tenant page is saved as lang-<xx>.png for a person to look at
// (docs/screenshots when run by hand).
#include "pages/setupwizard.h"
#include "pages/tenantpage.h"
#include "pages/wizardoptions.h"
#include "translations/translator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace leap;

namespace {

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// Text that does not fit its widget: a button or a single-line label narrower than its text.
QStringList clipped(QWidget *page)
{
    QStringList out;
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || b->text().isEmpty())
            continue;
        if (b->width() < b->sizeHint().width() || b->height() < b->minimumSizeHint().height())
            out << QStringLiteral("button \"%1\": %2 px wide, needs %3")
                       .arg(b->text())
                       .arg(b->width())
                       .arg(b->sizeHint().width());
    }
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        if (l->wordWrap()) {
            if (l->height() < l->heightForWidth(l->width()))
                out << QStringLiteral("label \"%1\": %2 px high, needs %3")
                           .arg(l->text().left(60))
                           .arg(l->height())
                           .arg(l->heightForWidth(l->width()));
        } else if (l->width() < l->sizeHint().width()) {
            out << QStringLiteral("label \"%1\": %2 px wide, needs %3")
                       .arg(l->text().left(60))
                       .arg(l->width())
                       .arg(l->sizeHint().width());
        }
    }
    return out;
}

} // namespace

class TstLangScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { removeTranslators(); }
    void pages_data();
    void pages();

private:
    QTemporaryDir m_profiles;
    QNetworkAccessManager m_network;
};

void TstLangScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(m_profiles.isValid());
}

void TstLangScreenshots::pages_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"en", "de", "es", "fr", "ja"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TstLangScreenshots::pages()
{
    QFETCH(QString, lang);
    removeTranslators();
    QCOMPARE(translations::install(*qApp, lang), lang);

    ui::WizardOptions options;
    options.network = &m_network;
    options.endpoints = Endpoints::forCloud(Cloud::Global);
    options.profileName = QStringLiteral("lang-") + lang;
    options.profileDirectory = m_profiles.path();
    options.openUrl = [](const QUrl &) {
        return true;
    };
    ui::SetupWizard wizard(options);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::qWait(50);

    QStringList problems = clipped(wizard.currentPage());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto *tenant = qobject_cast<ui::TenantPage *>(wizard.currentPage());
    QVERIFY2(tenant, "the second page is not the Tenant and Leap server page");
    QTest::keyClicks(tenant->tenantEdit(), QStringLiteral("contoso.onmicrosoft.com"));
    QTest::keyClicks(tenant->hostEdit(), QStringLiteral("leap.example.com"));
    QTest::qWait(50); // let layouts settle
    problems += clipped(tenant);
    // The wizard's own buttons (Qt's catalogue) fit as well.
    for (auto which : {QWizard::CustomButton1, QWizard::BackButton, QWizard::NextButton,
                       QWizard::CancelButton}) {
        QAbstractButton *b = wizard.button(which);
        if (b->isVisible() && b->width() < b->sizeHint().width())
            problems << QStringLiteral("wizard button \"%1\" is clipped").arg(b->text());
    }

    const QString out = qEnvironmentVariable("LEAP_SCREENSHOT_DIR");
    if (!out.isEmpty() && lang != QLatin1String("en")) {
        QVERIFY(QDir().mkpath(out));
        const QString path = QDir(out).filePath(QStringLiteral("lang-%1.png").arg(lang));
        QVERIFY2(wizard.grab().save(path), qPrintable(path));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(lang + QStringLiteral(":\n") + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TstLangScreenshots)
#include "tst_langscreenshots.moc"
