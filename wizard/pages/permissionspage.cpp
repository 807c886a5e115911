#include "pages/permissionspage.h"

#include "pages/accountline.h"
#include "pages/pageid.h"
#include "pages/services.h"
#include "pages/widgets/uistyle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leap::ui {

PermissionsPage::PermissionsPage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
    setTitle(tr("Step 3 of 3: Grant the permissions"));
    setSubTitle(tr("Leap reads users and groups with the application permissions, and signs "
                   "people in with the delegated ones. An administrator grants consent once for "
                   "the whole tenant."));
    m_account = new AccountLine(sharedState, this);
    contentLayout()->addWidget(m_account);

    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Permission"), tr("Type"), tr("Status")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Permissions"));
    const auto &specs = leapPermissions();
    m_table->setRowCount(int(specs.size()));
    for (int row = 0; row < specs.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(specs[row].value));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(specs[row].type == PermissionType::Application
                                                  ? tr("Application")
                                                  : tr("Delegated")));
        m_table->setItem(row, 2, new QTableWidgetItem(QStringLiteral("…")));
    }
    m_table->resizeRowsToContents();
    // Exactly the four rows: no empty scroll area below them.
    const int rowsHeight = m_table->verticalHeader()->length() +
                           m_table->horizontalHeader()->sizeHint().height() +
                           2 * m_table->frameWidth();
    m_table->setFixedHeight(rowsHeight);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    contentLayout()->addWidget(m_table);

    m_summary = makeTextLabel(QString(), this);
    contentLayout()->addWidget(m_summary);

    m_consentPanel = new QWidget(this);
    auto *consent = new QVBoxLayout(m_consentPanel);
    consent->setContentsMargins(0, 0, 0, 0);
    m_consentText = makeTextLabel(
        tr("Send this address to someone with the Privileged Role Administrator or Global "
           "Administrator role. When they open it and accept, the permissions are granted. You "
           "can close the wizard now: your progress is saved, and opening the wizard again "
           "finishes the setup."),
        m_consentPanel);
    m_consentUrl = new QLineEdit(m_consentPanel);
    m_consentUrl->setReadOnly(true);
    m_consentUrl->setAccessibleName(tr("Admin consent address"));
    m_copyUrl = new QPushButton(tr("Cop&y address"), m_consentPanel);
    m_copyUrl->setAutoDefault(false);
    m_checkAgain = new QPushButton(tr("C&heck again"), m_consentPanel);
    m_checkAgain->setAutoDefault(false);
    m_checkAgain->setAccessibleName(tr("Check again whether consent was granted"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_consentUrl, 1);
    urlRow->addWidget(m_copyUrl);
    urlRow->addWidget(m_checkAgain);
    consent->addWidget(m_consentText);
    consent->addLayout(urlRow);
    m_consentPanel->setVisible(false);
    contentLayout()->addWidget(m_consentPanel);

    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_consentUrl->text()); });
    connect(m_checkAgain, &QPushButton::clicked, this, &PermissionsPage::loadStatus);
    connect(pageServices, &Services::progress, this, [this](const QString &text) {
        if (isBusy())
            setWorkText(text);
    });
}

QString PermissionsPage::statusText(int row) const
{
    return m_table->item(row, 2) ? m_table->item(row, 2)->text() : QString();
}

void PermissionsPage::initializePage()
{
    m_account->update();
    if (state()->permissionsGranted && m_status) {
        showStatus(*m_status);
        return;
    }
    if (state()->servicePrincipalCreated && !state()->consentPending) {
        // The service principal is brand new: nothing can be granted to it yet, so there is no
        // status to read. All four are requested by step 1.
        PermissionStatus fresh;
        for (const PermissionSpec &spec : leapPermissions())
            fresh.permissions << PermissionState {spec, spec.knownId, true, false};
        showStatus(fresh);
        m_loaded = true;
        refresh();
        return;
    }
    loadStatus();
}

void PermissionsPage::cleanupPage()
{
    cancel();
}

void PermissionsPage::loadStatus()
{
    m_loaded = false;
    runTask(services()->permissions()->status(state()->profile),
            tr("Reading the application's permissions…"), [this](Result<PermissionStatus> status) {
                m_loaded = true;
                if (!status) {
                    showError(status.error());
                    refresh();
                    return;
                }
                m_status = *status;
                if (status->allConsented()) {
                    state()->permissionsGranted = true;
                    state()->consentPending = false;
                    m_consentPanel->setVisible(false);
                    Q_EMIT state()->changed();
                }
                showStatus(*status);
                refresh();
            });
}

void PermissionsPage::showStatus(const PermissionStatus &status)
{
    state()->permissionsKnown = true;
    state()->consentedPermissions.clear();
    for (const PermissionState &p : status.permissions) {
        if (!p.id.isEmpty())
            state()->permissionIds.insert(p.spec.value, p.id);
        if (p.consented)
            state()->consentedPermissions.insert(p.spec.value);
    }
    for (int row = 0; row < status.permissions.size() && row < m_table->rowCount(); ++row) {
        const PermissionState &p = status.permissions[row];
        QString text;
        Tone tone = Tone::Neutral;
        if (p.consented) {
            text = tr("Consented");
            tone = Tone::Good;
        } else if (p.requested) {
            text = tr("Requested, no consent yet");
            tone = Tone::Warning;
        } else {
            text = tr("Not requested");
            tone = Tone::Bad;
        }
        auto *item = m_table->item(row, 2);
        item->setText(text);
        item->setForeground(toneColor(tone, m_table->palette()));
    }
    const bool all = status.allConsented();
    if (all) {
        m_summary->setText(tr("All four permissions are granted for the whole tenant."));
        resetNextText();
    } else {
        m_summary->setText(tr("Granting admin consent assigns the two application permissions "
                              "and consents to openid and profile for all users."));
        setNextText(tr("&Grant admin consent"));
    }
}

bool PermissionsPage::validatePage()
{
    if (state()->permissionsGranted || state()->consentPending)
        return true;
    if (isBusy())
        return false;
    grant();
    return false;
}

void PermissionsPage::grant()
{
    GrantOptions options;
    options.servicePrincipalIsNew = state()->servicePrincipalCreated;
    runTask(services()->permissions()->grant(state()->profile, options),
            tr("Granting admin consent…"), [this](Result<PermissionStatus> status) {
                if (!status) {
                    if (status.error().kind == ErrorKind::GraphRefused &&
                        status.error().httpStatus == 403) {
                        showConsentNeeded(status.error());
                        return;
                    }
                    showError(status.error());
                    return;
                }
                m_status = *status;
                showStatus(*status);
                state()->permissionsGranted = status->allConsented();
                state()->consentPending = !state()->permissionsGranted;
                Q_EMIT state()->changed();
                if (state()->permissionsGranted)
                    advance();
            });
}

void PermissionsPage::showConsentNeeded(const Error &error)
{
    state()->consentPending = true;
    state()->saveProfile();
    showError(error);
    m_consentUrl->setText(state()
                              ->endpoints()
                              .adminConsent(state()->profile.tenantId, state()->profile.appId)
                              .toString(QUrl::FullyEncoded));
    m_consentPanel->setVisible(true);
    resetNextText();
    m_copyUrl->setFocus();
    Q_EMIT state()->changed();
    refresh();
}

bool PermissionsPage::isReady() const
{
    return m_loaded || state()->permissionsGranted;
}

void PermissionsPage::cancelWork()
{
    services()->cancelAll();
}

int PermissionsPage::nextId() const
{
    return Page_Done;
}

} // namespace leap::ui
