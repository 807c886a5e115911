#include "pages/profilepage.h"

#include "export/report.h"
#include "model/validation.h"
#include "pages/dialogs.h"
#include "pages/pageid.h"
#include "pages/services.h"
#include "pages/widgets/uistyle.h"

#include <QCommandLinkButton>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QWizard>

namespace leap::ui {

ProfilePage::ProfilePage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
    setTitle(tr("HCL Leap in Microsoft Entra ID"));
    m_overview = new QLabel(this);
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setWordWrap(true);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setAccessibleName(tr("Profile overview"));
    contentLayout()->addWidget(m_overview);
    m_secret = new QLabel(this);
    m_secret->setTextFormat(Qt::RichText);
    m_secret->setWordWrap(true);
    m_secret->setAccessibleName(tr("Client secret status"));
    contentLayout()->addWidget(m_secret);
    contentLayout()->addSpacing(fontMetrics().height() / 2);

    // One action per row: command links need the full width for their description.
    auto *actions = new QVBoxLayout;
    actions->setSpacing(0);
    m_rotate = new QCommandLinkButton(tr("&Rotate secret"),
                                      tr("Add a new secret; the old one keeps working until Leap "
                                         "uses the new one."),
                                      this);
    m_verify = new QCommandLinkButton(
        tr("&Verify"), tr("Check that the stored secret works and the permissions are granted."),
        this);
    m_export = new QCommandLinkButton(
        tr("E&xport summary"), tr("Save what Leap needs: properties, Liberty, Helm, a report."),
        this);
    m_repair = new QCommandLinkButton(
        tr("Re&pair"), tr("Compare with the tenant and put back what is missing."), this);
    m_another =
        new QCommandLinkButton(tr("Set up &another environment"),
                               tr("Register another Leap server under a new profile."), this);
    for (QCommandLinkButton *b : {m_rotate, m_verify, m_export, m_repair, m_another})
        actions->addWidget(b);
    contentLayout()->addLayout(actions);

    connect(m_rotate, &QCommandLinkButton::clicked, this,
            [this] { choose(WizardState::Intent::Rotate); });
    connect(m_verify, &QCommandLinkButton::clicked, this,
            [this] { choose(WizardState::Intent::Verify); });
    connect(m_export, &QCommandLinkButton::clicked, this,
            [this] { choose(WizardState::Intent::Export); });
    connect(m_repair, &QCommandLinkButton::clicked, this,
            [this] { choose(WizardState::Intent::Repair); });
    connect(m_another, &QCommandLinkButton::clicked, this, &ProfilePage::setUpAnother);
}

void ProfilePage::initializePage()
{
    m_chosen = false;
    m_newEnvironment = false;
    const Profile &p = state()->profile;
    setSubTitle(
        tr("Profile <b>%1</b>, set up by %2 on %3.")
            .arg(p.name.toHtmlEscaped(),
                 p.setupBy.isEmpty() ? tr("an administrator") : p.setupBy.toHtmlEscaped(),
                 QLocale().toString(p.createdAt.toLocalTime().date(), QLocale::LongFormat)));
    const QString row =
        QStringLiteral("<tr><td style=\"padding-right: 12px;\">%1</td><td>%2</td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Application:"), tr("<b>%1</b>").arg(p.displayName.toHtmlEscaped()));
    html += row.arg(tr("Application (client) ID:"),
                    p.appId.isEmpty() ? tr("not registered yet") : p.appId);
    html +=
        row.arg(tr("Tenant:"), p.tenantDomain.isEmpty()
                                   ? p.tenantId
                                   : tr("%1 (%2)").arg(p.tenantDomain.toHtmlEscaped(), p.tenantId));
    html += row.arg(tr("Leap server:"), p.leapHost.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_overview->setText(html);

    const SecretInfo *current = p.currentSecret();
    const QPalette pal = palette();
    if (!current) {
        m_secret->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(toneColor(Tone::Bad, pal).name(),
                                   tr("No client secret yet. Use <b>Repair</b> to finish the "
                                      "setup.")));
    } else {
        const int days = current->daysLeft();
        const QString date =
            QLocale().toString(current->endDateTime.toLocalTime().date(), QLocale::LongFormat);
        Tone tone = Tone::Good;
        QString text;
        if (current->isExpired()) {
            tone = Tone::Bad;
            text = tr("Client secret <b>%1</b> expired on %2. Nobody can sign in to Leap until "
                      "you rotate it and update Leap.")
                       .arg(current->displayName.toHtmlEscaped(), date);
        } else if (days <= exporter::kExpiryWarningDays) {
            tone = Tone::Warning;
            text = tr("Client secret <b>%1</b> expires in %n day(s), on %2. Rotate it soon.",
                      nullptr, days)
                       .arg(current->displayName.toHtmlEscaped(), date);
        } else {
            text =
                tr("Client secret <b>%1</b> is valid for %n more day(s), until %2.", nullptr, days)
                    .arg(current->displayName.toHtmlEscaped(), date);
        }
        int older = 0;
        for (const SecretInfo &s : p.secrets)
            if (!s.current && !s.isExpired())
                ++older;
        if (older > 0)
            text +=
                QStringLiteral("<br>") +
                tr("%n older secret(s) still valid; retire them once Leap uses the current one.",
                   nullptr, older);
        m_secret->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                              .arg(toneColor(tone, pal).name(), text));
    }
    m_rotate->setEnabled(!p.appId.isEmpty());
    m_verify->setEnabled(current != nullptr);
    focusLater(m_rotate);
}

void ProfilePage::choose(WizardState::Intent intent)
{
    state()->intent = intent;
    state()->mode = WizardState::Mode::Automatic;
    m_chosen = true;
    refresh();
    wizard()->next();
}

void ProfilePage::setUpAnother()
{
    bool ok = false;
    const QString name = InputDialog::getText(
        this, tr("Set up another environment"),
        tr("Name of the new profile (for example test or prod):"), QString(), &ok);
    if (!ok)
        return;
    const auto valid = validateProfileName(name, tr("Profile name"));
    if (!valid) {
        showError(valid.error());
        return;
    }
    if (services()->profileStore()->exists(*valid)) {
        showError(Error::badInput(tr("Profile name"),
                                  tr("A profile named \"%1\" already exists.").arg(*valid),
                                  tr("Choose another name.")));
        return;
    }
    state()->startNewProfile(*valid);
    m_newEnvironment = true;
    m_chosen = true;
    refresh();
    wizard()->next();
}

bool ProfilePage::isReady() const
{
    return m_chosen;
}

int ProfilePage::nextId() const
{
    if (m_newEnvironment)
        return Page_Welcome;
    switch (state()->intent) {
    case WizardState::Intent::Rotate:
        return Page_SignIn;
    case WizardState::Intent::Repair:
        return Page_SignIn;
    case WizardState::Intent::Verify:
    case WizardState::Intent::Export:
        return Page_Done;
    case WizardState::Intent::Setup:
        break;
    }
    return Page_SignIn;
}

} // namespace leap::ui
