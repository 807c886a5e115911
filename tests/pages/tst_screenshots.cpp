// Grabs every page of the wizard, light and dark, into $LEAP_SCREENSHOT_DIR (docs/screenshots when
// run by hand) — `page-<name>-<light|dark>.png`. Without the variable the test is skipped, so a
// normal run never writes into the tree. The pages are in real states: the sandbox answers.

#include "pages/donepage.h"
#include "pages/guidedpages.h"
#include "pages/profilepage.h"
#include "pages/registerpage.h"
#include "pages/services.h"
#include "pages/signinpage.h"
#include "pages/tenantpage.h"
#include "pages/welcomepage.h"
#include "pages/wizardstate.h"
#include "sandboxfixture.h"
#include "wizardtesthelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace leap;
using namespace leap::ui;
using namespace leap::uitest;

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pages_data();
    void pages();

private:
    void shoot(QWidget *w, const QString &name);
    static QPalette darkPalette();

    testsupport::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    QString m_out;
    QString m_variant;
};

void TestScreenshots::initTestCase()
{
    m_out = qEnvironmentVariable("LEAP_SCREENSHOT_DIR");
    if (m_out.isEmpty())
        QSKIP("LEAP_SCREENSHOT_DIR is not set: no screenshots taken");
    QVERIFY(QDir().mkpath(m_out));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_sandbox.ok());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

QPalette TestScreenshots::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

void TestScreenshots::shoot(QWidget *w, const QString &name)
{
    QTest::qWait(50); // let layouts settle
    const QString path =
        QDir(m_out).filePath(QStringLiteral("page-%1-%2.png").arg(name, m_variant));
    QVERIFY2(w->grab().save(path), qPrintable(path));
}

void TestScreenshots::pages_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestScreenshots::pages()
{
    QFETCH(bool, dark);
    m_variant = dark ? QStringLiteral("dark") : QStringLiteral("light");
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    m_sandbox->reset();
    m_sandbox->setAutoApprove(false);
    QTemporaryDir profiles;
    Harness harness(m_sandbox, profiles.path());
    const QString host = QStringLiteral("leap.example.com");

    auto w = harness.open(QStringLiteral("default"));
    shoot(w.get(), QStringLiteral("welcome"));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    auto *tenant = static_cast<TenantPage *>(w->wizardPage(Page_Tenant));
    QTest::keyClicks(tenant->tenantEdit(), QStringLiteral("contoso.onmicrosoft.com"));
    QTest::keyClicks(tenant->hostEdit(), QStringLiteral("https://leap.example.com/"));
    shoot(w.get(), QStringLiteral("tenant-invalid"));
    tenant->hostEdit()->clear();
    QTest::keyClicks(tenant->hostEdit(), host);
    shoot(w.get(), QStringLiteral("tenant"));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);

    auto *signIn = static_cast<SignInPage *>(w->wizardPage(Page_SignIn));
    QTRY_VERIFY(signIn->browserButton()->isEnabled());
    shoot(w.get(), QStringLiteral("signin"));
    QTest::mouseClick(signIn->deviceCodeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!signIn->userCode().isEmpty(), 10000);
    shoot(w.get(), QStringLiteral("signin-code"));
    QVERIFY(m_sandbox->approveDeviceCode(signIn->userCode()));
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Register), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(w.get())->isEnabled(), 15000);
    shoot(w.get(), QStringLiteral("register"));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Secret), 20000);
    QTRY_VERIFY(nextButton(w.get())->isEnabled());
    shoot(w.get(), QStringLiteral("secret"));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Permissions), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(w.get())->isEnabled(), 15000);
    shoot(w.get(), QStringLiteral("permissions"));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Done), 20000);
    auto *done = static_cast<DonePage *>(w->wizardPage(Page_Done));
    QTRY_VERIFY_WITH_TIMEOUT(done->verificationFinished(), 30000);
    shoot(w.get(), QStringLiteral("done"));
    QTest::mouseClick(finishButton(w.get()), Qt::LeftButton);
    w.reset();

    // Re-open on the saved profile, and the rotate page.
    auto again = harness.open(QStringLiteral("default"));
    QCOMPARE(again->currentId(), int(Page_Profile));
    shoot(again.get(), QStringLiteral("profile"));
    auto *profile = static_cast<ProfilePage *>(again->wizardPage(Page_Profile));
    QTest::mouseClick(profile->rotateButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(again->currentId(), int(Page_Rotate), 20000);
    QTRY_VERIFY(nextButton(again.get())->isEnabled());
    shoot(again.get(), QStringLiteral("rotate"));
    again.reset();

    // Guided mode.
    auto guided = harness.open(QStringLiteral("guided"));
    static_cast<WelcomePage *>(guided->wizardPage(Page_Welcome))->guidedButton()->setChecked(true);
    QTest::mouseClick(nextButton(guided.get()), Qt::LeftButton);
    auto *gt = static_cast<TenantPage *>(guided->wizardPage(Page_Tenant));
    QTest::keyClicks(gt->tenantEdit(), m_sandbox.tenantId());
    QTest::keyClicks(gt->hostEdit(), QStringLiteral("leap-guided.example.com"));
    QTest::mouseClick(nextButton(guided.get()), Qt::LeftButton);
    auto *gr = static_cast<GuidedRegisterPage *>(guided->wizardPage(Page_GuidedRegister));
    gr->checklist().first()->setChecked(true);
    QTest::keyClicks(gr->appIdEdit(), QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    shoot(guided.get(), QStringLiteral("guided-register"));
    for (QCheckBox *c : gr->checklist())
        c->setChecked(true);
    QTest::mouseClick(nextButton(guided.get()), Qt::LeftButton);
    auto *gs = static_cast<GuidedSecretPage *>(guided->wizardPage(Page_GuidedSecret));
    QTest::keyClicks(gs->valueEdit(), QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
    shoot(guided.get(), QStringLiteral("guided-secret"));
    for (QCheckBox *c : gs->checklist())
        c->setChecked(true);
    gs->valueEdit()->clear();
    QTest::keyClicks(gs->valueEdit(), QStringLiteral("Xy7~abcdefghijklmnopqrstuvwxyz.0123456_-"));
    QTest::keyClicks(gs->secretIdEdit(), QStringLiteral("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d"));
    QTest::mouseClick(nextButton(guided.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(guided->currentId(), int(Page_GuidedPermissions), 15000);
    shoot(guided.get(), QStringLiteral("guided-permissions"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
