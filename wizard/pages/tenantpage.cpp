#include "pages/tenantpage.h"

#include "model/validation.h"
#include "pages/pageid.h"
#include "pages/widgets/uistyle.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace leap::ui {

namespace {
QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

QWidget *fieldWithError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}
} // namespace

TenantPage::TenantPage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
    setTitle(tr("Tenant and Leap server"));
    setSubTitle(tr("Which Microsoft Entra ID tenant Leap signs people in with, and where Leap "
                   "runs."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_tenant = new QLineEdit(this);
    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com or the tenant ID"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setAccessibleDescription(
        tr("The tenant's primary domain or its ID (a GUID), as shown on the tenant's overview in "
           "the Microsoft Entra admin center."));
    m_tenantError = makeErrorLabel(this);
    auto *tenantLabel = new QLabel(tr("&Tenant:"), this);
    tenantLabel->setBuddy(m_tenant);
    form->addRow(tenantLabel, fieldWithError(m_tenant, m_tenantError, this));

    m_cloud = new QComboBox(this);
    for (Cloud c : {Cloud::Global, Cloud::UsGov, Cloud::UsGovDod, Cloud::China})
        m_cloud->addItem(cloudDisplayName(c), int(c));
    m_cloud->setAccessibleName(tr("Cloud"));
    auto *cloudLabel = new QLabel(tr("C&loud:"), this);
    cloudLabel->setBuddy(m_cloud);
    form->addRow(cloudLabel, m_cloud);

    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("leap.example.com"));
    m_host->setAccessibleName(tr("Leap server"));
    m_host->setAccessibleDescription(
        tr("The host name people use to reach Leap, with a port if it is not 443."));
    m_hostError = makeErrorLabel(this);
    auto *hostLabel = new QLabel(tr("Leap &server:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, fieldWithError(m_host, m_hostError, this));

    m_redirect = new QLabel(this);
    m_redirect->setTextFormat(Qt::PlainText);
    m_redirect->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_redirect->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_redirect->setWordWrap(true);
    m_redirect->setAccessibleName(tr("Redirect URI"));
    m_copyRedirect = new QPushButton(tr("Co&py"), this);
    m_copyRedirect->setAutoDefault(false);
    m_copyRedirect->setAccessibleName(tr("Copy the redirect URI"));
    auto *redirectRow = new QHBoxLayout;
    redirectRow->setContentsMargins(0, 0, 0, 0);
    redirectRow->addWidget(m_redirect, 1);
    redirectRow->addWidget(m_copyRedirect);
    form->addRow(tr("Redirect URI:"), redirectRow);

    contentLayout()->addLayout(form);

    // Rarely changed: kept out of the way, but reachable by keyboard.
    m_moreToggle = new QToolButton(this);
    m_moreToggle->setText(tr("&More options"));
    m_moreToggle->setCheckable(true);
    m_moreToggle->setAutoRaise(true);
    m_moreToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreToggle->setArrowType(Qt::RightArrow);
    m_moreToggle->setAccessibleName(tr("More options"));
    contentLayout()->addWidget(m_moreToggle);

    m_more = new QWidget(this);
    auto *moreForm = new QFormLayout(m_more);
    moreForm->setContentsMargins(0, 0, 0, 0);
    moreForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_displayName = new QLineEdit(m_more);
    m_displayName->setAccessibleName(tr("Application name"));
    m_displayNameError = makeErrorLabel(m_more);
    auto *nameLabel = new QLabel(tr("Appl&ication name:"), m_more);
    nameLabel->setBuddy(m_displayName);
    moreForm->addRow(nameLabel, fieldWithError(m_displayName, m_displayNameError, m_more));
    m_alias = new QLineEdit(m_more);
    m_alias->setAccessibleName(tr("Credential alias"));
    m_alias->setAccessibleDescription(
        tr("The name under which Leap finds the client ID and secret (J2C alias or Kubernetes "
           "secret keys)."));
    m_aliasError = makeErrorLabel(m_more);
    auto *aliasLabel = new QLabel(tr("Credential &alias:"), m_more);
    aliasLabel->setBuddy(m_alias);
    moreForm->addRow(aliasLabel, fieldWithError(m_alias, m_aliasError, m_more));
    m_more->setVisible(false);
    contentLayout()->addWidget(m_more);

    // Tab order follows reading order.
    setTabOrder(m_tenant, m_cloud);
    setTabOrder(m_cloud, m_host);
    setTabOrder(m_host, m_copyRedirect);
    setTabOrder(m_copyRedirect, m_moreToggle);
    setTabOrder(m_moreToggle, m_displayName);
    setTabOrder(m_displayName, m_alias);

    connect(m_moreToggle, &QToolButton::toggled, this, [this](bool on) {
        m_moreToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_more->setVisible(on);
    });
    connect(m_copyRedirect, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_redirect->text()); });
    connect(m_tenant, &QLineEdit::textChanged, this, &TenantPage::revalidate);
    connect(m_host, &QLineEdit::textChanged, this, [this] {
        if (!m_displayNameEdited) {
            const auto host = validateLeapHost(m_host->text());
            const QSignalBlocker block(m_displayName);
            m_displayName->setText(host ? Profile::defaultDisplayName(*host) : QString());
        }
        revalidate();
    });
    connect(m_displayName, &QLineEdit::textEdited, this, [this] {
        m_displayNameEdited = true;
        revalidate();
    });
    connect(m_alias, &QLineEdit::textChanged, this, &TenantPage::revalidate);
}

void TenantPage::initializePage()
{
    const Profile &p = state()->profile;
    const WizardOptions &o = state()->options();
    QString tenant = p.tenantDomain.isEmpty() ? p.tenantId : p.tenantDomain;
    if (tenant.isEmpty())
        tenant = o.tenant;
    QString host = p.leapHost.isEmpty() ? o.leapHost : p.leapHost;
    m_tenant->setText(tenant);
    m_host->setText(host);
    m_cloud->setCurrentIndex(m_cloud->findData(int(state()->endpoints().cloud)));
    if (o.endpointsOverridden) {
        // --authority / --graph decide where sign-in and Graph go; the cloud list would mislead.
        m_cloud->clear();
        m_cloud->addItem(tr("Custom endpoints (%1)").arg(o.endpoints.authority.host()),
                         int(o.endpoints.cloud));
        m_cloud->setEnabled(false);
    }
    m_displayNameEdited =
        !p.displayName.isEmpty() && p.displayName != Profile::defaultDisplayName(p.leapHost);
    if (!p.displayName.isEmpty())
        m_displayName->setText(p.displayName);
    m_alias->setText(p.credentialAlias);
    // A saved profile's tenant and host name an existing registration: changing them would start
    // another one, which is "Set up another environment".
    const bool locked = state()->openedOnSavedProfile && !p.appId.isEmpty();
    m_tenant->setReadOnly(locked);
    m_host->setReadOnly(locked);
    revalidate();
    // Keyboard: start where typing is needed.
    focusLater(m_tenant->text().isEmpty() || locked ? m_tenant : m_host);
}

void TenantPage::markField(QLineEdit *edit, QLabel *errorLabel, const Error &error, bool show)
{
    const bool bad = error.isError() && show;
    errorLabel->setVisible(bad);
    if (bad) {
        errorLabel->setText(error.fix.isEmpty() ? error.message
                                                : error.message + QLatin1Char(' ') + error.fix);
        QPalette pal = errorLabel->palette();
        pal.setColor(QPalette::WindowText, toneColor(Tone::Bad, edit->palette()));
        errorLabel->setPalette(pal);
    }
    edit->setAccessibleDescription(bad ? errorLabel->text() : QString());
}

void TenantPage::revalidate()
{
    const auto tenant = validateTenant(m_tenant->text(), tr("Tenant"));
    const auto host = validateLeapHost(m_host->text(), tr("Leap server"));
    const auto name = validateDisplayName(m_displayName->text(), tr("Application name"));
    const auto alias = validateCredentialAlias(m_alias->text(), tr("Credential alias"));

    // An empty field is not "wrong" yet: it is marked only once something was typed.
    markField(m_tenant, m_tenantError, tenant ? Error {} : tenant.error(),
              !m_tenant->text().isEmpty());
    markField(m_host, m_hostError, host ? Error {} : host.error(), !m_host->text().isEmpty());
    markField(m_displayName, m_displayNameError, name ? Error {} : name.error(),
              m_displayNameEdited);
    markField(m_alias, m_aliasError, alias ? Error {} : alias.error(), true);
    if ((!name && m_displayNameEdited) || !alias) {
        m_moreToggle->setChecked(true);
    }

    if (host) {
        Profile p;
        p.leapHost = *host;
        m_redirect->setText(p.redirectUri());
        m_copyRedirect->setEnabled(true);
    } else {
        m_redirect->setText(tr("https://<Leap server>/oidcclient/redirect/oidc"));
        m_copyRedirect->setEnabled(false);
    }
    m_valid = tenant.ok() && host.ok() && alias.ok() && (name.ok() || !m_displayNameEdited);
    refresh();
}

bool TenantPage::isReady() const
{
    return m_valid;
}

bool TenantPage::validatePage()
{
    Profile &p = state()->profile;
    const auto tenant = validateTenant(m_tenant->text(), tr("Tenant"));
    const auto host = validateLeapHost(m_host->text(), tr("Leap server"));
    if (!tenant || !host)
        return false;
    if (isGuid(*tenant)) {
        if (p.tenantId != *tenant)
            p.tenantDomain.clear();
        p.tenantId = *tenant;
    } else if (p.tenantDomain != *tenant) {
        // A different domain may be a different tenant: the GUID is learned again at sign-in.
        p.tenantDomain = *tenant;
        p.tenantId.clear();
    }
    p.leapHost = *host;
    if (!state()->options().endpointsOverridden)
        p.cloud = Cloud(m_cloud->currentData().toInt());
    const auto name = validateDisplayName(m_displayName->text(), tr("Application name"));
    p.displayName = name ? *name : Profile::defaultDisplayName(*host);
    if (p.uniqueName.isEmpty())
        p.uniqueName = Profile::defaultUniqueName(*host);
    p.credentialAlias = *validateCredentialAlias(m_alias->text(), tr("Credential alias"));
    Q_EMIT state()->changed();
    return true;
}

int TenantPage::nextId() const
{
    return state()->mode == WizardState::Mode::Guided ? Page_GuidedRegister : Page_SignIn;
}

} // namespace leap::ui
