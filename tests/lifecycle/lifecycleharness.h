#pragma once

// The product's services wired to the in-process sandbox tenant and the real OS keychain, the way
// the CLI wires them: one GraphClient, the step services, verify/rotation/drift.
#include "auth/tokenprovider.h"
#include "graph/applicationservice.h"
#include "graph/driftservice.h"
#include "graph/graphclient.h"
#include "graph/permissionservice.h"
#include "graph/rotationservice.h"
#include "graph/secretservice.h"
#include "graph/verifyservice.h"
#include "sandboxfixture.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QCoro/QCoroTask>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace lifecycle {

// Runs a task to its end (tests only: a nested event loop). QCoro::waitFor needs a default-
// constructible result, which leap::Result is not.
template<typename T>
T wait(QCoro::Task<T> task)
{
    std::optional<T> result;
    QEventLoop loop;
    auto run = [&]() -> QCoro::Task<> {
        result.emplace(co_await std::move(task));
        loop.quit();
    };
    auto running = run();
    if (!result)
        loop.exec();
    return std::move(*result);
}

// The administrator's delegated token, obtained by a real device-code sign-in against the
// sandbox. (Sign-in itself is auth's to test; here it only has to hand the token over.)
class FixedTokenProvider : public leap::TokenProvider
{
public:
    explicit FixedTokenProvider(QString token) : m_token(std::move(token)) { }
    QCoro::Task<leap::Result<QString>> accessToken(bool) override
    {
        // A copy: `co_return m_token` would let QCoro move the member out.
        co_return leap::Result<QString>(QString(m_token));
    }

private:
    QString m_token;
};

struct Harness
{
    leap::testsupport::SandboxFixture sandbox;
    QTemporaryDir profileDir;
    QNetworkAccessManager nam;
    std::unique_ptr<FixedTokenProvider> tokens;
    std::unique_ptr<leap::GraphClient> graph;
    leap::ProfileStore profiles {profileDir.path()};
    leap::SecretStore keychain;
    std::unique_ptr<leap::ApplicationService> applications;
    std::unique_ptr<leap::SecretService> secrets;
    std::unique_ptr<leap::PermissionService> permissions;
    std::unique_ptr<leap::VerifyService> verifier;
    std::unique_ptr<leap::RotationService> rotation;
    std::unique_ptr<leap::DriftService> drift;
    QString adminToken;

    bool start()
    {
        if (!sandbox.ok())
            return false;
        sandbox->setAutoApprove(true);
        adminToken = sandbox.signInAdmin();
        if (adminToken.isEmpty())
            return false;
        tokens = std::make_unique<FixedTokenProvider>(adminToken);
        graph = std::make_unique<leap::GraphClient>(&nam, endpoints(), tokens.get());
        graph->setPolicy(leap::GraphPolicy::fastForTests());
        keychain.setTimeout(std::chrono::milliseconds(10000));
        applications = std::make_unique<leap::ApplicationService>(graph.get(), &profiles);
        secrets = std::make_unique<leap::SecretService>(graph.get(), &keychain, &profiles);
        permissions = std::make_unique<leap::PermissionService>(graph.get(), &profiles);
        verifier = std::make_unique<leap::VerifyService>(&nam, &keychain);
        verifier->setOptions(leap::VerifyOptions::fastForTests());
        rotation =
            std::make_unique<leap::RotationService>(secrets.get(), &keychain, verifier.get());
        rotation->setEndpoints(endpoints());
        drift = std::make_unique<leap::DriftService>(applications.get(), permissions.get(),
                                                     secrets.get(), &keychain);
        return true;
    }

    leap::Endpoints endpoints() const
    {
        leap::Endpoints e;
        e.authority = sandbox.baseUrl();
        e.graph = sandbox.graphRoot();
        return e;
    }

    leap::Profile newProfile(const QString &name, const QString &host)
    {
        leap::Profile p;
        p.name = name;
        p.tenantId = sandbox.tenantId();
        p.leapHost = host;
        p.authorityOverride = sandbox.baseUrl();
        p.graphOverride = sandbox.graphRoot();
        p.setupBy = QStringLiteral("admin@contoso.onmicrosoft.com");
        return p;
    }
};

} // namespace lifecycle
