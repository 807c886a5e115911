#include "cli/verifycommand.h"

#include "cli/context.h"
#include "cli/options.h"
#include "graph/verifyservice.h"
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

constexpr auto kWait = "wait";

class VerifyCommand : public Command
{
public:
    VoidResult prepare(const QCommandLineParser &parser, Context &context) override
    {
        Result<Profile> profile = loadConfiguredProfile(context);
        if (!profile)
            return profile.error();
        m_profile = *profile;
        if (!m_profile.currentSecret()) {
            return Error::badInput(
                QStringLiteral("--profile"),
                tr("The profile \"%1\" has no current client secret.").arg(m_profile.name),
                tr("Create one with `leap-entra-setup --profile %1 "
                   "rotate-secret`.")
                    .arg(m_profile.name));
        }
        if (parser.isSet(QString::fromLatin1(kWait))) {
            bool ok = false;
            const int seconds = parser.value(QString::fromLatin1(kWait)).toInt(&ok);
            if (!ok || seconds < 0 || seconds > 900) {
                return Error::badInput(QStringLiteral("--wait"),
                                       tr("--wait takes a number of seconds from 0 to 900."),
                                       tr("For example --wait 120 (the default)."));
            }
            m_options.budget = std::chrono::seconds(seconds);
            m_options.backoffBase = std::min(m_options.backoffBase,
                                             m_options.budget / 8 + std::chrono::milliseconds(50));
        }
        return {};
    }

    QCoro::Task<VoidResult> run(Context &context) override
    {
        const Endpoints endpoints = context.endpoints(&m_profile);
        VerifyService verifier(context.network(), &context.secrets());
        verifier.setOptions(m_options);
        QObject::connect(&verifier, &VerifyService::progress, &context,
                         [&context](const QString &line) { context.progress(line); });
        context.progress(tr("Verifying client secret %1 of application %2…")
                             .arg(m_profile.currentSecret()->keyId, m_profile.appId));
        const Result<VerifyReport> r = co_await verifier.verify(m_profile, endpoints);
        if (!r)
            co_return r.error();

        if (context.json()) {
            context.printJson(QJsonObject {
                {QStringLiteral("profile"), m_profile.name},
                {QStringLiteral("verified"), true},
                {QStringLiteral("tenantId"), m_profile.tenantId},
                {QStringLiteral("appId"), m_profile.appId},
                {QStringLiteral("keyId"), r->keyId},
                {QStringLiteral("roles"), QJsonArray::fromStringList(r->roles)},
                {QStringLiteral("user"),
                 QJsonObject {{QStringLiteral("id"), r->userId},
                              {QStringLiteral("displayName"), r->userDisplayName}}},
                {QStringLiteral("group"),
                 QJsonObject {{QStringLiteral("id"), r->groupId},
                              {QStringLiteral("displayName"), r->groupDisplayName}}},
                {QStringLiteral("attempts"), r->attempts},
                {QStringLiteral("elapsedMs"), double(r->elapsedMs)},
            });
        } else {
            context.print(tr("Verified: the client secret %1 gets a token for application %2 "
                             "with the roles %3.")
                              .arg(r->keyId, m_profile.appId, r->roles.join(QStringLiteral(", "))));
            context.print(tr("Read the user \"%1\" and the group \"%2\" from Microsoft Graph with "
                             "it, as Leap will.")
                              .arg(r->userDisplayName, r->groupDisplayName.isEmpty()
                                                           ? tr("(the tenant has none)")
                                                           : r->groupDisplayName));
        }
        co_return VoidResult {};
    }

private:
    Profile m_profile;
    VerifyOptions m_options;
};

} // namespace

Result<Profile> loadConfiguredProfile(Context &context)
{
    const QString name = context.options().profile;
    Result<Profile> loaded = context.profiles().load(name);
    if (!loaded) {
        Error e = loaded.error();
        if (e.kind == ErrorKind::NotFound) {
            const QStringList names = context.profiles().list();
            e = Error::badInput(QStringLiteral("--profile"),
                                tr("There is no profile \"%1\".").arg(name),
                                names.isEmpty() ? tr("Run configure first.")
                                                : tr("Run configure first, or pick one of: %1.")
                                                      .arg(names.join(QStringLiteral(", "))));
        }
        e.field = QStringLiteral("--profile");
        return e;
    }
    if (loaded->tenantId.isEmpty() || loaded->appId.isEmpty() || loaded->objectId.isEmpty()) {
        return Error::badInput(QStringLiteral("--profile"),
                               tr("The profile \"%1\" has no application yet.").arg(name),
                               tr("Run configure to finish the setup."));
    }
    if (context.options().cloud && *context.options().cloud != loaded->cloud) {
        return Error::badInput(
            QStringLiteral("--cloud"),
            tr("The profile \"%1\" is for the %2 cloud.").arg(name, cloudName(loaded->cloud)),
            tr("Leave out --cloud, or pick the profile of that cloud."));
    }
    return loaded;
}

CommandSpec verifyCommandSpec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("verify");
    spec.summary =
        QT_TRANSLATE_NOOP("leap::cli", "Prove the stored secret works: a client-credentials token, "
                                       "then Graph reads of users and groups.");
    spec.options = [] {
        return QList<QCommandLineOption> {
            valueOption(QString::fromLatin1(kWait),
                        tr("How long to keep retrying while a new secret or consent replicates "
                           "(default 120)."),
                        QStringLiteral("SECONDS"))};
    };
    spec.create = [] {
        return std::make_unique<VerifyCommand>();
    };
    return spec;
}

} // namespace leap::cli
