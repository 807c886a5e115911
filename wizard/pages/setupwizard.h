#pragma once

#include "model/error.h"
#include "pages/pageid.h"
#include "pages/wizardoptions.h"

#include <QWizard>

namespace leap::ui {

class Services;
class WizardPage;
class WizardState;

// The wizard: one page per documented step (see pageid.h), automatic or guided, and the re-open
// flows on a saved profile. Built from the options app/main.cpp gives it.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    explicit SetupWizard(const leap::ui::WizardOptions &options, QWidget *parent = nullptr);
    ~SetupWizard() override;

    WizardState *state() const { return m_state; }
    Services *services() const { return m_services; }
    // The page with that id, built on first use.
    WizardPage *wizardPage(PageId id) const;
    // Builds the next page on demand before QWizard switches to it.
    int nextId() const override;

    // The support bundle (storage/supportbundle.h) of this session: the redacted log with Graph's
    // request-ids, the profile, the command line. Owner-only file.
    VoidResult writeSupportBundle(const QString &path) const;

public Q_SLOTS:
    // Asks where (Save dialog) and writes the bundle; says where it went or why it failed.
    void saveSupportBundle();

    // Closing mid-step asks first; the profile stays resumable either way.
    void reject() override;
    void done(int result) override;

private:
    WizardPage *ensurePage(int id);

    leap::ui::WizardOptions m_options;
    WizardState *m_state;
    Services *m_services;
};

// Shows the wizard and runs the event loop (a QApplication must exist). Returns 0 when the wizard
// was finished or closed.
int runWizard(const leap::ui::WizardOptions &options);

} // namespace leap::ui
