#include "export/leapsnippets.h"

#include <QRegularExpression>
#include <QStringList>

namespace leap::exporter {

namespace {

QString xmlAttr(const QString &value)
{
    return value.toHtmlEscaped();
}

// Single-quoted for POSIX shells: nothing inside is expanded; a ' becomes '\''.
QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (!line.isEmpty())
            line.prepend(pad);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool withSecret(const Summary &summary, const SnippetOptions &options)
{
    return options.includeSecret && summary.clientSecretValue.has_value();
}

} // namespace

QString secretPlaceholder()
{
    return QStringLiteral("<paste the client secret>");
}

QString kubernetesAlias(const QString &credentialAlias)
{
    QString key = credentialAlias.toLower();
    key.replace(QLatin1Char('_'), QLatin1Char('-'));
    key.remove(QRegularExpression(QStringLiteral("[^a-z0-9-]")));
    // Must start and end with a letter or digit.
    while (key.startsWith(QLatin1Char('-')))
        key.remove(0, 1);
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("azurealias") : key;
}

QString kubernetesSecretName(const QString &credentialAlias)
{
    return QStringLiteral("leap-entra-") + kubernetesAlias(credentialAlias);
}

QString libertyServerXml(const Summary &summary, const SnippetOptions &options,
                         const QString &alias)
{
    const QString a = alias.isEmpty() ? summary.credentialAlias : alias;
    const bool inlineSecret = withSecret(summary, options);
    const QString clientId = inlineSecret ? summary.appId : QStringLiteral("${%1_key}").arg(a);
    const QString clientSecret =
        inlineSecret ? *summary.clientSecretValue : QStringLiteral("${%1_secret}").arg(a);

    QString xml;
    xml += QStringLiteral("<server description=\"leapServer\">\n");
    xml += QStringLiteral("  <!-- Microsoft Entra ID sign-in for HCL Leap: tenant %1, application "
                          "%2 (%3).\n"
                          "       Liberty registers the redirect https://%4/oidcclient/redirect/"
                          "oidc from id=\"oidc\". -->\n")
               .arg(xmlAttr(summary.tenantId), xmlAttr(summary.displayName), xmlAttr(summary.appId),
                    xmlAttr(summary.leapHost));
    xml += QStringLiteral("  <openidConnectClient id=\"oidc\"\n");
    xml += QStringLiteral("    clientId=\"%1\" clientSecret=\"%2\"\n")
               .arg(xmlAttr(clientId), xmlAttr(clientSecret));
    xml += QStringLiteral(
        "    signatureAlgorithm=\"RS256\" authFilterRef=\"interceptedAuthFilter\"\n");
    xml += QStringLiteral("    mapIdentityToRegistryUser=\"false\" httpsRequired=\"true\"\n");
    xml += QStringLiteral(
        "    scope=\"openid profile\" realmName=\"LeapOidc\" groupIdentifier=\"groups\"\n");
    xml += QStringLiteral("    userIdentityToCreateSubject=\"preferred_username\"\n");
    xml += QStringLiteral("    discoveryEndpointUrl=\"%1\"/>\n").arg(xmlAttr(summary.discovery));
    xml += QStringLiteral("  <authFilter id=\"interceptedAuthFilter\">\n");
    xml += QStringLiteral("    <requestUrl id=\"authRequestUrl\" matchType=\"contains\" "
                          "urlPattern=\"/apps/secure\"/>\n");
    xml += QStringLiteral("  </authFilter>\n");
    xml += QStringLiteral("  <ssl id=\"defaultSSLConfig\" trustDefaultCerts=\"true\"/>\n");
    xml += QStringLiteral("</server>\n");
    return xml;
}

QString leapProperties(const Summary &summary)
{
    QString text;
    text += QStringLiteral("# HCL Leap: user and group lookup through Microsoft Entra ID (profile "
                           "\"%1\", generated %2).\n")
                .arg(summary.profile, rfc3339(summary.generatedAt));
    text += QStringLiteral("# WebSphere: add to Leap_config.properties in the extensions directory "
                           "(default /opt/HCL/Leap/extensions)\n"
                           "# on every node, then restart Leap. The J2C alias \"%1\" holds the "
                           "Application (client) ID\n"
                           "# %2 as its user id and the client secret value as its password.\n")
                .arg(summary.credentialAlias, summary.appId);
    for (const auto &[key, value] : summary.leapProperties)
        text += key + QLatin1Char('=') + value + QLatin1Char('\n');
    return text;
}

QString kubectlCreateSecret(const Summary &summary, const SnippetOptions &options)
{
    const QString k8sAlias = kubernetesAlias(summary.credentialAlias);
    const QString value =
        withSecret(summary, options) ? *summary.clientSecretValue : secretPlaceholder();
    return QStringLiteral("kubectl create secret generic %1 --from-literal=%2_key=%3 "
                          "--from-literal=%2_secret=%4 --namespace \"<your Leap namespace>\"")
        .arg(kubernetesSecretName(summary.credentialAlias), k8sAlias, summary.appId,
             shellQuote(value));
}

QString helmValues(const Summary &summary, const SnippetOptions &options)
{
    const QString k8sAlias = kubernetesAlias(summary.credentialAlias);

    QString props;
    for (const auto &[key, value] : summary.leapProperties) {
        const bool isAlias = key == QLatin1String(kLeapCredentialAlias);
        props += key + QLatin1Char('=') + (isAlias ? k8sAlias : value) + QLatin1Char('\n');
    }

    // On Kubernetes the Liberty block always refers to the secret: its value lives in the
    // Kubernetes Secret, never in the values file.
    const QString liberty = libertyServerXml(summary, SnippetOptions {}, k8sAlias);

    QString yaml;
    yaml += QStringLiteral("# HCL Leap on Kubernetes: Microsoft Entra ID (profile \"%1\", tenant "
                           "%2, generated %3).\n")
                .arg(summary.profile, summary.tenantId, rfc3339(summary.generatedAt));
    yaml += QStringLiteral("# 1. Create the Kubernetes secret that holds the credential alias "
                           "\"%1\":\n")
                .arg(k8sAlias);
    yaml += QStringLiteral("#    ") + kubectlCreateSecret(summary, options) + QLatin1Char('\n');
    if (k8sAlias != summary.credentialAlias) {
        yaml += QStringLiteral("#    Helm accepts only lower-case letters, digits and '-' in "
                               "customSecrets keys, so the alias\n"
                               "#    \"%1\" is written \"%2\" here.\n")
                    .arg(summary.credentialAlias, k8sAlias);
    }
    yaml += QStringLiteral("# 2. Merge these values into your Leap values file and run helm "
                           "upgrade.\n");
    yaml += QStringLiteral("configuration:\n");
    yaml += QStringLiteral("  leap:\n");
    yaml += QStringLiteral("    leapProperties: |\n");
    yaml += indent(props, 6);
    yaml += QStringLiteral("    customSecrets:\n");
    yaml += QStringLiteral("      %1: \"%2\"\n").arg(k8sAlias, kubernetesSecretName(k8sAlias));
    yaml += QStringLiteral("    configOverrideFiles:\n");
    yaml += QStringLiteral("      entraOidc: |\n");
    yaml += indent(liberty, 8);
    return yaml;
}

} // namespace leap::exporter
