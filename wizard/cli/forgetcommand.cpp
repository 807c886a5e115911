#include "cli/forgetcommand.h"

#include "auth/signinsession.h"
#include "cli/context.h"
#include "cli/logging.h"
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

class ForgetCommand : public Command
{
public:
    VoidResult prepare(const QCommandLineParser &, Context &) override { return {}; }

    QCoro::Task<VoidResult> run(Context &context) override
    {
        const QString name = context.options().profile;
        Result<Profile> loaded = context.profiles().load(name);
        if (!loaded && loaded.error().kind == ErrorKind::NotFound) {
            // Nothing to forget is not a failure: the goal (no local trace) is reached.
            if (context.json())
                context.printJson(QJsonObject {{QStringLiteral("profile"), name},
                                               {QStringLiteral("removed"), false}});
            else
                context.print(tr("There is no profile \"%1\"; nothing to forget.").arg(name));
            co_return VoidResult {};
        }

        QJsonArray removedSecrets;
        QStringList lines;
        if (loaded) {
            const Profile &profile = *loaded;
            // Every keychain entry this profile owns: its secrets, then the refresh-token cache.
            // The profile file goes last, so a failure here leaves it to name what is left.
            for (const SecretInfo &secret : profile.secrets) {
                if (profile.tenantId.isEmpty() || profile.appId.isEmpty())
                    break;
                const VoidResult removed = co_await context.secrets().removeSecret(
                    profile.tenantId, profile.appId, secret.keyId);
                if (!removed) {
                    Error e = removed.error();
                    e.message = tr("Could not remove the client secret %1 from the keychain: %2")
                                    .arg(secret.keyId, e.message);
                    e.fix = tr("Unlock the keychain and run forget again; the profile was kept.");
                    co_return e;
                }
                removedSecrets.append(secret.keyId);
                lines << tr("Removed client secret %1 (\"%2\") from the keychain.")
                             .arg(secret.keyId, secret.displayName);
            }
            if (!profile.tenantId.isEmpty()) {
                const QString key = SignInSession::refreshTokenKey(name, profile.tenantId);
                const VoidResult removed = co_await context.secrets().removeValue(key);
                if (!removed) {
                    Error e = removed.error();
                    e.fix = tr("Unlock the keychain and run forget again; the profile was kept.");
                    co_return e;
                }
                lines << tr("Removed the cached sign-in of tenant %1 from the keychain.")
                             .arg(profile.tenantId);
            }
        } else {
            // A profile that cannot be read still goes: forget is the way out of a broken file.
            context.warning(tr("The profile could not be read (%1); its keychain entries, if "
                               "any, are left in place.")
                                .arg(loaded.error().message));
        }

        const QString path = context.profiles().pathFor(name);
        const VoidResult removed = context.profiles().remove(name);
        if (!removed)
            co_return removed.error();
        lines << tr("Removed the profile %1.").arg(path);

        if (context.json()) {
            context.printJson(QJsonObject {{QStringLiteral("profile"), name},
                                           {QStringLiteral("removed"), true},
                                           {QStringLiteral("profileFile"), path},
                                           {QStringLiteral("keychainSecrets"), removedSecrets}});
        } else {
            for (const QString &line : std::as_const(lines))
                context.print(line);
            context.print(tr("Nothing was changed in the tenant; the application and its "
                             "secrets remain there."));
        }
        co_return VoidResult {};
    }
};
} // namespace

CommandSpec forgetCommandSpec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("forget");
    spec.summary =
        QT_TRANSLATE_NOOP("leap::cli", "Delete the local profile and its keychain entries; touches "
                                       "nothing in the tenant.");
    spec.create = [] {
        return std::make_unique<ForgetCommand>();
    };
    return spec;
}

} // namespace leap::cli
