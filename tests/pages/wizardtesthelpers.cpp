#include "wizardtesthelpers.h"

#include "graph/graphclient.h"
#include "graph/verifyservice.h"
#include "pages/services.h"
#include "sandboxfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

namespace leap::uitest {

BrowserPlayer::BrowserPlayer(QObject *parent) : QObject(parent) { }

void BrowserPlayer::open(const QUrl &url)
{
    ++m_opened;
    m_last = url;
    get(url, 10);
}

void BrowserPlayer::get(const QUrl &url, int hopsLeft)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, hopsLeft] {
        reply->deleteLater();
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty() && hopsLeft > 0)
            get(reply->url().resolved(QUrl::fromEncoded(location)), hopsLeft - 1);
    });
}

Harness::Harness(leap::testsupport::SandboxFixture &s, const QString &dir)
    : sandbox(s), profileDir(dir)
{
}

leap::ui::WizardOptions Harness::options(const QString &profile) const
{
    leap::ui::WizardOptions o;
    o.network = const_cast<QNetworkAccessManager *>(&nam);
    o.endpoints.cloud = Cloud::Global;
    o.endpoints.authority = sandbox.baseUrl();
    o.endpoints.graph = sandbox.graphRoot();
    o.endpointsOverridden = true;
    o.profileName = profile;
    o.profileDirectory = profileDir;
    o.sandbox = true;
    auto *player = const_cast<BrowserPlayer *>(&browser);
    o.openUrl = [player](const QUrl &url) {
        player->open(url);
        return true;
    };
    return o;
}

std::unique_ptr<leap::ui::SetupWizard> Harness::open(const QString &profile)
{
    auto wizard = std::make_unique<leap::ui::SetupWizard>(options(profile));
    wizard->services()->setGraphPolicy(GraphPolicy::fastForTests());
    wizard->services()->setVerifyOptions(VerifyOptions::fastForTests());
    wizard->show();
    wizard->activateWindow();
    // Mnemonics and the default button need the active window (the shortcut map's context).
    QApplication::setActiveWindow(wizard.get());
    if (!QTest::qWaitForWindowActive(wizard.get()))
        qWarning("wizard window did not become active");
    return wizard;
}

QAbstractButton *nextButton(leap::ui::SetupWizard *wizard)
{
    return wizard->button(QWizard::NextButton);
}

QAbstractButton *finishButton(leap::ui::SetupWizard *wizard)
{
    return wizard->button(QWizard::FinishButton);
}

} // namespace leap::uitest
