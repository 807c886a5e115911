#pragma once

#include "pages/wizardpage.h"

#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace leap::ui {

class LifetimeChooser;

// Guided (manual) mode: the seed document's steps, literally, for administrators who cannot let a
// tool sign in. Each step is a checklist item with a button that opens the right admin-center
// page; the administrator pastes what the admin center shows, and the wizard checks it.
class GuidedPage : public WizardPage
{
    Q_OBJECT
public:
    GuidedPage(WizardState *state, Services *services, QWidget *parent = nullptr);
    QList<QCheckBox *> checklist() const { return m_checks; }

protected:
    bool isReady() const override;
    virtual bool fieldsReady() const { return true; }
    // One item: a checkbox with the instruction, and optionally a button (open a page, copy).
    QCheckBox *addStep(const QString &text, QPushButton *button = nullptr);
    QPushButton *openButton(const QString &text, std::function<QUrl()> url);
    QPushButton *copyButton(const QString &text, std::function<QString()> value);
    // The admin center of the profile's cloud.
    QUrl adminCenter(const QString &fragment) const;

private:
    QList<QCheckBox *> m_checks;
};

// Guided step 1: register the application in the admin center; paste its IDs.
class GuidedRegisterPage : public GuidedPage
{
    Q_OBJECT
public:
    GuidedRegisterPage(WizardState *state, Services *services, QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    QLineEdit *appIdEdit() const { return m_appId; }
    QLineEdit *tenantIdEdit() const { return m_tenantId; }
    QLabel *appIdError() const { return m_appIdError; }

protected:
    bool fieldsReady() const override;

private:
    void revalidate();
    QLabel *m_redirectLabel;
    QLineEdit *m_appId;
    QLabel *m_appIdError;
    QLineEdit *m_tenantId;
    QLabel *m_tenantIdError;
};

// Guided step 2: create the client secret; paste its value and ID. Catches the classic mistake of
// pasting the secret's ID where its value belongs. The value goes into the keychain.
class GuidedSecretPage : public GuidedPage
{
    Q_OBJECT
public:
    GuidedSecretPage(WizardState *state, Services *services, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *secretIdEdit() const { return m_secretId; }
    QLabel *valueError() const { return m_valueError; }
    LifetimeChooser *lifetime() const { return m_lifetime; }

protected:
    bool fieldsReady() const override;

private:
    void revalidate();
    void store();
    QLineEdit *m_value;
    QPushButton *m_reveal;
    QLabel *m_valueError;
    QLineEdit *m_secretId;
    QLabel *m_secretIdError;
    LifetimeChooser *m_lifetime;
    QString m_descriptionText;
    bool m_stored = false;
    QString m_storedKey;
};

// Guided step 3: add the four permissions and grant admin consent in the admin center.
class GuidedPermissionsPage : public GuidedPage
{
    Q_OBJECT
public:
    GuidedPermissionsPage(WizardState *state, Services *services, QWidget *parent = nullptr);
    bool validatePage() override;
    int nextId() const override;
};

} // namespace leap::ui
