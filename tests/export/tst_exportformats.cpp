// Every export format, checked structurally: Liberty XML parsed, properties parsed, Helm YAML
// lines, Markdown/HTML facts, the PDF rendered; none holds the secret unless asked.
#include "export/calendar.h"
#include "export/exportformat.h"
#include "export/leapsnippets.h"
#include "export/report.h"
#include "sampleprofile.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace leap;
using namespace leap::exporter;

namespace {

Summary summary(bool withValue = false)
{
    return Summary::build(sample::profile(), sample::facts(withValue));
}

QString render(ExportFormat format, bool includeSecret = false, bool withValue = false)
{
    const auto r = renderExport(summary(withValue || includeSecret), format, includeSecret);
    if (!r.ok())
        qWarning() << r.error().text();
    return r.ok() ? QString::fromUtf8(*r) : QString();
}

struct OidcClient
{
    QXmlStreamAttributes client;
    QXmlStreamAttributes requestUrl;
    QXmlStreamAttributes authFilter;
    QXmlStreamAttributes ssl;
    QString rootName;
    QString rootDescription;
};

// Parses a Liberty <server> document; fails the test on malformed XML.
std::optional<OidcClient> parseLiberty(const QString &xml)
{
    QXmlStreamReader reader(xml);
    OidcClient out;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        if (out.rootName.isEmpty()) {
            out.rootName = name.toString();
            out.rootDescription =
                reader.attributes().value(QStringLiteral("description")).toString();
        }
        if (name == QLatin1String("openidConnectClient"))
            out.client = reader.attributes();
        else if (name == QLatin1String("authFilter"))
            out.authFilter = reader.attributes();
        else if (name == QLatin1String("requestUrl"))
            out.requestUrl = reader.attributes();
        else if (name == QLatin1String("ssl"))
            out.ssl = reader.attributes();
    }
    if (reader.hasError()) {
        qWarning() << "XML error:" << reader.errorString() << "line" << reader.lineNumber();
        return std::nullopt;
    }
    return out;
}

QString attr(const QXmlStreamAttributes &a, const char *name)
{
    return a.value(QString::fromLatin1(name)).toString();
}

// Java properties, the subset Leap_config.properties uses: key=value lines, # and ! comments.
QMap<QString, QString> parseProperties(const QString &text, int *lines = nullptr)
{
    QMap<QString, QString> map;
    int count = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char('!')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return {};
        map.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
        ++count;
    }
    if (lines)
        *lines = count;
    return map;
}

// The lines of a YAML block scalar (`key: |`) that starts after `header`, de-indented.
QString blockScalar(const QStringList &lines, const QString &header, int indent)
{
    const qsizetype start = lines.indexOf(header);
    if (start < 0)
        return {};
    QStringList out;
    const QString pad(indent, QLatin1Char(' '));
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        if (!l.isEmpty() && !l.startsWith(pad))
            break;
        out << l.mid(indent);
    }
    return out.join(QLatin1Char('\n'));
}

const QString kDiscovery =
    QStringLiteral("https://login.microsoftonline.com/%1/v2.0/.well-known/openid-configuration")
        .arg(sample::kTenant);

void checkLibertyClient(const OidcClient &o, const QString &clientId, const QString &clientSecret)
{
    QCOMPARE(o.rootName, QStringLiteral("server"));
    QCOMPARE(o.rootDescription, QStringLiteral("leapServer"));
    QCOMPARE(attr(o.client, "id"), QStringLiteral("oidc"));
    QCOMPARE(attr(o.client, "clientId"), clientId);
    QCOMPARE(attr(o.client, "clientSecret"), clientSecret);
    QCOMPARE(attr(o.client, "signatureAlgorithm"), QStringLiteral("RS256"));
    QCOMPARE(attr(o.client, "scope"), QStringLiteral("openid profile"));
    QCOMPARE(attr(o.client, "groupIdentifier"), QStringLiteral("groups"));
    QCOMPARE(attr(o.client, "userIdentityToCreateSubject"), QStringLiteral("preferred_username"));
    QCOMPARE(attr(o.client, "realmName"), QStringLiteral("LeapOidc"));
    QCOMPARE(attr(o.client, "mapIdentityToRegistryUser"), QStringLiteral("false"));
    QCOMPARE(attr(o.client, "httpsRequired"), QStringLiteral("true"));
    QCOMPARE(attr(o.client, "authFilterRef"), QStringLiteral("interceptedAuthFilter"));
    QCOMPARE(attr(o.client, "discoveryEndpointUrl"), kDiscovery);
    QCOMPARE(attr(o.authFilter, "id"), QStringLiteral("interceptedAuthFilter"));
    QCOMPARE(attr(o.requestUrl, "id"), QStringLiteral("authRequestUrl"));
    QCOMPARE(attr(o.requestUrl, "matchType"), QStringLiteral("contains"));
    QCOMPARE(attr(o.requestUrl, "urlPattern"), QStringLiteral("/apps/secure"));
    QCOMPARE(attr(o.ssl, "id"), QStringLiteral("defaultSSLConfig"));
    QCOMPARE(attr(o.ssl, "trustDefaultCerts"), QStringLiteral("true"));
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames();
    void liberty();
    void libertyWithSecret();
    void properties();
    void helm();
    void helmWithSecret();
    void kubernetesAliasRules_data();
    void kubernetesAliasRules();
    void markdown();
    void html();
    void pdf();
    void noFormatHoldsTheSecretUnlessAsked_data();
    void noFormatHoldsTheSecretUnlessAsked();
    void includeSecretOnlyForFormatsThatCarryIt();
    void calendarReminder();
    void calendarReminderNeedsALiveSecret();
};

void TestExportFormats::formatNames()
{
    QCOMPARE(exportFormatNames(),
             QStringList({"json", "markdown", "html", "pdf", "liberty", "properties", "helm"}));
    for (const QString &name : exportFormatNames())
        QCOMPARE(exportFormatName(*exportFormatFromName(name)), name);
    QVERIFY(!exportFormatFromName(QStringLiteral("yaml")));
    QCOMPARE(suggestedFileName(QStringLiteral("prod"), ExportFormat::Helm, QDate(2026, 11, 26)),
             QStringLiteral("leap-entra-prod-2026-11-26-helm-values.yaml"));
}

void TestExportFormats::liberty()
{
    const QString xml = render(ExportFormat::Liberty, false, true);
    QVERIFY(!xml.isEmpty());
    const auto parsed = parseLiberty(xml);
    QVERIFY(parsed);
    checkLibertyClient(*parsed, QStringLiteral("${azureAlias_key}"),
                       QStringLiteral("${azureAlias_secret}"));
}

void TestExportFormats::libertyWithSecret()
{
    const QString xml = render(ExportFormat::Liberty, true);
    const auto parsed = parseLiberty(xml);
    QVERIFY(parsed);
    // The value round-trips through XML escaping exactly.
    checkLibertyClient(*parsed, sample::kAppId, sample::kSecretValue);
}

void TestExportFormats::properties()
{
    const QString text = render(ExportFormat::Properties, false, true);
    int lines = 0;
    const QMap<QString, QString> props = parseProperties(text, &lines);
    QCOMPARE(lines, 3);
    QCOMPARE(props.size(), 3);
    QCOMPARE(props.value("ibm.nitro.NitroConfig.memberManagerType"), QStringLiteral("ms-azure-ad"));
    QCOMPARE(props.value("ibm.nitro.NitroConfig.GraphApiMemberManager.tenantId"), sample::kTenant);
    QCOMPARE(props.value("ibm.nitro.NitroConfig.GraphApiMemberManager.credentialAlias"),
             QStringLiteral("azureAlias"));
    // Leap_config.properties is ISO-8859-1 by Java's rules: keep it ASCII.
    for (QChar c : text)
        QVERIFY2(c.unicode() < 128, qPrintable(QStringLiteral("non-ASCII: %1").arg(c)));
}

void TestExportFormats::helm()
{
    const QString yaml = render(ExportFormat::Helm, false, true);
    const QStringList lines = yaml.split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("configuration:")));
    QVERIFY(lines.contains(QStringLiteral("  leap:")));
    QVERIFY(lines.contains(QStringLiteral("    leapProperties: |")));
    QVERIFY(lines.contains(QStringLiteral("    customSecrets:")));
    QVERIFY(lines.contains(QStringLiteral("    configOverrideFiles:")));
    // customSecrets keys must match Helm's pattern; the alias is written in that form everywhere.
    QVERIFY(lines.contains(QStringLiteral("      azurealias: \"leap-entra-azurealias\"")));
    const QRegularExpression k8sKey(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    QVERIFY(k8sKey.match(QStringLiteral("azurealias")).hasMatch());

    // Only comments, blank lines and the value tree: every non-comment line is indented by two
    // spaces per level under configuration.leap.
    for (const QString &l : lines) {
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        QVERIFY2(l == QLatin1String("configuration:") || l.startsWith(QLatin1String("  ")),
                 qPrintable(l));
        QVERIFY2(!l.contains(QLatin1Char('\t')), qPrintable(l));
    }

    int count = 0;
    const QMap<QString, QString> props =
        parseProperties(blockScalar(lines, QStringLiteral("    leapProperties: |"), 6), &count);
    QCOMPARE(count, 3);
    QCOMPARE(props.value("ibm.nitro.NitroConfig.memberManagerType"), QStringLiteral("ms-azure-ad"));
    QCOMPARE(props.value("ibm.nitro.NitroConfig.GraphApiMemberManager.tenantId"), sample::kTenant);
    QCOMPARE(props.value("ibm.nitro.NitroConfig.GraphApiMemberManager.credentialAlias"),
             QStringLiteral("azurealias"));

    const auto liberty = parseLiberty(blockScalar(lines, QStringLiteral("      entraOidc: |"), 8));
    QVERIFY(liberty);
    checkLibertyClient(*liberty, QStringLiteral("${azurealias_key}"),
                       QStringLiteral("${azurealias_secret}"));

    // The kubectl line, as a comment, with the placeholder instead of the value.
    const QString kubectl =
        QStringLiteral(
            "kubectl create secret generic leap-entra-azurealias --from-literal=azurealias_key=%1 "
            "--from-literal=azurealias_secret='<paste the client secret>'")
            .arg(sample::kAppId);
    bool found = false;
    for (const QString &l : lines)
        found = found || (l.startsWith(QLatin1Char('#')) && l.contains(kubectl));
    QVERIFY2(found, qPrintable(yaml));
}

void TestExportFormats::helmWithSecret()
{
    const QString yaml = render(ExportFormat::Helm, true);
    // Shell single quotes: ' becomes '\''; nothing else is interpreted.
    QString quoted = sample::kSecretValue;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    QVERIFY(yaml.contains(QStringLiteral("--from-literal=azurealias_secret='%1'").arg(quoted)));
    QVERIFY(!yaml.contains(secretPlaceholder()));
    // The value goes into the Kubernetes secret, never into the values tree.
    const QStringList lines = yaml.split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        if (!l.startsWith(QLatin1Char('#')))
            QVERIFY(!l.contains(sample::kSecretValue));
    }

    // A shell really reads the value back unchanged from the quoted form.
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (!sh.isEmpty()) {
        QProcess p;
        p.start(sh, {QStringLiteral("-c"), QStringLiteral("printf %s ") + QLatin1Char('\'') +
                                               quoted + QLatin1Char('\'')});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), sample::kSecretValue);
    }
}

void TestExportFormats::kubernetesAliasRules_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("expected");
    QTest::newRow("camel") << "azureAlias"
                           << "azurealias";
    QTest::newRow("underscore") << "leap_entra_1"
                                << "leap-entra-1";
    QTest::newRow("already") << "entra"
                             << "entra";
    QTest::newRow("trailing") << "alias_"
                              << "alias";
}

void TestExportFormats::kubernetesAliasRules()
{
    QFETCH(QString, alias);
    QFETCH(QString, expected);
    QCOMPARE(kubernetesAlias(alias), expected);
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"))
                .match(kubernetesAlias(alias))
                .hasMatch());
}

static void checkHumanFacts(const QString &text)
{
    const QStringList facts {
        sample::kTenant,
        sample::kAppId,
        sample::kObjectId,
        sample::kSpId,
        QStringLiteral("https://leap.example.com:9443/oidcclient/redirect/oidc"),
        QStringLiteral("contoso.onmicrosoft.com"),
        QStringLiteral("User.ReadBasic.All"),
        QStringLiteral("Group.Read.All"),
        QStringLiteral("openid"),
        QStringLiteral("Application"),
        QStringLiteral("Delegated"),
        QStringLiteral("granted"),
        QStringLiteral("missing"), // consent for "profile" is missing in the sample
        sample::kCurrentKey,
        sample::kOldKey,
        QStringLiteral("2027-05-24"), // current secret's expiry day
        QStringLiteral("10 days left: rotate soon"),
        QStringLiteral("admin@contoso.onmicrosoft.com"),
        QStringLiteral("2026-06-09"), // set up on
        QStringLiteral("Leap_config.properties"),
        QStringLiteral("/opt/HCL/Leap/extensions"),
        QStringLiteral("J2C"),
        QStringLiteral("Restart Leap"),
        QStringLiteral("each node"),
        QStringLiteral("ibm.nitro.NitroConfig.GraphApiMemberManager.credentialAlias=azureAlias"),
        QStringLiteral("kubectl create secret generic"),
        QStringLiteral("configuration.leap"),
        QStringLiteral("helm upgrade"),
        QStringLiteral("openidConnectClient"),
        QStringLiteral("leap-entra-setup --profile prod rotate-secret"),
    };
    for (const QString &fact : facts)
        QVERIFY2(text.contains(fact), qPrintable(QStringLiteral("missing: ") + fact));
}

void TestExportFormats::markdown()
{
    const QString md = render(ExportFormat::Markdown, false, true);
    checkHumanFacts(md);
    QVERIFY(md.startsWith(QStringLiteral("# ")));
    QVERIFY(md.contains(QStringLiteral("| Microsoft Graph | User.ReadBasic.All | Application |")));
    // Code blocks are balanced.
    QCOMPARE(md.count(QStringLiteral("```")) % 2, 0);
}

void TestExportFormats::html()
{
    const QString html = render(ExportFormat::Html, false, true);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    // What a reader sees (entities decoded, tags gone).
    QTextDocument doc;
    doc.setHtml(html);
    checkHumanFacts(doc.toPlainText());
    QVERIFY(html.contains(QStringLiteral("&lt;server description=&quot;leapServer&quot;&gt;")));
}

void TestExportFormats::pdf()
{
    const auto r = renderExport(summary(true), ExportFormat::Pdf);
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    const QByteArray pdf = *r;
    QVERIFY(pdf.size() > 2000);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const qsizetype pages = pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") +
                            pdf.count("/Type /Page ") + pdf.count("/Type /Page/") +
                            pdf.count("/Type /Page>");
    QVERIFY2(pages >= 2, qPrintable(QStringLiteral("pages: %1").arg(pages)));
    QVERIFY(!pdf.contains(sample::kSecretValue.toUtf8()));

    // Render it with a real PDF reader when one is installed (poppler-utils).
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        qInfo("pdftoppm not installed: PDF checked structurally only");
        return;
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("summary.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess p;
    p.start(pdftoppm,
            {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
             QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), file.fileName(),
             dir.filePath(QStringLiteral("page"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QDir out(dir.path());
    const QStringList pngs = out.entryList({QStringLiteral("page*.png")});
    QCOMPARE(pngs.size(), 1);
    const QImage image(out.filePath(pngs.first()));
    QVERIFY(!image.isNull());
    // A rendered page of text has plenty of dark pixels.
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY2(dark > 500, qPrintable(QStringLiteral("dark pixels: %1").arg(dark)));
}

void TestExportFormats::noFormatHoldsTheSecretUnlessAsked_data()
{
    QTest::addColumn<int>("format");
    for (const QString &name : exportFormatNames())
        QTest::newRow(qPrintable(name)) << int(*exportFormatFromName(name));
}

void TestExportFormats::noFormatHoldsTheSecretUnlessAsked()
{
    QFETCH(int, format);
    // The summary carries the value; without includeSecret no format may show it.
    const auto r = renderExport(summary(true), ExportFormat(format), false);
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QVERIFY(!r->isEmpty());
    QVERIFY(!r->contains(sample::kSecretValue.toUtf8()));
    QVERIFY(!r->contains(sample::kSecretValue.toHtmlEscaped().toUtf8()));
    QVERIFY(!r->contains("clientSecretValue"));
}

void TestExportFormats::includeSecretOnlyForFormatsThatCarryIt()
{
    for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Pdf,
                           ExportFormat::Properties}) {
        const auto r = renderExport(summary(true), f, true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QCOMPARE(r.error().field, QStringLiteral("--include-secret"));
    }
    // Asked for, but the keychain gave no value: an error, never an empty secret.
    const auto r = renderExport(summary(false), ExportFormat::Json, true);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Storage);
}

void TestExportFormats::calendarReminder()
{
    const auto r = secretReminderIcs(summary(), 14, sample::kNow);
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    const QByteArray ics = *r;
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    // Every physical line ends in CRLF and is at most 75 octets.
    const QList<QByteArray> physical = ics.split('\n');
    for (const QByteArray &line : physical) {
        if (line.isEmpty())
            continue;
        QVERIFY(line.endsWith('\r'));
        QVERIFY2(line.size() - 1 <= 75, line.constData());
    }
    // Unfold (RFC 5545 §3.1) and read the properties.
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QMap<QString, QString> props;
    for (const QByteArray &line : unfolded.split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        const qsizetype colon = l.indexOf(QLatin1Char(':'));
        if (colon > 0 && !props.contains(l.left(colon)))
            props.insert(l.left(colon), l.mid(colon + 1));
    }
    QCOMPARE(props.value("VERSION"), QStringLiteral("2.0"));
    QVERIFY(!props.value("PRODID").isEmpty());
    QVERIFY(!props.value("UID").isEmpty());
    QVERIFY(props.contains("DTSTAMP"));
    // 179 days (and an hour) from kNow is 2027-05-24; 14 days before is 2027-05-10.
    QCOMPARE(props.value("DTSTART;VALUE=DATE"), QStringLiteral("20270510"));
    QCOMPARE(props.value("DTEND;VALUE=DATE"), QStringLiteral("20270511"));
    QVERIFY(props.value("SUMMARY").contains(QStringLiteral("prod")));
    QString description = props.value("DESCRIPTION");
    description.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    description.replace(QStringLiteral("\\,"), QStringLiteral(","));
    description.replace(QStringLiteral("\\;"), QStringLiteral(";"));
    QVERIFY(description.contains(QStringLiteral("leap-entra-setup --profile prod rotate-secret")));
    QVERIFY(description.contains(sample::kCurrentKey));
    QVERIFY(ics.contains("BEGIN:VALARM"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
}

void TestExportFormats::calendarReminderNeedsALiveSecret()
{
    Profile p = sample::profile();
    // Expires in 5 days: the reminder is today, not in the past.
    p.secrets[1].endDateTime = sample::kNow.addDays(5);
    auto r = secretReminderIcs(Summary::build(p, sample::facts()), 14, sample::kNow);
    QVERIFY(r.ok());
    QVERIFY(r->contains("DTSTART;VALUE=DATE:20261126"));

    p.secrets[1].endDateTime = sample::kNow.addDays(-1);
    r = secretReminderIcs(Summary::build(p, sample::facts()), 14, sample::kNow);
    QVERIFY(!r.ok());
    QVERIFY(r.error().fix.contains(QStringLiteral("rotate-secret")));

    p.secrets.clear();
    r = secretReminderIcs(Summary::build(p, sample::facts()), 14, sample::kNow);
    QVERIFY(!r.ok());
}

QTEST_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
