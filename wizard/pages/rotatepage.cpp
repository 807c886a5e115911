#include "pages/rotatepage.h"

#include "graph/rotationservice.h"
#include "graph/secretservice.h"
#include "model/validation.h"
#include "pages/accountline.h"
#include "pages/pageid.h"
#include "pages/secretpage.h"
#include "pages/services.h"
#include "pages/widgets/secretdisplay.h"
#include "pages/widgets/uistyle.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace leap::ui {

RotatePage::RotatePage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
    setTitle(tr("Rotate the client secret"));
    setSubTitle(tr("A new secret is added next to the current one, so Leap keeps working until "
                   "you switch it over. The old secret is retired only after that."));
    m_account = new AccountLine(sharedState, this);
    contentLayout()->addWidget(m_account);
    m_current = makeTextLabel(QString(), this);
    m_current->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_current);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_description = new QLineEdit(this);
    m_description->setMaxLength(80);
    m_description->setAccessibleName(tr("Description of the new secret"));
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
    m_result->setVisible(false);
    contentLayout()->addWidget(m_result);
    m_display = new SecretDisplay(this);
    m_display->setVisible(false);
    contentLayout()->addWidget(m_display);

    connect(m_description, &QLineEdit::textChanged, this, &WizardPage::refresh);
    connect(pageServices, &Services::progress, this, [this](const QString &text) {
        if (isBusy())
            setWorkText(text);
    });
}

void RotatePage::initializePage()
{
    m_account->update();
    const Profile &p = state()->profile;
    if (const SecretInfo *current = p.currentSecret()) {
        m_current->setText(tr("Current secret: <b>%1</b> (secret ID %2), valid until %3.")
                               .arg(current->displayName.toHtmlEscaped(), current->keyId,
                                    QLocale().toString(current->endDateTime.toLocalTime().date(),
                                                       QLocale::LongFormat)));
    } else {
        m_current->setText(tr("This profile has no current secret yet."));
    }
    if (m_description->text().isEmpty())
        m_description->setText(tr("HCL Leap %1").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (state()->rotated) {
        resetNextText();
        return;
    }
    m_description->setEnabled(true);
    m_lifetime->setEnabled(true);
    setNextText(tr("Create &new secret"));
    focusLater(m_description);
}

void RotatePage::cleanupPage()
{
    cancel();
}

bool RotatePage::validatePage()
{
    if (state()->rotated)
        return state()->unsavedSecretValue.isEmpty() || m_display->hasValue();
    if (isBusy())
        return false;
    rotate();
    return false;
}

void RotatePage::rotate()
{
    const auto name = validateSecretName(m_description->text(), tr("Description"));
    if (!name) {
        showError(name.error());
        return;
    }
    SecretLifetime lifetime;
    if (m_lifetime->days() > 0)
        lifetime.days = m_lifetime->days();
    else
        lifetime.endDateTime = m_lifetime->endDateTime();
    services()->rotation()->setEndpoints(state()->endpoints());
    auto task = services()->rotation()->rotate(state()->profile, *name, lifetime);
    runTask(std::move(task), tr("Adding the new secret…"), [this](Result<RotationResult> rotation) {
        if (!rotation) {
            const Error &error = rotation.error();
            if (error.kind == ErrorKind::Storage) {
                if (auto unsaved = services()->secrets()->takeUnsavedSecret()) {
                    state()->rotated = true;
                    state()->secretInKeychain = false;
                    state()->createdSecretKeyId = unsaved->keyId;
                    state()->unsavedSecretValue = unsaved->value;
                    showError(error);
                    m_display->setValue(unsaved->value);
                    m_display->setVisible(true);
                    unsaved->value.fill(QLatin1Char('\0'));
                    m_description->setEnabled(false);
                    m_lifetime->setEnabled(false);
                    resetNextText();
                    refresh();
                    return;
                }
            }
            // A lifetime policy says the maximum; nothing was created, so the choice is offered
            // again as it was.
            showError(error);
            return;
        }
        const SecretInfo *secret = &rotation->secret;
        state()->rotated = true;
        state()->verified = rotation->verified;
        if (rotation->verification)
            state()->verification = *rotation->verification;
        state()->secretCreated = true;
        state()->secretInKeychain = true;
        state()->createdSecretKeyId = secret->keyId;
        m_description->setEnabled(false);
        m_lifetime->setEnabled(false);
        m_result->setText(tr("Added <b>%1</b> (secret ID %2); its value is in the keychain. The "
                             "old secret keeps working until you retire it.")
                              .arg(secret->displayName.toHtmlEscaped(), secret->keyId));
        m_result->setVisible(true);
        resetNextText();
        Q_EMIT state()->changed();
        advance();
    });
}

bool RotatePage::isReady() const
{
    return state()->rotated || !m_description->text().trimmed().isEmpty();
}

void RotatePage::cancelWork()
{
    services()->cancelAll();
}

int RotatePage::nextId() const
{
    return Page_Done;
}

} // namespace leap::ui
