#include "pages/wizardpage.h"

#include "pages/widgets/errorpanel.h"
#include "pages/widgets/progressstrip.h"

#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace leap::ui {

WizardPage::WizardPage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : QWizardPage(parent), m_state(sharedState), m_services(pageServices)
{
    m_outer = new QVBoxLayout(this);
    m_content = new QVBoxLayout;
    m_outer->addLayout(m_content);
    m_outer->addStretch(1);
    m_errorPanel = new ErrorPanel(this);
    m_outer->addWidget(m_errorPanel);
    m_progress = new ProgressStrip(this);
    m_outer->addWidget(m_progress);
    connect(m_progress, &ProgressStrip::cancelRequested, this, &WizardPage::cancel);
}

bool WizardPage::isComplete() const
{
    return !m_busy && isReady();
}

void WizardPage::insertBanner(QWidget *banner)
{
    m_outer->insertWidget(0, banner);
    m_outer->insertSpacing(1, fontMetrics().height() / 2);
}

void WizardPage::cancel()
{
    if (!m_busy || m_cancelling)
        return;
    m_cancelling = true;
    m_progress->setText(tr("Cancelling…"));
    m_progress->cancelButton()->setEnabled(false);
    cancelWork();
}

void WizardPage::beginWork(const QString &text)
{
    clearError();
    m_busy = true;
    m_cancelling = false;
    m_progress->start(text);
    Q_EMIT busyChanged(true);
    refresh();
}

void WizardPage::refresh()
{
    Q_EMIT completeChanged(); // QWizard updates Next, Finish and Back here
    // Back would leave a step half-done behind the administrator's back.
    if (m_busy && wizard() && wizard()->currentPage() == this)
        wizard()->button(QWizard::BackButton)->setEnabled(false);
}

void WizardPage::setWorkText(const QString &text)
{
    if (m_busy && !m_cancelling)
        m_progress->setText(text);
}

void WizardPage::endWork()
{
    m_busy = false;
    m_cancelling = false;
    m_progress->stop();
    if (wizard())
        wizard()
            ->button(QWizard::BackButton)
            ->setEnabled(wizard()->currentPage() == this && !wizard()->visitedIds().isEmpty() &&
                         wizard()->visitedIds().first() != wizard()->currentId());
    Q_EMIT busyChanged(false);
    Q_EMIT completeChanged();
}

void WizardPage::showError(const Error &error)
{
    if (error.kind == ErrorKind::Cancelled) {
        m_errorPanel->clear();
        return;
    }
    m_errorPanel->showError(error);
}

void WizardPage::clearError()
{
    m_errorPanel->clear();
}

void WizardPage::setNextText(const QString &text)
{
    setButtonText(QWizard::NextButton, text);
}

void WizardPage::resetNextText()
{
    if (wizard())
        setButtonText(QWizard::NextButton, wizard()->buttonText(QWizard::NextButton));
}

void WizardPage::focusLater(QWidget *widget)
{
    QPointer<QWidget> target(widget);
    QTimer::singleShot(0, this, [target] {
        if (target && target->isVisible() && target->isEnabled())
            target->setFocus(Qt::TabFocusReason);
    });
}

void WizardPage::advance()
{
    QPointer<WizardPage> self(this);
    QTimer::singleShot(0, this, [self] {
        if (self && self->wizard() && self->wizard()->currentPage() == self)
            self->wizard()->next();
    });
}

} // namespace leap::ui
