// The wizard end to end, offscreen, against the in-process sandbox tenant with the real keychain:
// the automatic path by mouse (counting clicks) and by keyboard only, re-open and rotate, guided
// mode with pasted values, the no-role path with the admin-consent URL, cancel and resume.

#include "graph/secretservice.h"
#include "pages/dialogs.h"
#include "pages/donepage.h"
#include "pages/guidedpages.h"
#include "pages/permissionspage.h"
#include "pages/planview.h"
#include "pages/profilepage.h"
#include "pages/registerpage.h"
#include "pages/rotatepage.h"
#include "pages/secretpage.h"
#include "pages/services.h"
#include "pages/signinpage.h"
#include "pages/tenantpage.h"
#include "pages/welcomepage.h"
#include "pages/widgets/errorpanel.h"
#include "pages/widgets/progressstrip.h"
#include "pages/wizardstate.h"
#include "sandboxfixture.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"
#include "wizardtesthelpers.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QCoro/QCoroTask>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace leap;
using namespace leap::ui;
using namespace leap::uitest;

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void automaticPathByMouse();
    void keyboardOnly();
    void reopenAndRotate();
    void guidedModeWithPastedValues();
    void noRoleShowsAdminConsentUrl();
    void cancelMidStepAndResume();

private:
    int click(QAbstractButton *button);
    void typeTenantAndHost(SetupWizard *w, const QString &host);
    void signInWithBrowser(SetupWizard *w);
    QJsonArray appsFor(const QString &host);
    std::optional<QString> keychainValue(const Profile &p, const QString &keyId);

    testsupport::SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Harness> m_harness;
    int m_clicks = 0;
};

void TestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_sandbox.ok());
    QVERIFY(m_dir.isValid());
    m_sandbox->setAutoApprove(true);
    m_harness = std::make_unique<Harness>(m_sandbox, m_dir.path());
}

int TestWizard::click(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return -1;
    QTest::mouseClick(button, Qt::LeftButton);
    return ++m_clicks;
}

void TestWizard::typeTenantAndHost(SetupWizard *w, const QString &host)
{
    auto *tenant = static_cast<TenantPage *>(w->wizardPage(Page_Tenant));
    tenant->tenantEdit()->clear();
    QTest::keyClicks(tenant->tenantEdit(), QStringLiteral("contoso.onmicrosoft.com"));
    tenant->hostEdit()->clear();
    QTest::keyClicks(tenant->hostEdit(), host);
}

void TestWizard::signInWithBrowser(SetupWizard *w)
{
    QCOMPARE(w->currentId(), int(Page_SignIn));
    auto *signIn = static_cast<SignInPage *>(w->wizardPage(Page_SignIn));
    QTRY_VERIFY(signIn->browserButton()->isEnabled());
    QTest::mouseClick(signIn->browserButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Register), 15000);
}

QJsonArray TestWizard::appsFor(const QString &host)
{
    QJsonArray out;
    const QString redirect = QStringLiteral("https://%1/oidcclient/redirect/oidc").arg(host);
    for (const auto &v : m_sandbox->applications()) {
        const auto uris = v.toObject()[QStringLiteral("web")]
                              .toObject()[QStringLiteral("redirectUris")]
                              .toArray();
        if (uris.contains(redirect))
            out.append(v);
    }
    return out;
}

static QCoro::Task<std::optional<QString>> readKeychain(Profile p, QString keyId)
{
    SecretStore store;
    auto value = co_await store.readSecret(p.tenantId, p.appId, keyId);
    if (!value)
        co_return std::nullopt;
    co_return *value;
}

std::optional<QString> TestWizard::keychainValue(const Profile &p, const QString &keyId)
{
    return QCoro::waitFor(readKeychain(p, keyId));
}

void TestWizard::automaticPathByMouse()
{
    auto w = m_harness->open(QStringLiteral("default"));
    QCOMPARE(w->currentId(), int(Page_Welcome));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton); // before typing: not counted
    QCOMPARE(w->currentId(), int(Page_Tenant));

    auto *tenant = static_cast<TenantPage *>(w->wizardPage(Page_Tenant));
    QVERIFY(!nextButton(w.get())->isEnabled());
    QTest::keyClicks(tenant->tenantEdit(), QStringLiteral("contoso.onmicrosoft.com"));
    QTest::keyClicks(tenant->hostEdit(), QStringLiteral("https://bad"));
    QVERIFY(tenant->hostErrorLabel()->isVisible());
    QVERIFY(!nextButton(w.get())->isEnabled());
    tenant->hostEdit()->clear();
    QTest::keyClicks(tenant->hostEdit(), QStringLiteral("leap.example.com"));
    QCOMPARE(tenant->redirectLabel()->text(),
             QStringLiteral("https://leap.example.com/oidcclient/redirect/oidc"));
    QVERIFY(!tenant->hostErrorLabel()->isVisible());

    // From here every click counts: the whole automatic setup in at most 6.
    m_clicks = 0;
    QCOMPARE(click(nextButton(w.get())), 1);
    QCOMPARE(w->currentId(), int(Page_SignIn));
    auto *signIn = static_cast<SignInPage *>(w->wizardPage(Page_SignIn));
    QTRY_VERIFY(signIn->browserButton()->isEnabled());
    QCOMPARE(click(signIn->browserButton()), 2);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Register), 15000);
    QVERIFY(m_harness->browser.opened() >= 1);
    QCOMPARE(w->state()->account.userPrincipalName, m_sandbox.server().adminUpn());

    auto *reg = static_cast<RegisterPage *>(w->wizardPage(Page_Register));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(w.get())->isEnabled(), 15000);
    QVERIFY2(reg->errorPanel()->isHidden(), qPrintable(reg->errorPanel()->cause()));
    QVERIFY(nextButton(w.get())->text().contains(QStringLiteral("Register")));
    QVERIFY(!reg->planView()->lines().isEmpty());
    QCOMPARE(click(nextButton(w.get())), 3);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Secret), 20000);
    QVERIFY(!w->state()->profile.appId.isEmpty());

    QTRY_VERIFY(nextButton(w.get())->isEnabled());
    QCOMPARE(click(nextButton(w.get())), 4);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Permissions), 20000);
    auto *secretPage = static_cast<SecretPage *>(w->wizardPage(Page_Secret));
    QVERIFY2(secretPage->errorPanel()->isHidden(), qPrintable(secretPage->errorPanel()->cause()));
    QVERIFY(w->state()->secretInKeychain);

    QTRY_VERIFY_WITH_TIMEOUT(nextButton(w.get())->isEnabled(), 15000);
    QCOMPARE(click(nextButton(w.get())), 5);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Done), 20000);
    auto *done = static_cast<DonePage *>(w->wizardPage(Page_Done));
    QTRY_VERIFY_WITH_TIMEOUT(done->verificationFinished(), 30000);
    QVERIFY2(w->state()->verified, qPrintable(done->errorPanel()->cause()));

    // Exports: the Save dialog suggests <profile>-<date> names and remembers the folder.
    const QString out = m_dir.filePath(QStringLiteral("leap.properties"));
    FileDialog::setNextFileName(out);
    QTest::mouseClick(done->exportButton(exporter::ExportFormat::Properties), Qt::LeftButton);
    QVERIFY(FileDialog::lastSuggestion().contains(QStringLiteral("default")));
    QFile props(out);
    QVERIFY(props.open(QIODevice::ReadOnly));
    QVERIFY(props.readAll().contains(w->state()->profile.tenantId.toUtf8()));

    // "Support bundle…" (left of the navigation, on every page): owner-only JSON with the profile
    // and no secret. Not counted: it is not part of the setup.
    const QString bundlePath = m_dir.filePath(QStringLiteral("support.json"));
    FileDialog::setNextFileName(bundlePath);
    MessageBox::setNextAnswer(QMessageBox::Ok); // "Saved to …"
    QAbstractButton *support = w->button(QWizard::CustomButton1);
    QVERIFY(support->isVisible() && support->isEnabled());
    QTest::mouseClick(support, Qt::LeftButton);
    QVERIFY(FileDialog::lastSuggestion().contains(QStringLiteral("leap-entra-setup-support-")));
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(bundlePath)),
             qPrintable(MessageBox::lastText()));
    QFile bundle(bundlePath);
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    QCOMPARE(bundle.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const QByteArray bundleText = bundle.readAll();
    const QJsonObject bundleJson = QJsonDocument::fromJson(bundleText).object();
    QCOMPARE(bundleJson.value(QStringLiteral("profile"))
                 .toObject()
                 .value(QStringLiteral("appId"))
                 .toString(),
             w->state()->profile.appId);
    QVERIFY(bundleJson.value(QStringLiteral("log")).isArray());
    const std::optional<QString> secretValue =
        keychainValue(w->state()->profile, w->state()->profile.currentSecret()->keyId);
    QVERIFY(secretValue && !secretValue->isEmpty());
    QVERIFY(!bundleText.contains(secretValue->toUtf8()));

    QCOMPARE(click(finishButton(w.get())), 6);
    QVERIFY(!w->isVisible());
    QVERIFY(m_clicks <= 6);

    // The tenant: exactly one application, consented; the secret in the keychain.
    const Profile saved = *ProfileStore(m_dir.path()).load(QStringLiteral("default"));
    QCOMPARE(appsFor(QStringLiteral("leap.example.com")).size(), 1);
    QVERIFY(saved.currentSecret());
    QVERIFY(keychainValue(saved, saved.currentSecret()->keyId).has_value());
}

void TestWizard::keyboardOnly()
{
    // Tab, Space and Return only: the keys every keyboard user has. (Mnemonics are there too —
    // checked below — but offscreen QTest does not deliver Alt shortcuts.)
    const auto key = [](Qt::Key k) {
        QTest::keyClick(QApplication::focusWidget(), k);
    };
    auto w = m_harness->open(QStringLiteral("keyboard"));
    auto *welcome = static_cast<WelcomePage *>(w->wizardPage(Page_Welcome));
    QVERIFY(welcome->automaticButton()->isChecked());
    QVERIFY(!QKeySequence::mnemonic(welcome->automaticButton()->text()).isEmpty());
    QVERIFY(!QKeySequence::mnemonic(nextButton(w.get())->text()).isEmpty());
    key(Qt::Key_Return); // default button: Next
    QCOMPARE(w->currentId(), int(Page_Tenant));
    auto *tenant = static_cast<TenantPage *>(w->wizardPage(Page_Tenant));
    QTRY_COMPARE(QApplication::focusWidget(), tenant->tenantEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("contoso.onmicrosoft.com"));
    // Tab to the Leap server field (the cloud list is skipped: the sandbox's endpoints are fixed).
    for (int i = 0; i < 3 && QApplication::focusWidget() != tenant->hostEdit(); ++i)
        key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), tenant->hostEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("leap-kbd.example.com"));
    key(Qt::Key_Return);
    QCOMPARE(w->currentId(), int(Page_SignIn));
    auto *signIn = static_cast<SignInPage *>(w->wizardPage(Page_SignIn));
    QTRY_VERIFY(signIn->browserButton()->isEnabled());
    QTRY_VERIFY2(QApplication::focusWidget() == signIn->browserButton(),
                 qPrintable(QStringLiteral("%1 in %2")
                                .arg(QString::fromLatin1(
                                         QApplication::focusWidget()->metaObject()->className()),
                                     signIn->errorPanel()->cause())));
    key(Qt::Key_Space); // Sign in with Microsoft
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Register), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(w.get())->isEnabled(), 15000);
    key(Qt::Key_Return); // Register application
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Secret), 20000);
    QTRY_VERIFY(nextButton(w.get())->isEnabled());
    key(Qt::Key_Return); // Create secret
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Permissions), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(w.get())->isEnabled(), 15000);
    key(Qt::Key_Return); // Grant admin consent
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Done), 20000);
    auto *done = static_cast<DonePage *>(w->wizardPage(Page_Done));
    QTRY_VERIFY_WITH_TIMEOUT(done->verificationFinished(), 30000);
    QVERIFY2(w->state()->verified, qPrintable(done->errorPanel()->cause()));
    key(Qt::Key_Return); // Finish
    QVERIFY(!w->isVisible());
    QCOMPARE(appsFor(QStringLiteral("leap-kbd.example.com")).size(), 1);
}

void TestWizard::reopenAndRotate()
{
    const Profile before = *ProfileStore(m_dir.path()).load(QStringLiteral("default"));
    const QString oldKey = before.currentSecret()->keyId;

    auto w = m_harness->open(QStringLiteral("default"));
    QCOMPARE(w->currentId(), int(Page_Profile));
    auto *profile = static_cast<ProfilePage *>(w->wizardPage(Page_Profile));
    QVERIFY(profile->secretLabel()->text().contains(QStringLiteral("day")));
    QTest::mouseClick(profile->rotateButton(), Qt::LeftButton);
    // The refresh token cached in the keychain signs in silently.
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Rotate), 15000);
    QTRY_VERIFY(nextButton(w.get())->isEnabled());
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton); // Create new secret
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Done), 30000);
    auto *done = static_cast<DonePage *>(w->wizardPage(Page_Done));
    QTRY_VERIFY_WITH_TIMEOUT(done->verificationFinished(), 30000);
    QVERIFY2(w->state()->verified, qPrintable(done->errorPanel()->cause()));
    const QString newKey = w->state()->profile.currentSecret()->keyId;
    QVERIFY(newKey != oldKey);

    // Retire only once Leap uses the new secret.
    QVERIFY(done->retireButton()->isVisible());
    QVERIFY(!done->retireButton()->isEnabled());
    done->leapUpdatedCheck()->setChecked(true);
    QVERIFY(done->retireButton()->isEnabled());
    QTest::mouseClick(done->retireButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!done->isBusy(), 20000);
    QVERIFY2(done->errorPanel()->isHidden(), qPrintable(done->errorPanel()->cause()));
    QCOMPARE(w->state()->profile.secrets.size(), 1);
    QVERIFY(!keychainValue(before, oldKey).has_value());
    QVERIFY(keychainValue(w->state()->profile, newKey).has_value());
    const auto apps = appsFor(QStringLiteral("leap.example.com"));
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps[0].toObject()[QStringLiteral("passwordCredentials")].toArray().size(), 1);
    QTest::mouseClick(finishButton(w.get()), Qt::LeftButton);
}

void TestWizard::guidedModeWithPastedValues()
{
    // An application set up by the keyboard test: the values an administrator would copy from the
    // admin center.
    const auto loaded = ProfileStore(m_dir.path()).load(QStringLiteral("keyboard"));
    QVERIFY2(loaded.ok(), "needs the application set up by keyboardOnly()");
    const Profile source = *loaded;
    const QString keyId = source.currentSecret()->keyId;
    const QString value = *keychainValue(source, keyId);
    SecretStore store;
    QVERIFY(QCoro::waitFor(store.removeSecret(source.tenantId, source.appId, keyId)).ok());

    auto w = m_harness->open(QStringLiteral("guided"));
    auto *welcome = static_cast<WelcomePage *>(w->wizardPage(Page_Welcome));
    welcome->guidedButton()->setChecked(true);
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    typeTenantAndHost(w.get(), QStringLiteral("leap-kbd.example.com"));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(Page_GuidedRegister));

    auto *reg = static_cast<GuidedRegisterPage *>(w->wizardPage(Page_GuidedRegister));
    for (QCheckBox *c : reg->checklist())
        c->setChecked(true);
    QTest::keyClicks(reg->appIdEdit(), source.appId);
    reg->tenantIdEdit()->clear();
    QTest::keyClicks(reg->tenantIdEdit(), source.tenantId);
    QVERIFY(nextButton(w.get())->isEnabled());
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(Page_GuidedSecret));

    auto *secret = static_cast<GuidedSecretPage *>(w->wizardPage(Page_GuidedSecret));
    for (QCheckBox *c : secret->checklist())
        c->setChecked(true);
    // The classic mistake: the Secret ID pasted where the value belongs.
    QTest::keyClicks(secret->valueEdit(), keyId);
    QVERIFY(secret->valueError()->isVisible());
    QVERIFY(secret->valueError()->text().contains(QStringLiteral("Secret ID")));
    QTest::keyClicks(secret->secretIdEdit(), keyId);
    QVERIFY(!nextButton(w.get())->isEnabled());
    secret->valueEdit()->clear();
    QTest::keyClicks(secret->valueEdit(), value);
    QVERIFY(!secret->valueError()->isVisible());
    QVERIFY(nextButton(w.get())->isEnabled());
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_GuidedPermissions), 15000);

    auto *perms = static_cast<GuidedPermissionsPage *>(w->wizardPage(Page_GuidedPermissions));
    QVERIFY(!nextButton(w.get())->isEnabled());
    for (QCheckBox *c : perms->checklist())
        c->setChecked(true);
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(Page_Done));
    auto *done = static_cast<DonePage *>(w->wizardPage(Page_Done));
    QTRY_VERIFY_WITH_TIMEOUT(done->verificationFinished(), 30000);
    QVERIFY2(w->state()->verified, qPrintable(done->errorPanel()->cause()));
    QCOMPARE(keychainValue(source, keyId), std::optional<QString>(value));
    QTest::mouseClick(finishButton(w.get()), Qt::LeftButton);
    const Profile guided = *ProfileStore(m_dir.path()).load(QStringLiteral("guided"));
    QCOMPARE(guided.appId, source.appId);
    QCOMPARE(guided.currentSecret()->keyId, keyId);
}

void TestWizard::noRoleShowsAdminConsentUrl()
{
    m_sandbox->setUserLacksPrivilegedRole(true);
    auto w = m_harness->open(QStringLiteral("norole"));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    typeTenantAndHost(w.get(), QStringLiteral("leap-norole.example.com"));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    signInWithBrowser(w.get());
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(w.get())->isEnabled(), 15000);
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Secret), 20000);
    QTRY_VERIFY(nextButton(w.get())->isEnabled());
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Page_Permissions), 20000);
    auto *perms = static_cast<PermissionsPage *>(w->wizardPage(Page_Permissions));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(w.get())->isEnabled(), 15000);
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(perms->consentPanel()->isVisible(), 20000);
    const QString appId = w->state()->profile.appId;
    QVERIFY(perms->consentUrlEdit()->text().contains(QStringLiteral("/adminconsent")));
    QVERIFY(perms->consentUrlEdit()->text().contains(appId));
    QVERIFY(perms->errorPanel()->cause().contains(QStringLiteral("Administrator")) ||
            perms->errorPanel()->fix().contains(QStringLiteral("Administrator")));
    // Finishing later: the profile is saved and the wizard re-opens on it.
    MessageBox::setNextAnswer(QMessageBox::Close);
    w->reject();
    QVERIFY(!w->isVisible());
    m_sandbox->setUserLacksPrivilegedRole(false);
    auto again = m_harness->open(QStringLiteral("norole"));
    QCOMPARE(again->currentId(), int(Page_Profile));
    QCOMPARE(again->state()->profile.appId, appId);
}

void TestWizard::cancelMidStepAndResume()
{
    const QString host = QStringLiteral("leap-cancel.example.com");
    auto w = m_harness->open(QStringLiteral("cancel"));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    typeTenantAndHost(w.get(), host);
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    signInWithBrowser(w.get());
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(w.get())->isEnabled(), 15000);

    // A slow directory: the create hangs long enough to be cancelled.
    sandbox::Fault slow;
    slow.method = QStringLiteral("*");
    slow.path = QStringLiteral("^/graph/v1.0/applications");
    slow.latencyMs = 3000;
    slow.times = -1;
    m_sandbox->addFault(slow);
    auto *reg = static_cast<RegisterPage *>(w->wizardPage(Page_Register));
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QTRY_VERIFY(reg->isBusy());
    QVERIFY(!nextButton(w.get())->isEnabled());
    QVERIFY(!w->button(QWizard::BackButton)->isEnabled());
    QTest::mouseClick(reg->progressStrip()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!reg->isBusy(), 10000);
    QCOMPARE(w->currentId(), int(Page_Register));
    QVERIFY(reg->errorPanel()->isHidden()); // a cancel is not an error

    // Close mid-step: asked first, then the profile is left resumable.
    QTest::mouseClick(nextButton(w.get()), Qt::LeftButton);
    QTRY_VERIFY(reg->isBusy());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    w->reject();
    QVERIFY(w->isVisible()); // "Cancel": keep going
    MessageBox::setNextAnswer(QMessageBox::Close);
    w->reject();
    QVERIFY(!w->isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("still running")));
    w.reset();
    m_sandbox->clearFaults();
    QVERIFY(ProfileStore(m_dir.path()).exists(QStringLiteral("cancel")));

    // Resume: Repair converges to exactly one application.
    auto again = m_harness->open(QStringLiteral("cancel"));
    QCOMPARE(again->currentId(), int(Page_Profile));
    auto *profile = static_cast<ProfilePage *>(again->wizardPage(Page_Profile));
    QTest::mouseClick(profile->repairButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(again->currentId(), int(Page_Register), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(again.get())->isEnabled(), 20000);
    QTest::mouseClick(nextButton(again.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(again->currentId(), int(Page_Secret), 30000);
    QTRY_VERIFY(nextButton(again.get())->isEnabled());
    QTest::mouseClick(nextButton(again.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(again->currentId(), int(Page_Permissions), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(again.get())->isEnabled(), 15000);
    QTest::mouseClick(nextButton(again.get()), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(again->currentId(), int(Page_Done), 20000);
    auto *done = static_cast<DonePage *>(again->wizardPage(Page_Done));
    QTRY_VERIFY_WITH_TIMEOUT(done->verificationFinished(), 30000);
    QVERIFY2(again->state()->verified, qPrintable(done->errorPanel()->cause()));
    QCOMPARE(appsFor(host).size(), 1);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
