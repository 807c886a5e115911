#pragma once

#include "export/exportformat.h"
#include "pages/wizardpage.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace leap::ui {

// The last page: the verification result (the stored secret really gets a token with the two
// application permissions, and reads users and groups), and the exports Leap's administrators
// paste into Leap, plus a calendar reminder before the secret expires.
class DonePage : public WizardPage
{
    Q_OBJECT
public:
    DonePage(WizardState *state, Services *services, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;

    QLabel *verificationLabel() const { return m_verification; }
    QPushButton *exportButton(exporter::ExportFormat format) const;
    QPushButton *reminderButton() const { return m_reminder; }
    QPushButton *verifyAgainButton() const { return m_verifyAgain; }
    bool verificationFinished() const { return m_verifyFinished; }
    QCheckBox *leapUpdatedCheck() const { return m_leapUpdated; }
    QPushButton *retireButton() const { return m_retire; }
    QLabel *retireLabel() const { return m_retireText; }
    // The summary the exports are rendered from (never carries the secret value).
    Summary summary() const;
    // Writes `format` to `path` (what the export buttons do after the Save dialog).
    VoidResult exportTo(exporter::ExportFormat format, const QString &path);

protected:
    void cancelWork() override;

private:
    void verify();
    void showVerified(const VerifyReport &report);
    void loadPermissionFacts();
    void updateRetire();
    void retire();
    void refreshKeychainFacts();
    void saveExport(exporter::ExportFormat format);
    void saveReminder();
    QString askFileName(const QString &caption, const QString &suggestedName,
                        const QString &filter);

    QLabel *m_verification;
    QPushButton *m_verifyAgain;
    QLabel *m_leapValues;
    QLabel *m_saved;
    QList<QPair<exporter::ExportFormat, QPushButton *>> m_exportButtons;
    QPushButton *m_reminder;
    QGroupBox *m_retireBox;
    QLabel *m_retireText;
    QCheckBox *m_leapUpdated;
    QPushButton *m_retire;
    QSet<QString> m_inKeychain;
    bool m_verifyFinished = false;
};

} // namespace leap::ui
