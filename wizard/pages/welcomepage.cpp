#include "pages/welcomepage.h"

#include "pages/pageid.h"
#include "pages/widgets/uistyle.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace leap::ui {

WelcomePage::WelcomePage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
    setTitle(tr("Set up Microsoft Entra ID for HCL Leap"));
    setSubTitle(
        tr("This wizard registers HCL Leap in your Microsoft Entra ID tenant so that people "
           "can sign in to Leap with their work accounts."));

    auto *layout = contentLayout();
    auto *what = new QLabel(
        tr("<p>It follows the three steps of the Leap documentation:</p>"
           "<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">"
           "<li>register HCL Leap as an application, with your Leap server's redirect URI;</li>"
           "<li>create a client secret and keep it in this computer's keychain;</li>"
           "<li>grant the permissions Leap needs: User.ReadBasic.All and Group.Read.All "
           "(application), openid and profile (delegated).</li></ol>"
           "<p>Then it checks that the result works and gives you what to paste into Leap.</p>"),
        this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::RichText);
    layout->addWidget(what);

    auto *needs = new QLabel(
        tr("<p><b>You need</b> a Microsoft Entra ID tenant and an account that may register "
           "applications there. Granting the application permissions needs the "
           "<b>Privileged Role Administrator</b> or <b>Global Administrator</b> role; without "
           "it, the wizard gives you a link to send to someone who has it.</p>"),
        this);
    needs->setWordWrap(true);
    needs->setTextFormat(Qt::RichText);
    layout->addWidget(needs);
    layout->addSpacing(fontMetrics().height() / 2);

    m_automatic = new QRadioButton(tr("Set up &automatically (recommended)"), this);
    m_automatic->setAccessibleName(tr("Set up automatically"));
    auto *automaticText = makeTextLabel(
        tr("Sign in as an administrator; the wizard does each step through Microsoft Graph and "
           "shows you what it will change before it changes it."),
        this);
    m_guided = new QRadioButton(tr("&Guide me through the admin center"), this);
    m_guided->setAccessibleName(tr("Guide me through the admin center"));
    auto *guidedText = makeTextLabel(
        tr("For tenants where no tool may sign in: you do each step in the Microsoft Entra admin "
           "center, the wizard shows you where and checks what you paste."),
        this);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    automaticText->setContentsMargins(indent, 0, 0, 0);
    guidedText->setContentsMargins(indent, 0, 0, 0);
    automaticText->setForegroundRole(QPalette::PlaceholderText);
    guidedText->setForegroundRole(QPalette::PlaceholderText);

    auto *group = new QButtonGroup(this);
    group->addButton(m_automatic);
    group->addButton(m_guided);
    m_automatic->setChecked(true);

    layout->addWidget(m_automatic);
    layout->addWidget(automaticText);
    layout->addSpacing(fontMetrics().height() / 3);
    layout->addWidget(m_guided);
    layout->addWidget(guidedText);
}

void WelcomePage::initializePage()
{
    m_automatic->setChecked(state()->mode == WizardState::Mode::Automatic);
    m_guided->setChecked(state()->mode == WizardState::Mode::Guided);
}

bool WelcomePage::validatePage()
{
    state()->mode =
        m_guided->isChecked() ? WizardState::Mode::Guided : WizardState::Mode::Automatic;
    state()->intent = WizardState::Intent::Setup;
    return true;
}

int WelcomePage::nextId() const
{
    return Page_Tenant;
}

} // namespace leap::ui
