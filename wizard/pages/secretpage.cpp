#include "pages/secretpage.h"

#include "graph/secretservice.h"
#include "model/validation.h"
#include "pages/accountline.h"
#include "pages/pageid.h"
#include "pages/services.h"
#include "pages/widgets/secretdisplay.h"
#include "pages/widgets/uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace leap::ui {

LifetimeChooser::LifetimeChooser(QWidget *parent) : QWidget(parent)
{
    m_combo = new QComboBox(this);
    for (int days : {90, 180, 365, 545, 730}) {
        const QString text = days == kDefaultSecretDays ? tr("%n days (recommended)", nullptr, days)
                                                        : tr("%n days", nullptr, days);
        m_combo->addItem(text, days);
    }
    m_combo->addItem(tr("Until a date…"), 0);
    m_combo->setAccessibleName(tr("Lifetime"));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Expiry date"));
    const QDate today = QDate::currentDate();
    m_date->setMinimumDate(today.addDays(kMinSecretDays));
    m_date->setMaximumDate(today.addDays(kMaxSecretDays));
    m_date->setDate(today.addDays(kDefaultSecretDays));
    m_date->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_date);
    layout->addStretch(1);
    setFocusProxy(m_combo);
    selectDays(kDefaultSecretDays);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        m_date->setVisible(days() == 0);
        Q_EMIT changed();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &LifetimeChooser::changed);
}

int LifetimeChooser::days() const
{
    return m_combo->currentData().toInt();
}

void LifetimeChooser::selectDays(int days)
{
    const int index = m_combo->findData(days);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

QDateTime LifetimeChooser::endDateTime() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (days() > 0)
        return now.addDays(days());
    // The end of the chosen day where the administrator is.
    return QDateTime(m_date->date(), QTime(23, 59, 0)).toUTC();
}

SecretPage::SecretPage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
    setTitle(tr("Step 2 of 3: Create a client secret"));
    setSubTitle(tr("Leap uses the application ID and this secret to read users and groups. The "
                   "secret goes straight into this computer's keychain."));
    m_account = new AccountLine(sharedState, this);
    contentLayout()->addWidget(m_account);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_description = new QLineEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaxLength(80);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    m_lifetime = new LifetimeChooser(this);
    auto *lifetimeLabel = new QLabel(tr("&Expires after:"), this);
    lifetimeLabel->setBuddy(m_lifetime->combo());
    form->addRow(lifetimeLabel, m_lifetime);
    contentLayout()->addLayout(form);

    m_result = makeTextLabel(QString(), this);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    contentLayout()->addWidget(m_result);

    m_unsavedPanel = new QWidget(this);
    auto *unsaved = new QVBoxLayout(m_unsavedPanel);
    unsaved->setContentsMargins(0, 0, 0, 0);
    auto *explain = makeTextLabel(
        tr("This is the only copy of the secret's value: Microsoft Entra ID never shows it "
           "again. Copy it now into Leap's credential store or a password manager."),
        m_unsavedPanel);
    m_display = new SecretDisplay(m_unsavedPanel);
    m_copied = new QCheckBox(tr("I have &stored the value somewhere safe"), m_unsavedPanel);
    unsaved->addWidget(explain);
    unsaved->addWidget(m_display);
    unsaved->addWidget(m_copied);
    m_unsavedPanel->setVisible(false);
    contentLayout()->addWidget(m_unsavedPanel);

    connect(m_description, &QLineEdit::textChanged, this, &WizardPage::refresh);
    connect(m_copied, &QCheckBox::toggled, this, &WizardPage::refresh);
    connect(pageServices, &Services::progress, this, [this](const QString &text) {
        if (isBusy())
            setWorkText(text);
    });
}

void SecretPage::initializePage()
{
    m_account->update();
    const Profile &p = state()->profile;
    if (m_description->text().isEmpty())
        m_description->setText(tr("HCL Leap %1").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (state()->secretCreated) {
        showStored();
        return;
    }
    // Repair or a resumed setup: a valid current secret in the keychain needs no new one.
    const SecretInfo *current = p.currentSecret();
    bool secretDrift = false;
    if (state()->drift) {
        using K = DriftItem::Kind;
        for (K k : {K::NoCurrentSecret, K::SecretMissingOnApplication, K::SecretNotInKeychain,
                    K::SecretExpired})
            secretDrift = secretDrift || state()->drift->has(k);
    }
    m_keepExisting = state()->intent != WizardState::Intent::Setup && current &&
                     !current->isExpired() && !secretDrift;
    if (m_keepExisting) {
        setInputsEnabled(false);
        m_result->setText(tr("The current secret <b>%1</b> is valid until %2; the wizard keeps "
                             "it. Use <i>Rotate secret</i> on the start page for a new one.")
                              .arg(current->displayName.toHtmlEscaped(),
                                   QLocale().toString(current->endDateTime.toLocalTime().date(),
                                                      QLocale::LongFormat)));
        m_result->setVisible(true);
        resetNextText();
        return;
    }
    setInputsEnabled(true);
    m_result->setVisible(false);
    setNextText(tr("Create &secret"));
    focusLater(m_description);
}

void SecretPage::cleanupPage()
{
    cancel();
}

void SecretPage::setInputsEnabled(bool enabled)
{
    m_description->setEnabled(enabled);
    m_lifetime->setEnabled(enabled);
}

bool SecretPage::validatePage()
{
    if (state()->secretCreated || m_keepExisting) {
        if (!state()->unsavedSecretValue.isEmpty() && m_copied->isChecked()) {
            // Shown once: the page forgets it. The state keeps it in memory only until the
            // Done page has verified it, and wipes it when the wizard closes.
            m_display->clearValue();
            m_unsavedPanel->setVisible(false);
            state()->unsavedSecretAcknowledged = true;
        }
        return true;
    }
    if (isBusy())
        return false;
    const auto name = validateSecretName(m_description->text(), tr("Description"));
    if (!name) {
        showError(name.error());
        return false;
    }
    createSecret();
    return false;
}

void SecretPage::createSecret()
{
    const auto name = *validateSecretName(m_description->text(), tr("Description"));
    SecretService *secrets = services()->secrets();
    auto task = m_lifetime->days() > 0
                    ? secrets->create(state()->profile, name, m_lifetime->days())
                    : secrets->createUntil(state()->profile, name, m_lifetime->endDateTime());
    runTask(std::move(task), tr("Creating the client secret…"), [this](Result<SecretInfo> secret) {
        if (secret) {
            state()->secretCreated = true;
            state()->secretInKeychain = true;
            state()->createdSecretKeyId = secret->keyId;
            Q_EMIT state()->changed();
            showStored();
            advance();
            return;
        }
        if (secret.error().kind == ErrorKind::Storage) {
            // Graph created the secret, the keychain refused it: the value must not be
            // lost. It is shown once, masked, for manual copy.
            if (auto unsaved = services()->secrets()->takeUnsavedSecret()) {
                state()->secretCreated = true;
                state()->secretInKeychain = false;
                state()->createdSecretKeyId = unsaved->keyId;
                state()->unsavedSecretValue = unsaved->value;
                showError(secret.error());
                showUnsaved(unsaved->keyId, unsaved->value);
                unsaved->value.fill(QLatin1Char('\0'));
                return;
            }
        }
        // Anything else (a lifetime policy, a refusal): nothing was lost; the
        // administrator can change the choice and try again.
        showError(secret.error());
    });
}

void SecretPage::showStored()
{
    setInputsEnabled(false);
    const Profile &p = state()->profile;
    const SecretInfo *s = nullptr;
    for (const SecretInfo &info : p.secrets)
        if (info.keyId == state()->createdSecretKeyId)
            s = &info;
    QString text;
    if (s && state()->secretInKeychain)
        text =
            tr("Created <b>%1</b> (secret ID %2), valid until %3. The value is in this "
               "computer's keychain under <i>leap-entra-setup</i> / <tt>%4</tt>.")
                .arg(s->displayName.toHtmlEscaped(), s->keyId,
                     QLocale().toString(s->endDateTime.toLocalTime().date(), QLocale::LongFormat),
                     secretKeychainKey(p.tenantId, p.appId, s->keyId));
    else if (s)
        text =
            tr("Created <b>%1</b> (secret ID %2), valid until %3.")
                .arg(s->displayName.toHtmlEscaped(), s->keyId,
                     QLocale().toString(s->endDateTime.toLocalTime().date(), QLocale::LongFormat));
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
    resetNextText();
    refresh();
}

void SecretPage::showUnsaved(const QString &keyId, const QString &value)
{
    Q_UNUSED(keyId);
    showStored();
    m_display->setValue(value);
    m_copied->setChecked(false);
    m_unsavedPanel->setVisible(true);
    m_display->revealButton()->setFocus();
    refresh();
}

bool SecretPage::isReady() const
{
    if (!state()->unsavedSecretValue.isEmpty() && !state()->unsavedSecretAcknowledged)
        return m_copied->isChecked();
    if (state()->secretCreated || m_keepExisting)
        return true;
    return !m_description->text().trimmed().isEmpty();
}

void SecretPage::cancelWork()
{
    services()->cancelAll();
}

int SecretPage::nextId() const
{
    return Page_Permissions;
}

} // namespace leap::ui
