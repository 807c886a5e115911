#pragma once

#include "auth/authhttp.h"
#include "auth/discovery.h"
#include "auth/tokens.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace leap {

// What the person has to do: open `verificationUri` and type `userCode`. Safe to show and print
// (the device_code itself stays inside DeviceCodeFlow).
struct DeviceCodePrompt
{
    QUrl verificationUri;
    QString userCode;
    QString message; // the server's sentence ("To sign in, use a web browser to open ...")
    QDateTime expiresAt; // UTC
    int intervalSec = 5;
};

// RFC 8628 device authorization grant, by hand (Qt 6.4 has no class for it): POST devicecode,
// publish the prompt, poll the token endpoint at the server's interval (slow_down adds 5 s),
// until tokens, a refusal (declined, expired, bad code), cancel() or the overall timeout.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT
public:
    DeviceCodeFlow(QNetworkAccessManager *nam, Cancellation *cancel, QObject *parent = nullptr);

    // Per-request timeout, and a cap on the whole flow (in addition to the code's expires_in).
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    void setOverallTimeout(std::chrono::milliseconds timeout) { m_overallTimeout = timeout; }
    // Test hook: poll interval to use instead of the server's (0 = the server's). Never below
    // what the server asks after a slow_down.
    void setMinimumIntervalOverride(std::chrono::milliseconds interval)
    {
        m_intervalOverride = interval;
    }

    QCoro::Task<Result<TokenSet>> run(OpenIdConfiguration config, QString clientId,
                                      QStringList scopes);

Q_SIGNALS:
    // Emitted once per run, before polling starts.
    void promptReady(const leap::DeviceCodePrompt &prompt);

private:
    QNetworkAccessManager *m_nam;
    Cancellation *m_cancel;
    std::chrono::milliseconds m_requestTimeout = std::chrono::seconds(30);
    std::chrono::milliseconds m_overallTimeout = std::chrono::minutes(15);
    std::chrono::milliseconds m_intervalOverride {0};
};

} // namespace leap

Q_DECLARE_METATYPE(leap::DeviceCodePrompt)
