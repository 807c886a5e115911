#include "cli/exportcommand.h"

#include "auth/signinsession.h"
#include "cli/context.h"
#include "cli/options.h"
#include "cli/verifycommand.h"
#include "export/exportformat.h"
#include "export/securefile.h"
#include "graph/graphclient.h"
#include "graph/permissionservice.h"
#include "model/summary.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace leap::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("leap::cli", s);
}

constexpr auto kFormat = "format";
constexpr auto kOutput = "output";
constexpr auto kIncludeSecret = "include-secret";

class ExportCommand : public Command
{
public:
    VoidResult prepare(const QCommandLineParser &parser, Context &context) override
    {
        const QString formatName = parser.value(QString::fromLatin1(kFormat));
        const auto format = exporter::exportFormatFromName(formatName);
        if (!format) {
            return Error::badInput(
                QStringLiteral("--format"),
                formatName.isEmpty() ? tr("Name the export format.")
                                     : tr("Unknown export format \"%1\".").arg(formatName),
                tr("Use --format with one of: %1.")
                    .arg(exporter::exportFormatNames().join(QStringLiteral(", "))));
        }
        m_format = *format;
        m_output = parser.value(QString::fromLatin1(kOutput));
        m_includeSecret = parser.isSet(QString::fromLatin1(kIncludeSecret));
        const bool toStdout = m_output.isEmpty() || m_output == QLatin1String("-");
        if (m_includeSecret) {
            if (!exporter::canCarrySecret(m_format)) {
                return Error::badInput(QStringLiteral("--include-secret"),
                                       tr("The %1 format never contains the client secret.")
                                           .arg(exporter::exportFormatName(m_format)),
                                       tr("Use --include-secret with json, liberty or helm."));
            }
            if (toStdout) {
                return Error::badInput(
                    QStringLiteral("--include-secret"),
                    exporter::isTerminal(fileno(stdout))
                        ? tr("The client secret is never written to a terminal.")
                        : tr("The client secret is written only into a file named with --output."),
                    tr("Add --output FILE; the file is created readable by you only (mode "
                       "0600)."));
            }
        }
        if (toStdout && m_format == exporter::ExportFormat::Pdf && !context.json() &&
            exporter::isTerminal(fileno(stdout)) && !context.environment().out) {
            return Error::badInput(QStringLiteral("--output"),
                                   tr("A PDF is not something to print on a terminal."),
                                   tr("Add --output FILE.pdf."));
        }
        if (toStdout)
            m_output.clear();
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

        // Live facts: consent from the tenant, secrets in the keychain.
        Result<SignInSession *> session = co_await context.signIn(endpoints, profile.tenantId);
        if (!session)
            co_return session.error();
        GraphClient *graph = context.graph(endpoints, *session);
        PermissionService permissions(graph);
        const Result<PermissionStatus> status = co_await permissions.status(profile);
        if (!status)
            co_return status.error();

        SummaryFacts facts;
        for (const PermissionState &p : status->permissions) {
            if (!p.id.isEmpty())
                facts.permissionIds.insert(p.spec.value, p.id);
            if (p.consented)
                facts.consentedPermissions.insert(p.spec.value);
        }
        for (const SecretInfo &s : std::as_const(profile.secrets)) {
            const Result<bool> stored = co_await context.secrets().contains(
                secretKeychainKey(profile.tenantId, profile.appId, s.keyId));
            if (!stored)
                co_return stored.error();
            if (*stored)
                facts.secretsInKeychain.insert(s.keyId.toLower());
        }
        if (m_includeSecret) {
            const SecretInfo *current = profile.currentSecret();
            if (!current) {
                co_return Error::badInput(QStringLiteral("--include-secret"),
                                          tr("The profile has no current client secret."),
                                          tr("Create one with `leap-entra-setup --profile %1 "
                                             "rotate-secret`.")
                                              .arg(profile.name));
            }
            Result<QString> value = co_await context.secrets().readSecret(
                profile.tenantId, profile.appId, current->keyId);
            if (!value) {
                Error e = value.error();
                if (e.kind == ErrorKind::NotFound) {
                    e = Error::make(ErrorKind::Storage,
                                    tr("The value of the current client secret %1 is not in this "
                                       "computer's keychain.")
                                        .arg(current->keyId),
                                    tr("Export on the computer that created it, or create a new "
                                       "one with `leap-entra-setup --profile %1 rotate-secret`.")
                                        .arg(profile.name));
                }
                co_return e;
            }
            facts.clientSecretValue = *value;
        }

        const Summary summary = context.summary(profile, facts);
        Result<QByteArray> data = exporter::renderExport(summary, m_format, m_includeSecret);
        // The value's only copy outside the keychain now lives in `data`.
        facts.clientSecretValue.reset();
        if (!data)
            co_return data.error();

        if (!m_output.isEmpty()) {
            const VoidResult written = exporter::writeExportFile(m_output, *data, m_includeSecret);
            data->fill('\0');
            if (!written)
                co_return written.error();
            if (context.json()) {
                context.printJson(
                    QJsonObject {{QStringLiteral("profile"), profile.name},
                                 {QStringLiteral("format"), exporter::exportFormatName(m_format)},
                                 {QStringLiteral("output"), m_output},
                                 {QStringLiteral("bytes"), double(data->size())},
                                 {QStringLiteral("includesSecret"), m_includeSecret}});
            } else {
                context.progress(tr("Wrote %1 (%2)%3.")
                                     .arg(m_output, exporter::exportFormatName(m_format),
                                          m_includeSecret
                                              ? tr(", with the client secret, mode 0600")
                                              : QString()));
            }
            co_return VoidResult {};
        }

        if (context.json()) {
            if (m_format == exporter::ExportFormat::Json) {
                context.printJson(QJsonDocument::fromJson(*data).object());
            } else {
                QJsonObject doc {{QStringLiteral("profile"), profile.name},
                                 {QStringLiteral("format"), exporter::exportFormatName(m_format)}};
                if (m_format == exporter::ExportFormat::Pdf)
                    doc.insert(QStringLiteral("contentBase64"),
                               QString::fromLatin1(data->toBase64()));
                else
                    doc.insert(QStringLiteral("content"), QString::fromUtf8(*data));
                context.printJson(doc);
            }
            co_return VoidResult {};
        }
        writeRaw(context, *data);
        co_return VoidResult {};
    }

private:
    // The export itself is the result: bytes as they are (a PDF is binary).
    static void writeRaw(Context &context, const QByteArray &data)
    {
        if (QIODevice *out = context.environment().out) {
            out->write(data);
            return;
        }
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            out.write(data);
            out.flush();
        }
    }

    Profile m_profile;
    exporter::ExportFormat m_format = exporter::ExportFormat::Json;
    QString m_output;
    bool m_includeSecret = false;
};

} // namespace

CommandSpec exportCommandSpec()
{
    CommandSpec spec;
    spec.name = QStringLiteral("export");
    spec.summary =
        QT_TRANSLATE_NOOP("leap::cli", "The configuration summary: json, markdown, html, pdf, "
                                       "liberty, properties or helm.");
    spec.options = [] {
        return QList<QCommandLineOption> {
            valueOption(QString::fromLatin1(kFormat),
                        tr("json, markdown, html, pdf, liberty, properties or helm."),
                        QStringLiteral("FORMAT")),
            valueOption(QString::fromLatin1(kOutput),
                        tr("Write to FILE instead of standard output."), QStringLiteral("FILE")),
            flagOption(QString::fromLatin1(kIncludeSecret),
                       tr("Include the client secret value (json, liberty, helm); only with "
                          "--output, into a file readable by you only."))};
    };
    spec.create = [] {
        return std::make_unique<ExportCommand>();
    };
    spec.needsGuiApplication = true;
    return spec;
}

} // namespace leap::cli
