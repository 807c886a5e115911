// Table-driven tests of every input an administrator types (model/validation.h, cloud.h): good
// values are normalised, hostile or malformed ones are refused with an Error of kind BadInput that
// names the field and says how to fix it.
#include "model/cloud.h"
#include "model/validation.h"

#include <QTest>

using namespace leap;

namespace {
// What every refusal must look like: BadInput, the field named in the error and in the message,
// a fix, and no echo of control characters.
void checkRefusal(const Error &e, const QString &field)
{
    QCOMPARE(e.kind, ErrorKind::BadInput);
    QCOMPARE(e.field, field);
    QVERIFY2(e.message.contains(field), qPrintable(e.message));
    QVERIFY2(!e.fix.isEmpty(), qPrintable(e.message));
    QCOMPARE(exitCodeFor(e.kind), 2);
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void leapHost_data();
    void leapHost();
    void tenant_data();
    void tenant();
    void guid_data();
    void guid();
    void names_data();
    void names();
    void secretDays_data();
    void secretDays();
    void credentialAlias_data();
    void credentialAlias();
    void profileName_data();
    void profileName();
    void cloudNames_data();
    void cloudNames();
    void endpointUrl_data();
    void endpointUrl();
};

void TestValidation::leapHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("plain") << "leap.example.com"
                           << "leap.example.com";
    QTest::newRow("upper case") << "LEAP.Example.COM"
                                << "leap.example.com";
    QTest::newRow("port") << "leap.example.com:9443"
                          << "leap.example.com:9443";
    QTest::newRow("port 1") << "leap.example.com:1"
                            << "leap.example.com:1";
    QTest::newRow("port 65535") << "leap.example.com:65535"
                                << "leap.example.com:65535";
    QTest::newRow("trailing dot") << "leap.example.com."
                                  << "leap.example.com";
    QTest::newRow("surrounding spaces trimmed") << "  leap.example.com  "
                                                << "leap.example.com";
    QTest::newRow("single label") << "leap"
                                  << "leap";
    QTest::newRow("ipv4") << "10.1.2.3"
                          << "10.1.2.3";
    QTest::newRow("ipv4 port") << "10.1.2.3:9080"
                               << "10.1.2.3:9080";
    QTest::newRow("idn") << QString::fromUtf8("leap.bücher.example")
                         << "leap.xn--bcher-kva.example";
    QTest::newRow("idn port") << QString::fromUtf8("ленап.пример.рф:443")
                              << QString::fromLatin1(
                                     QUrl::toAce(QString::fromUtf8("ленап.пример.рф"))) +
                                     QStringLiteral(":443");
    QTest::newRow("hyphen") << "leap-test.example.com"
                            << "leap-test.example.com";

    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank") << "   "
                           << "";
    QTest::newRow("https scheme") << "https://leap.example.com"
                                  << "";
    QTest::newRow("http scheme") << "http://leap.example.com"
                                 << "";
    QTest::newRow("javascript scheme") << "javascript:alert(1)"
                                       << "";
    QTest::newRow("path") << "leap.example.com/leap"
                          << "";
    QTest::newRow("redirect path") << "leap.example.com/oidcclient/redirect/oidc"
                                   << "";
    QTest::newRow("query") << "leap.example.com?x=1"
                           << "";
    QTest::newRow("fragment") << "leap.example.com#top"
                              << "";
    QTest::newRow("backslash") << "leap.example.com\\evil"
                               << "";
    QTest::newRow("user info") << "admin@leap.example.com"
                               << "";
    QTest::newRow("user info password") << "admin:pw@leap.example.com"
                                        << "";
    QTest::newRow("inner space") << "leap example.com"
                                 << "";
    QTest::newRow("tab") << "leap.example.com\t" + QStringLiteral("x") << "";
    QTest::newRow("newline") << "leap.example.com\nevil.com"
                             << "";
    QTest::newRow("nul") << QStringLiteral("leap.example.com") + QChar(0) + QStringLiteral("x")
                         << "";
    QTest::newRow("bidi override")
        << QStringLiteral("leap.") + QChar(0x202E) + QStringLiteral("moc") << "";
    QTest::newRow("port 0") << "leap.example.com:0"
                            << "";
    QTest::newRow("port 65536") << "leap.example.com:65536"
                                << "";
    QTest::newRow("port huge") << "leap.example.com:99999999999"
                               << "";
    QTest::newRow("port negative") << "leap.example.com:-1"
                                   << "";
    QTest::newRow("port plus") << "leap.example.com:+443"
                               << "";
    QTest::newRow("port empty") << "leap.example.com:"
                                << "";
    QTest::newRow("port letters") << "leap.example.com:https"
                                  << "";
    QTest::newRow("two colons") << "leap.example.com:443:444"
                                << "";
    QTest::newRow("ipv6") << "[::1]:443"
                          << "";
    QTest::newRow("underscore") << "leap_test.example.com"
                                << "";
    QTest::newRow("leading hyphen") << "-leap.example.com"
                                    << "";
    QTest::newRow("empty label") << "leap..example.com"
                                 << "";
    QTest::newRow("label too long")
        << QString(64, QLatin1Char('a')) + QStringLiteral(".example.com") << "";
    QTest::newRow("host too long")
        << QString(QString(60, QLatin1Char('a')) + QStringLiteral(".")).repeated(5) +
               QStringLiteral("com")
        << "";
    QTest::newRow("partial ipv4") << "10.1.2"
                                  << "";
    QTest::newRow("ipv4 out of range") << "10.1.2.300"
                                       << "";
    QTest::newRow("wildcard") << "*.example.com"
                              << "";
    QTest::newRow("percent encoded") << "leap%2eexample.com"
                                     << "";
}

void TestValidation::leapHost()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> r = validateLeapHost(input);
    if (expected.isEmpty()) {
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted: ") + (r.ok() ? *r : QString())));
        checkRefusal(r.error(), QStringLiteral("--leap-host"));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(*r, expected);
    }
    // The caller's name for the field is used verbatim (the wizard says "Leap server").
    if (expected.isEmpty()) {
        const Result<QString> named = validateLeapHost(input, QStringLiteral("Leap server"));
        QVERIFY(!named.ok());
        QCOMPARE(named.error().field, QStringLiteral("Leap server"));
    }
}

void TestValidation::tenant_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("guid") << "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35"
                          << "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35";
    QTest::newRow("guid upper") << "8D3F1C2A-5B7E-4C19-9A0D-2E6F4B1C7A35"
                                << "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35";
    QTest::newRow("domain") << "contoso.onmicrosoft.com"
                            << "contoso.onmicrosoft.com";
    QTest::newRow("domain upper") << "Contoso.OnMicrosoft.com"
                                  << "contoso.onmicrosoft.com";
    QTest::newRow("custom domain") << "example.com"
                                   << "example.com";
    QTest::newRow("idn domain") << QString::fromUtf8("bücher.example") << "xn--bcher-kva.example";

    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("common") << "common"
                            << "";
    QTest::newRow("organizations") << "organizations"
                                   << "";
    QTest::newRow("consumers") << "consumers"
                               << "";
    QTest::newRow("braced guid") << "{8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35}"
                                 << "";
    QTest::newRow("guid short") << "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a3"
                                << "";
    QTest::newRow("guid long") << "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a355"
                               << "";
    QTest::newRow("guid no dashes") << "8d3f1c2a5b7e4c199a0d2e6f4b1c7a35"
                                    << "";
    QTest::newRow("guid non-hex") << "8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a3g"
                                  << "";
    QTest::newRow("guid wrong groups") << "8d3f1c2a5-b7e-4c19-9a0d-2e6f4b1c7a35"
                                       << "";
    QTest::newRow("single label") << "contoso"
                                  << "";
    QTest::newRow("url") << "https://login.microsoftonline.com/contoso.onmicrosoft.com"
                         << "";
    QTest::newRow("path") << "contoso.onmicrosoft.com/v2.0"
                          << "";
    QTest::newRow("upn") << "admin@contoso.onmicrosoft.com"
                         << "";
    QTest::newRow("port") << "contoso.onmicrosoft.com:443"
                          << "";
    QTest::newRow("space") << "contoso .onmicrosoft.com"
                           << "";
    QTest::newRow("control") << "contoso\x01.onmicrosoft.com"
                             << "";
    QTest::newRow("ip") << "10.0.0.1"
                        << "";
    QTest::newRow("traversal") << "../../etc/passwd"
                               << "";
}

void TestValidation::tenant()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QString> r = validateTenant(input);
    if (expected.isEmpty()) {
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted: ") + (r.ok() ? *r : QString())));
        checkRefusal(r.error(), QStringLiteral("--tenant"));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(*r, expected);
    }
}

void TestValidation::guid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("graph cli") << "14d82eec-204b-4c2f-b7e8-296a70dab67e" << true;
    QTest::newRow("upper") << "14D82EEC-204B-4C2F-B7E8-296A70DAB67E" << true;
    QTest::newRow("nil") << "00000000-0000-0000-0000-000000000000" << true;
    QTest::newRow("braces") << "{14d82eec-204b-4c2f-b7e8-296a70dab67e}" << false;
    QTest::newRow("urn") << "urn:uuid:14d82eec-204b-4c2f-b7e8-296a70dab67e" << false;
    QTest::newRow("no dashes") << "14d82eec204b4c2fb7e8296a70dab67e" << false;
    QTest::newRow("letter o") << "14d82eec-204b-4c2f-b7e8-296a70dab6Oe" << false;
    QTest::newRow("trailing garbage") << "14d82eec-204b-4c2f-b7e8-296a70dab67e;x" << false;
    QTest::newRow("newline") << "14d82eec-204b-4c2f-b7e8-296a70dab67e\n" << false;
    QTest::newRow("empty") << "" << false;
}

void TestValidation::guid()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(isGuid(input), valid);
    const Result<QString> r = validateGuid(input, QStringLiteral("--client-id"));
    // validateGuid trims, so a trailing newline is tolerated there but not by isGuid().
    if (input.trimmed() == input || !valid) {
        if (valid) {
            QVERIFY(r.ok());
            QCOMPARE(*r, input.toLower());
        } else if (isGuid(input.trimmed())) {
            QVERIFY(r.ok());
        } else {
            QVERIFY(!r.ok());
            checkRefusal(r.error(), QStringLiteral("--client-id"));
        }
    }
}

void TestValidation::names_data()
{
    QTest::addColumn<QString>("field"); // --display-name or --secret-name
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");

    for (const char *f : {"--display-name", "--secret-name"}) {
        const QString field = QString::fromLatin1(f);
        const auto row = [&](const char *tag) {
            return &QTest::newRow(qPrintable(field + QLatin1Char(' ') + QLatin1String(tag)));
        };
        *row("plain") << field << "HCL Leap (leap.example.com)" << true;
        *row("unicode") << field << QString::fromUtf8("Leap Produktion – Zürich") << true;
        *row("punctuation") << field << "Leap <prod> & 'test' \"x\"" << true;
        *row("40 chars") << field << QString(40, QLatin1Char('x')) << true;
        *row("80 chars") << field << QString(80, QLatin1Char('x')) << true;
        *row("empty") << field << "" << false;
        *row("blank") << field << "   " << false;
        *row("newline") << field << "Leap\nprod" << false;
        *row("carriage return") << field << "Leap\rprod" << false;
        *row("escape") << field << "Leap\x1b[31mred" << false;
        *row("nul") << field << (QStringLiteral("Leap") + QChar(0)) << false;
        *row("bidi") << field << (QStringLiteral("Leap") + QChar(0x202E) + QStringLiteral("x"))
                     << false;
        *row("zero width") << field << (QStringLiteral("Le") + QChar(0x200B) + QStringLiteral("ap"))
                           << false;
        *row("very long") << field << QString(5000, QLatin1Char('x')) << false;
    }
    QTest::newRow("--display-name 120 chars")
        << "--display-name" << QString(120, QLatin1Char('x')) << true;
    QTest::newRow("--display-name 121 chars")
        << "--display-name" << QString(121, QLatin1Char('x')) << false;
    QTest::newRow("--secret-name 81 chars")
        << "--secret-name" << QString(81, QLatin1Char('x')) << false;
}

void TestValidation::names()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const Result<QString> r = field == QLatin1String("--display-name") ? validateDisplayName(input)
                                                                       : validateSecretName(input);
    if (valid) {
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(*r, input.trimmed());
    } else {
        QVERIFY(!r.ok());
        checkRefusal(r.error(), field);
        // The message never echoes a 5000-character value back.
        QVERIFY(r.error().text().size() < 400);
    }
}

void TestValidation::secretDays_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expected"); // 0: refused

    QTest::newRow("1") << "1" << 1;
    QTest::newRow("90") << "90" << 90;
    QTest::newRow("180") << "180" << 180;
    QTest::newRow("730") << "730" << 730;
    QTest::newRow("spaces") << " 365 " << 365;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("731") << "731" << 0;
    QTest::newRow("negative") << "-5" << 0;
    QTest::newRow("plus") << "+30" << 0;
    QTest::newRow("huge") << "99999999999999999999" << 0;
    QTest::newRow("int overflow") << "4294967297" << 0;
    QTest::newRow("decimal") << "30.5" << 0;
    QTest::newRow("exponent") << "1e2" << 0;
    QTest::newRow("hex") << "0x10" << 0;
    QTest::newRow("word") << "ninety" << 0;
    QTest::newRow("unit") << "90d" << 0;
    QTest::newRow("empty") << "" << 0;
}

void TestValidation::secretDays()
{
    QFETCH(QString, input);
    QFETCH(int, expected);
    const Result<int> r = validateSecretDays(input);
    if (expected == 0) {
        QVERIFY(!r.ok());
        checkRefusal(r.error(), QStringLiteral("--secret-days"));
        QVERIFY(r.error().fix.contains(QString::number(kMaxSecretDays)));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(*r, expected);
    }
}

void TestValidation::credentialAlias_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << "azureAlias" << true;
    QTest::newRow("underscore") << "leap_prod_1" << true;
    QTest::newRow("64") << QStringLiteral("a") + QString(63, QLatin1Char('b')) << true;
    QTest::newRow("65") << QStringLiteral("a") + QString(64, QLatin1Char('b')) << false;
    QTest::newRow("digit first") << "1alias" << false;
    QTest::newRow("underscore first") << "_alias" << false;
    QTest::newRow("hyphen") << "azure-alias" << false;
    QTest::newRow("dot") << "azure.alias" << false;
    QTest::newRow("space") << "azure alias" << false;
    QTest::newRow("shell") << "alias;rm -rf /" << false;
    QTest::newRow("liberty variable") << "${alias}" << false;
    QTest::newRow("xml") << "a<b>" << false;
    QTest::newRow("unicode letter") << QString::fromUtf8("alïas") << false;
    QTest::newRow("empty") << "" << false;
}

void TestValidation::credentialAlias()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const Result<QString> r = validateCredentialAlias(input);
    QCOMPARE(r.ok(), valid);
    if (!valid)
        checkRefusal(r.error(), QStringLiteral("--credential-alias"));
}

void TestValidation::profileName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << "default" << true;
    QTest::newRow("prod") << "prod" << true;
    QTest::newRow("dotted") << "leap.prod-1_a" << true;
    QTest::newRow("leading dot") << ".hidden" << false;
    QTest::newRow("dot dot") << ".." << false;
    QTest::newRow("traversal") << "../etc" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("space") << "my profile" << false;
    QTest::newRow("nul") << (QStringLiteral("a") + QChar(0)) << false;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('p')) << false;
    QTest::newRow("empty") << "" << false;
}

void TestValidation::profileName()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const Result<QString> r = validateProfileName(input);
    QCOMPARE(r.ok(), valid);
    if (!valid)
        checkRefusal(r.error(), QStringLiteral("--profile"));
}

void TestValidation::cloudNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expected"); // -1: unknown
    QTest::newRow("global") << "global" << int(Cloud::Global);
    QTest::newRow("Global") << "Global" << int(Cloud::Global);
    QTest::newRow("usgov") << "usgov" << int(Cloud::UsGov);
    QTest::newRow("usgov-dod") << "usgov-dod" << int(Cloud::UsGovDod);
    QTest::newRow("china") << "china" << int(Cloud::China);
    QTest::newRow("germany (retired)") << "germany" << -1;
    QTest::newRow("public") << "public" << -1;
    QTest::newRow("azure") << "AzureCloud" << -1;
    QTest::newRow("usgov_dod") << "usgov_dod" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestValidation::cloudNames()
{
    QFETCH(QString, input);
    QFETCH(int, expected);
    const std::optional<Cloud> cloud = cloudFromName(input);
    if (expected < 0) {
        QVERIFY(!cloud);
    } else {
        QVERIFY(cloud);
        QCOMPARE(int(*cloud), expected);
        QCOMPARE(cloudFromName(cloudName(*cloud)), cloud);
    }
}

void TestValidation::endpointUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("https") << "https://login.microsoftonline.com"
                           << "https://login.microsoftonline.com";
    QTest::newRow("https trailing slash") << "https://graph.microsoft.com/"
                                          << "https://graph.microsoft.com";
    QTest::newRow("https port path") << "https://proxy.example.com:8443/graph"
                                     << "https://proxy.example.com:8443/graph";
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080"
                                      << "http://127.0.0.1:8080";
    QTest::newRow("http loopback 127/8") << "http://127.0.0.2:8080"
                                         << "http://127.0.0.2:8080";
    QTest::newRow("http localhost") << "http://localhost:8080/graph"
                                    << "http://localhost:8080/graph";
    QTest::newRow("http loopback v6") << "http://[::1]:8080"
                                      << "http://[::1]:8080";

    QTest::newRow("http remote") << "http://login.microsoftonline.com"
                                 << "";
    QTest::newRow("http private ip") << "http://10.0.0.1:8080"
                                     << "";
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.com"
                                              << "";
    QTest::newRow("http 127 lookalike") << "http://127.0.0.1.evil.com"
                                        << "";
    QTest::newRow("ftp") << "ftp://graph.microsoft.com"
                         << "";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "";
    QTest::newRow("no scheme") << "graph.microsoft.com"
                               << "";
    QTest::newRow("user info") << "https://user:pw@graph.microsoft.com"
                               << "";
    QTest::newRow("query") << "https://graph.microsoft.com?x=1"
                           << "";
    QTest::newRow("fragment") << "https://graph.microsoft.com#x"
                              << "";
    QTest::newRow("space") << "https://graph microsoft.com"
                           << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("port out of range") << "https://graph.microsoft.com:70000"
                                       << "";
}

void TestValidation::endpointUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const Result<QUrl> r = validateEndpointUrl(input, QStringLiteral("--graph"));
    if (expected.isEmpty()) {
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("accepted: ") + (r.ok() ? r->toString() : QString())));
        checkRefusal(r.error(), QStringLiteral("--graph"));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(r->toString(), expected);
    }
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
