#pragma once

// Shared by the wizard tests: options pointing the wizard at the in-process sandbox, and a
// "browser" that follows the authorization URL over real HTTP the way a person's browser would.

#include "pages/setupwizard.h"
#include "pages/wizardoptions.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace leap::testsupport {
class SandboxFixture;
}

class QAbstractButton;

namespace leap::uitest {

// Plays the browser: GETs the URL and follows redirects (the sandbox's authorize endpoint
// redirects at once with autoApprove) until the product's loopback listener has answered.
class BrowserPlayer : public QObject
{
    Q_OBJECT
public:
    explicit BrowserPlayer(QObject *parent = nullptr);
    void open(const QUrl &url);
    int opened() const { return m_opened; }
    QUrl lastUrl() const { return m_last; }

private:
    void get(const QUrl &url, int hopsLeft);
    QNetworkAccessManager m_nam;
    int m_opened = 0;
    QUrl m_last;
};

struct Harness
{
    Harness(leap::testsupport::SandboxFixture &sandbox, const QString &profileDir);
    leap::ui::WizardOptions options(const QString &profile) const;
    // A wizard with fast retries and verification, shown and active.
    std::unique_ptr<leap::ui::SetupWizard> open(const QString &profile);

    leap::testsupport::SandboxFixture &sandbox;
    QString profileDir;
    QNetworkAccessManager nam;
    BrowserPlayer browser;
};

QAbstractButton *nextButton(leap::ui::SetupWizard *wizard);
QAbstractButton *finishButton(leap::ui::SetupWizard *wizard);

} // namespace leap::uitest
