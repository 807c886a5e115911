#include "pages/donepage.h"

#include "auth/signinsession.h"
#include "export/calendar.h"
#include "export/securefile.h"
#include "graph/permissionservice.h"
#include "graph/rotationservice.h"
#include "graph/verifyservice.h"
#include "pages/dialogs.h"
#include "pages/pageid.h"
#include "pages/services.h"
#include "pages/widgets/uistyle.h"
#include "storage/secretstore.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace leap::ui {

namespace {
const auto kLastDirectoryKey = "export/lastDirectory";

QString filterFor(exporter::ExportFormat format)
{
    using exporter::ExportFormat;
    switch (format) {
    case ExportFormat::Json:
        return QCoreApplication::translate("leap::ui::DonePage", "JSON (*.json)");
    case ExportFormat::Markdown:
        return QCoreApplication::translate("leap::ui::DonePage", "Markdown (*.md)");
    case ExportFormat::Html:
        return QCoreApplication::translate("leap::ui::DonePage", "HTML (*.html)");
    case ExportFormat::Pdf:
        return QCoreApplication::translate("leap::ui::DonePage", "PDF (*.pdf)");
    case ExportFormat::Liberty:
        return QCoreApplication::translate("leap::ui::DonePage", "Liberty configuration (*.xml)");
    case ExportFormat::Properties:
        return QCoreApplication::translate("leap::ui::DonePage", "Properties (*.properties)");
    case ExportFormat::Helm:
        return QCoreApplication::translate("leap::ui::DonePage", "Helm values (*.yaml)");
    }
    return {};
}
} // namespace

DonePage::DonePage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
    setTitle(tr("Done"));
    setFinalPage(true);

    auto *verifyBox = new QGroupBox(tr("Verification"), this);
    auto *verifyLayout = new QHBoxLayout(verifyBox);
    m_verification = new QLabel(verifyBox);
    m_verification->setWordWrap(true);
    m_verification->setTextFormat(Qt::RichText);
    m_verification->setAccessibleName(tr("Verification result"));
    m_verifyAgain = new QPushButton(tr("&Verify again"), verifyBox);
    m_verifyAgain->setAutoDefault(false);
    m_verifyAgain->setVisible(false);
    verifyLayout->addWidget(m_verification, 1);
    verifyLayout->addWidget(m_verifyAgain, 0, Qt::AlignTop);
    contentLayout()->addWidget(verifyBox);

    m_leapValues = new QLabel(this);
    m_leapValues->setWordWrap(true);
    m_leapValues->setTextFormat(Qt::RichText);
    m_leapValues->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_leapValues->setAccessibleName(tr("What Leap needs"));
    contentLayout()->addWidget(m_leapValues);

    using exporter::ExportFormat;
    auto *exportBox = new QGroupBox(tr("Save for Leap"), this);
    auto *grid = new QGridLayout(exportBox);
    const auto add = [&](ExportFormat format, const QString &text, const QString &accessible,
                         int row, int column) {
        auto *button = new QPushButton(text, exportBox);
        button->setAutoDefault(false);
        button->setAccessibleName(accessible);
        grid->addWidget(button, row, column);
        m_exportButtons.append({format, button});
        connect(button, &QPushButton::clicked, this, [this, format] { saveExport(format); });
    };
    auto *summaryLabel = new QLabel(tr("Summary:"), exportBox);
    auto *leapLabel = new QLabel(tr("Leap configuration:"), exportBox);
    grid->addWidget(summaryLabel, 0, 0);
    add(ExportFormat::Json, tr("&JSON…"), tr("Save the summary as JSON"), 0, 1);
    add(ExportFormat::Markdown, tr("&Markdown…"), tr("Save the summary as Markdown"), 0, 2);
    add(ExportFormat::Pdf, tr("P&DF…"), tr("Save the summary as PDF"), 0, 3);
    grid->addWidget(leapLabel, 1, 0);
    add(ExportFormat::Properties, tr("Leap p&roperties…"),
        tr("Save the Leap_config.properties lines"), 1, 1);
    add(ExportFormat::Liberty, tr("&Liberty server.xml…"),
        tr("Save the Liberty openidConnectClient snippet"), 1, 2);
    add(ExportFormat::Helm, tr("&Helm values…"), tr("Save the Helm values"), 1, 3);
    m_reminder = new QPushButton(tr("Calendar &reminder…"), exportBox);
    m_reminder->setAutoDefault(false);
    m_reminder->setAccessibleName(tr("Save a calendar reminder before the secret expires"));
    grid->addWidget(new QLabel(tr("Secret expiry:"), exportBox), 2, 0);
    grid->addWidget(m_reminder, 2, 1);
    grid->setColumnStretch(4, 1);
    contentLayout()->addWidget(exportBox);

    // After a rotation: retire the old secrets once Leap uses the new one.
    m_retireBox = new QGroupBox(tr("Retire the old secret"), this);
    auto *retireLayout = new QVBoxLayout(m_retireBox);
    m_retireText = makeTextLabel(QString(), m_retireBox);
    m_leapUpdated = new QCheckBox(tr("Leap now &uses the new secret"), m_retireBox);
    m_retire = new QPushButton(tr("Re&tire old secrets"), m_retireBox);
    m_retire->setAutoDefault(false);
    m_retire->setEnabled(false);
    auto *retireRow = new QHBoxLayout;
    retireRow->addWidget(m_leapUpdated, 1);
    retireRow->addWidget(m_retire);
    retireLayout->addWidget(m_retireText);
    retireLayout->addLayout(retireRow);
    m_retireBox->setVisible(false);
    contentLayout()->addWidget(m_retireBox);
    connect(m_leapUpdated, &QCheckBox::toggled, this, &DonePage::updateRetire);
    connect(m_retire, &QPushButton::clicked, this, &DonePage::retire);

    m_saved = makeTextLabel(QString(), this);
    m_saved->setVisible(false);
    contentLayout()->addWidget(m_saved);

    connect(m_reminder, &QPushButton::clicked, this, &DonePage::saveReminder);
    connect(m_verifyAgain, &QPushButton::clicked, this, &DonePage::verify);
    connect(pageServices, &Services::progress, this, [this](const QString &text) {
        if (isBusy())
            setWorkText(text);
    });
}

QPushButton *DonePage::exportButton(exporter::ExportFormat format) const
{
    for (const auto &[f, button] : m_exportButtons)
        if (f == format)
            return button;
    return nullptr;
}

void DonePage::initializePage()
{
    const Profile &p = state()->profile;
    switch (state()->intent) {
    case WizardState::Intent::Export:
        setTitle(tr("Export"));
        setSubTitle(tr("What Leap needs for profile %1.").arg(p.name));
        break;
    case WizardState::Intent::Verify:
        setTitle(tr("Verify"));
        setSubTitle(tr("Checking that Leap's stored secret works."));
        break;
    default:
        setTitle(tr("Done"));
        setSubTitle(state()->consentPending
                        ? tr("The application and its secret are ready; consent is still "
                             "missing.")
                        : tr("HCL Leap is registered in Microsoft Entra ID."));
        break;
    }
    m_leapValues->setText(
        tr("<p>In Leap, set the credential alias <b>%1</b> to user ID (client ID) <tt>%2</tt> and "
           "the secret's value from the keychain, then set <tt>tenantId</tt> to <tt>%3</tt>. "
           "The files below carry the details for WebSphere and Kubernetes.</p>")
            .arg(p.credentialAlias.toHtmlEscaped(), p.appId, p.tenantId));
    m_saved->setVisible(false);
    m_reminder->setEnabled(p.currentSecret() && !p.currentSecret()->isExpired());
    loadPermissionFacts();
    updateRetire();
    if (state()->consentPending) {
        m_verifyFinished = true;
        m_verification->setText(
            tr("<span style=\"color:%1\">Waiting for admin consent.</span> Once someone with the "
               "role has accepted, open the wizard again and choose <b>Verify</b>.")
                .arg(toneColor(Tone::Warning, palette()).name()));
        return;
    }
    if (state()->intent == WizardState::Intent::Rotate && state()->verification &&
        state()->verification->keyId == state()->createdSecretKeyId) {
        // The rotation just proved the new secret; no need to ask the tenant twice.
        showVerified(*state()->verification);
        return;
    }
    verify();
}

void DonePage::verify()
{
    m_verifyFinished = false;
    m_verifyAgain->setVisible(false);
    m_verification->setText(tr("Checking that the secret works for Leap…"));
    const Profile p = state()->profile;
    const Endpoints e = state()->endpoints();
    VerifyService *verifier = services()->verifier();
    // A secret the keychain refused is verified with the value still in memory.
    auto task =
        (!state()->secretInKeychain && !state()->unsavedSecretValue.isEmpty() && p.currentSecret())
            ? verifier->verifySecret(p, e, p.currentSecret()->keyId, state()->unsavedSecretValue)
            : verifier->verify(p, e);
    runTask(std::move(task), tr("Checking that the secret works…"),
            [this](Result<VerifyReport> report) {
                m_verifyFinished = true;
                m_verifyAgain->setVisible(true);
                if (!report) {
                    state()->verified = false;
                    m_verification->setText(
                        tr("<span style=\"color:%1\">&#10008; Not verified.</span> See below "
                           "for the cause and the fix.")
                            .arg(toneColor(Tone::Bad, palette()).name()));
                    showError(report.error());
                    updateRetire();
                    return;
                }
                state()->verified = true;
                state()->verification = *report;
                showVerified(*report);
            });
}

void DonePage::showVerified(const VerifyReport &report)
{
    m_verifyFinished = true;
    m_verifyAgain->setVisible(true);
    // Verification read the secret from the keychain (unless it was the unsaved value).
    if (state()->secretInKeychain || state()->intent != WizardState::Intent::Setup)
        m_inKeychain.insert(report.keyId);
    // The token's roles prove the two application permissions' consent.
    for (const QString &role : report.roles)
        state()->consentedPermissions.insert(role);
    QString reads = report.groupId.isEmpty()
                        ? tr("reading users works (the tenant has no groups to read)")
                        : tr("reading users and groups works");
    m_verification->setText(
        tr("<span style=\"color:%1\">&#10004; Verified.</span> The secret gets a token with "
           "%2, and %3.")
            .arg(toneColor(Tone::Good, palette()).name(),
                 report.roles.join(QStringLiteral(", ")).toHtmlEscaped(), reads));
    Q_EMIT state()->changed();
    updateRetire();
}

void DonePage::loadPermissionFacts()
{
    // Export after a re-open: the consent facts come from the tenant if a saved sign-in exists.
    if (state()->permissionsKnown || state()->profile.appId.isEmpty() ||
        state()->mode == WizardState::Mode::Guided)
        return;
    const Profile p = state()->profile;
    services()->configure(state()->endpoints(), p.tenantId, p.name);
    SignInSession *session = services()->session();
    auto load = [this, p]() {
        QCoro::connect(services()->permissions()->status(p), this,
                       [this](Result<PermissionStatus> status) {
                           if (!status)
                               return;
                           state()->permissionsKnown = true;
                           for (const PermissionState &ps : status->permissions) {
                               if (!ps.id.isEmpty())
                                   state()->permissionIds.insert(ps.spec.value, ps.id);
                               if (ps.consented)
                                   state()->consentedPermissions.insert(ps.spec.value);
                           }
                       });
    };
    if (session->isSignedIn()) {
        load();
        return;
    }
    QCoro::connect(session->restore(), this, [load](VoidResult restored) {
        if (restored)
            load();
    });
}

void DonePage::updateRetire()
{
    const Profile &p = state()->profile;
    QStringList older;
    for (const SecretInfo &s : p.secrets)
        if (!s.current)
            older << s.displayName;
    const bool show = state()->rotated && !older.isEmpty();
    m_retireBox->setVisible(show);
    if (!show)
        return;
    m_retireText->setText(
        tr("Update Leap first: set the password of credential alias %1 (WebSphere J2C alias, or "
           "the Kubernetes secret's %1_secret) to the new value from the keychain, and restart "
           "Leap. Then retire the old secret(s): %2.")
            .arg(p.credentialAlias, older.join(QStringLiteral(", "))));
    m_retire->setEnabled(m_leapUpdated->isChecked() && state()->verified &&
                         state()->secretInKeychain && !isBusy());
}

void DonePage::retire()
{
    RetireRequest request;
    request.allButCurrent = true;
    runTask(services()->rotation()->retire(state()->profile, request),
            tr("Retiring the old secrets…"), [this](Result<RetireResult> result) {
                if (!result) {
                    showError(result.error());
                    updateRetire();
                    return;
                }
                state()->saveProfile();
                m_saved->setText(tr("Retired %n old secret(s); the application and the keychain "
                                    "now hold only the current one.",
                                    nullptr, int(result->removed.size())));
                m_saved->setVisible(true);
                Q_EMIT state()->changed();
                updateRetire();
            });
}

void DonePage::cleanupPage()
{
    cancel();
}

void DonePage::cancelWork()
{
    services()->cancelAll();
}

void DonePage::refreshKeychainFacts()
{
    // Which secrets' values are in the keychain: the summary reports it per secret.
    const Profile p = state()->profile;
    for (const SecretInfo &s : p.secrets) {
        QCoro::connect(
            services()->secretStore()->contains(secretKeychainKey(p.tenantId, p.appId, s.keyId)),
            this, [this, keyId = s.keyId](Result<bool> found) {
                if (found && *found)
                    m_inKeychain.insert(keyId);
                else
                    m_inKeychain.remove(keyId);
            });
    }
}

Summary DonePage::summary() const
{
    SummaryFacts facts;
    facts.secretsInKeychain = m_inKeychain;
    if (state()->secretInKeychain && !state()->createdSecretKeyId.isEmpty())
        facts.secretsInKeychain.insert(state()->createdSecretKeyId);
    facts.consentedPermissions = state()->consentedPermissions;
    facts.permissionIds = state()->permissionIds;
    return Summary::build(state()->profile, facts);
}

QString DonePage::askFileName(const QString &caption, const QString &suggestedName,
                              const QString &filter)
{
    QSettings settings;
    QString directory = settings.value(QLatin1String(kLastDirectoryKey)).toString();
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        FileDialog::getSaveFileName(this, caption, directory, suggestedName, filter);
    if (!path.isEmpty())
        settings.setValue(QLatin1String(kLastDirectoryKey), QFileInfo(path).absolutePath());
    return path;
}

VoidResult DonePage::exportTo(exporter::ExportFormat format, const QString &path)
{
    const auto data = exporter::renderExport(summary(), format, false);
    if (!data)
        return data.error();
    return exporter::writeExportFile(path, *data, false);
}

void DonePage::saveExport(exporter::ExportFormat format)
{
    const QString path =
        askFileName(tr("Save %1").arg(exporter::exportFormatName(format)),
                    exporter::suggestedFileName(state()->profile.name, format), filterFor(format));
    if (path.isEmpty())
        return;
    const auto written = exportTo(format, path);
    if (!written) {
        showError(written.error());
        return;
    }
    clearError();
    m_saved->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    m_saved->setVisible(true);
}

void DonePage::saveReminder()
{
    const QString name =
        QStringLiteral("leap-entra-%1-%2-secret-reminder.ics")
            .arg(state()->profile.name, QDate::currentDate().toString(Qt::ISODate));
    const QString path = askFileName(tr("Save calendar reminder"), name, tr("Calendar (*.ics)"));
    if (path.isEmpty())
        return;
    const auto ics = exporter::secretReminderIcs(summary());
    if (!ics) {
        showError(ics.error());
        return;
    }
    const auto written = exporter::writeExportFile(path, *ics, false);
    if (!written) {
        showError(written.error());
        return;
    }
    clearError();
    m_saved->setText(tr("Saved %1. Open it to add the reminder to your calendar.")
                         .arg(QDir::toNativeSeparators(path)));
    m_saved->setVisible(true);
}

} // namespace leap::ui
