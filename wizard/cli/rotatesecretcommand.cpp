#include "cli/rotatesecretcommand.h"

#include "auth/signinsession.h"
#include "cli/context.h"
#include "cli/options.h"
#include "cli/verifycommand.h"
#include "export/leapsnippets.h"
#include "graph/graphclient.h"
#include "graph/rotationservice.h"
#include "graph/secretservice.h"
#include "graph/verifyservice.h"
#include "model/summary.h"
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

constexpr auto kSecretName = "secret-name";
constexpr auto kSecretDays = "secret-days";

QJsonObject errorJson(const Error &e)
{
    return QJsonObject {{QStringLiteral("kind"), errorKindName(e.kind)},
                        {QStringLiteral("message"), e.message},
                        {QStringLiteral("fix"), e.fix},
                        {QStringLiteral("code"), e.code},
                        {QStringLiteral("exitCode"), exitCodeFor(e.kind)}};
}

class RotateSecretCommand : public Command
{
public:
    VoidResult prepare(const QCommandLineParser &parser, Context &context) override
    {
        Result<Profile> profile = loadConfiguredProfile(context);
        if (!profile)
            return profile.error();
        m_profile = *profile;
        if (parser.isSet(QString::fromLatin1(kSecretName))) {
            const auto name = validateSecretName(parser.value(QString::fromLatin1(kSecretName)));
            if (!name)
                return name.error();
            m_name = *name;
        }
        if (parser.isSet(QString::fromLatin1(kSecretDays))) {
            const auto days = validateSecretDays(parser.value(QString::fromLatin1(kSecretDays)));
            if (!days)
                return days.error();
            m_lifetime.days = *days;
        } else {
            m_lifetime.days = kDefaultSecretDays;
        }
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

        // The name is a named local, not a ?: inside the co_await: GCC 12 destroys the prvalue
        // of a ?: passed by value to an awaited coroutine twice (heap corruption:
        // "malloc_consolidate(): unaligned fastbin chunk detected" after the rotation finished).
        const QString name = m_name.isEmpty() ? RotationService::defaultSecretName() : m_name;
        const Result<RotationResult> r = co_await rotation.rotate(profile, name, m_lifetime);
        if (!r) {
            // Keychain refused the value: the CLI never prints it; the keyId is in the message so
            // the secret can be retired (contract, "Secrets"). Nothing old was touched.
            co_return r.error();
        }

        const QString kubectl = kubectlReplace(profile);
        if (context.json()) {
            QJsonArray stillValid;
            for (const SecretInfo &s : r->stillValid)
                stillValid.append(s.keyId);
            QJsonObject doc {
                {QStringLiteral("profile"), profile.name},
                {QStringLiteral("secret"), r->secret.toJson()},
                {QStringLiteral("stillValid"), stillValid},
                {QStringLiteral("verified"), r->verified},
                {QStringLiteral("leap"),
                 QJsonObject {{QStringLiteral("credentialAlias"), r->leap.credentialAlias},
                              {QStringLiteral("appId"), r->leap.appId},
                              {QStringLiteral("keyId"), r->leap.keyId},
                              {QStringLiteral("keychainService"),
                               QString::fromLatin1(SecretStore::kService)},
                              {QStringLiteral("keychainKey"), r->leap.keychainKey},
                              {QStringLiteral("propertiesUnchanged"), r->leap.propertiesUnchanged},
                              {QStringLiteral("kubectl"), kubectl}}},
            };
            if (!r->verified && r->verifyError.isError())
                doc.insert(QStringLiteral("verifyError"), errorJson(r->verifyError));
            context.printJson(doc);
        } else {
            printHuman(context, profile, *r, kubectl);
        }
        if (!r->verified && r->verifyError.isError()) {
            context.errorLine(tr("error: the new secret was stored and is current, but it could "
                                 "not be proven yet: %1")
                                  .arg(r->verifyError.text()));
            context.setExitStatus(exitCodeFor(r->verifyError.kind));
        }
        co_return VoidResult {};
    }

private:
    static QString kubectlReplace(const Profile &profile)
    {
        const Summary summary = Summary::build(profile);
        // Replace an existing Kubernetes secret in place (create alone refuses an existing one).
        return exporter::kubectlCreateSecret(summary) +
               QStringLiteral(" --dry-run=client -o yaml | kubectl apply -f -");
    }

    static void printHuman(Context &context, const Profile &profile, const RotationResult &r,
                           const QString &kubectl)
    {
        context.print(tr("New client secret %1 (\"%2\", hint %3…), valid until %4, is now current "
                         "and stored in the keychain (service %5, key %6).")
                          .arg(r.secret.keyId, r.secret.displayName, r.secret.hint,
                               rfc3339(r.secret.endDateTime),
                               QString::fromLatin1(SecretStore::kService), r.leap.keychainKey));
        if (r.verified)
            context.print(tr("Verified: it gets a token with %1 and reads users and groups.")
                              .arg(r.verification->roles.join(QStringLiteral(", "))));
        for (const SecretInfo &s : r.stillValid)
            context.print(tr("The older secret %1 (\"%2\") stays valid until you retire it.")
                              .arg(s.keyId, s.displayName));
        context.print(QString());
        context.print(tr("Put the new value into Leap now:"));
        context.print(tr("  WebSphere: in the J2C alias \"%1\" set the password to the new secret "
                         "value (the user id stays %2), on each node, then restart Leap. "
                         "Leap_config.properties does not change.")
                          .arg(r.leap.credentialAlias, r.leap.appId));
        context.print(tr("  Kubernetes: replace the secret, then restart the Leap pods:"));
        context.print(QStringLiteral("    ") + kubectl);
        context.print(tr("  The value: `leap-entra-setup --profile %1 export --format helm "
                         "--include-secret --output FILE` writes it into a private file.")
                          .arg(profile.name));
        context.print(tr("When Leap signs in with the new secret, retire the old one: "
                         "`leap-entra-setup --profile %1 retire-secret --all-but-current`.")
                          .arg(profile.name));
    }

    Profile m_profile;
    QString m_name;
    SecretLifetime m_lifetime;
};

} // namespace

CommandSpec rotateSecretCommandSpec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("rotate-secret");
    spec.summary =
        QT_TRANSLATE_NOOP("leap::cli", "Add a new secret, store it, make it current; the old one "
                                       "stays valid until retired.");
    spec.options = [] {
        return QList<QCommandLineOption> {
            valueOption(QString::fromLatin1(kSecretName),
                        tr("Description of the new client secret (default \"Leap <date>\")."),
                        QStringLiteral("NAME")),
            valueOption(QString::fromLatin1(kSecretDays),
                        tr("Lifetime in days: 90, 180 (default), 365, 545 or 730, or any number "
                           "up to 730."),
                        QStringLiteral("DAYS"))};
    };
    spec.create = [] {
        return std::make_unique<RotateSecretCommand>();
    };
    return spec;
}

} // namespace leap::cli
