#pragma once

#include "pages/wizardstate.h"

#include <QLabel>

namespace leap::ui {

// "Signed in as Adele Admin (admin@contoso.onmicrosoft.com) · tenant contoso.onmicrosoft.com",
// shown at the top of the pages that act on the administrator's behalf.
class AccountLine : public QLabel
{
    Q_OBJECT
public:
    explicit AccountLine(WizardState *state, QWidget *parent = nullptr);
    void update();

private:
    WizardState *m_state;
};

} // namespace leap::ui
