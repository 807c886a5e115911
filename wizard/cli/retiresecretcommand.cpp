#include "cli/retiresecretcommand.h"

#include "auth/signinsession.h"
#include "cli/context.h"
#include "cli/options.h"
#include "cli/verifycommand.h"
#include "graph/graphclient.h"
#include "graph/rotationservice.h"
#include "graph/secretservice.h"
#include "graph/verifyservice.h"
#include "model/validation.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace leap::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("leap::cli", s);
}

constexpr auto kKeyId = "key-id";
constexpr auto kAllButCurrent = "all-but-current";
constexpr auto kForce = "force";

class RetireSecretCommand : public Command
{
public:
    VoidResult prepare(const QCommandLineParser &parser, Context &context) override
    {
        const bool byKey = parser.isSet(QString::fromLatin1(kKeyId));
        m_request.allButCurrent = parser.isSet(QString::fromLatin1(kAllButCurrent));
        m_request.force = parser.isSet(QString::fromLatin1(kForce));
        if (byKey == m_request.allButCurrent) {
            return Error::badInput(QStringLiteral("--key-id"),
                                   tr("Say which secrets to retire: --key-id KEY or "
                                      "--all-but-current (one of them)."),
                                   tr("`status` lists the secrets and their key ids."));
        }
        if (byKey) {
            const auto key =
                validateGuid(parser.value(QString::fromLatin1(kKeyId)), QStringLiteral("--key-id"));
            if (!key)
                return key.error();
            m_request.keyId = *key;
        }
        Result<Profile> profile = loadConfiguredProfile(context);
        if (!profile)
            return profile.error();
        m_profile = *profile;
        return {};
    }

    QCoro::Task<VoidResult> run(Context &context) override
    {
        Profile profile = m_profile;
        const Endpoints endpoints = context.endpoints(&profile);
        Result<SignInSession *> session = co_await context.signIn(endpoints, profile.tenantId);
        if (!session)
            co_return session.error();
        GraphClient *graph = context.graph(endpoints, *session);

        SecretService secrets(graph, &context.secrets(), &context.profiles());
        VerifyService verifier(context.network(), &context.secrets());
        RotationService rotation(&secrets, &context.secrets(), &verifier);
        rotation.setEndpoints(endpoints);
        QObject::connect(&rotation, &RotationService::progress, &context,
                         [&context](const QString &line) { context.progress(line); });

        const Result<RetireResult> r = co_await rotation.retire(profile, m_request);
        if (!r)
            co_return r.error();

        if (context.json()) {
            QJsonArray remaining;
            for (const SecretInfo &s : r->remaining)
                remaining.append(s.toJson());
            QJsonArray unknown;
            for (const SecretInfo &s : r->unknownOnApplication)
                unknown.append(s.toJson());
            context.printJson(
                QJsonObject {{QStringLiteral("profile"), profile.name},
                             {QStringLiteral("removed"), QJsonArray::fromStringList(r->removed)},
                             {QStringLiteral("remaining"), remaining},
                             {QStringLiteral("unknownOnApplication"), unknown}});
        } else {
            if (r->removed.isEmpty())
                context.print(tr("No secret to retire: only the current one is left."));
            for (const QString &keyId : r->removed)
                context.print(tr("Retired client secret %1: removed from the application and the "
                                 "keychain.")
                                  .arg(keyId));
            for (const SecretInfo &s : r->remaining)
                context.print(tr("Kept %1 (\"%2\")%3, valid until %4.")
                                  .arg(s.keyId, s.displayName,
                                       s.current ? tr(", current") : QString(),
                                       s.endDateTime.toString(Qt::ISODate)));
            for (const SecretInfo &s : r->unknownOnApplication)
                context.print(tr("Left alone: %1 (\"%2\") on the application was not created by "
                                 "this profile; retire it with --key-id %1 if nobody uses it.")
                                  .arg(s.keyId, s.displayName));
        }
        co_return VoidResult {};
    }

private:
    Profile m_profile;
    RetireRequest m_request;
};

} // namespace

CommandSpec retireSecretCommandSpec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("retire-secret");
    spec.summary = QT_TRANSLATE_NOOP("leap::cli",
                                     "Remove older secrets from the application and the keychain.");
    spec.options = [] {
        return QList<QCommandLineOption> {
            valueOption(QString::fromLatin1(kKeyId), tr("The key id of the secret to retire."),
                        QStringLiteral("KEY")),
            flagOption(QString::fromLatin1(kAllButCurrent),
                       tr("Retire every secret of this profile except the current one.")),
            flagOption(QString::fromLatin1(kForce),
                       tr("Also retire the current or only valid secret, without proving the "
                          "current one first."))};
    };
    spec.create = [] {
        return std::make_unique<RetireSecretCommand>();
    };
    return spec;
}

} // namespace leap::cli
