#pragma once

#include "auth/aadsts.h"
#include "model/cloud.h"
#include "model/permissions.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace leap::ui {

// Everything app/main.cpp hands to the wizard. The wizard builds its services from it; pages never
// see a QNetworkAccessManager or a URL of their own.
struct WizardOptions
{
    QNetworkAccessManager *network = nullptr; // required, not owned; must outlive the wizard
    Endpoints endpoints = Endpoints::forCloud(Cloud::Global); // --cloud / --authority / --graph
    bool endpointsOverridden = false; // --authority or --graph given: the cloud cannot be changed
    QString profileName = QStringLiteral("default"); // --profile
    QString profileDirectory; // ProfileStore directory; empty = the contract's location
    QString clientId = QString::fromLatin1(kGraphCommandLineToolsClientId); // --client-id
    SignInMethod signInMethod = SignInMethod::Browser; // --sign-in (GUI default: browser)
    bool sandbox = false; // shows the sandbox banner; nothing else changes
    QString tenant; // prefill (--tenant)
    QString leapHost; // prefill (--leap-host)
    // Opens a URL in the system browser (default: QDesktopServices::openUrl). Tests replace it
    // to play the browser.
    std::function<bool(const QUrl &)> openUrl;
    // Support bundle (the wizard's "Support bundle…" button, and --support-bundle FILE at exit):
    // applied to every free-text line the bundle carries on top of the redaction the message
    // handler already did (main passes cli::redact; pages cannot call up into cli/).
    std::function<QString(const QString &)> redactor;
    QStringList commandLine; // the program's arguments, for the bundle (none carries a secret)
    QString supportBundlePath; // --support-bundle FILE: written when the wizard closes
};

} // namespace leap::ui
