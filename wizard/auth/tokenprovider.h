#pragma once

#include "model/error.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QString>

namespace leap {

// Hands out delegated access tokens for Microsoft Graph to graph/ services. Implemented by
// auth/ (signed-in administrator: device code or browser, with refresh). GraphClient asks for a
// token before each request and, on a 401 InvalidAuthenticationToken, once more with
// forceRefresh = true before it retries.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TokenProvider() override = default;

    // A valid access token (refreshed first if it expires within a minute, or if forceRefresh).
    // Errors are of kind SignIn (sign-in needed or refused) or Network.
    virtual QCoro::Task<Result<QString>> accessToken(bool forceRefresh = false) = 0;
};

} // namespace leap
