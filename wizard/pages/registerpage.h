#pragma once

#include "pages/wizardpage.h"

class QLabel;

namespace leap {
struct DriftReport;
}

namespace leap::ui {

class AccountLine;
class PlanView;

// Page 4, documented step 1: register HCL Leap as an application. Shows the plan (create, or found
// and what will change) as soon as the page opens; Next carries it out, with progress, including
// the wait for the directory to replicate.
class RegisterPage : public WizardPage
{
    Q_OBJECT
public:
    RegisterPage(WizardState *state, Services *services, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    PlanView *planView() const { return m_plan; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *driftLabel() const { return m_drift; }

protected:
    bool isReady() const override;
    void cancelWork() override;

private:
    void loadPlan();
    void runRegistration();
    QString driftText(const DriftReport &drift) const;

    AccountLine *m_account;
    QLabel *m_summary;
    PlanView *m_plan;
    QLabel *m_drift;
    bool m_planReady = false;
    bool m_needsWrite = true;
};

} // namespace leap::ui
