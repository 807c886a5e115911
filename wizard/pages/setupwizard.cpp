#include "pages/setupwizard.h"

#include "pages/dialogs.h"
#include "pages/donepage.h"
#include "pages/guidedpages.h"
#include "pages/permissionspage.h"
#include "pages/profilepage.h"
#include "pages/registerpage.h"
#include "pages/rotatepage.h"
#include "pages/secretpage.h"
#include "pages/services.h"
#include "pages/signinpage.h"
#include "pages/tenantpage.h"
#include "pages/welcomepage.h"
#include "pages/widgets/sandboxbanner.h"
#include "pages/wizardstate.h"

#include "storage/supportbundle.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace leap::ui {

SetupWizard::SetupWizard(const leap::ui::WizardOptions &options, QWidget *parent)
    : QWizard(parent), m_options(options)
{
    leap::ui::WizardOptions o = options;
    if (!o.openUrl)
        o.openUrl = [](const QUrl &url) {
            return QDesktopServices::openUrl(url);
        };
    m_state = new WizardState(o, this);
    m_services = new Services(o, this);

    setWindowTitle(o.sandbox ? tr("Leap Entra Setup — Sandbox") : tr("Leap Entra Setup"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
#ifdef Q_OS_LINUX
    setWizardStyle(QWizard::ClassicStyle);
#endif
    // On every page, left of the navigation: what support asks for when something went wrong.
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Support bundle…"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Save a log of this session for Microsoft or HCL support: the requests "
                        "and their request IDs, without any secret or token."));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                     QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveSupportBundle();
    });

    // Re-open: a saved profile opens on its overview.
    auto saved = m_state->loadProfile();
    if (saved) {
        m_state->profile = *saved;
        m_state->openedOnSavedProfile = true;
        ensurePage(Page_Profile);
        setStartId(Page_Profile);
    } else {
        if (saved.error().kind != ErrorKind::NotFound)
            qCWarning(lcUi) << "profile not readable:" << saved.error().message;
        ensurePage(Page_Welcome);
        setStartId(Page_Welcome);
    }

    // Sized from the font, so it scales with the system font and DPI.
    const QFontMetrics fm(font());
    resize(fm.averageCharWidth() * 112, fm.height() * 44);
    setMinimumSize(fm.averageCharWidth() * 80, fm.height() * 34);
}

SetupWizard::~SetupWizard()
{
    m_services->cancelAll();
    m_state->wipeUnsavedSecret();
    // A cancelled request resumes its coroutine on a later event: the service it runs in and the
    // profile it writes to must still exist then. The pages' callbacks are already guarded
    // (QCoro::connect), so only these two outlive the window, briefly.
    Services *services = m_services;
    WizardState *state = m_state;
    // Parented to the application, so they are deleted with it at the latest (a process that
    // ends within the 5 s still frees them).
    services->setParent(QCoreApplication::instance());
    state->setParent(QCoreApplication::instance());
    QTimer::singleShot(std::chrono::seconds(5), services, [services, state] {
        delete state;
        services->deleteLater();
    });
}

VoidResult SetupWizard::writeSupportBundle(const QString &path) const
{
    SupportBundle bundle;
    if (!m_state->profile.tenantId.isEmpty() || !m_state->profile.appId.isEmpty())
        bundle.setProfile(m_state->profile);
    bundle.setCommandLine(m_options.commandLine);
    bundle.setOutcome(0);
    if (m_options.redactor)
        bundle.setRedactor(m_options.redactor);
    return bundle.write(path);
}

void SetupWizard::saveSupportBundle()
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QDir::homePath();
    const QString name =
        QStringLiteral("leap-entra-setup-support-%1.json")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = FileDialog::getSaveFileName(this, tr("Save support bundle"), directory,
                                                     name, tr("Support bundle (*.json)"));
    if (path.isEmpty())
        return;
    if (const VoidResult written = writeSupportBundle(path); !written) {
        MessageBox::warning(this, tr("Support bundle"), written.error().text());
        return;
    }
    MessageBox::information(
        this, tr("Support bundle"),
        tr("Saved to %1. It holds no secret or token; attach it to your support request.")
            .arg(QDir::toNativeSeparators(path)));
}

WizardPage *SetupWizard::wizardPage(PageId id) const
{
    return const_cast<SetupWizard *>(this)->ensurePage(id);
}

// Pages are built when the wizard first needs them (the start page, then each page as it
// becomes the next one): a QWizard lays out every page it holds before it first paints, and most
// sessions see only a few of the twelve.
WizardPage *SetupWizard::ensurePage(int id)
{
    if (id < 0)
        return nullptr;
    if (auto *existing = qobject_cast<WizardPage *>(page(id)))
        return existing;
    WizardPage *created = nullptr;
    switch (PageId(id)) {
    case Page_Welcome:
        created = new WelcomePage(m_state, m_services);
        break;
    case Page_Profile:
        created = new ProfilePage(m_state, m_services);
        break;
    case Page_Tenant:
        created = new TenantPage(m_state, m_services);
        break;
    case Page_SignIn:
        created = new SignInPage(m_state, m_services);
        break;
    case Page_Register:
        created = new RegisterPage(m_state, m_services);
        break;
    case Page_Secret:
        created = new SecretPage(m_state, m_services);
        break;
    case Page_Permissions:
        created = new PermissionsPage(m_state, m_services);
        break;
    case Page_Rotate:
        created = new RotatePage(m_state, m_services);
        break;
    case Page_GuidedRegister:
        created = new GuidedRegisterPage(m_state, m_services);
        break;
    case Page_GuidedSecret:
        created = new GuidedSecretPage(m_state, m_services);
        break;
    case Page_GuidedPermissions:
        created = new GuidedPermissionsPage(m_state, m_services);
        break;
    case Page_Done:
        created = new DonePage(m_state, m_services);
        break;
    }
    if (!created)
        return nullptr;
    if (m_options.sandbox)
        created->insertBanner(new SandboxBanner);
    setPage(id, created);
    return created;
}

int SetupWizard::nextId() const
{
    const int id = QWizard::nextId();
    const_cast<SetupWizard *>(this)->ensurePage(id);
    return id;
}

void SetupWizard::reject()
{
    auto *current = qobject_cast<WizardPage *>(currentPage());
    const bool busy = current && current->isBusy();
    const bool secretAtRisk =
        !m_state->unsavedSecretValue.isEmpty() && !m_state->unsavedSecretAcknowledged;
    if (busy || m_state->setupInProgress() || secretAtRisk) {
        QString text;
        if (secretAtRisk)
            text = tr("The new secret's value is shown only once and is not in the keychain. "
                      "Close anyway? Copy the value first if you still need it.");
        else if (busy)
            text = tr("A step is still running. Stop it and close the wizard?\n\nWhat is done so "
                      "far is saved; open the wizard again to continue where you left off.");
        else
            text = tr("The setup is not finished. Close the wizard?\n\nWhat is done so far is "
                      "saved; open the wizard again to continue where you left off.");
        const auto answer =
            MessageBox::question(this, tr("Close the wizard?"), text,
                                 QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
        if (current)
            current->cancel();
        m_services->cancelAll();
    }
    if (!m_state->profile.appId.isEmpty() || !m_state->profile.tenantId.isEmpty())
        m_state->saveProfile();
    QWizard::reject();
}

void SetupWizard::done(int result)
{
    m_state->wipeUnsavedSecret();
    if (result == QDialog::Accepted && !m_state->profile.appId.isEmpty())
        m_state->saveProfile();
    QWizard::done(result);
}

int runWizard(const leap::ui::WizardOptions &options)
{
    SetupWizard wizard(options);
    wizard.show();
    QApplication::exec();
    if (!options.supportBundlePath.isEmpty()) {
        if (const VoidResult written = wizard.writeSupportBundle(options.supportBundlePath);
            !written) {
            qCWarning(lcUi).noquote() << written.error().text();
            return 1;
        }
    }
    return 0;
}

} // namespace leap::ui
