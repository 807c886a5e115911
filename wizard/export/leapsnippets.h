#pragma once

#include "model/summary.h"

#include <QString>

// The texts Leap's administrators paste into Leap (entra-leap-facts §1.3, §1.4).
namespace leap::exporter {

struct SnippetOptions
{
    // Put the client secret value (Summary::clientSecretValue) into the text. Only for a private
    // file (export --include-secret --output FILE).
    bool includeSecret = false;
};

// The `openidConnectClient` block of Leap's Entra sample, as a complete `<server>` document.
// clientId/clientSecret refer to the credential alias (${alias_key}, ${alias_secret}); with
// includeSecret and a value, they carry the Application (client) ID and the value instead.
QString libertyServerXml(const Summary &summary, const SnippetOptions &options = {},
                         const QString &alias = {});

// The three ibm.nitro.NitroConfig lines for Leap_config.properties, with comments.
QString leapProperties(const Summary &summary);

// Helm values (configuration.leap: leapProperties, customSecrets, configOverrideFiles) preceded
// by the `kubectl create secret generic` command as a comment.
QString helmValues(const Summary &summary, const SnippetOptions &options = {});

// The `kubectl create secret generic` command line. Without a value it carries a placeholder.
QString kubectlCreateSecret(const Summary &summary, const SnippetOptions &options = {});

// Helm's customSecrets keys must match ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$ (leap-doc
// helm_admin_customsecret.md), and Leap finds the credentials under that key, so on Kubernetes
// the alias is the lower-case form with '_' turned into '-'.
QString kubernetesAlias(const QString &credentialAlias);
QString kubernetesSecretName(const QString &credentialAlias); // leap-entra-<kubernetesAlias>

// The shell placeholder used when the value is not included.
QString secretPlaceholder();

} // namespace leap::exporter
