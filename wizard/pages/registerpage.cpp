#include "pages/registerpage.h"

#include "graph/applicationservice.h"
#include "graph/driftservice.h"
#include "pages/accountline.h"
#include "pages/pageid.h"
#include "pages/planview.h"
#include "pages/services.h"
#include "pages/widgets/uistyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace leap::ui {

RegisterPage::RegisterPage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
    setTitle(tr("Step 1 of 3: Register HCL Leap as an application"));
    setSubTitle(tr("The application Leap signs people in with: its redirect URI, the group claim "
                   "and the four permissions it requests."));
    m_account = new AccountLine(sharedState, this);
    contentLayout()->addWidget(m_account);
    m_summary = makeTextLabel(QString(), this);
    m_summary->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_summary);
    m_plan = new PlanView(this);
    contentLayout()->addWidget(m_plan);
    m_drift = new QLabel(this);
    m_drift->setWordWrap(true);
    m_drift->setTextFormat(Qt::RichText);
    m_drift->setAccessibleName(tr("Differences from the tenant"));
    m_drift->setVisible(false);
    contentLayout()->addWidget(m_drift);

    connect(pageServices, &Services::progress, this, [this](const QString &text) {
        if (isBusy())
            setWorkText(text);
    });
}

void RegisterPage::initializePage()
{
    m_account->update();
    if (state()->registered) {
        // Back and Next again: the step is done; nothing is repeated.
        m_summary->setText(
            tr("The application is registered: <b>%1</b>, application (client) ID "
               "%2.")
                .arg(state()->profile.displayName.toHtmlEscaped(), state()->profile.appId));
        resetNextText();
        return;
    }
    loadPlan();
}

void RegisterPage::cleanupPage()
{
    cancel();
}

void RegisterPage::loadPlan()
{
    if (state()->intent == WizardState::Intent::Repair && !state()->drift) {
        // Repair: first what differs from the tenant, then the plan that puts it back.
        m_planReady = false;
        m_plan->clear();
        runTask(services()->drift()->check(state()->profile),
                tr("Comparing the profile with the tenant…"), [this](Result<DriftReport> drift) {
                    if (!drift) {
                        showError(drift.error());
                        setNextText(tr("&Try again"));
                        m_planReady = true;
                        refresh();
                        return;
                    }
                    state()->drift = *drift;
                    loadPlan();
                });
        return;
    }
    m_planReady = false;
    m_plan->clear();
    m_summary->setText(tr("Looking for an existing registration…"));
    runTask(services()->applications()->plan(state()->profile),
            tr("Reading the tenant's app registrations…"), [this](Result<ApplicationPlan> plan) {
                if (!plan) {
                    m_summary->setText(tr("The plan could not be read."));
                    showError(plan.error());
                    setNextText(tr("&Try again"));
                    m_planReady = true; // Next retries
                    m_needsWrite = true;
                    refresh();
                    return;
                }
                m_plan->setChanges(plan->changes);
                m_needsWrite = plan->needsWrite();
                if (state()->drift)
                    m_drift->setText(driftText(*state()->drift));
                m_drift->setVisible(state()->drift.has_value());
                const QString name = state()->profile.displayName.toHtmlEscaped();
                if (!plan->applicationExists)
                    m_summary->setText(tr("No registration for this Leap server exists yet. The "
                                          "wizard will create <b>%1</b>:")
                                           .arg(name));
                else if (m_needsWrite)
                    m_summary->setText(tr("Found <b>%1</b> (application ID %2). The wizard will "
                                          "add what is missing and remove nothing:")
                                           .arg(plan->displayName.toHtmlEscaped(), plan->appId));
                else
                    m_summary->setText(tr("Found <b>%1</b> (application ID %2); it is already "
                                          "set up as Leap needs it.")
                                           .arg(plan->displayName.toHtmlEscaped(), plan->appId));
                if (m_needsWrite)
                    setNextText(tr("&Register application"));
                else
                    resetNextText();
                m_planReady = true;
                refresh();
            });
}

QString RegisterPage::driftText(const DriftReport &drift) const
{
    if (drift.clean())
        return tr("The tenant matches the profile: nothing needs repair.");
    QString html = tr("Differences from the tenant:") + QStringLiteral("<ul>");
    for (const DriftItem &item : drift.items) {
        const Tone tone = item.severity == DriftItem::Severity::Error ? Tone::Bad : Tone::Warning;
        html +=
            QStringLiteral("<li><span style=\"color:%1\">%2</span> %3</li>")
                .arg(toneColor(tone, palette()).name(), item.message.toHtmlEscaped(),
                     item.repair == DriftItem::Repair::Configure ? tr("The wizard repairs this.")
                                                                 : item.fix.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

bool RegisterPage::validatePage()
{
    if (state()->registered)
        return true;
    if (isBusy())
        return false;
    if (m_plan->lines().isEmpty()) {
        loadPlan(); // the plan failed: Next tries again
        return false;
    }
    runRegistration();
    return false; // two-phase: the page moves on by itself when the step has finished
}

void RegisterPage::runRegistration()
{
    runTask(services()->applications()->ensure(state()->profile),
            m_needsWrite ? tr("Registering the application…") : tr("Checking the application…"),
            [this](Result<ApplicationOutcome> outcome) {
                if (!outcome) {
                    showError(outcome.error());
                    return;
                }
                state()->registered = true;
                state()->servicePrincipalCreated = outcome->servicePrincipalCreated;
                m_plan->setChanges(outcome->changes, true);
                m_summary->setText(
                    tr("Registered <b>%1</b>, application (client) ID %2.")
                        .arg(state()->profile.displayName.toHtmlEscaped(), state()->profile.appId));
                resetNextText();
                Q_EMIT state()->changed();
                advance();
            });
}

bool RegisterPage::isReady() const
{
    return state()->registered || m_planReady;
}

void RegisterPage::cancelWork()
{
    services()->cancelAll();
}

int RegisterPage::nextId() const
{
    return Page_Secret;
}

} // namespace leap::ui
