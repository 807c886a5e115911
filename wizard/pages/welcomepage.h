#pragma once

#include "pages/wizardpage.h"

class QRadioButton;

namespace leap::ui {

// Page 1: what will happen and what is needed; automatic (recommended) or guided.
class WelcomePage : public WizardPage
{
    Q_OBJECT
public:
    WelcomePage(WizardState *state, Services *services, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    QRadioButton *automaticButton() const { return m_automatic; }
    QRadioButton *guidedButton() const { return m_guided; }

private:
    QRadioButton *m_automatic;
    QRadioButton *m_guided;
};

} // namespace leap::ui
