#pragma once

#include "graph/permissionservice.h"
#include "pages/wizardpage.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace leap::ui {

class AccountLine;

// Page 6, documented step 3: the four permissions in a table (name, type, status) and admin
// consent. Without the role, it shows the admin-consent URL to send to someone who has it; the
// wizard can be re-opened later to finish.
class PermissionsPage : public WizardPage
{
    Q_OBJECT
public:
    PermissionsPage(WizardState *state, Services *services, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    QTableWidget *table() const { return m_table; }
    QWidget *consentPanel() const { return m_consentPanel; }
    QLineEdit *consentUrlEdit() const { return m_consentUrl; }
    QPushButton *checkAgainButton() const { return m_checkAgain; }
    QString statusText(int row) const;

protected:
    bool isReady() const override;
    void cancelWork() override;

private:
    void loadStatus();
    void grant();
    void showStatus(const PermissionStatus &status);
    void showConsentNeeded(const Error &error);

    AccountLine *m_account;
    QLabel *m_summary;
    QTableWidget *m_table;
    QWidget *m_consentPanel;
    QLabel *m_consentText;
    QLineEdit *m_consentUrl;
    QPushButton *m_copyUrl;
    QPushButton *m_checkAgain;
    std::optional<PermissionStatus> m_status;
    bool m_loaded = false;
};

} // namespace leap::ui
