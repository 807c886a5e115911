#pragma once

#include "pages/wizardpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QWidget;

namespace leap::ui {

// Page 2: tenant (GUID or domain), cloud, Leap server. The exact redirect URI is shown as the host
// is typed; invalid input is marked at the field with the reason, and Next stays disabled.
class TenantPage : public WizardPage
{
    Q_OBJECT
public:
    TenantPage(WizardState *state, Services *services, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    QLineEdit *tenantEdit() const { return m_tenant; }
    QLineEdit *hostEdit() const { return m_host; }
    QComboBox *cloudCombo() const { return m_cloud; }
    QLabel *redirectLabel() const { return m_redirect; }
    QLabel *tenantErrorLabel() const { return m_tenantError; }
    QLabel *hostErrorLabel() const { return m_hostError; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *aliasEdit() const { return m_alias; }

protected:
    bool isReady() const override;

private:
    void revalidate();
    static void markField(QLineEdit *edit, QLabel *errorLabel, const Error &error, bool show);

    QLineEdit *m_tenant;
    QLabel *m_tenantError;
    QComboBox *m_cloud;
    QLineEdit *m_host;
    QLabel *m_hostError;
    QLabel *m_redirect;
    QPushButton *m_copyRedirect;
    QToolButton *m_moreToggle;
    QWidget *m_more;
    QLineEdit *m_displayName;
    QLabel *m_displayNameError;
    QLineEdit *m_alias;
    QLabel *m_aliasError;
    bool m_displayNameEdited = false;
    bool m_valid = false;
};

} // namespace leap::ui
