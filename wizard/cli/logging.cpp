#include "cli/logging.h"

#include "storage/supportbundle.h"

#include <QRegularExpression>

#include <cstdio>

Q_LOGGING_CATEGORY(lcCli, "leap.cli")

namespace leap::cli {

QString redact(const QString &text)
{
    static const QString kRedacted = QStringLiteral("<redacted>");
    // Authorization headers: "Bearer <token>", whatever follows.
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    // JWT-shaped values (access and id tokens) anywhere.
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));
    // name=value (form bodies, queries) and "name": "value" (JSON) for every secret-bearing name.
    static const QRegularExpression named(
        QStringLiteral("(\\b(?:client_secret|clientSecret|secretText|access_token|accessToken|"
                       "refresh_token|refreshToken|id_token|idToken|code_verifier|device_code|"
                       "deviceCode|assertion|password|client_assertion)\\b[\"']?\\s*[:=]\\s*"
                       "[\"']?)([^\"'&\\s,}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    // An authorization code only in its URL/form form: Graph error bodies carry a harmless
    // "code" member that support needs to see.
    static const QRegularExpression code(QStringLiteral("((?:^|[?&\\s])code=)([^&\\s\"']+)"));

    QString out = text;
    out.replace(bearer, QStringLiteral("\\1") + kRedacted);
    out.replace(jwt, kRedacted);
    out.replace(named, QStringLiteral("\\1") + kRedacted);
    out.replace(code, QStringLiteral("\\1") + kRedacted);
    return out;
}

namespace {
bool g_verbose = false;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Every line, redacted, is kept for --support-bundle, printed or not.
    const QString redacted = redact(message);
    SupportLog::instance().append(type, context.category, redacted);
    if (!g_verbose && (type == QtDebugMsg || type == QtInfoMsg))
        return;
    const char *level = "";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
        level = "critical";
        break;
    case QtFatalMsg:
        level = "fatal";
        break;
    }
    const QString category =
        context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
    const QByteArray line = QStringLiteral("leap-entra-setup: [%1 %2] %3\n")
                                .arg(category, QString::fromLatin1(level), redacted)
                                .toLocal8Bit();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

void installMessageHandler(bool verbose)
{
    g_verbose = verbose;
    // Qt's own categories stay quiet even when verbose: they can print raw request data.
    // The product's own debug and info lines always reach the handler (it prints them only with
    // --verbose) so that a support bundle has them; Qt's stay off.
    QLoggingCategory::setFilterRules(
        QStringLiteral("*.debug=false\n*.info=false\nleap.*.debug=true\nleap.*.info=true"));
    qInstallMessageHandler(messageHandler);
}

} // namespace leap::cli
