#pragma once

#include "model/error.h"
#include "pages/wizardstate.h"

#include <QCoro/QCoroTask>
#include <QPointer>
#include <QWizardPage>

class QVBoxLayout;

namespace leap::ui {

class ErrorPanel;
class ProgressStrip;
class Services;

// What every page has: the shared state, the services, a progress strip with Cancel, and an error
// panel. While work runs the page is not complete, so QWizard disables Next (and Back).
//
// Long operations are coroutines. runTask() connects their result to the page through
// QCoro::connect, so a result never reaches a page that no longer exists.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    WizardPage(WizardState *state, Services *services, QWidget *parent = nullptr);

    bool isComplete() const final;
    bool isBusy() const { return m_busy; }
    // Adds a widget above the page's content (the wizard's sandbox banner).
    void insertBanner(QWidget *banner);
    // Stops the running operation (Cancel, or the window closing).
    void cancel();
    // Re-evaluates isComplete() (QWizard updates Next).
    void refresh();

    ProgressStrip *progressStrip() const { return m_progress; }
    ErrorPanel *errorPanel() const { return m_errorPanel; }

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    // The page's own completeness (input valid, step done...).
    virtual bool isReady() const { return true; }
    // Called by cancel() while busy: ask the service to stop. The task then ends with a
    // Cancelled error, which endWork() handles.
    virtual void cancelWork() { }

    WizardState *state() const { return m_state; }
    Services *services() const { return m_services; }
    QVBoxLayout *contentLayout() const { return m_content; }

    void beginWork(const QString &text);
    void setWorkText(const QString &text);
    void endWork();
    void showError(const Error &error);
    void clearError();
    // The Next button's text on this page ("Register application"), or the wizard's default.
    void setNextText(const QString &text);
    void resetNextText();
    // Gives `widget` the keyboard focus once QWizard has finished switching pages (it focuses
    // the page's first child itself after initializePage()).
    void focusLater(QWidget *widget);
    // Moves to the next page once the current event is handled (after a step finished).
    void advance();

    template<typename T, typename Callback>
    void runTask(QCoro::Task<T> &&task, const QString &text, Callback &&onDone)
    {
        beginWork(text);
        QCoro::connect(std::move(task), this,
                       [this, onDone = std::forward<Callback>(onDone)](auto &&value) {
                           endWork();
                           onDone(std::forward<decltype(value)>(value));
                       });
    }

private:
    WizardState *m_state;
    Services *m_services;
    QVBoxLayout *m_outer;
    QVBoxLayout *m_content;
    ErrorPanel *m_errorPanel;
    ProgressStrip *m_progress;
    bool m_busy = false;
    bool m_cancelling = false;
};

} // namespace leap::ui
