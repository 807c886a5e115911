#include "pages/accountline.h"

namespace leap::ui {

AccountLine::AccountLine(WizardState *state, QWidget *parent) : QLabel(parent), m_state(state)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAccessibleName(tr("Signed-in account"));
    connect(state, &WizardState::changed, this, &AccountLine::update);
    update();
}

void AccountLine::update()
{
    const auto &a = m_state->account;
    if (!a.isValid()) {
        setVisible(false);
        return;
    }
    const QString who = a.displayName.isEmpty()
                            ? a.userPrincipalName
                            : tr("%1 (%2)").arg(a.displayName, a.userPrincipalName);
    setText(tr("Signed in as %1 · tenant %2").arg(who, a.tenantDisplayName));
    setVisible(true);
}

} // namespace leap::ui
