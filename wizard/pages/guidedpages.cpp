#include "pages/guidedpages.h"

#include "model/validation.h"
#include "pages/pageid.h"
#include "pages/secretpage.h"
#include "pages/services.h"
#include "pages/widgets/uistyle.h"
#include "storage/secretstore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace leap::ui {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

void showFieldError(QLineEdit *edit, QLabel *label, const QString &text)
{
    label->setVisible(!text.isEmpty());
    label->setText(text);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, toneColor(Tone::Bad, edit->palette()));
    label->setPalette(pal);
    edit->setAccessibleDescription(text);
}

QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

// The Entra admin center of each cloud (where app registrations live).
QString adminCenterHost(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QStringLiteral("https://entra.microsoft.com");
    case Cloud::UsGov:
    case Cloud::UsGovDod:
        return QStringLiteral("https://entra.microsoft.us");
    case Cloud::China:
        return QStringLiteral("https://entra.microsoftonline.cn");
    }
    return QStringLiteral("https://entra.microsoft.com");
}

// SecretStore takes its arguments by reference: they live in this frame for the whole job.
QCoro::Task<VoidResult> writeToKeychain(SecretStore *store, QString tenantId, QString appId,
                                        QString keyId, QString value)
{
    auto result = co_await store->writeSecret(tenantId, appId, keyId, value);
    value.fill(QLatin1Char('\0'));
    co_return result;
}

} // namespace

// ---------------------------------------------------------------------------------------------

GuidedPage::GuidedPage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
}

QCheckBox *GuidedPage::addStep(const QString &text, QPushButton *button)
{
    // A checkbox does not wrap its text: the instruction is a wrapped label next to it.
    auto *row = new QHBoxLayout;
    auto *check = new QCheckBox(this);
    check->setAccessibleName(text);
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    row->addWidget(check, 0, Qt::AlignTop);
    row->addWidget(label, 1);
    if (button)
        row->addWidget(button, 0, Qt::AlignTop);
    contentLayout()->addLayout(row);
    m_checks << check;
    connect(check, &QCheckBox::toggled, this, &WizardPage::refresh);
    return check;
}

QPushButton *GuidedPage::openButton(const QString &text, std::function<QUrl()> url)
{
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, url] {
        if (state()->options().openUrl)
            state()->options().openUrl(url());
    });
    return button;
}

QPushButton *GuidedPage::copyButton(const QString &text, std::function<QString()> value)
{
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this,
            [value] { QGuiApplication::clipboard()->setText(value()); });
    return button;
}

QUrl GuidedPage::adminCenter(const QString &fragment) const
{
    QUrl url(adminCenterHost(state()->profile.cloud) + QLatin1Char('/'));
    url.setFragment(fragment, QUrl::DecodedMode);
    return url;
}

bool GuidedPage::isReady() const
{
    for (const QCheckBox *check : m_checks)
        if (!check->isChecked())
            return false;
    return fieldsReady();
}

// ---------------------------------------------------------------------------------------------

GuidedRegisterPage::GuidedRegisterPage(WizardState *sharedState, Services *pageServices,
                                       QWidget *parent)
    : GuidedPage(sharedState, pageServices, parent)
{
    setTitle(tr("Step 1 of 3: Register HCL Leap in the admin center"));
    setSubTitle(tr("Tick each item when you have done it in the Microsoft Entra admin center."));

    addStep(tr("In the admin center, go to Identity > Applications > App registrations and "
               "select New registration."),
            openButton(tr("&Open App registrations"), [this] {
                return adminCenter(QStringLiteral(
                    "view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/"
                    "null/isMSAApp~/false"));
            }));
    addStep(tr("Name it as you like, for example the name on the right, and choose Accounts in "
               "this organizational directory only."),
            copyButton(tr("Cop&y name"), [this] { return state()->profile.displayName; }));
    addStep(
        tr("Under Redirect URI, choose Web and enter the address on the right."),
        copyButton(tr("Copy &redirect URI"), [this] { return state()->profile.redirectUri(); }));
    m_redirectLabel = new QLabel(this);
    m_redirectLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_redirectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_redirectLabel->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                               style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    contentLayout()->addWidget(m_redirectLabel);
    addStep(tr("Select Register. The overview shows the two IDs to paste below."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_appId = new QLineEdit(this);
    m_appId->setPlaceholderText(tr("00000000-0000-0000-0000-000000000000"));
    m_appId->setAccessibleName(tr("Application (client) ID"));
    m_appIdError = errorLabel(this);
    auto *appLabel = new QLabel(tr("&Application (client) ID:"), this);
    appLabel->setBuddy(m_appId);
    form->addRow(appLabel, withError(m_appId, m_appIdError, this));
    m_tenantId = new QLineEdit(this);
    m_tenantId->setPlaceholderText(tr("00000000-0000-0000-0000-000000000000"));
    m_tenantId->setAccessibleName(tr("Directory (tenant) ID"));
    m_tenantIdError = errorLabel(this);
    auto *tenantLabel = new QLabel(tr("&Directory (tenant) ID:"), this);
    tenantLabel->setBuddy(m_tenantId);
    form->addRow(tenantLabel, withError(m_tenantId, m_tenantIdError, this));
    contentLayout()->addSpacing(fontMetrics().height() / 2);
    contentLayout()->addLayout(form);

    connect(m_appId, &QLineEdit::textChanged, this, &GuidedRegisterPage::revalidate);
    connect(m_tenantId, &QLineEdit::textChanged, this, &GuidedRegisterPage::revalidate);
}

void GuidedRegisterPage::initializePage()
{
    const Profile &p = state()->profile;
    m_redirectLabel->setText(p.redirectUri());
    if (m_appId->text().isEmpty())
        m_appId->setText(p.appId);
    if (m_tenantId->text().isEmpty())
        m_tenantId->setText(p.tenantId);
    revalidate();
}

void GuidedRegisterPage::revalidate()
{
    const QString app = m_appId->text().trimmed();
    const QString tenant = m_tenantId->text().trimmed();
    QString appError;
    if (!app.isEmpty() && !isGuid(app))
        appError = tr("The Application (client) ID is a GUID such as "
                      "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35; copy it from the application's "
                      "overview.");
    else if (!app.isEmpty() && app.compare(tenant, Qt::CaseInsensitive) == 0)
        appError = tr("This is the Directory (tenant) ID. The Application (client) ID is the "
                      "line above it on the overview.");
    showFieldError(m_appId, m_appIdError, appError);
    showFieldError(m_tenantId, m_tenantIdError,
                   !tenant.isEmpty() && !isGuid(tenant)
                       ? tr("The Directory (tenant) ID is a GUID; copy it from the "
                            "application's overview.")
                       : QString());
    refresh();
}

bool GuidedRegisterPage::fieldsReady() const
{
    const QString app = m_appId->text().trimmed();
    const QString tenant = m_tenantId->text().trimmed();
    return isGuid(app) && isGuid(tenant) && app.compare(tenant, Qt::CaseInsensitive) != 0;
}

bool GuidedRegisterPage::validatePage()
{
    Profile &p = state()->profile;
    const QString app = m_appId->text().trimmed().toLower();
    const QString tenant = m_tenantId->text().trimmed().toLower();
    if (!p.appId.isEmpty() && p.appId != app) {
        // Another application: the earlier one's secrets do not belong to it.
        p.secrets.clear();
        p.objectId.clear();
        p.servicePrincipalId.clear();
    }
    p.appId = app;
    p.tenantId = tenant;
    state()->registered = true;
    Q_EMIT state()->changed();
    return true;
}

int GuidedRegisterPage::nextId() const
{
    return Page_GuidedSecret;
}

// ---------------------------------------------------------------------------------------------

GuidedSecretPage::GuidedSecretPage(WizardState *sharedState, Services *pageServices,
                                   QWidget *parent)
    : GuidedPage(sharedState, pageServices, parent)
{
    setTitle(tr("Step 2 of 3: Create a client secret in the admin center"));
    setSubTitle(tr("Leap uses the application ID and this secret to read users and groups. The "
                   "wizard keeps the value in this computer's keychain."));

    addStep(tr("In your application, select Certificates & secrets > Client secrets > New "
               "client secret."),
            openButton(tr("&Open Certificates && secrets"), [this] {
                return adminCenter(
                    QStringLiteral("view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/"
                                   "Credentials/appId/%1/isMSAApp~/false")
                        .arg(state()->profile.appId));
            }));
    addStep(tr("Give it a description and a duration (180 days is recommended), then select "
               "Add."),
            copyButton(tr("Copy &description"), [this] { return m_descriptionText; }));
    addStep(tr("Copy the Value column right away (it is shown only now), and the Secret ID next "
               "to it."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_value = new QLineEdit(this);
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setAccessibleName(tr("Secret value"));
    m_reveal = new QPushButton(tr("Re&veal"), this);
    m_reveal->setCheckable(true);
    m_reveal->setAutoDefault(false);
    m_reveal->setAccessibleName(tr("Reveal the pasted secret value"));
    auto *valueRow = new QWidget(this);
    auto *valueLayout = new QHBoxLayout(valueRow);
    valueLayout->setContentsMargins(0, 0, 0, 0);
    valueLayout->addWidget(m_value, 1);
    valueLayout->addWidget(m_reveal);
    m_valueError = errorLabel(this);
    auto *valueLabel = new QLabel(tr("Secret &value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, withError(valueRow, m_valueError, this));
    m_secretId = new QLineEdit(this);
    m_secretId->setPlaceholderText(tr("00000000-0000-0000-0000-000000000000"));
    m_secretId->setAccessibleName(tr("Secret ID"));
    m_secretIdError = errorLabel(this);
    auto *idLabel = new QLabel(tr("Secret &ID:"), this);
    idLabel->setBuddy(m_secretId);
    form->addRow(idLabel, withError(m_secretId, m_secretIdError, this));
    m_lifetime = new LifetimeChooser(this);
    auto *lifetimeLabel = new QLabel(tr("&Expires after:"), this);
    lifetimeLabel->setBuddy(m_lifetime->combo());
    form->addRow(lifetimeLabel, m_lifetime);
    contentLayout()->addSpacing(fontMetrics().height() / 2);
    contentLayout()->addLayout(form);

    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        m_value->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_value, &QLineEdit::textChanged, this, &GuidedSecretPage::revalidate);
    connect(m_secretId, &QLineEdit::textChanged, this, &GuidedSecretPage::revalidate);
}

void GuidedSecretPage::initializePage()
{
    m_descriptionText = tr("HCL Leap %1").arg(QDate::currentDate().toString(Qt::ISODate));
    revalidate();
}

void GuidedSecretPage::cleanupPage()
{
    cancel();
}

void GuidedSecretPage::revalidate()
{
    const QString value = m_value->text().trimmed();
    const QString id = m_secretId->text().trimmed();
    QString valueError;
    if (isGuid(value))
        // The classic mistake: the Secret ID column looks like the value's neighbour.
        valueError = tr("This is the Secret ID, not the secret's value. Copy the Value column "
                        "instead; if it is hidden now, create a new secret and copy its value "
                        "right away.");
    else if (!value.isEmpty() && value.size() < 16)
        valueError = tr("This is too short for a client secret value (about 40 characters). "
                        "Copy the whole Value column.");
    showFieldError(m_value, m_valueError, valueError);
    showFieldError(m_secretId, m_secretIdError,
                   !id.isEmpty() && !isGuid(id)
                       ? (id == value ? tr("Paste the Secret ID here, not the value.")
                                      : tr("The Secret ID is a GUID; copy it from the Secret ID "
                                           "column."))
                       : QString());
    if (m_stored &&
        m_storedKey != secretKeychainKey(state()->profile.tenantId, state()->profile.appId, id))
        m_stored = false;
    refresh();
}

bool GuidedSecretPage::fieldsReady() const
{
    const QString value = m_value->text().trimmed();
    return !value.isEmpty() && value.size() >= 16 && !isGuid(value) &&
           isGuid(m_secretId->text().trimmed());
}

bool GuidedSecretPage::validatePage()
{
    if (m_stored)
        return true;
    if (isBusy())
        return false;
    store();
    return false;
}

void GuidedSecretPage::store()
{
    const Profile &p = state()->profile;
    const QString keyId = m_secretId->text().trimmed().toLower();
    const QString value = m_value->text().trimmed();
    runTask(writeToKeychain(services()->secretStore(), p.tenantId, p.appId, keyId, value),
            tr("Storing the secret in the keychain…"), [this, keyId, value](VoidResult stored) {
                if (!stored) {
                    // Nothing is lost: the value is still in the field.
                    showError(stored.error());
                    return;
                }
                Profile &profile = state()->profile;
                for (SecretInfo &s : profile.secrets)
                    s.current = false;
                SecretInfo info;
                if (SecretInfo *existing = profile.findSecret(keyId))
                    info = *existing;
                info.keyId = keyId;
                info.displayName = m_descriptionText;
                info.hint = value.left(3);
                info.startDateTime = QDateTime::currentDateTimeUtc();
                info.endDateTime = m_lifetime->endDateTime();
                info.current = true;
                if (SecretInfo *existing = profile.findSecret(keyId))
                    *existing = info;
                else
                    profile.secrets << info;
                JournalEntry entry;
                entry.time = QDateTime::currentDateTimeUtc();
                entry.step = QStringLiteral("secret");
                entry.action = QStringLiteral("paste");
                entry.state = QStringLiteral("done");
                entry.objectType = QStringLiteral("passwordCredential");
                entry.objectId = keyId;
                entry.detail = QStringLiteral("guided mode");
                profile.addJournal(entry);
                const auto saved = state()->saveProfile();
                if (!saved) {
                    showError(saved.error());
                    return;
                }
                m_stored = true;
                m_storedKey = secretKeychainKey(profile.tenantId, profile.appId, keyId);
                state()->secretCreated = true;
                state()->secretInKeychain = true;
                state()->createdSecretKeyId = keyId;
                Q_EMIT state()->changed();
                advance();
            });
}

int GuidedSecretPage::nextId() const
{
    return Page_GuidedPermissions;
}

// ---------------------------------------------------------------------------------------------

GuidedPermissionsPage::GuidedPermissionsPage(WizardState *sharedState, Services *pageServices,
                                             QWidget *parent)
    : GuidedPage(sharedState, pageServices, parent)
{
    setTitle(tr("Step 3 of 3: Add the permissions in the admin center"));
    setSubTitle(tr("Leap needs two application permissions to read users and groups, and two "
                   "delegated permissions to sign people in."));
    addStep(tr("In your application, select API permissions > Add a permission > Microsoft "
               "Graph."),
            openButton(tr("&Open API permissions"), [this] {
                return adminCenter(
                    QStringLiteral("view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/"
                                   "CallAnAPI/appId/%1/isMSAApp~/false")
                        .arg(state()->profile.appId));
            }));
    addStep(tr("Application permissions: search \"User.Read\", select User.ReadBasic.All, and "
               "select Add permissions."));
    addStep(tr("Again Add a permission > Microsoft Graph > Application permissions: search "
               "\"Group\", select Group.Read.All, and select Add permissions."));
    addStep(tr("Again Add a permission > Microsoft Graph > Delegated permissions: under OpenId "
               "permissions select openid and profile, and select Add permissions."));
    addStep(tr("Select Grant admin consent for your tenant and confirm with Yes."));
}

bool GuidedPermissionsPage::validatePage()
{
    // The administrator says consent was granted; the Done page proves it with the secret.
    state()->permissionsGranted = true;
    state()->consentPending = false;
    state()->saveProfile();
    return true;
}

int GuidedPermissionsPage::nextId() const
{
    return Page_Done;
}

} // namespace leap::ui
