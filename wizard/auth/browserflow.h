#pragma once

#include "auth/authhttp.h"
#include "auth/discovery.h"
#include "auth/tokens.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QOAuthHttpServerReplyHandler;

namespace leap {

class LoopbackCodeFlow;

// Authorization code + PKCE (S256) in the system browser, through QtNetworkAuth: a
// QOAuth2AuthorizationCodeFlow builds the authorization request and a QOAuthHttpServerReplyHandler
// bound to 127.0.0.1 only, on a free port, receives the redirect. The code is redeemed by
// TokenClient (our own POST) so the token endpoint's AADSTS errors reach the user.
//
// The redirect URI is what the public client registered: `http://localhost:<port>/` (set with
// setRedirectHost) even though the listener is 127.0.0.1, because Microsoft Graph Command Line
// Tools registers http://localhost and Entra ignores the port of loopback redirects.
class BrowserFlow : public QObject
{
    Q_OBJECT
public:
    using OpenBrowser = std::function<bool(const QUrl &)>;

    BrowserFlow(QNetworkAccessManager *nam, Cancellation *cancel, QObject *parent = nullptr);
    ~BrowserFlow() override;

    // Opens the system browser (QDesktopServices::openUrl in app/ or pages/; tests play the
    // browser themselves). If unset or it returns false, the flow still waits: the URL is also
    // published through authorizationUrlReady() so the person can copy it.
    void setOpenBrowser(OpenBrowser openBrowser) { m_openBrowser = std::move(openBrowser); }
    // "localhost" (default) or "127.0.0.1": the host written into redirect_uri.
    void setRedirectHost(const QString &host) { m_redirectHost = host; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    // How long to wait for the browser to come back.
    void setOverallTimeout(std::chrono::milliseconds timeout) { m_overallTimeout = timeout; }
    // Extra authorization parameters (prompt, login_hint, domain_hint).
    void setExtraParameters(const QVariantMap &parameters) { m_extra = parameters; }

    // The loopback listener's port while a run waits for the browser (0 otherwise).
    quint16 listenerPort() const;

    QCoro::Task<Result<TokenSet>> run(OpenIdConfiguration config, QString clientId,
                                      QStringList scopes);

Q_SIGNALS:
    // The full authorization URL (carries state and the code challenge, no secret).
    void authorizationUrlReady(const QUrl &url);

private:
    void onCallback(QOAuthHttpServerReplyHandler *handler, const QVariantMap &data);
    void finishWait();

    QNetworkAccessManager *m_nam;
    Cancellation *m_cancel;
    OpenBrowser m_openBrowser;
    QString m_redirectHost = QStringLiteral("localhost");
    std::chrono::milliseconds m_requestTimeout = std::chrono::seconds(30);
    std::chrono::milliseconds m_overallTimeout = std::chrono::minutes(10);
    QVariantMap m_extra;

    // State of the current run.
    QPointer<LoopbackCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    QTimer m_wait;
    QString m_expectedState;
    bool m_gotCallback = false;
    QString m_code;
    QString m_error;
    QString m_errorDescription;
};

// The product-styled page the browser shows after the redirect (no script, no external files).
QString callbackPageHtml(const QString &title, const QString &text, bool success);

} // namespace leap
