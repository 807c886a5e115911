<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cloud</name>
    <message>
        <source>Microsoft Entra ID (global)</source>
        <translation>Microsoft Entra ID (mondial)</translation>
    </message>
    <message>
        <source>Azure Government (GCC High)</source>
        <translation>Azure Government (GCC High)</translation>
    </message>
    <message>
        <source>Azure Government (DoD)</source>
        <translation>Azure Government (DoD)</translation>
    </message>
    <message>
        <source>Microsoft Azure operated by 21Vianet</source>
        <translation>Microsoft Azure exploité par 21Vianet</translation>
    </message>
</context>
<context>
    <name>leap</name>
    <message>
        <source>%1 is not a GUID.</source>
        <translation>%1 n&apos;est pas un GUID.</translation>
    </message>
    <message>
        <source>Give it as 8-4-4-4-12 hexadecimal digits, e.g. 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35.</source>
        <translation>Indiquez 8-4-4-4-12 chiffres hexadécimaux, p. ex. 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35.</translation>
    </message>
    <message>
        <source>Give only the host name and an optional port, e.g. leap.example.com or leap.example.com:9443.</source>
        <translation>Indiquez uniquement le nom d&apos;hôte et un port facultatif, p. ex. leap.example.com ou leap.example.com:9443.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 contains spaces or control characters.</source>
        <translation>%1 contient des espaces ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 must not include a scheme such as https://.</source>
        <translation>%1 ne doit pas inclure de schéma comme https://.</translation>
    </message>
    <message>
        <source>%1 must not include a path, query or fragment.</source>
        <translation>%1 ne doit pas inclure de chemin, de requête ni de fragment.</translation>
    </message>
    <message>
        <source>%1 must not include user info (user@).</source>
        <translation>%1 ne doit pas inclure d&apos;informations utilisateur (user@).</translation>
    </message>
    <message>
        <source>%1: IPv6 addresses are not supported for a Leap redirect URI.</source>
        <translation>%1 : les adresses IPv6 ne sont pas prises en charge pour un URI de redirection Leap.</translation>
    </message>
    <message>
        <source>Use the Leap server&apos;s DNS name.</source>
        <translation>Utilisez le nom DNS du serveur Leap.</translation>
    </message>
    <message>
        <source>%1 has an invalid port &quot;%2&quot;.</source>
        <translation>%1 a un port non valide « %2 ».</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535, e.g. leap.example.com:9443.</source>
        <translation>Utilisez un port entre 1 et 65535, p. ex. leap.example.com:9443.</translation>
    </message>
    <message>
        <source>%1 has more than one &apos;:&apos;.</source>
        <translation>%1 contient plus d&apos;un « : ».</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name (&quot;%2&quot;).</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte valide (« %2 »).</translation>
    </message>
    <message>
        <source>%1 is neither a host name nor an IPv4 address.</source>
        <translation>%1 n&apos;est ni un nom d&apos;hôte ni une adresse IPv4.</translation>
    </message>
    <message>
        <source>%1 must be a host name or an IPv4 address.</source>
        <translation>%1 doit être un nom d&apos;hôte ou une adresse IPv4.</translation>
    </message>
    <message>
        <source>%1 is too long for an Entra redirect URI (256 characters at most).</source>
        <translation>%1 est trop long pour un URI de redirection Entra (256 caractères au maximum).</translation>
    </message>
    <message>
        <source>Use a shorter host name.</source>
        <translation>Utilisez un nom d&apos;hôte plus court.</translation>
    </message>
    <message>
        <source>Give the tenant ID (a GUID) or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>Indiquez l&apos;ID du locataire (un GUID) ou un domaine vérifié comme contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>%1 looks like a tenant ID but is not a valid GUID.</source>
        <translation>%1 ressemble à un ID de locataire mais n&apos;est pas un GUID valide.</translation>
    </message>
    <message>
        <source>%1 must name one tenant, not &quot;%2&quot;.</source>
        <translation>%1 doit désigner un seul locataire, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 is not a tenant ID or domain.</source>
        <translation>%1 n&apos;est ni un ID de locataire ni un domaine.</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a tenant.</source>
        <translation>%1 est une adresse IP, pas un locataire.</translation>
    </message>
    <message>
        <source>Give a short descriptive name.</source>
        <translation>Indiquez un nom court et explicite.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation>Utilisez uniquement des caractères imprimables.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 fait %2 caractères ; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Raccourcissez-le.</translation>
    </message>
    <message>
        <source>Give a whole number of days from %1 to %2 (presets: 90, 180, 365, 545, 730).</source>
        <translation>Indiquez un nombre entier de jours entre %1 et %2 (préréglages : 90, 180, 365, 545, 730).</translation>
    </message>
    <message>
        <source>%1 is not a whole number of days.</source>
        <translation>%1 n&apos;est pas un nombre entier de jours.</translation>
    </message>
    <message>
        <source>%1 is %2 days, outside the allowed range.</source>
        <translation>%1 vaut %2 jours, en dehors de la plage autorisée.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid credential alias.</source>
        <translation>%1 « %2 » n&apos;est pas un alias d&apos;informations d&apos;identification valide.</translation>
    </message>
    <message>
        <source>Use a letter followed by letters, digits or underscores (at most 64), e.g. azureAlias.</source>
        <translation>Utilisez une lettre suivie de lettres, de chiffres ou de traits de soulignement (64 au maximum), p. ex. azureAlias.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid profile name.</source>
        <translation>%1 « %2 » n&apos;est pas un nom de profil valide.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64, not starting with &apos;.&apos;), e.g. prod.</source>
        <translation>Utilisez des lettres, des chiffres, « . », « _ » ou « - » (64 au maximum, sans commencer par « . »), p. ex. prod.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Give an absolute URL such as https://login.microsoftonline.com.</source>
        <translation>Indiquez une URL absolue comme https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>%1 must not contain user info, a query or a fragment.</source>
        <translation>%1 ne doit pas contenir d&apos;informations utilisateur, de requête ni de fragment.</translation>
    </message>
    <message>
        <source>Give only the scheme, host, optional port and path.</source>
        <translation>Indiquez uniquement le schéma, l&apos;hôte, un port facultatif et le chemin.</translation>
    </message>
    <message>
        <source>%1 uses plain http to a non-loopback host.</source>
        <translation>%1 utilise http en clair vers un hôte qui n&apos;est pas de bouclage.</translation>
    </message>
    <message>
        <source>Use https; plain http is accepted only for 127.0.0.1, ::1 or localhost.</source>
        <translation>Utilisez https ; http en clair n&apos;est accepté que pour 127.0.0.1, ::1 ou localhost.</translation>
    </message>
    <message>
        <source>%1 must use https.</source>
        <translation>%1 doit utiliser https.</translation>
    </message>
    <message>
        <source>Give an https URL such as https://graph.microsoft.com.</source>
        <translation>Indiquez une URL https comme https://graph.microsoft.com.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: the signed-in account may not manage applications in this tenant.</source>
        <translation>Microsoft Graph a refusé de %1 : le compte connecté ne peut pas gérer les applications de ce locataire.</translation>
    </message>
    <message>
        <source>Sign in as an Application Administrator, Cloud Application Administrator or Global Administrator.</source>
        <translation>Connectez-vous en tant qu&apos;Administrateur d&apos;application, Administrateur d&apos;application cloud ou Administrateur général.</translation>
    </message>
    <message>
        <source>The profile lacks the tenant or the Leap host.</source>
        <translation>Le profil ne contient pas le locataire ou l&apos;hôte Leap.</translation>
    </message>
    <message>
        <source>read the application</source>
        <translation>lire l&apos;application</translation>
    </message>
    <message>
        <source>read the service principal</source>
        <translation>lire le principal de service</translation>
    </message>
    <message>
        <source>The application&apos;s token does not carry the application permission %1: admin consent is missing or was removed, so Leap could not look up users and groups.</source>
        <translation>Le jeton de l&apos;application ne contient pas l&apos;autorisation d&apos;application %1 : le consentement administrateur manque ou a été retiré, Leap ne peut donc pas rechercher les utilisateurs et les groupes.</translation>
    </message>
    <message>
        <source>Run `%1` as a Privileged Role Administrator or Global Administrator to grant it, or send this admin-consent address to one: %2</source>
        <translation>Exécutez `%1` en tant qu&apos;Administrateur de rôle privilégié ou Administrateur général pour l&apos;accorder, ou envoyez à l&apos;un d&apos;eux cette adresse de consentement administrateur : %2</translation>
    </message>
    <message>
        <source>Microsoft Entra ID rejected the client secret (AADSTS7000215: invalid client secret). Either the stored value is wrong, or the secret&apos;s ID (a GUID) was used where its value belongs.</source>
        <translation>Microsoft Entra ID a rejeté le secret client (AADSTS7000215 : secret client non valide). Soit la valeur stockée est incorrecte, soit l&apos;ID du secret (un GUID) a été utilisé à la place de sa valeur.</translation>
    </message>
    <message>
        <source>Make sure Leap and the keychain hold the secret&apos;s Value, not its Secret ID. If the value is lost or wrong, create a new one with `%1`.</source>
        <translation>Vérifiez que Leap et le trousseau contiennent la « Valeur » du secret, et non son « ID de secret ». Si la valeur est perdue ou incorrecte, créez-en une nouvelle avec `%1`.</translation>
    </message>
    <message>
        <source>The client secret has expired (AADSTS7000222). Nobody can sign in to Leap with it.</source>
        <translation>Le secret client a expiré (AADSTS7000222). Personne ne peut plus se connecter à Leap avec.</translation>
    </message>
    <message>
        <source>Create a new secret with `%1`, put it into Leap, then retire the expired one.</source>
        <translation>Créez un nouveau secret avec `%1`, placez-le dans Leap, puis retirez celui qui a expiré.</translation>
    </message>
    <message>
        <source>The application %1 was not found in tenant %2 (AADSTS700016).</source>
        <translation>L&apos;application %1 est introuvable dans le locataire %2 (AADSTS700016).</translation>
    </message>
    <message>
        <source>Check that the profile names the right tenant. If the application was deleted, run `%1` to register it again.</source>
        <translation>Vérifiez que le profil désigne le bon locataire. Si l&apos;application a été supprimée, exécutez `%1` pour l&apos;inscrire à nouveau.</translation>
    </message>
    <message>
        <source>The tenant %1 was not found at %2 (AADSTS90002).</source>
        <translation>Le locataire %1 est introuvable sur %2 (AADSTS90002).</translation>
    </message>
    <message>
        <source>Check the tenant ID and the cloud (--cloud global, usgov, usgov-dod or china): a tenant exists in one cloud only.</source>
        <translation>Vérifiez l&apos;ID du locataire et le cloud (--cloud global, usgov, usgov-dod ou china) : un locataire n&apos;existe que dans un seul cloud.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client credentials: %1 (%2).</source>
        <translation>Le point de terminaison de jeton a refusé les informations d&apos;identification du client : %1 (%2).</translation>
    </message>
    <message>
        <source>Check the application in the Microsoft Entra admin center, or run `%1` to repair it.</source>
        <translation>Vérifiez l&apos;application dans le centre d&apos;administration Microsoft Entra, ou exécutez `%1` pour la réparer.</translation>
    </message>
    <message>
        <source>The tenant&apos;s app management policy allows client secrets of at most %1 days; %2 days were asked for.</source>
        <translation>La stratégie de gestion des applications du locataire autorise des secrets client de %1 jours au maximum ; %2 jours ont été demandés.</translation>
    </message>
    <message>
        <source>The tenant&apos;s app management policy does not allow a client secret that lasts %1 days.</source>
        <translation>La stratégie de gestion des applications du locataire n&apos;autorise pas un secret client valable %1 jours.</translation>
    </message>
    <message>
        <source>Choose a lifetime of %1 days or less (--secret-days %1).</source>
        <translation>Choisissez une durée de %1 jours ou moins (--secret-days %1).</translation>
    </message>
    <message>
        <source>Choose a shorter lifetime (--secret-days), or ask an administrator for the tenant&apos;s maximum.</source>
        <translation>Choisissez une durée plus courte (--secret-days) ou demandez le maximum du locataire à un administrateur.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: the signed-in account may not manage this application&apos;s credentials.</source>
        <translation>Microsoft Graph a refusé de %1 : le compte connecté ne peut pas gérer les informations d&apos;identification de cette application.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: granting admin consent to Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role, which the signed-in account does not have.</source>
        <translation>Microsoft Graph a refusé de %1 : accorder le consentement administrateur à des autorisations d&apos;application Microsoft Graph exige le rôle Administrateur de rôle privilégié ou Administrateur général, que le compte connecté n&apos;a pas.</translation>
    </message>
    <message>
        <source>Ask someone with the Privileged Role Administrator or Global Administrator role to open %1 and accept, or sign in as one and run the step again.</source>
        <translation>Demandez à une personne ayant le rôle Administrateur de rôle privilégié ou Administrateur général d&apos;ouvrir %1 et d&apos;accepter, ou connectez-vous avec l&apos;un de ces rôles et relancez l&apos;étape.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s discovery document at %1 is incomplete (issuer, authorization or token endpoint missing).</source>
        <translation>Le document de découverte du serveur de connexion à %1 est incomplet (émetteur, point de terminaison d&apos;autorisation ou de jeton manquant).</translation>
    </message>
    <message>
        <source>Check --authority: it must be the login host of a Microsoft identity platform, such as https://login.microsoftonline.com.</source>
        <translation>Vérifiez --authority : ce doit être l&apos;hôte de connexion d&apos;une plateforme d&apos;identités Microsoft, comme https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>This tenant lives in %1, not in %2 as chosen.</source>
        <translation>Ce locataire se trouve dans %1, et non dans %2 comme choisi.</translation>
    </message>
    <message>
        <source>Choose the cloud &quot;%1&quot; (--cloud %1) and sign in again.</source>
        <translation>Choisissez le cloud « %1 » (--cloud %1) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in app&apos;s redirect address does not match what is registered for it (AADSTS50011).</source>
        <translation>L&apos;adresse de redirection de l&apos;application de connexion ne correspond pas à celle qui est inscrite (AADSTS50011).</translation>
    </message>
    <message>
        <source>With your own app (--client-id), add http://localhost as a &quot;Mobile and desktop applications&quot; redirect URI in its Authentication settings, or sign in with the device code instead.</source>
        <translation>Avec votre propre application (--client-id), ajoutez http://localhost comme URI de redirection « Applications de bureau et mobiles » dans ses paramètres d&apos;authentification, ou connectez-vous plutôt avec le code d&apos;appareil.</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your tenant blocked this sign-in (%1).</source>
        <translation>Une stratégie d&apos;accès conditionnel de votre locataire a bloqué cette connexion (%1).</translation>
    </message>
    <message>
        <source>Try signing in with a device code (--sign-in device-code) from a compliant device, or ask the Conditional Access administrator to allow it.</source>
        <translation>Essayez de vous connecter avec un code d&apos;appareil (--sign-in device-code) depuis un appareil conforme, ou demandez à l&apos;administrateur de l&apos;accès conditionnel de l&apos;autoriser.</translation>
    </message>
    <message>
        <source>Device-code sign-in is often blocked by policy: sign in with the browser instead (--sign-in browser), or ask the Conditional Access administrator to allow it.</source>
        <translation>La connexion par code d&apos;appareil est souvent bloquée par une stratégie : connectez-vous plutôt avec le navigateur (--sign-in browser), ou demandez à l&apos;administrateur de l&apos;accès conditionnel de l&apos;autoriser.</translation>
    </message>
    <message>
        <source>Nobody has consented to the sign-in app using the permissions it needs (AADSTS65001).</source>
        <translation>Personne n&apos;a consenti à ce que l&apos;application de connexion utilise les autorisations dont elle a besoin (AADSTS65001).</translation>
    </message>
    <message>
        <source>Sign in as a Global Administrator or Privileged Role Administrator and accept the consent prompt for your organization, or have one grant admin consent to the sign-in app first.</source>
        <translation>Connectez-vous en tant qu&apos;Administrateur général ou Administrateur de rôle privilégié et acceptez la demande de consentement pour votre organisation, ou faites d&apos;abord accorder le consentement administrateur à l&apos;application de connexion par l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Your tenant requires multi-factor authentication for this sign-in (%1).</source>
        <translation>Votre locataire exige l&apos;authentification multifacteur pour cette connexion (%1).</translation>
    </message>
    <message>
        <source>Sign in again and complete the second factor in the browser; if you have never registered one, set it up first at https://aka.ms/mfasetup.</source>
        <translation>Reconnectez-vous et validez le second facteur dans le navigateur ; si vous n&apos;en avez jamais inscrit, configurez-le d&apos;abord sur https://aka.ms/mfasetup.</translation>
    </message>
    <message>
        <source>Tenant not found: wrong name or wrong cloud (AADSTS90002).</source>
        <translation>Locataire introuvable : nom ou cloud incorrect (AADSTS90002).</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s GUID or verified domain (for example contoso.onmicrosoft.com), and that --cloud is the national cloud it lives in.</source>
        <translation>Vérifiez le GUID ou le domaine vérifié du locataire (par exemple contoso.onmicrosoft.com), et que --cloud indique le cloud national où il se trouve.</translation>
    </message>
    <message>
        <source>The sign-in app is not known in this tenant (AADSTS700016).</source>
        <translation>L&apos;application de connexion n&apos;est pas connue dans ce locataire (AADSTS700016).</translation>
    </message>
    <message>
        <source>Check --client-id: your own app must be registered in this tenant (or be multi-tenant), or leave --client-id out to use Microsoft Graph Command Line Tools.</source>
        <translation>Vérifiez --client-id : votre propre application doit être inscrite dans ce locataire (ou être multilocataire), ou omettez --client-id pour utiliser Microsoft Graph Command Line Tools.</translation>
    </message>
    <message>
        <source>The sign-in app is single-tenant and cannot sign in through /common (AADSTS50194).</source>
        <translation>L&apos;application de connexion est monolocataire et ne peut pas se connecter via /common (AADSTS50194).</translation>
    </message>
    <message>
        <source>Give the tenant&apos;s GUID or verified domain with --tenant.</source>
        <translation>Indiquez le GUID ou le domaine vérifié du locataire avec --tenant.</translation>
    </message>
    <message>
        <source>Your sign-in app does not allow public client flows, so it would need a client secret (AADSTS7000218).</source>
        <translation>Votre application de connexion n&apos;autorise pas les flux de clients publics et exigerait donc un secret client (AADSTS7000218).</translation>
    </message>
    <message>
        <source>In the app registration, open Authentication and set &quot;Allow public client flows&quot; to Yes, or leave --client-id out to use Microsoft Graph Command Line Tools.</source>
        <translation>Dans l&apos;inscription d&apos;application, ouvrez Authentification et réglez « Autoriser les flux de clients publics » sur Oui, ou omettez --client-id pour utiliser Microsoft Graph Command Line Tools.</translation>
    </message>
    <message>
        <source>This Microsoft app is not pre-authorized for the Microsoft Graph permissions the wizard needs (AADSTS65002).</source>
        <translation>Cette application Microsoft n&apos;est pas pré-autorisée pour les autorisations Microsoft Graph dont l&apos;assistant a besoin (AADSTS65002).</translation>
    </message>
    <message>
        <source>Leave --client-id out to use Microsoft Graph Command Line Tools, or register your own public client app and pass its id with --client-id.</source>
        <translation>Omettez --client-id pour utiliser Microsoft Graph Command Line Tools, ou inscrivez votre propre application cliente publique et passez son ID avec --client-id.</translation>
    </message>
    <message>
        <source>The sign-in app is a public client and must not send a secret (AADSTS700025).</source>
        <translation>L&apos;application de connexion est un client public et ne doit pas envoyer de secret (AADSTS700025).</translation>
    </message>
    <message>
        <source>Use a public client registration (Allow public client flows).</source>
        <translation>Utilisez une inscription de client public (Autoriser les flux de clients publics).</translation>
    </message>
    <message>
        <source>The device code has not been entered yet.</source>
        <translation>Le code d&apos;appareil n&apos;a pas encore été saisi.</translation>
    </message>
    <message>
        <source>Open the address and enter the code, then wait.</source>
        <translation>Ouvrez l&apos;adresse, saisissez le code, puis patientez.</translation>
    </message>
    <message>
        <source>The code was not accepted (%1).</source>
        <translation>Le code n&apos;a pas été accepté (%1).</translation>
    </message>
    <message>
        <source>Start the sign-in again and type the new code exactly as shown.</source>
        <translation>Relancez la connexion et saisissez le nouveau code exactement comme affiché.</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was completed.</source>
        <translation>Le code d&apos;appareil a expiré avant la fin de la connexion.</translation>
    </message>
    <message>
        <source>Start the sign-in again and enter the new code within its lifetime.</source>
        <translation>Relancez la connexion et saisissez le nouveau code pendant sa durée de validité.</translation>
    </message>
    <message>
        <source>The sign-in request was declined, or the code was already used (%1).</source>
        <translation>La demande de connexion a été refusée, ou le code a déjà été utilisé (%1).</translation>
    </message>
    <message>
        <source>Start the sign-in again and approve it in the browser.</source>
        <translation>Relancez la connexion et approuvez-la dans le navigateur.</translation>
    </message>
    <message>
        <source>The sign-in was declined: consent was not given.</source>
        <translation>La connexion a été refusée : le consentement n&apos;a pas été donné.</translation>
    </message>
    <message>
        <source>Sign in again and accept the permissions; if your organization requires an administrator&apos;s approval, ask a Global Administrator to sign in.</source>
        <translation>Reconnectez-vous et acceptez les autorisations ; si votre organisation exige l&apos;approbation d&apos;un administrateur, demandez à un Administrateur général de se connecter.</translation>
    </message>
    <message>
        <source>The saved sign-in has expired or was revoked (%1).</source>
        <translation>La connexion enregistrée a expiré ou a été révoquée (%1).</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account is not a member of this tenant (AADSTS50020).</source>
        <translation>Le compte n&apos;est pas membre de ce locataire (AADSTS50020).</translation>
    </message>
    <message>
        <source>Sign in with an administrator account of the tenant you chose, or correct --tenant.</source>
        <translation>Connectez-vous avec un compte administrateur du locataire choisi, ou corrigez --tenant.</translation>
    </message>
    <message>
        <source>Wrong user name or password (AADSTS50126).</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect (AADSTS50126).</translation>
    </message>
    <message>
        <source>Sign in again with the right credentials.</source>
        <translation>Reconnectez-vous avec les bonnes informations d&apos;identification.</translation>
    </message>
    <message>
        <source>The browser is not signed in and no interaction was allowed (AADSTS50058).</source>
        <translation>Le navigateur n&apos;est pas connecté et aucune interaction n&apos;était autorisée (AADSTS50058).</translation>
    </message>
    <message>
        <source>Sign in again interactively.</source>
        <translation>Reconnectez-vous de manière interactive.</translation>
    </message>
    <message>
        <source>The sign-in service refused: %1 (%2).</source>
        <translation>Le service de connexion a refusé : %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1).</source>
        <translation>Le service de connexion a refusé la demande (%1).</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 with no explanation.</source>
        <translation>Le service de connexion a répondu HTTP %1 sans explication.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, give the code and correlation id to your Entra administrator.</source>
        <translation>Réessayez ; si l&apos;échec persiste, transmettez le code et l&apos;ID de corrélation à votre administrateur Entra.</translation>
    </message>
    <message>
        <source>The sign-in was not completed (%1).</source>
        <translation>La connexion n&apos;a pas abouti (%1).</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1 (%2).</source>
        <translation>La connexion n&apos;a pas abouti : %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, give the code to your Entra administrator.</source>
        <translation>Reconnectez-vous ; si l&apos;échec persiste, transmettez le code à votre administrateur Entra.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer contained no access token.</source>
        <translation>La réponse du serveur de connexion ne contenait aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check --authority.</source>
        <translation>Réessayez ; si l&apos;échec persiste, vérifiez --authority.</translation>
    </message>
    <message>
        <source>store a value in</source>
        <translation>enregistrer une valeur</translation>
    </message>
    <message>
        <source>read a value from</source>
        <translation>lire une valeur</translation>
    </message>
    <message>
        <source>remove a value from</source>
        <translation>supprimer une valeur</translation>
    </message>
    <message>
        <source>The system keychain refused to %1 it (%2).</source>
        <translation>Le trousseau système a refusé l&apos;opération « %1 » (%2).</translation>
    </message>
    <message>
        <source>Unlock your keyring (GNOME Keyring, KWallet, macOS Keychain) or allow the access when it asks, then try again.</source>
        <translation>Déverrouillez votre trousseau (GNOME Keyring, KWallet, Trousseau macOS) ou autorisez l&apos;accès lorsqu&apos;il le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry (%1).</source>
        <translation>Le trousseau système n&apos;a pas pu supprimer l&apos;entrée (%1).</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again, or delete the entry of service &quot;leap-entra-setup&quot; with your keyring manager.</source>
        <translation>Déverrouillez votre trousseau et réessayez, ou supprimez l&apos;entrée du service « leap-entra-setup » avec votre gestionnaire de trousseau.</translation>
    </message>
    <message>
        <source>Secure storage is unavailable: could not %1 the system keychain (%2).</source>
        <translation>Stockage sécurisé indisponible : l&apos;opération « %1 » a échoué dans le trousseau système (%2).</translation>
    </message>
    <message>
        <source>Run inside a desktop session with an unlocked keyring; on Linux install and start gnome-keyring or KWallet (with libsecret) and make sure a D-Bus session bus is running.</source>
        <translation>Travaillez dans une session de bureau avec un trousseau déverrouillé ; sous Linux, installez et démarrez gnome-keyring ou KWallet (avec libsecret) et vérifiez qu&apos;un bus de session D-Bus est actif.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds when asked to %2 it; a locked keyring may be waiting for its password.</source>
        <translation>Le trousseau système n&apos;a pas répondu dans les %1 secondes à l&apos;opération « %2 » ; un trousseau verrouillé attend peut-être son mot de passe.</translation>
    </message>
    <message>
        <source>Unlock the keyring (answer its password prompt) and try again; on Linux make sure gnome-keyring or KWallet is running.</source>
        <translation>Déverrouillez le trousseau (répondez à la demande de mot de passe) et réessayez ; sous Linux, vérifiez que gnome-keyring ou KWallet est actif.</translation>
    </message>
</context>
<context>
    <name>leap::ApplicationService</name>
    <message>
        <source>Looking for the application in the tenant…</source>
        <translation>Recherche de l&apos;application dans le locataire…</translation>
    </message>
    <message>
        <source>Create the application &quot;%1&quot; (single tenant) with redirect URI %2, security-group claims and the permissions %3.</source>
        <translation>Créer l&apos;application « %1 » (locataire unique) avec l&apos;URI de redirection %2, les revendications de groupes de sécurité et les autorisations %3.</translation>
    </message>
    <message>
        <source>Create the application&apos;s service principal (enterprise application).</source>
        <translation>Créer le principal de service de l&apos;application (application d&apos;entreprise).</translation>
    </message>
    <message>
        <source>Found the application &quot;%1&quot; (%2).</source>
        <translation>Application « %1 » trouvée (%2).</translation>
    </message>
    <message>
        <source>Add the redirect URI %1.</source>
        <translation>Ajouter l&apos;URI de redirection %1.</translation>
    </message>
    <message>
        <source>Request the %1 permission %2.</source>
        <translation>Demander l&apos;autorisation %1 %2.</translation>
    </message>
    <message>
        <source>Send security groups in the &quot;groups&quot; claim.</source>
        <translation>Envoyer les groupes de sécurité dans la revendication « groups ».</translation>
    </message>
    <message>
        <source>Found the application&apos;s service principal.</source>
        <translation>Principal de service de l&apos;application trouvé.</translation>
    </message>
    <message>
        <source>Registering the application &quot;%1&quot;…</source>
        <translation>Inscription de l&apos;application « %1 »…</translation>
    </message>
    <message>
        <source>register the application</source>
        <translation>inscrire l&apos;application</translation>
    </message>
    <message>
        <source>read the application</source>
        <translation>lire l&apos;application</translation>
    </message>
    <message>
        <source>Registered the application &quot;%1&quot; (%2).</source>
        <translation>Application « %1 » inscrite (%2).</translation>
    </message>
    <message>
        <source>Adding what Leap needs to the application…</source>
        <translation>Ajout à l&apos;application de ce dont Leap a besoin…</translation>
    </message>
    <message>
        <source>update the application</source>
        <translation>mettre à jour l&apos;application</translation>
    </message>
    <message>
        <source>Added the redirect URI %1.</source>
        <translation>URI de redirection %1 ajouté.</translation>
    </message>
    <message>
        <source>Requested the %1 permission %2.</source>
        <translation>Autorisation %1 %2 demandée.</translation>
    </message>
    <message>
        <source>Security groups are now sent in the &quot;groups&quot; claim.</source>
        <translation>Les groupes de sécurité sont désormais envoyés dans la revendication « groups ».</translation>
    </message>
    <message>
        <source>Creating the application&apos;s service principal…</source>
        <translation>Création du principal de service de l&apos;application…</translation>
    </message>
    <message>
        <source>create the service principal</source>
        <translation>créer le principal de service</translation>
    </message>
    <message>
        <source>The service principal was created but cannot be read.</source>
        <translation>Le principal de service a été créé mais ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Run the command again in a few minutes.</source>
        <translation>Relancez la commande dans quelques minutes.</translation>
    </message>
    <message>
        <source>Created the application&apos;s service principal.</source>
        <translation>Principal de service de l&apos;application créé.</translation>
    </message>
</context>
<context>
    <name>leap::BrowserFlow</name>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>This sign-in has already finished. You can close this tab.</source>
        <translation>Cette connexion est déjà terminée. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Not a valid sign-in</source>
        <translation>Connexion non valide</translation>
    </message>
    <message>
        <source>This page was not opened by the sign-in that Leap Entra Setup started. Return to the app and sign in from there.</source>
        <translation>Cette page n&apos;a pas été ouverte par la connexion qu&apos;a lancée Leap Entra Setup. Revenez à l&apos;application et connectez-vous depuis celle-ci.</translation>
    </message>
    <message>
        <source>The sign-in server sent neither a code nor an error. Return to the app and sign in again.</source>
        <translation>Le serveur de connexion n&apos;a envoyé ni code ni erreur. Revenez à l&apos;application et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Connexion non terminée</translation>
    </message>
    <message>
        <source>The sign-in was not completed. Return to Leap Entra Setup to see why.</source>
        <translation>La connexion n&apos;a pas abouti. Revenez à Leap Entra Setup pour en connaître la raison.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You are signed in to Leap Entra Setup. You can close this tab and return to the app.</source>
        <translation>Vous êtes connecté à Leap Entra Setup. Vous pouvez fermer cet onglet et revenir à l&apos;application.</translation>
    </message>
    <message>
        <source>A browser sign-in is already running.</source>
        <translation>Une connexion par navigateur est déjà en cours.</translation>
    </message>
    <message>
        <source>Could not open a local port for the browser to return to.</source>
        <translation>Impossible d&apos;ouvrir un port local vers lequel le navigateur peut revenir.</translation>
    </message>
    <message>
        <source>Sign in with a device code instead (--sign-in device-code).</source>
        <translation>Connectez-vous plutôt avec un code d&apos;appareil (--sign-in device-code).</translation>
    </message>
    <message>
        <source>You can close this tab and return to the app.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à l&apos;application.</translation>
    </message>
    <message>
        <source>Browser sign-in did not start.</source>
        <translation>La connexion par navigateur n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The browser sign-in did not finish in time.</source>
        <translation>La connexion par navigateur ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message>
        <source>Sign in again, or sign in with a device code (--sign-in device-code).</source>
        <translation>Reconnectez-vous, ou connectez-vous avec un code d&apos;appareil (--sign-in device-code).</translation>
    </message>
</context>
<context>
    <name>leap::DeviceCodeFlow</name>
    <message>
        <source>This sign-in server does not offer device-code sign-in.</source>
        <translation>Ce serveur de connexion ne propose pas la connexion par code d&apos;appareil.</translation>
    </message>
    <message>
        <source>Sign in with the browser instead (--sign-in browser).</source>
        <translation>Connectez-vous plutôt avec le navigateur (--sign-in browser).</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s device-code answer was incomplete.</source>
        <translation>La réponse du serveur de connexion pour le code d&apos;appareil était incomplète.</translation>
    </message>
    <message>
        <source>Try again, or sign in with the browser (--sign-in browser).</source>
        <translation>Réessayez, ou connectez-vous avec le navigateur (--sign-in browser).</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>Pour vous connecter, ouvrez la page %1 dans un navigateur web et saisissez le code %2 pour vous authentifier.</translation>
    </message>
    <message>
        <source>The device code was not entered in time.</source>
        <translation>Le code d&apos;appareil n&apos;a pas été saisi à temps.</translation>
    </message>
    <message>
        <source>Start the sign-in again and enter the new code within %1 minutes.</source>
        <translation>Relancez la connexion et saisissez le nouveau code dans les %1 minutes.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>leap::Discovery</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time.</source>
        <translation>Le serveur de connexion %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server %1: %2.</source>
        <translation>Impossible de joindre le serveur de connexion %1 : %2.</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and --authority, then try again.</source>
        <translation>Vérifiez la connexion réseau, le proxy et --authority, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1.</source>
        <translation>Le serveur de connexion a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>%1 did not return a discovery document.</source>
        <translation>%1 n&apos;a pas renvoyé de document de découverte.</translation>
    </message>
    <message>
        <source>Check --authority: it must be the login host of a Microsoft identity platform, such as https://login.microsoftonline.com.</source>
        <translation>Vérifiez --authority : ce doit être l&apos;hôte de connexion d&apos;une plateforme d&apos;identités Microsoft, comme https://login.microsoftonline.com.</translation>
    </message>
</context>
<context>
    <name>leap::DriftService</name>
    <message>
        <source>Comparing the profile with the tenant…</source>
        <translation>Comparaison du profil avec le locataire…</translation>
    </message>
    <message>
        <source>The application %1 no longer exists in the tenant.</source>
        <translation>L&apos;application %1 n&apos;existe plus dans le locataire.</translation>
    </message>
    <message>
        <source>Run `%1` to register it again; Leap then needs the new Application (client) ID and secret.</source>
        <translation>Exécutez `%1` pour l&apos;inscrire à nouveau ; Leap aura alors besoin du nouvel ID d&apos;application (client) et du nouveau secret.</translation>
    </message>
    <message>
        <source>The redirect URI %1 is missing from the application: Leap&apos;s sign-in would fail with AADSTS50011.</source>
        <translation>L&apos;URI de redirection %1 manque dans l&apos;application : la connexion à Leap échouerait avec AADSTS50011.</translation>
    </message>
    <message>
        <source>Run `%1` to add it back.</source>
        <translation>Exécutez `%1` pour le rajouter.</translation>
    </message>
    <message>
        <source>The application no longer requests the Microsoft Graph permission %1.</source>
        <translation>L&apos;application ne demande plus l&apos;autorisation Microsoft Graph %1.</translation>
    </message>
    <message>
        <source>Run `%1` to request it again.</source>
        <translation>Exécutez `%1` pour la demander à nouveau.</translation>
    </message>
    <message>
        <source>Admin consent for the application permission %1 is missing (no app role assignment): Leap cannot look up users or groups.</source>
        <translation>Le consentement administrateur pour l&apos;autorisation d&apos;application %1 manque (aucune attribution de rôle d&apos;application) : Leap ne peut pas rechercher les utilisateurs ni les groupes.</translation>
    </message>
    <message>
        <source>The delegated permission %1 is not granted for all users: sign-in to Leap may ask for admin approval.</source>
        <translation>L&apos;autorisation déléguée %1 n&apos;est pas accordée pour tous les utilisateurs : la connexion à Leap peut demander l&apos;approbation d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>Run `%1` as a Privileged Role Administrator or Global Administrator, or send this admin-consent address to one: %2</source>
        <translation>Exécutez `%1` en tant qu&apos;Administrateur de rôle privilégié ou Administrateur général, ou envoyez à l&apos;un d&apos;eux cette adresse de consentement administrateur : %2</translation>
    </message>
    <message>
        <source>The profile has no current client secret.</source>
        <translation>Le profil n&apos;a pas de secret client actuel.</translation>
    </message>
    <message>
        <source>Create one with `%1`.</source>
        <translation>Créez-en un avec `%1`.</translation>
    </message>
    <message>
        <source>The current client secret %1 was removed from the application: Leap can no longer sign in with it.</source>
        <translation>Le secret client actuel %1 a été supprimé de l&apos;application : Leap ne peut plus se connecter avec.</translation>
    </message>
    <message>
        <source>Create a new one with `%1` and put it into Leap.</source>
        <translation>Créez-en un nouveau avec `%1` et placez-le dans Leap.</translation>
    </message>
    <message>
        <source>The current client secret %1 expired on %2: nobody can sign in to Leap.</source>
        <translation>Le secret client actuel %1 a expiré le %2 : personne ne peut se connecter à Leap.</translation>
    </message>
    <message>
        <source>Create a new one now with `%1` and put it into Leap.</source>
        <translation>Créez-en un nouveau maintenant avec `%1` et placez-le dans Leap.</translation>
    </message>
    <message>
        <source>The current client secret %1 expires in %2 days (%3).</source>
        <translation>Le secret client actuel %1 expire dans %2 jours (%3).</translation>
    </message>
    <message>
        <source>Rotate it before then with `%1`, update Leap, then retire the old one.</source>
        <translation>Renouvelez-le avant avec `%1`, mettez Leap à jour, puis retirez l&apos;ancien.</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain.</source>
        <translation>La valeur du secret client actuel %1 n&apos;est pas dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>If Leap already has it, nothing is wrong in Leap; to keep a copy here, create a new secret with `%1`.</source>
        <translation>Si Leap l&apos;a déjà, tout va bien côté Leap ; pour en garder une copie ici, créez un nouveau secret avec `%1`.</translation>
    </message>
</context>
<context>
    <name>leap::GraphClient</name>
    <message>
        <source>Waiting for the directory to replicate…</source>
        <translation>Attente de la réplication de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy; retrying in %1 s…</source>
        <translation>Microsoft Graph est occupé ; nouvelle tentative dans %1 s…</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer properly; retrying in %1 s…</source>
        <translation>Microsoft Graph n&apos;a pas répondu correctement ; nouvelle tentative dans %1 s…</translation>
    </message>
    <message>
        <source>a next-page link points outside Microsoft Graph</source>
        <translation>un lien de page suivante pointe hors de Microsoft Graph</translation>
    </message>
    <message>
        <source>more than 1000 pages</source>
        <translation>plus de 1000 pages</translation>
    </message>
    <message>
        <source>the batch answer lacks an item</source>
        <translation>il manque un élément dans la réponse du lot</translation>
    </message>
</context>
<context>
    <name>leap::GraphError</name>
    <message>
        <source>Microsoft Graph refused the request: the signed-in account lacks the permission or directory role it needs%1.</source>
        <translation>Microsoft Graph a refusé la demande : il manque au compte connecté l&apos;autorisation ou le rôle d&apos;annuaire nécessaire%1.</translation>
    </message>
    <message>
        <source>Sign in as a Global Administrator or Privileged Role Administrator, or hand the task to someone who is one.</source>
        <translation>Connectez-vous en tant qu&apos;Administrateur général ou Administrateur de rôle privilégié, ou confiez la tâche à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request with status %1%2.</source>
        <translation>Microsoft Graph a refusé la demande avec le statut %1%2.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s policies and the message above; the request id helps Microsoft support.</source>
        <translation>Vérifiez les stratégies du locataire et le message ci-dessus ; l&apos;ID de demande aide le support Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not find the object%1.</source>
        <translation>Microsoft Graph n&apos;a pas trouvé l&apos;objet%1.</translation>
    </message>
    <message>
        <source>It may have been deleted in the tenant; run `status` to compare the profile with the tenant.</source>
        <translation>Il a peut-être été supprimé dans le locataire ; exécutez `status` pour comparer le profil avec le locataire.</translation>
    </message>
    <message>
        <source>Microsoft Graph no longer accepts the sign-in%1.</source>
        <translation>Microsoft Graph n&apos;accepte plus la connexion%1.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Microsoft Graph kept throttling the requests (HTTP 429) beyond the retry limit.</source>
        <translation>Microsoft Graph a continué de limiter les demandes (HTTP 429) au-delà de la limite de nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the command again; it resumes where it stopped.</source>
        <translation>Patientez quelques minutes et relancez la commande ; elle reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Microsoft Graph kept failing with HTTP %1%2.</source>
        <translation>Microsoft Graph a échoué à plusieurs reprises avec HTTP %1%2.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check the network connection (and proxy), then run the command again; it resumes where it stopped.</source>
        <translation>Vérifiez la connexion réseau (et le proxy), puis relancez la commande ; elle reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached%1.</source>
        <translation>Impossible de joindre Microsoft Graph%1.</translation>
    </message>
    <message>
        <source>The directory did not finish replicating a new object in time%1.</source>
        <translation>L&apos;annuaire n&apos;a pas fini de répliquer un nouvel objet à temps%1.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer this program cannot read%1.</source>
        <translation>Microsoft Graph a envoyé une réponse que ce programme ne sait pas lire%1.</translation>
    </message>
    <message>
        <source>Run again with --verbose and report the request id.</source>
        <translation>Relancez avec --verbose et signalez l&apos;ID de demande.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>leap::PermissionCatalog</name>
    <message>
        <source>The tenant has no Microsoft Graph service principal, so its permissions cannot be looked up.</source>
        <translation>Le locataire n&apos;a pas de principal de service Microsoft Graph ; ses autorisations ne peuvent donc pas être recherchées.</translation>
    </message>
    <message>
        <source>Check that the tenant is an ordinary Microsoft Entra tenant and the right cloud was chosen (--cloud).</source>
        <translation>Vérifiez que le locataire est un locataire Microsoft Entra ordinaire et que le bon cloud a été choisi (--cloud).</translation>
    </message>
    <message>
        <source>The tenant&apos;s Microsoft Graph offers no %1 permission &quot;%2&quot;.</source>
        <translation>Le Microsoft Graph du locataire ne propose pas d&apos;autorisation %1 « %2 ».</translation>
    </message>
    <message>
        <source>Check that the right cloud was chosen (--cloud); Leap needs this permission.</source>
        <translation>Vérifiez que le bon cloud a été choisi (--cloud) ; Leap a besoin de cette autorisation.</translation>
    </message>
    <message>
        <source>Microsoft Graph described its service principal without an id.</source>
        <translation>Microsoft Graph a décrit son principal de service sans ID.</translation>
    </message>
</context>
<context>
    <name>leap::PermissionService</name>
    <message>
        <source>The profile has no service principal yet; register the application first.</source>
        <translation>Le profil n&apos;a pas encore de principal de service ; inscrivez d&apos;abord l&apos;application.</translation>
    </message>
    <message>
        <source>Checking permissions and consent…</source>
        <translation>Vérification des autorisations et du consentement…</translation>
    </message>
    <message>
        <source>Granting admin consent for Microsoft Graph permissions…</source>
        <translation>Octroi du consentement administrateur pour les autorisations Microsoft Graph…</translation>
    </message>
    <message>
        <source>grant admin consent</source>
        <translation>accorder le consentement administrateur</translation>
    </message>
</context>
<context>
    <name>leap::Profile</name>
    <message>
        <source>The profile file has schema version %1; this version reads %2.</source>
        <translation>Le fichier de profil a la version de schéma %1 ; cette version lit la %2.</translation>
    </message>
    <message>
        <source>Use a matching version of Leap Entra Setup, or run `forget` and configure again.</source>
        <translation>Utilisez une version correspondante de Leap Entra Setup, ou exécutez `forget` et reconfigurez.</translation>
    </message>
    <message>
        <source>The profile names an unknown cloud.</source>
        <translation>Le profil indique un cloud inconnu.</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s &quot;cloud&quot; to global, usgov, usgov-dod or china.</source>
        <translation>Réglez « cloud » dans le profil sur global, usgov, usgov-dod ou china.</translation>
    </message>
    <message>
        <source>The profile&apos;s endpoint override is not acceptable: %1</source>
        <translation>Le remplacement de point de terminaison du profil n&apos;est pas acceptable : %1</translation>
    </message>
</context>
<context>
    <name>leap::ProfileStore</name>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil « %1 ».</translation>
    </message>
    <message>
        <source>Run `configure` to create it, or pick another with --profile.</source>
        <translation>Exécutez `configure` pour le créer, ou choisissez-en un autre avec --profile.</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2.</source>
        <translation>Impossible de lire le fichier de profil %1 : %2.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Vérifiez les autorisations du fichier.</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged (%2 at offset %3).</source>
        <translation>Le fichier de profil %1 est endommagé (%2 à la position %3).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>Repair the file, or remove it with `forget --profile %1` and configure again.</source>
        <translation>Réparez le fichier, ou supprimez-le avec `forget --profile %1` et reconfigurez.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be used: %2</source>
        <translation>Le fichier de profil %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>Impossible de créer le répertoire de profils %1.</translation>
    </message>
    <message>
        <source>Check that your configuration directory is writable.</source>
        <translation>Vérifiez que votre répertoire de configuration est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write the profile file %1: %2.</source>
        <translation>Impossible d&apos;écrire le fichier de profil %1 : %2.</translation>
    </message>
    <message>
        <source>Check that the directory is writable and the disk is not full.</source>
        <translation>Vérifiez que le répertoire est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Cannot remove the profile file %1.</source>
        <translation>Impossible de supprimer le fichier de profil %1.</translation>
    </message>
    <message>
        <source>Check the permissions of the profile directory.</source>
        <translation>Vérifiez les autorisations du répertoire de profils.</translation>
    </message>
</context>
<context>
    <name>leap::RotationService</name>
    <message>
        <source>The profile &quot;%1&quot; has no application yet, so there is no secret to rotate.</source>
        <translation>Le profil « %1 » n&apos;a pas encore d&apos;application ; il n&apos;y a donc aucun secret à renouveler.</translation>
    </message>
    <message>
        <source>Run `leap-entra-setup --profile %1 configure` first.</source>
        <translation>Exécutez d&apos;abord `leap-entra-setup --profile %1 configure`.</translation>
    </message>
    <message>
        <source>Adding a new client secret &quot;%1&quot;; the current one stays valid.</source>
        <translation>Ajout d&apos;un nouveau secret client « %1 » ; l&apos;actuel reste valide.</translation>
    </message>
    <message>
        <source>The keychain could not store the new client secret in this run, so no older secret is retired.</source>
        <translation>Le trousseau n&apos;a pas pu enregistrer le nouveau secret client lors de cette exécution ; aucun ancien secret n&apos;est donc retiré.</translation>
    </message>
    <message>
        <source>Make the keychain available, rotate again with `%1`, then retire the old secrets.</source>
        <translation>Rendez le trousseau disponible, renouvelez à nouveau avec `%1`, puis retirez les anciens secrets.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application.</source>
        <translation>Le profil « %1 » n&apos;a pas d&apos;application.</translation>
    </message>
    <message>
        <source>Say which secret to retire.</source>
        <translation>Indiquez le secret à retirer.</translation>
    </message>
    <message>
        <source>Use --key-id KEY or --all-but-current.</source>
        <translation>Utilisez --key-id CLÉ ou --all-but-current.</translation>
    </message>
    <message>
        <source>Reading the application&apos;s client secrets…</source>
        <translation>Lecture des secrets client de l&apos;application…</translation>
    </message>
    <message>
        <source>The profile has no current client secret, so every secret would go.</source>
        <translation>Le profil n&apos;a pas de secret client actuel ; tous les secrets seraient donc retirés.</translation>
    </message>
    <message>
        <source>Create one with `%1` first, or add --force.</source>
        <translation>Créez-en d&apos;abord un avec `%1`, ou ajoutez --force.</translation>
    </message>
    <message>
        <source>There is no client secret %1 on the application or in the profile.</source>
        <translation>Il n&apos;existe aucun secret client %1 dans l&apos;application ni dans le profil.</translation>
    </message>
    <message>
        <source>Run `leap-entra-setup --profile %1 status` to list the secrets.</source>
        <translation>Exécutez `leap-entra-setup --profile %1 status` pour lister les secrets.</translation>
    </message>
    <message>
        <source>%1 is the current client secret, the one Leap should be using.</source>
        <translation>%1 est le secret client actuel, celui que Leap doit utiliser.</translation>
    </message>
    <message>
        <source>Rotate first with `%1`, put the new value into Leap, then retire this one (or add --force).</source>
        <translation>Renouvelez d&apos;abord avec `%1`, placez la nouvelle valeur dans Leap, puis retirez celui-ci (ou ajoutez --force).</translation>
    </message>
    <message>
        <source>Retiring this would leave the application with no valid client secret, and nobody could sign in to Leap.</source>
        <translation>Le retirer laisserait l&apos;application sans secret client valide, et personne ne pourrait se connecter à Leap.</translation>
    </message>
    <message>
        <source>Create a new one with `%1` first (or add --force).</source>
        <translation>Créez-en d&apos;abord un nouveau avec `%1` (ou ajoutez --force).</translation>
    </message>
    <message>
        <source>Nothing was retired.</source>
        <translation>Rien n&apos;a été retiré.</translation>
    </message>
    <message>
        <source>The current client secret %1 is not in this computer&apos;s keychain; retiring the others could leave no secret anyone can hand to Leap.</source>
        <translation>Le secret client actuel %1 n&apos;est pas dans le trousseau de cet ordinateur ; retirer les autres pourrait ne laisser aucun secret à fournir à Leap.</translation>
    </message>
    <message>
        <source>Retire from the computer that created it, rotate here with `%1`, or add --force if Leap already uses the current secret.</source>
        <translation>Retirez-les depuis l&apos;ordinateur qui l&apos;a créé, renouvelez ici avec `%1`, ou ajoutez --force si Leap utilise déjà le secret actuel.</translation>
    </message>
    <message>
        <source>Proving the current secret works before retiring the others…</source>
        <translation>Vérification du fonctionnement du secret actuel avant de retirer les autres…</translation>
    </message>
    <message>
        <source>Nothing was retired; add --force to retire anyway.</source>
        <translation>Rien n&apos;a été retiré ; ajoutez --force pour retirer quand même.</translation>
    </message>
    <message>
        <source>Retiring client secret %1…</source>
        <translation>Retrait du secret client %1…</translation>
    </message>
    <message>
        <source>Already retired: %1.</source>
        <translation>Déjà retiré : %1.</translation>
    </message>
    <message>
        <source>Proving the new secret works (a client-credentials token)…</source>
        <translation>Vérification du fonctionnement du nouveau secret (un jeton par informations d&apos;identification du client)…</translation>
    </message>
</context>
<context>
    <name>leap::SecretLifetime</name>
    <message>
        <source>The end date of the secret must be in the future.</source>
        <translation>La date de fin du secret doit être dans le futur.</translation>
    </message>
    <message>
        <source>Choose a date within the next %1 days.</source>
        <translation>Choisissez une date dans les %1 prochains jours.</translation>
    </message>
    <message>
        <source>A client secret can last at most %1 days.</source>
        <translation>Un secret client peut durer %1 jours au maximum.</translation>
    </message>
    <message>
        <source>Choose an earlier end date.</source>
        <translation>Choisissez une date de fin antérieure.</translation>
    </message>
    <message>
        <source>A client secret lasts %1 to %2 days; %3 was given.</source>
        <translation>Un secret client dure de %1 à %2 jours ; %3 a été indiqué.</translation>
    </message>
    <message>
        <source>Use one of 90, 180, 365, 545 or 730 days.</source>
        <translation>Utilisez 90, 180, 365, 545 ou 730 jours.</translation>
    </message>
</context>
<context>
    <name>leap::SecretService</name>
    <message>
        <source>The profile has no application yet.</source>
        <translation>Le profil n&apos;a pas encore d&apos;application.</translation>
    </message>
    <message>
        <source>read the application&apos;s secrets</source>
        <translation>lire les secrets de l&apos;application</translation>
    </message>
    <message>
        <source>Removing a client secret whose value an interrupted run lost…</source>
        <translation>Suppression d&apos;un secret client dont la valeur a été perdue par une exécution interrompue…</translation>
    </message>
    <message>
        <source>remove an orphaned client secret</source>
        <translation>supprimer un secret client orphelin</translation>
    </message>
    <message>
        <source>The profile has no application yet; register it first.</source>
        <translation>Le profil n&apos;a pas encore d&apos;application ; inscrivez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Creating the client secret &quot;%1&quot;…</source>
        <translation>Création du secret client « %1 »…</translation>
    </message>
    <message>
        <source>add a client secret</source>
        <translation>ajouter un secret client</translation>
    </message>
    <message>
        <source>Microsoft Graph created a client secret but did not return it.</source>
        <translation>Microsoft Graph a créé un secret client mais ne l&apos;a pas renvoyé.</translation>
    </message>
    <message>
        <source>Run the command again; the incomplete secret is removed first.</source>
        <translation>Relancez la commande ; le secret incomplet sera d&apos;abord supprimé.</translation>
    </message>
    <message>
        <source>The client secret %1 was created on the application, but the system keychain could not store its value. %2</source>
        <translation>Le secret client %1 a été créé dans l&apos;application, mais le trousseau système n&apos;a pas pu enregistrer sa valeur. %2</translation>
    </message>
    <message>
        <source>If its value was not copied, retire the secret with `retire-secret --key-id %1`.</source>
        <translation>Si sa valeur n&apos;a pas été copiée, retirez le secret avec `retire-secret --key-id %1`.</translation>
    </message>
    <message>
        <source>The profile has no application.</source>
        <translation>Le profil n&apos;a pas d&apos;application.</translation>
    </message>
    <message>
        <source>Removing the client secret %1…</source>
        <translation>Suppression du secret client %1…</translation>
    </message>
    <message>
        <source>remove the client secret</source>
        <translation>supprimer le secret client</translation>
    </message>
    <message>
        <source>keychain entry left</source>
        <translation>entrée de trousseau restante</translation>
    </message>
</context>
<context>
    <name>leap::SecretStore</name>
    <message>
        <source>The system keychain holds no entry &quot;%1&quot;.</source>
        <translation>Le trousseau système ne contient aucune entrée « %1 ».</translation>
    </message>
</context>
<context>
    <name>leap::SignInSession</name>
    <message>
        <source>Reading the sign-in configuration of %1</source>
        <translation>Lecture de la configuration de connexion de %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser</source>
        <translation>En attente de la connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered</source>
        <translation>En attente de la saisie du code</translation>
    </message>
    <message>
        <source>No saved sign-in for this profile.</source>
        <translation>Aucune connexion enregistrée pour ce profil.</translation>
    </message>
    <message>
        <source>Sign in.</source>
        <translation>Connectez-vous.</translation>
    </message>
    <message>
        <source>Using the saved sign-in</source>
        <translation>Utilisation de la connexion enregistrée</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The sign-in has expired.</source>
        <translation>La connexion a expiré.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>leap::SupportBundle</name>
    <message>
        <source>Choose a file in a directory you can write to.</source>
        <translation>Choisissez un fichier dans un répertoire où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name.</source>
        <translation>--support-bundle exige un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write the support bundle %1: %2.</source>
        <translation>Impossible d&apos;écrire le paquet de support %1 : %2.</translation>
    </message>
    <message>
        <source>the file could not be replaced</source>
        <translation>le fichier n&apos;a pas pu être remplacé</translation>
    </message>
</context>
<context>
    <name>leap::TokenClient</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time.</source>
        <translation>Le serveur de connexion %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server %1: %2.</source>
        <translation>Impossible de joindre le serveur de connexion %1 : %2.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy, then try again.</source>
        <translation>Vérifiez la connexion réseau et le proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1.</source>
        <translation>Le serveur de connexion a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>leap::VerifyService</name>
    <message>
        <source>No answer from the token endpoint %1 (%2).</source>
        <translation>Aucune réponse du point de terminaison de jeton %1 (%2).</translation>
    </message>
    <message>
        <source>Check the network connection, a proxy, and the cloud or --authority of the profile.</source>
        <translation>Vérifiez la connexion réseau, un éventuel proxy, et le cloud ou --authority du profil.</translation>
    </message>
    <message>
        <source>The token endpoint is busy or failing (HTTP %1).</source>
        <translation>Le point de terminaison de jeton est occupé ou en échec (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer the read of %1 (%2).</source>
        <translation>Microsoft Graph n&apos;a pas répondu à la lecture de %1 (%2).</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to read %1 with the application&apos;s token (HTTP %2 %3).</source>
        <translation>Microsoft Graph a refusé de lire %1 avec le jeton de l&apos;application (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application with a current client secret to verify.</source>
        <translation>Le profil « %1 » n&apos;a aucune application avec un secret client actuel à vérifier.</translation>
    </message>
    <message>
        <source>Run `%1` first.</source>
        <translation>Exécutez d&apos;abord `%1`.</translation>
    </message>
    <message>
        <source>Verification needs the keychain, which was not given.</source>
        <translation>La vérification a besoin du trousseau, qui n&apos;a pas été fourni.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain, so it cannot be tested here.</source>
        <translation>La valeur du secret client actuel %1 n&apos;est pas dans le trousseau de cet ordinateur ; elle ne peut donc pas être testée ici.</translation>
    </message>
    <message>
        <source>Verify on the computer that created it, or create a new secret with `%1`.</source>
        <translation>Vérifiez depuis l&apos;ordinateur qui l&apos;a créé, ou créez un nouveau secret avec `%1`.</translation>
    </message>
    <message>
        <source>The client secret value is empty.</source>
        <translation>La valeur du secret client est vide.</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s Value, not its Secret ID.</source>
        <translation>Collez la « Valeur » du secret, et non son « ID de secret ».</translation>
    </message>
    <message>
        <source>Wait a few minutes and verify again. If it persists, run `%1` as a Privileged Role Administrator or Global Administrator, or send this admin-consent address to one: %2</source>
        <translation>Patientez quelques minutes et vérifiez à nouveau. Si le problème persiste, exécutez `%1` en tant qu&apos;Administrateur de rôle privilégié ou Administrateur général, ou envoyez à l&apos;un d&apos;eux cette adresse de consentement administrateur : %2</translation>
    </message>
    <message>
        <source>Waiting for the directory to replicate (%1)… retrying in %2 s.</source>
        <translation>Attente de la réplication de l&apos;annuaire (%1)… nouvelle tentative dans %2 s.</translation>
    </message>
</context>
<context>
    <name>leap::cli</name>
    <message>
        <source>Delete the local profile and its keychain entries; touches nothing in the tenant.</source>
        <translation>Supprimer le profil local et ses entrées de trousseau ; rien n&apos;est modifié dans le locataire.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur : </translation>
    </message>
    <message>
        <source>  request id: %1 (%2)</source>
        <translation>  ID de demande : %1 (%2)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Exit status:
  0 done; 1 unexpected internal error; 2 bad command line or input (nothing was
  changed); 3 sign-in failed or was cancelled; 4 Graph refused (missing role,
  tenant policy, conflict); 5 secure storage unavailable; 6 verification failed;
  7 network failure that outlasted the retries.
</source>
        <translation>Code de sortie :
  0 terminé ; 1 erreur interne inattendue ; 2 ligne de commande ou saisie incorrecte
  (rien n&apos;a été modifié) ; 3 connexion échouée ou annulée ; 4 refus de Graph (rôle
  manquant, stratégie du locataire, conflit) ; 5 stockage sécurisé indisponible ;
  6 vérification échouée ; 7 panne réseau qui a persisté malgré les nouvelles tentatives.
</translation>
    </message>
    <message>
        <source>Configures Microsoft Entra ID for HCL Leap: registers the application, creates its client secret (kept in the OS keychain) and grants the Microsoft Graph permissions Leap needs. With no command it opens the wizard.</source>
        <translation>Configure Microsoft Entra ID pour HCL Leap : inscrit l&apos;application, crée son secret client (conservé dans le trousseau du système) et accorde les autorisations Microsoft Graph dont Leap a besoin. Sans commande, ouvre l&apos;assistant.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>L&apos;une des commandes ci-dessous.</translation>
    </message>
    <message>
        <source>Profiles are kept in $XDG_CONFIG_HOME/leap-entra-setup/profiles (no secret is ever written there; secrets live in the OS keychain, service &quot;leap-entra-setup&quot;). With --sandbox, profiles are kept in the &quot;sandbox&quot; subdirectory instead, so a demo never mixes with a real tenant&apos;s profile, and the sandbox tenant itself is saved under $XDG_DATA_HOME/leap-entra-setup/sandbox between runs.</source>
        <translation>Les profils sont conservés dans $XDG_CONFIG_HOME/leap-entra-setup/profiles (aucun secret n&apos;y est jamais écrit ; les secrets résident dans le trousseau du système, service « leap-entra-setup »). Avec --sandbox, les profils sont conservés dans le sous-répertoire « sandbox », afin qu&apos;une démo ne se mélange jamais au profil d&apos;un vrai locataire, et le locataire du bac à sable lui-même est enregistré entre les exécutions sous $XDG_DATA_HOME/leap-entra-setup/sandbox.</translation>
    </message>
    <message>
        <source>Tenant to prefill.</source>
        <translation>Locataire à préremplir.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>LOCATAIRE</translation>
    </message>
    <message>
        <source>Leap server to prefill.</source>
        <translation>Serveur Leap à préremplir.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>Unexpected arguments.</source>
        <translation>Arguments inattendus.</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the commands and options.</source>
        <translation>Exécutez `%1 --help` pour voir les commandes et les options.</translation>
    </message>
    <message>
        <source>Support bundle written to %1.</source>
        <translation>Paquet de support écrit dans %1.</translation>
    </message>
    <message>
        <source>--%1 is not an option.</source>
        <translation>--%1 n&apos;est pas une option.</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the options.</source>
        <translation>Exécutez `%1 --help` pour voir les options.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>« %1 » n&apos;est pas une commande.</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the commands.</source>
        <translation>Exécutez `%1 --help` pour voir les commandes.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2.</source>
        <translation>Argument inattendu « %1 » après %2.</translation>
    </message>
    <message>
        <source>Give option values with their option, e.g. --tenant contoso.onmicrosoft.com.</source>
        <translation>Indiquez les valeurs avec leur option, p. ex. --tenant contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 n&apos;accepte pas --%2.</translation>
    </message>
    <message>
        <source>Run `%1 %2 --help` for its options.</source>
        <translation>Exécutez `%1 %2 --help` pour voir ses options.</translation>
    </message>
    <message>
        <source>Compare the saved profile with the live tenant: application, secrets and days left, permissions and consent, drift.</source>
        <translation>Comparer le profil enregistré avec le locataire réel : application, secrets et jours restants, autorisations et consentement, dérive.</translation>
    </message>
    <message>
        <source>Remove older secrets from the application and the keychain.</source>
        <translation>Retirer les anciens secrets de l&apos;application et du trousseau.</translation>
    </message>
    <message>
        <source>The key id of the secret to retire.</source>
        <translation>L&apos;ID de clé du secret à retirer.</translation>
    </message>
    <message>
        <source>Retire every secret of this profile except the current one.</source>
        <translation>Retirer tous les secrets de ce profil sauf l&apos;actuel.</translation>
    </message>
    <message>
        <source>Also retire the current or only valid secret, without proving the current one first.</source>
        <translation>Retirer aussi le secret actuel ou le seul valide, sans vérifier d&apos;abord l&apos;actuel.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil « %1 ».</translation>
    </message>
    <message>
        <source>Run configure first.</source>
        <translation>Exécutez d&apos;abord configure.</translation>
    </message>
    <message>
        <source>Run configure first, or pick one of: %1.</source>
        <translation>Exécutez d&apos;abord configure, ou choisissez parmi : %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application yet.</source>
        <translation>Le profil « %1 » n&apos;a pas encore d&apos;application.</translation>
    </message>
    <message>
        <source>Run configure to finish the setup.</source>
        <translation>Exécutez configure pour terminer la configuration.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>Le profil « %1 » est destiné au cloud %2.</translation>
    </message>
    <message>
        <source>Leave out --cloud, or pick the profile of that cloud.</source>
        <translation>Omettez --cloud, ou choisissez le profil de ce cloud.</translation>
    </message>
    <message>
        <source>Prove the stored secret works: a client-credentials token, then Graph reads of users and groups.</source>
        <translation>Vérifier que le secret stocké fonctionne : un jeton par informations d&apos;identification du client, puis des lectures Graph des utilisateurs et des groupes.</translation>
    </message>
    <message>
        <source>How long to keep retrying while a new secret or consent replicates (default 120).</source>
        <translation>Durée des nouvelles tentatives pendant la réplication d&apos;un nouveau secret ou d&apos;un consentement (120 par défaut).</translation>
    </message>
    <message>
        <source>Saved configuration to use, one per Leap environment (default: &quot;default&quot;).</source>
        <translation>Configuration enregistrée à utiliser, une par environnement Leap (par défaut : « default »).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>National cloud: global, usgov, usgov-dod or china.</source>
        <translation>Cloud national : global, usgov, usgov-dod ou china.</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>CLOUD</translation>
    </message>
    <message>
        <source>Override the login host (https; plain http only for loopback).</source>
        <translation>Remplacer l&apos;hôte de connexion (https ; http en clair uniquement en bouclage).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Override the Microsoft Graph root (https; plain http only for loopback).</source>
        <translation>Remplacer la racine Microsoft Graph (https ; http en clair uniquement en bouclage).</translation>
    </message>
    <message>
        <source>How the administrator signs in: device-code (default) or browser.</source>
        <translation>Mode de connexion de l&apos;administrateur : device-code (par défaut) ou browser.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Public client used to sign the administrator in (default: Microsoft Graph Command Line Tools).</source>
        <translation>Client public utilisé pour connecter l&apos;administrateur (par défaut : Microsoft Graph Command Line Tools).</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Use the built-in offline sandbox tenant; nothing reaches Microsoft. Sandbox profiles are kept apart from real ones (in a &quot;sandbox&quot; subdirectory of the profile directory).</source>
        <translation>Utiliser le locataire bac à sable hors ligne intégré ; rien n&apos;atteint Microsoft. Les profils du bac à sable sont séparés des vrais (dans un sous-répertoire « sandbox » du répertoire de profils).</translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON document on stdout.</source>
        <translation>Sortie lisible par machine : un document JSON sur stdout.</translation>
    </message>
    <message>
        <source>More log lines on stderr (always redacted).</source>
        <translation>Plus de lignes de journal sur stderr (toujours expurgées).</translation>
    </message>
    <message>
        <source>Language of messages, e.g. de or pt_BR.</source>
        <translation>Langue des messages, p. ex. de ou pt_BR.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>When the command ends, write a support bundle (redacted log with Graph request-ids, profile, versions; never a secret) to FILE, mode 0600.</source>
        <translation>À la fin de la commande, écrire un paquet de support (journal expurgé avec les ID de demande Graph, profil, versions ; jamais de secret) dans FICHIER, mode 0600.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Afficher l&apos;aide (pour une commande : COMMANDE --help).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>Give it once.</source>
        <translation>Indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>--cloud &quot;%1&quot; is not a known cloud.</source>
        <translation>--cloud « %1 » n&apos;est pas un cloud connu.</translation>
    </message>
    <message>
        <source>Use global, usgov, usgov-dod or china.</source>
        <translation>Utilisez global, usgov, usgov-dod ou china.</translation>
    </message>
    <message>
        <source>--sign-in &quot;%1&quot; is not a sign-in method.</source>
        <translation>--sign-in « %1 » n&apos;est pas une méthode de connexion.</translation>
    </message>
    <message>
        <source>Use device-code or browser.</source>
        <translation>Utilisez device-code ou browser.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code.</source>
        <translation>--lang « %1 » n&apos;est pas un code de langue.</translation>
    </message>
    <message>
        <source>Use a code such as en, de or pt_BR.</source>
        <translation>Utilisez un code comme en, de ou pt_BR.</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name.</source>
        <translation>--support-bundle exige un nom de fichier.</translation>
    </message>
    <message>
        <source>Give the file to write, e.g. --support-bundle leap-support.json.</source>
        <translation>Indiquez le fichier à écrire, p. ex. --support-bundle leap-support.json.</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --authority, --graph or --cloud.</source>
        <translation>--sandbox ne peut pas être combiné avec --authority, --graph ou --cloud.</translation>
    </message>
    <message>
        <source>Drop --sandbox to use a real tenant, or drop the other options.</source>
        <translation>Retirez --sandbox pour utiliser un vrai locataire, ou retirez les autres options.</translation>
    </message>
    <message>
        <source>Add a new secret, store it, make it current; the old one stays valid until retired.</source>
        <translation>Ajouter un nouveau secret, l&apos;enregistrer et le rendre actuel ; l&apos;ancien reste valide jusqu&apos;à son retrait.</translation>
    </message>
    <message>
        <source>Description of the new client secret (default &quot;Leap &lt;date&gt;&quot;).</source>
        <translation>Description du nouveau secret client (par défaut « Leap &lt;date&gt; »).</translation>
    </message>
    <message>
        <source>Lifetime in days: 90, 180 (default), 365, 545 or 730, or any number up to 730.</source>
        <translation>Durée en jours : 90, 180 (par défaut), 365, 545 ou 730, ou tout nombre jusqu&apos;à 730.</translation>
    </message>
    <message>
        <source>The configuration summary: json, markdown, html, pdf, liberty, properties or helm.</source>
        <translation>Le résumé de la configuration : json, markdown, html, pdf, liberty, properties ou helm.</translation>
    </message>
    <message>
        <source>json, markdown, html, pdf, liberty, properties or helm.</source>
        <translation>json, markdown, html, pdf, liberty, properties ou helm.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Include the client secret value (json, liberty, helm); only with --output, into a file readable by you only.</source>
        <translation>Inclure la valeur du secret client (json, liberty, helm) ; uniquement avec --output, dans un fichier lisible par vous seul.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conserver</translation>
    </message>
    <message>
        <source>Register HCL Leap, create its client secret and grant the permissions (idempotent; --dry-run shows the plan).</source>
        <translation>Inscrire HCL Leap, créer son secret client et accorder les autorisations (idempotent ; --dry-run affiche le plan).</translation>
    </message>
    <message>
        <source>Tenant ID (GUID) or verified domain, e.g. contoso.onmicrosoft.com.</source>
        <translation>ID du locataire (GUID) ou domaine vérifié, p. ex. contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Host name of the Leap server with an optional port, e.g. leap.example.com:9443.</source>
        <translation>Nom d&apos;hôte du serveur Leap avec un port facultatif, p. ex. leap.example.com:9443.</translation>
    </message>
    <message>
        <source>Display name of the application (default: &quot;HCL Leap (HOST)&quot;).</source>
        <translation>Nom d&apos;affichage de l&apos;application (par défaut : « HCL Leap (HÔTE) »).</translation>
    </message>
    <message>
        <source>Description of the client secret.</source>
        <translation>Description du secret client.</translation>
    </message>
    <message>
        <source>Lifetime of the client secret in days, 1 to 730 (default: 180).</source>
        <translation>Durée du secret client en jours, de 1 à 730 (par défaut : 180).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>Leap credential alias (default: azureAlias).</source>
        <translation>Alias d&apos;identification Leap (par défaut : azureAlias).</translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation>ALIAS</translation>
    </message>
    <message>
        <source>Print the plan (what exists, what would be created or changed) and change nothing.</source>
        <translation>Afficher le plan (ce qui existe, ce qui serait créé ou modifié) sans rien modifier.</translation>
    </message>
    <message>
        <source>Do not grant admin consent; print the consent address to hand to an administrator who holds the role.</source>
        <translation>Ne pas accorder le consentement administrateur ; afficher l&apos;adresse de consentement à transmettre à un administrateur qui a le rôle.</translation>
    </message>
</context>
<context>
    <name>leap::cli::ConfigureCommand</name>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>Give it once.</source>
        <translation>Indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>--tenant is required.</source>
        <translation>--tenant est obligatoire.</translation>
    </message>
    <message>
        <source>Give the tenant ID or a verified domain, e.g. --tenant contoso.onmicrosoft.com.</source>
        <translation>Indiquez l&apos;ID du locataire ou un domaine vérifié, p. ex. --tenant contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>--leap-host is required.</source>
        <translation>--leap-host est obligatoire.</translation>
    </message>
    <message>
        <source>Give the host name of the Leap server, e.g. --leap-host leap.example.com.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur Leap, p. ex. --leap-host leap.example.com.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the Leap server %2, not %3.</source>
        <translation>Le profil « %1 » est destiné au serveur Leap %2, et non à %3.</translation>
    </message>
    <message>
        <source>Use another profile for another Leap environment (--profile NAME), or run `forget` first.</source>
        <translation>Utilisez un autre profil pour un autre environnement Leap (--profile NOM), ou exécutez d&apos;abord `forget`.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>Le profil « %1 » est destiné au cloud %2.</translation>
    </message>
    <message>
        <source>Use another profile (--profile NAME) for another cloud.</source>
        <translation>Utilisez un autre profil (--profile NOM) pour un autre cloud.</translation>
    </message>
    <message>
        <source>The sign-in did not say which tenant it belongs to.</source>
        <translation>La connexion n&apos;a pas indiqué à quel locataire elle appartient.</translation>
    </message>
    <message>
        <source>Give the tenant ID (a GUID) with --tenant.</source>
        <translation>Indiquez l&apos;ID du locataire (un GUID) avec --tenant.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; belongs to another tenant than %2.</source>
        <translation>Le profil « %1 » appartient à un autre locataire que %2.</translation>
    </message>
    <message>
        <source>Use another profile for another tenant (--profile NAME), or run `forget` first.</source>
        <translation>Utilisez un autre profil pour un autre locataire (--profile NOM), ou exécutez d&apos;abord `forget`.</translation>
    </message>
    <message>
        <source>the profile has no client secret yet</source>
        <translation>le profil n&apos;a pas encore de secret client</translation>
    </message>
    <message>
        <source>the current client secret %1 has expired</source>
        <translation>le secret client actuel %1 a expiré</translation>
    </message>
    <message>
        <source>the current client secret %1 is no longer on the application</source>
        <translation>le secret client actuel %1 n&apos;est plus dans l&apos;application</translation>
    </message>
    <message>
        <source>the value of the current client secret %1 is not in the keychain</source>
        <translation>la valeur du secret client actuel %1 n&apos;est pas dans le trousseau</translation>
    </message>
    <message>
        <source>Keep the current client secret %1 (in the keychain).</source>
        <translation>Conserver le secret client actuel %1 (dans le trousseau).</translation>
    </message>
    <message>
        <source>Create the client secret &quot;%1&quot; valid for %2 days and store it in the keychain (%3).</source>
        <translation>Créer le secret client « %1 » valable %2 jours et l&apos;enregistrer dans le trousseau (%3).</translation>
    </message>
    <message>
        <source>Create the client secret &quot;%1&quot; valid for %2 days and store it in the keychain.</source>
        <translation>Créer le secret client « %1 » valable %2 jours et l&apos;enregistrer dans le trousseau.</translation>
    </message>
    <message>
        <source>Grant no admin consent (--no-admin-consent).</source>
        <translation>N&apos;accorder aucun consentement administrateur (--no-admin-consent).</translation>
    </message>
    <message>
        <source>Keep the admin consent for %1.</source>
        <translation>Conserver le consentement administrateur pour %1.</translation>
    </message>
    <message>
        <source>Grant admin consent for %1.</source>
        <translation>Accorder le consentement administrateur pour %1.</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 (%2).</source>
        <translation>Accorder le consentement administrateur pour %1 (%2).</translation>
    </message>
    <message>
        <source>Plan for the Leap server %1 in tenant %2 (dry run: nothing is changed):</source>
        <translation>Plan pour le serveur Leap %1 dans le locataire %2 (simulation : rien n&apos;est modifié) :</translation>
    </message>
    <message>
        <source>Run configure without --dry-run to make these changes.</source>
        <translation>Exécutez configure sans --dry-run pour appliquer ces modifications.</translation>
    </message>
    <message>
        <source>Everything is already in place.</source>
        <translation>Tout est déjà en place.</translation>
    </message>
    <message>
        <source>Step 1 of 3: registering the application…</source>
        <translation>Étape 1 sur 3 : inscription de l&apos;application…</translation>
    </message>
    <message>
        <source>Step 2 of 3: the client secret; step 3 (consent) is skipped…</source>
        <translation>Étape 2 sur 3 : le secret client ; l&apos;étape 3 (consentement) est ignorée…</translation>
    </message>
    <message>
        <source>Steps 2 and 3 of 3: the client secret, the permissions and admin consent…</source>
        <translation>Étapes 2 et 3 sur 3 : le secret client, les autorisations et le consentement administrateur…</translation>
    </message>
    <message>
        <source>%1 has admin consent.</source>
        <translation>%1 a le consentement administrateur.</translation>
    </message>
    <message>
        <source>%1 has no admin consent yet.</source>
        <translation>%1 n&apos;a pas encore le consentement administrateur.</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>ID d&apos;application (client) :     %1</translation>
    </message>
    <message>
        <source>Directory (tenant) ID:   %1</source>
        <translation>ID de l&apos;annuaire (locataire) :  %1</translation>
    </message>
    <message>
        <source>Redirect URI:            %1</source>
        <translation>URI de redirection :            %1</translation>
    </message>
    <message>
        <source>Client secret:           %1 &quot;%2&quot;, until %3, in the keychain under %4</source>
        <translation>Secret client :                 %1 « %2 », jusqu&apos;au %3, dans le trousseau sous %4</translation>
    </message>
    <message>
        <source>Credential alias:        %1</source>
        <translation>Alias d&apos;identification :        %1</translation>
    </message>
    <message>
        <source>Admin consent is still missing. Hand this address to a Privileged Role Administrator or Global Administrator: %1</source>
        <translation>Le consentement administrateur manque encore. Transmettez cette adresse à un Administrateur de rôle privilégié ou à un Administrateur général : %1</translation>
    </message>
    <message>
        <source>Done: all three steps are in place.</source>
        <translation>Terminé : les trois étapes sont en place.</translation>
    </message>
    <message>
        <source>Everything is already in place; nothing was changed.</source>
        <translation>Tout est déjà en place ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the application is new</source>
        <translation>l&apos;application est nouvelle</translation>
    </message>
    <message>
        <source>The client secret %1 is current and in the keychain.</source>
        <translation>Le secret client %1 est l&apos;actuel et se trouve dans le trousseau.</translation>
    </message>
    <message>
        <source>Created the client secret %1 &quot;%2&quot; and stored it in the keychain (%3).</source>
        <translation>Secret client %1 « %2 » créé et enregistré dans le trousseau (%3).</translation>
    </message>
</context>
<context>
    <name>leap::cli::Context</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2</source>
        <translation>Pour vous connecter, ouvrez %1 dans un navigateur et saisissez le code %2</translation>
    </message>
    <message>
        <source>Sign in in the browser; if it did not open, open this address: %1</source>
        <translation>Connectez-vous dans le navigateur ; s&apos;il ne s&apos;est pas ouvert, ouvrez cette adresse : %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur : </translation>
    </message>
</context>
<context>
    <name>leap::cli::ExportCommand</name>
    <message>
        <source>Name the export format.</source>
        <translation>Indiquez le format d&apos;exportation.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Format d&apos;exportation inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Use --format with one of: %1.</source>
        <translation>Utilisez --format avec l&apos;un de ces formats : %1.</translation>
    </message>
    <message>
        <source>The %1 format never contains the client secret.</source>
        <translation>Le format %1 ne contient jamais le secret client.</translation>
    </message>
    <message>
        <source>Use --include-secret with json, liberty or helm.</source>
        <translation>Utilisez --include-secret avec json, liberty ou helm.</translation>
    </message>
    <message>
        <source>The client secret is never written to a terminal.</source>
        <translation>Le secret client n&apos;est jamais écrit dans un terminal.</translation>
    </message>
    <message>
        <source>The client secret is written only into a file named with --output.</source>
        <translation>Le secret client n&apos;est écrit que dans un fichier désigné par --output.</translation>
    </message>
    <message>
        <source>Add --output FILE; the file is created readable by you only (mode 0600).</source>
        <translation>Ajoutez --output FICHIER ; le fichier est créé lisible par vous seul (mode 0600).</translation>
    </message>
    <message>
        <source>A PDF is not something to print on a terminal.</source>
        <translation>Un PDF ne s&apos;affiche pas dans un terminal.</translation>
    </message>
    <message>
        <source>Add --output FILE.pdf.</source>
        <translation>Ajoutez --output FICHIER.pdf.</translation>
    </message>
    <message>
        <source>The profile has no current client secret.</source>
        <translation>Le profil n&apos;a pas de secret client actuel.</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Créez-en un avec `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain.</source>
        <translation>La valeur du secret client actuel %1 n&apos;est pas dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Export on the computer that created it, or create a new one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Exportez depuis l&apos;ordinateur qui l&apos;a créé, ou créez-en un nouveau avec `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)%3.</source>
        <translation>%1 écrit (%2)%3.</translation>
    </message>
    <message>
        <source>, with the client secret, mode 0600</source>
        <translation>, avec le secret client, mode 0600</translation>
    </message>
</context>
<context>
    <name>leap::cli::ForgetCommand</name>
    <message>
        <source>There is no profile &quot;%1&quot;; nothing to forget.</source>
        <translation>Il n&apos;existe aucun profil « %1 » ; rien à oublier.</translation>
    </message>
    <message>
        <source>Could not remove the client secret %1 from the keychain: %2</source>
        <translation>Impossible de supprimer le secret client %1 du trousseau : %2</translation>
    </message>
    <message>
        <source>Unlock the keychain and run forget again; the profile was kept.</source>
        <translation>Déverrouillez le trousseau et relancez forget ; le profil a été conservé.</translation>
    </message>
    <message>
        <source>Removed client secret %1 (&quot;%2&quot;) from the keychain.</source>
        <translation>Secret client %1 (« %2 ») supprimé du trousseau.</translation>
    </message>
    <message>
        <source>Removed the cached sign-in of tenant %1 from the keychain.</source>
        <translation>La connexion mise en cache du locataire %1 a été supprimée du trousseau.</translation>
    </message>
    <message>
        <source>The profile could not be read (%1); its keychain entries, if any, are left in place.</source>
        <translation>Le profil n&apos;a pas pu être lu (%1) ; ses éventuelles entrées de trousseau sont conservées.</translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation>Profil %1 supprimé.</translation>
    </message>
    <message>
        <source>Nothing was changed in the tenant; the application and its secrets remain there.</source>
        <translation>Rien n&apos;a été modifié dans le locataire ; l&apos;application et ses secrets y restent.</translation>
    </message>
</context>
<context>
    <name>leap::cli::RetireSecretCommand</name>
    <message>
        <source>Say which secrets to retire: --key-id KEY or --all-but-current (one of them).</source>
        <translation>Indiquez les secrets à retirer : --key-id CLÉ ou --all-but-current (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>`status` lists the secrets and their key ids.</source>
        <translation>`status` liste les secrets et leurs ID de clé.</translation>
    </message>
    <message>
        <source>No secret to retire: only the current one is left.</source>
        <translation>Aucun secret à retirer : il ne reste que l&apos;actuel.</translation>
    </message>
    <message>
        <source>Retired client secret %1: removed from the application and the keychain.</source>
        <translation>Secret client %1 retiré : supprimé de l&apos;application et du trousseau.</translation>
    </message>
    <message>
        <source>Kept %1 (&quot;%2&quot;)%3, valid until %4.</source>
        <translation>%1 (« %2 »)%3 conservé, valable jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>, current</source>
        <translation>, actuel</translation>
    </message>
    <message>
        <source>Left alone: %1 (&quot;%2&quot;) on the application was not created by this profile; retire it with --key-id %1 if nobody uses it.</source>
        <translation>Laissé tel quel : %1 (« %2 ») dans l&apos;application n&apos;a pas été créé par ce profil ; retirez-le avec --key-id %1 si personne ne l&apos;utilise.</translation>
    </message>
</context>
<context>
    <name>leap::cli::RotateSecretCommand</name>
    <message>
        <source>error: the new secret was stored and is current, but it could not be proven yet: %1</source>
        <translation>erreur : le nouveau secret a été enregistré et il est actuel, mais son fonctionnement n&apos;a pas encore pu être vérifié : %1</translation>
    </message>
    <message>
        <source>New client secret %1 (&quot;%2&quot;, hint %3…), valid until %4, is now current and stored in the keychain (service %5, key %6).</source>
        <translation>Le nouveau secret client %1 (« %2 », indice %3…), valable jusqu&apos;au %4, est désormais l&apos;actuel et enregistré dans le trousseau (service %5, clé %6).</translation>
    </message>
    <message>
        <source>Verified: it gets a token with %1 and reads users and groups.</source>
        <translation>Vérifié : il obtient un jeton avec %1 et lit les utilisateurs et les groupes.</translation>
    </message>
    <message>
        <source>The older secret %1 (&quot;%2&quot;) stays valid until you retire it.</source>
        <translation>L&apos;ancien secret %1 (« %2 ») reste valide jusqu&apos;à ce que vous le retiriez.</translation>
    </message>
    <message>
        <source>Put the new value into Leap now:</source>
        <translation>Placez maintenant la nouvelle valeur dans Leap :</translation>
    </message>
    <message>
        <source>  WebSphere: in the J2C alias &quot;%1&quot; set the password to the new secret value (the user id stays %2), on each node, then restart Leap. Leap_config.properties does not change.</source>
        <translation>  WebSphere : dans l&apos;alias J2C « %1 », remplacez le mot de passe par la nouvelle valeur du secret (l&apos;ID utilisateur reste %2) sur chaque nœud, puis redémarrez Leap. Leap_config.properties ne change pas.</translation>
    </message>
    <message>
        <source>  Kubernetes: replace the secret, then restart the Leap pods:</source>
        <translation>  Kubernetes : remplacez le secret, puis redémarrez les pods Leap :</translation>
    </message>
    <message>
        <source>  The value: `leap-entra-setup --profile %1 export --format helm --include-secret --output FILE` writes it into a private file.</source>
        <translation>  La valeur : `leap-entra-setup --profile %1 export --format helm --include-secret --output FILE` l&apos;écrit dans un fichier privé.</translation>
    </message>
    <message>
        <source>When Leap signs in with the new secret, retire the old one: `leap-entra-setup --profile %1 retire-secret --all-but-current`.</source>
        <translation>Quand Leap se connecte avec le nouveau secret, retirez l&apos;ancien : `leap-entra-setup --profile %1 retire-secret --all-but-current`.</translation>
    </message>
</context>
<context>
    <name>leap::cli::StatusCommand</name>
    <message>
        <source>Run configure first.</source>
        <translation>Exécutez d&apos;abord configure.</translation>
    </message>
    <message>
        <source>Run configure first, or pick one of: %1.</source>
        <translation>Exécutez d&apos;abord configure, ou choisissez parmi : %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no tenant yet.</source>
        <translation>Le profil « %1 » n&apos;a pas encore de locataire.</translation>
    </message>
    <message>
        <source>Run configure to finish the setup.</source>
        <translation>Exécutez configure pour terminer la configuration.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>Le profil « %1 » est destiné au cloud %2.</translation>
    </message>
    <message>
        <source>Leave out --cloud, or pick the profile of that cloud.</source>
        <translation>Omettez --cloud, ou choisissez le profil de ce cloud.</translation>
    </message>
    <message>
        <source>The sign-in is for another tenant than the profile&apos;s (%1).</source>
        <translation>La connexion concerne un autre locataire que celui du profil (%1).</translation>
    </message>
    <message>
        <source>Sign in with an account of that tenant.</source>
        <translation>Connectez-vous avec un compte de ce locataire.</translation>
    </message>
    <message>
        <source>The old client secret %1 has expired. Fix: retire-secret --key-id %1.</source>
        <translation>L&apos;ancien secret client %1 a expiré. Correction : retire-secret --key-id %1.</translation>
    </message>
    <message>
        <source>Profile:        %1 (cloud: %2)</source>
        <translation>Profil :              %1 (cloud : %2)</translation>
    </message>
    <message>
        <source>Tenant:         %1%2</source>
        <translation>Locataire :           %1%2</translation>
    </message>
    <message>
        <source>Leap server:    %1</source>
        <translation>Serveur Leap :        %1</translation>
    </message>
    <message>
        <source>Redirect URI:   %1</source>
        <translation>URI de redirection :  %1</translation>
    </message>
    <message>
        <source>Application:    %1 — %2</source>
        <translation>Application :         %1 — %2</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>MISSING from the tenant</source>
        <translation>ABSENTE du locataire</translation>
    </message>
    <message>
        <source>  Application (client) ID: %1</source>
        <translation>  ID d&apos;application (client) :    %1</translation>
    </message>
    <message>
        <source>  Object ID:               %1</source>
        <translation>  ID d&apos;objet :                   %1</translation>
    </message>
    <message>
        <source>  Service principal ID:    %1</source>
        <translation>  ID du principal de service :   %1</translation>
    </message>
    <message>
        <source>Client secrets:</source>
        <translation>Secrets client :</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>not in keychain</source>
        <translation>absent du trousseau</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRÉ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions (Microsoft Graph):</source>
        <translation>Autorisations (Microsoft Graph) :</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Delegated  </source>
        <translation>Déléguée   </translation>
    </message>
    <message>
        <source>admin consent granted</source>
        <translation>consentement administrateur accordé</translation>
    </message>
    <message>
        <source>NO admin consent</source>
        <translation>AUCUN consentement administrateur</translation>
    </message>
    <message>
        <source>Leap properties:</source>
        <translation>Propriétés Leap :</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (--profile).</source>
        <translation>Il n&apos;existe aucun profil « %1 » (--profile).</translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation>%1 Correction : %2</translation>
    </message>
</context>
<context>
    <name>leap::cli::VerifyCommand</name>
    <message>
        <source>The profile &quot;%1&quot; has no current client secret.</source>
        <translation>Le profil « %1 » n&apos;a pas de secret client actuel.</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Créez-en un avec `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 900.</source>
        <translation>--wait attend un nombre de secondes entre 0 et 900.</translation>
    </message>
    <message>
        <source>For example --wait 120 (the default).</source>
        <translation>Par exemple --wait 120 (la valeur par défaut).</translation>
    </message>
    <message>
        <source>Verifying client secret %1 of application %2…</source>
        <translation>Vérification du secret client %1 de l&apos;application %2…</translation>
    </message>
    <message>
        <source>Verified: the client secret %1 gets a token for application %2 with the roles %3.</source>
        <translation>Vérifié : le secret client %1 obtient un jeton pour l&apos;application %2 avec les rôles %3.</translation>
    </message>
    <message>
        <source>Read the user &quot;%1&quot; and the group &quot;%2&quot; from Microsoft Graph with it, as Leap will.</source>
        <translation>Avec lui, l&apos;utilisateur « %1 » et le groupe « %2 » ont été lus dans Microsoft Graph, comme le fera Leap.</translation>
    </message>
    <message>
        <source>(the tenant has none)</source>
        <translation>(le locataire n&apos;en a aucun)</translation>
    </message>
</context>
<context>
    <name>leap::exporter</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>expired: rotate the secret now</source>
        <translation>expiré : renouvelez le secret maintenant</translation>
    </message>
    <message>
        <source>%1 days left: rotate soon</source>
        <translation>%1 jours restants : renouvelez bientôt</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <source>HCL Leap and Microsoft Entra ID: configuration summary</source>
        <translation>HCL Leap et Microsoft Entra ID : résumé de la configuration</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, generated %2.</source>
        <translation>Profil « %1 », généré le %2.</translation>
    </message>
    <message>
        <source>Set up by %1 on %2.</source>
        <translation>Configuré par %1 le %2.</translation>
    </message>
    <message>
        <source>an unknown administrator</source>
        <translation>un administrateur inconnu</translation>
    </message>
    <message>
        <source>Last changed %1.</source>
        <translation>Dernière modification le %1.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID du locataire</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>ID d&apos;objet</translation>
    </message>
    <message>
        <source>Service principal ID</source>
        <translation>ID du principal de service</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Leap server</source>
        <translation>Serveur Leap</translation>
    </message>
    <message>
        <source>Credential alias</source>
        <translation>Alias d&apos;identification</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Admin consent</source>
        <translation>Consentement administrateur</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Admin consent is missing for at least one permission: run `leap-entra-setup --profile %1 configure` as a Privileged Role Administrator or Global Administrator.</source>
        <translation>Le consentement administrateur manque pour au moins une autorisation : exécutez `leap-entra-setup --profile %1 configure` en tant qu&apos;Administrateur de rôle privilégié ou Administrateur général.</translation>
    </message>
    <message>
        <source>Client secrets</source>
        <translation>Secrets client</translation>
    </message>
    <message>
        <source>No client secret is recorded for this profile.</source>
        <translation>Aucun secret client n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>Dans le trousseau</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Secret values are never part of this summary. The current value is kept in this computer&apos;s keychain (service &quot;leap-entra-setup&quot;). Before it expires, run `%1`, update Leap, then retire the old secret with `leap-entra-setup --profile %2 retire-secret --all-but-current`.</source>
        <translation>Les valeurs des secrets ne figurent jamais dans ce résumé. La valeur actuelle est conservée dans le trousseau de cet ordinateur (service « leap-entra-setup »). Avant son expiration, exécutez `%1`, mettez Leap à jour, puis retirez l&apos;ancien secret avec `leap-entra-setup --profile %2 retire-secret --all-but-current`.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>OpenID Connect discovery</source>
        <translation>Découverte OpenID Connect</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison de jeton</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>What to do in Leap next</source>
        <translation>Étapes suivantes dans Leap</translation>
    </message>
    <message>
        <source>WebSphere</source>
        <translation>WebSphere</translation>
    </message>
    <message>
        <source>On every node of the cluster, add these three lines to `Leap_config.properties` in Leap&apos;s extensions directory: `/opt/HCL/Leap/extensions` on Linux and AIX, `C:/HCL/Leap/extensions` on Windows (or the directory set by `extensions=` in `fsp.properties` or `-Dfsp.extensions.dirs`).</source>
        <translation>Sur chaque nœud du cluster, ajoutez ces trois lignes à `Leap_config.properties` dans le répertoire des extensions de Leap : `/opt/HCL/Leap/extensions` sous Linux et AIX, `C:/HCL/Leap/extensions` sous Windows (ou le répertoire défini par `extensions=` dans `fsp.properties` ou par `-Dfsp.extensions.dirs`).</translation>
    </message>
    <message>
        <source>Create a J2C authentication alias named `%1`: user id = the Application (client) ID `%2`, password = the client secret value.</source>
        <translation>Créez un alias d&apos;authentification J2C nommé `%1` : ID utilisateur = l&apos;ID d&apos;application (client) `%2`, mot de passe = la valeur du secret client.</translation>
    </message>
    <message>
        <source>Restart Leap on each node.</source>
        <translation>Redémarrez Leap sur chaque nœud.</translation>
    </message>
    <message>
        <source>Kubernetes (Helm)</source>
        <translation>Kubernetes (Helm)</translation>
    </message>
    <message>
        <source>Create the Kubernetes secret with the Application (client) ID and the client secret value:</source>
        <translation>Créez le secret Kubernetes avec l&apos;ID d&apos;application (client) et la valeur du secret client :</translation>
    </message>
    <message>
        <source>Add the Helm values (`configuration.leap`: leapProperties, customSecrets and the Liberty sign-in block in configOverrideFiles) and run `helm upgrade`. `leap-entra-setup --profile %1 export --format helm` writes them.</source>
        <translation>Ajoutez les valeurs Helm (`configuration.leap` : leapProperties, customSecrets et le bloc de connexion Liberty dans configOverrideFiles) et exécutez `helm upgrade`. `leap-entra-setup --profile %1 export --format helm` les écrit.</translation>
    </message>
    <message>
        <source>Sign-in with OpenID Connect (Liberty server.xml)</source>
        <translation>Connexion avec OpenID Connect (Liberty server.xml)</translation>
    </message>
    <message>
        <source>HCL Leap and Microsoft Entra ID: %1</source>
        <translation>HCL Leap et Microsoft Entra ID : %1</translation>
    </message>
    <message>
        <source>A PDF can only be written by a program with a QGuiApplication.</source>
        <translation>Un PDF ne peut être écrit que par un programme doté d&apos;une QGuiApplication.</translation>
    </message>
    <message>
        <source>Export as HTML or Markdown instead, or report this as a bug.</source>
        <translation>Exportez plutôt en HTML ou en Markdown, ou signalez ce bogue.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Export as HTML or Markdown instead.</source>
        <translation>Exportez plutôt en HTML ou en Markdown.</translation>
    </message>
    <message>
        <source>The %1 format never contains the client secret.</source>
        <translation>Le format %1 ne contient jamais le secret client.</translation>
    </message>
    <message>
        <source>Use --include-secret with json, liberty or helm, or leave it out.</source>
        <translation>Utilisez --include-secret avec json, liberty ou helm, ou omettez-le.</translation>
    </message>
    <message>
        <source>The client secret value is not available from the keychain.</source>
        <translation>La valeur du secret client n&apos;est pas disponible dans le trousseau.</translation>
    </message>
    <message>
        <source>Unlock the keychain, or rotate the secret to create a new one.</source>
        <translation>Déverrouillez le trousseau, ou renouvelez le secret pour en créer un nouveau.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Format d&apos;exportation inconnu.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no current client secret with an expiry date.</source>
        <translation>Le profil « %1 » n&apos;a pas de secret client actuel avec une date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Créez-en un avec `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>The current client secret expired on %1.</source>
        <translation>Le secret client actuel a expiré le %1.</translation>
    </message>
    <message>
        <source>Rotate it now: `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Renouvelez-le maintenant : `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>Rotate the HCL Leap client secret (profile %1)</source>
        <translation>Renouveler le secret client de HCL Leap (profil %1)</translation>
    </message>
    <message>
        <source>The client secret &quot;%1&quot; (key ID %2) of the application &quot;%3&quot; (%4) in tenant %5 expires on %6. When it expires nobody can sign in to Leap.
1. Run: %7
2. Put the new value into Leap (Leap_config.properties J2C alias or the Kubernetes secret for &quot;%8&quot;).
3. Check it: leap-entra-setup --profile %9 verify
4. Retire the old secret: leap-entra-setup --profile %9 retire-secret --all-but-current</source>
        <translation>Le secret client « %1 » (ID de clé %2) de l&apos;application « %3 » (%4) du locataire %5 expire le %6. Ensuite, personne ne pourra se connecter à Leap.
1. Exécutez : %7
2. Placez la nouvelle valeur dans Leap (alias J2C de Leap_config.properties ou secret Kubernetes pour « %8 »).
3. Vérifiez-la : leap-entra-setup --profile %9 verify
4. Retirez l&apos;ancien secret : leap-entra-setup --profile %9 retire-secret --all-but-current</translation>
    </message>
    <message>
        <source>Name a new file, for example in your home directory; it is created readable by you only (mode 0600).</source>
        <translation>Indiquez un nouveau fichier, par exemple dans votre répertoire personnel ; il est créé lisible par vous seul (mode 0600).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the secret is written only to a plain file.</source>
        <translation>%1 est un lien symbolique ; le secret n&apos;est écrit que dans un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is a terminal or device; the client secret is never written to a terminal.</source>
        <translation>%1 est un terminal ou un périphérique ; le secret client n&apos;est jamais écrit dans un terminal.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>%1 already exists and others can read it (mode %2).</source>
        <translation>%1 existe déjà et d&apos;autres peuvent le lire (mode %2).</translation>
    </message>
    <message>
        <source>Remove the file or run `chmod 600` on it first, or name a new file.</source>
        <translation>Supprimez le fichier ou exécutez d&apos;abord `chmod 600` dessus, ou indiquez un nouveau fichier.</translation>
    </message>
    <message>
        <source>%1 changed while it was being opened.</source>
        <translation>%1 a changé pendant son ouverture.</translation>
    </message>
    <message>
        <source>%1 could not be emptied: %2</source>
        <translation>%1 n&apos;a pas pu être vidé : %2</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 n&apos;a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>%1 is a terminal; the client secret is never written to a terminal.</source>
        <translation>%1 est un terminal ; le secret client n&apos;est jamais écrit dans un terminal.</translation>
    </message>
    <message>
        <source>%1 could not be made private: %2</source>
        <translation>%1 n&apos;a pas pu être rendu privé : %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Check the free space and try again.</source>
        <translation>Vérifiez l&apos;espace libre et réessayez.</translation>
    </message>
    <message>
        <source>No output file was named.</source>
        <translation>Aucun fichier de sortie n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Add --output FILE.</source>
        <translation>Ajoutez --output FICHIER.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Check the path and your rights to write there.</source>
        <translation>Vérifiez le chemin et vos droits d&apos;écriture à cet endroit.</translation>
    </message>
</context>
<context>
    <name>leap::translations</name>
    <message>
        <source>--lang &quot;%1&quot; is not an available language.</source>
        <translation>--lang « %1 » n&apos;est pas une langue disponible.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Utilisez l&apos;une de ces langues : %1.</translation>
    </message>
</context>
<context>
    <name>leap::ui::AccountLine</name>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 · tenant %2</source>
        <translation>Connecté en tant que %1 · locataire %2</translation>
    </message>
</context>
<context>
    <name>leap::ui::DonePage</name>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Liberty configuration (*.xml)</source>
        <translation>Configuration Liberty (*.xml)</translation>
    </message>
    <message>
        <source>Properties (*.properties)</source>
        <translation>Fichier de propriétés (*.properties)</translation>
    </message>
    <message>
        <source>Helm values (*.yaml)</source>
        <translation>Valeurs Helm (*.yaml)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>What Leap needs</source>
        <translation>Ce dont Leap a besoin</translation>
    </message>
    <message>
        <source>Save for Leap</source>
        <translation>Enregistrer pour Leap</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <source>Leap configuration:</source>
        <translation>Configuration Leap :</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Save the summary as JSON</source>
        <translation>Enregistrer le résumé en JSON</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the summary as Markdown</source>
        <translation>Enregistrer le résumé en Markdown</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer le résumé en PDF</translation>
    </message>
    <message>
        <source>Leap p&amp;roperties…</source>
        <translation>P&amp;ropriétés Leap…</translation>
    </message>
    <message>
        <source>Save the Leap_config.properties lines</source>
        <translation>Enregistrer les lignes de Leap_config.properties</translation>
    </message>
    <message>
        <source>&amp;Liberty server.xml…</source>
        <translation>&amp;Liberty server.xml…</translation>
    </message>
    <message>
        <source>Save the Liberty openidConnectClient snippet</source>
        <translation>Enregistrer l&apos;extrait openidConnectClient de Liberty</translation>
    </message>
    <message>
        <source>&amp;Helm values…</source>
        <translation>Valeurs &amp;Helm…</translation>
    </message>
    <message>
        <source>Save the Helm values</source>
        <translation>Enregistrer les valeurs Helm</translation>
    </message>
    <message>
        <source>Calendar &amp;reminder…</source>
        <translation>&amp;Rappel d&apos;agenda…</translation>
    </message>
    <message>
        <source>Save a calendar reminder before the secret expires</source>
        <translation>Enregistrer un rappel d&apos;agenda avant l&apos;expiration du secret</translation>
    </message>
    <message>
        <source>Secret expiry:</source>
        <translation>Expiration du secret :</translation>
    </message>
    <message>
        <source>Retire the old secret</source>
        <translation>Retirer l&apos;ancien secret</translation>
    </message>
    <message>
        <source>Leap now &amp;uses the new secret</source>
        <translation>Leap &amp;utilise maintenant le nouveau secret</translation>
    </message>
    <message>
        <source>Re&amp;tire old secrets</source>
        <translation>Re&amp;tirer les anciens secrets</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>What Leap needs for profile %1.</source>
        <translation>Ce dont Leap a besoin pour le profil %1.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Checking that Leap&apos;s stored secret works.</source>
        <translation>Vérification du fonctionnement du secret stocké par Leap.</translation>
    </message>
    <message>
        <source>The application and its secret are ready; consent is still missing.</source>
        <translation>L&apos;application et son secret sont prêts ; le consentement manque encore.</translation>
    </message>
    <message>
        <source>HCL Leap is registered in Microsoft Entra ID.</source>
        <translation>HCL Leap est inscrit dans Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Leap, set the credential alias &lt;b&gt;%1&lt;/b&gt; to user ID (client ID) &lt;tt&gt;%2&lt;/tt&gt; and the secret&apos;s value from the keychain, then set &lt;tt&gt;tenantId&lt;/tt&gt; to &lt;tt&gt;%3&lt;/tt&gt;. The files below carry the details for WebSphere and Kubernetes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans Leap, réglez l&apos;alias d&apos;identification &lt;b&gt;%1&lt;/b&gt; sur l&apos;ID utilisateur (ID client) &lt;tt&gt;%2&lt;/tt&gt; et la valeur du secret du trousseau, puis réglez &lt;tt&gt;tenantId&lt;/tt&gt; sur &lt;tt&gt;%3&lt;/tt&gt;. Les fichiers ci-dessous donnent les détails pour WebSphere et Kubernetes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Waiting for admin consent.&lt;/span&gt; Once someone with the role has accepted, open the wizard again and choose &lt;b&gt;Verify&lt;/b&gt;.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;En attente du consentement administrateur.&lt;/span&gt; Une fois qu&apos;une personne ayant le rôle a accepté, rouvrez l&apos;assistant et choisissez &lt;b&gt;Vérifier&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Checking that the secret works for Leap…</source>
        <translation>Vérification du fonctionnement du secret pour Leap…</translation>
    </message>
    <message>
        <source>Checking that the secret works…</source>
        <translation>Vérification du fonctionnement du secret…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008; Not verified.&lt;/span&gt; See below for the cause and the fix.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008; Non vérifié.&lt;/span&gt; La cause et la correction figurent ci-dessous.</translation>
    </message>
    <message>
        <source>reading users works (the tenant has no groups to read)</source>
        <translation>la lecture des utilisateurs fonctionne (le locataire n&apos;a aucun groupe à lire)</translation>
    </message>
    <message>
        <source>reading users and groups works</source>
        <translation>la lecture des utilisateurs et des groupes fonctionne</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004; Verified.&lt;/span&gt; The secret gets a token with %2, and %3.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004; Vérifié.&lt;/span&gt; Le secret obtient un jeton avec %2, et %3.</translation>
    </message>
    <message>
        <source>Update Leap first: set the password of credential alias %1 (WebSphere J2C alias, or the Kubernetes secret&apos;s %1_secret) to the new value from the keychain, and restart Leap. Then retire the old secret(s): %2.</source>
        <translation>Mettez d&apos;abord Leap à jour : remplacez le mot de passe de l&apos;alias d&apos;identification %1 (alias J2C WebSphere, ou %1_secret du secret Kubernetes) par la nouvelle valeur du trousseau, et redémarrez Leap. Retirez ensuite l&apos;ancien ou les anciens secrets : %2.</translation>
    </message>
    <message>
        <source>Retiring the old secrets…</source>
        <translation>Retrait des anciens secrets…</translation>
    </message>
    <message numerus="yes">
        <source>Retired %n old secret(s); the application and the keychain now hold only the current one.</source>
        <translation>
            <numerusform>%n ancien secret retiré ; l&apos;application et le trousseau ne contiennent plus que l&apos;actuel.</numerusform>
            <numerusform>%n anciens secrets retirés ; l&apos;application et le trousseau ne contiennent plus que l&apos;actuel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Save calendar reminder</source>
        <translation>Enregistrer le rappel d&apos;agenda</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1. Open it to add the reminder to your calendar.</source>
        <translation>%1 enregistré. Ouvrez-le pour ajouter le rappel à votre agenda.</translation>
    </message>
</context>
<context>
    <name>leap::ui::ErrorPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the problem and its details</source>
        <translation>Copier le problème et ses détails</translation>
    </message>
    <message>
        <source>Copy the message and its technical details, e.g. for a support ticket</source>
        <translation>Copier le message et ses détails techniques, p. ex. pour un ticket de support</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de demande : %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Champ : %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Heure : %1</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedPermissionsPage</name>
    <message>
        <source>Step 3 of 3: Add the permissions in the admin center</source>
        <translation>Étape 3 sur 3 : ajouter les autorisations dans le centre d&apos;administration</translation>
    </message>
    <message>
        <source>Leap needs two application permissions to read users and groups, and two delegated permissions to sign people in.</source>
        <translation>Leap a besoin de deux autorisations d&apos;application pour lire les utilisateurs et les groupes, et de deux autorisations déléguées pour connecter les personnes.</translation>
    </message>
    <message>
        <source>In your application, select API permissions &gt; Add a permission &gt; Microsoft Graph.</source>
        <translation>Dans votre application, sélectionnez Autorisations d&apos;API &gt; Ajouter une autorisation &gt; Microsoft Graph.</translation>
    </message>
    <message>
        <source>&amp;Open API permissions</source>
        <translation>&amp;Ouvrir Autorisations d&apos;API</translation>
    </message>
    <message>
        <source>Application permissions: search &quot;User.Read&quot;, select User.ReadBasic.All, and select Add permissions.</source>
        <translation>Autorisations d&apos;application : recherchez « User.Read », sélectionnez User.ReadBasic.All, puis Ajouter des autorisations.</translation>
    </message>
    <message>
        <source>Again Add a permission &gt; Microsoft Graph &gt; Application permissions: search &quot;Group&quot;, select Group.Read.All, and select Add permissions.</source>
        <translation>De nouveau Ajouter une autorisation &gt; Microsoft Graph &gt; Autorisations d&apos;application : recherchez « Group », sélectionnez Group.Read.All, puis Ajouter des autorisations.</translation>
    </message>
    <message>
        <source>Again Add a permission &gt; Microsoft Graph &gt; Delegated permissions: under OpenId permissions select openid and profile, and select Add permissions.</source>
        <translation>De nouveau Ajouter une autorisation &gt; Microsoft Graph &gt; Autorisations déléguées : sous Autorisations OpenId, sélectionnez openid et profile, puis Ajouter des autorisations.</translation>
    </message>
    <message>
        <source>Select Grant admin consent for your tenant and confirm with Yes.</source>
        <translation>Sélectionnez Accorder un consentement d&apos;administrateur pour votre locataire et confirmez avec Oui.</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedRegisterPage</name>
    <message>
        <source>Step 1 of 3: Register HCL Leap in the admin center</source>
        <translation>Étape 1 sur 3 : inscrire HCL Leap dans le centre d&apos;administration</translation>
    </message>
    <message>
        <source>Tick each item when you have done it in the Microsoft Entra admin center.</source>
        <translation>Cochez chaque élément une fois fait dans le centre d&apos;administration Microsoft Entra.</translation>
    </message>
    <message>
        <source>In the admin center, go to Identity &gt; Applications &gt; App registrations and select New registration.</source>
        <translation>Dans le centre d&apos;administration, accédez à Identité &gt; Applications &gt; Inscriptions d&apos;applications et sélectionnez Nouvelle inscription.</translation>
    </message>
    <message>
        <source>&amp;Open App registrations</source>
        <translation>&amp;Ouvrir Inscriptions d&apos;applications</translation>
    </message>
    <message>
        <source>Name it as you like, for example the name on the right, and choose Accounts in this organizational directory only.</source>
        <translation>Donnez-lui le nom de votre choix, par exemple celui de droite, et choisissez Comptes dans cet annuaire d&apos;organisation uniquement.</translation>
    </message>
    <message>
        <source>Under Redirect URI, choose Web and enter the address on the right.</source>
        <translation>Sous URI de redirection, choisissez Web et saisissez l&apos;adresse de droite.</translation>
    </message>
    <message>
        <source>Copy &amp;redirect URI</source>
        <translation>Copier l&apos;URI de &amp;redirection</translation>
    </message>
    <message>
        <source>Select Register. The overview shows the two IDs to paste below.</source>
        <translation>Sélectionnez S&apos;inscrire. La vue d&apos;ensemble affiche les deux ID à coller ci-dessous.</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>ID d&apos;&amp;application (client) :</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>ID de l&apos;annuaire (locataire)</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>ID de l&apos;a&amp;nnuaire (locataire) :</translation>
    </message>
    <message>
        <source>The Application (client) ID is a GUID such as 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35; copy it from the application&apos;s overview.</source>
        <translation>L&apos;ID d&apos;application (client) est un GUID comme 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35 ; copiez-le depuis la vue d&apos;ensemble de l&apos;application.</translation>
    </message>
    <message>
        <source>This is the Directory (tenant) ID. The Application (client) ID is the line above it on the overview.</source>
        <translation>Ceci est l&apos;ID de l&apos;annuaire (locataire). L&apos;ID d&apos;application (client) se trouve sur la ligne au-dessus dans la vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID is a GUID; copy it from the application&apos;s overview.</source>
        <translation>L&apos;ID de l&apos;annuaire (locataire) est un GUID ; copiez-le depuis la vue d&apos;ensemble de l&apos;application.</translation>
    </message>
    <message>
        <source>Cop&amp;y name</source>
        <translation>Cop&amp;ier le nom</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedSecretPage</name>
    <message>
        <source>Step 2 of 3: Create a client secret in the admin center</source>
        <translation>Étape 2 sur 3 : créer un secret client dans le centre d&apos;administration</translation>
    </message>
    <message>
        <source>Leap uses the application ID and this secret to read users and groups. The wizard keeps the value in this computer&apos;s keychain.</source>
        <translation>Leap utilise l&apos;ID d&apos;application et ce secret pour lire les utilisateurs et les groupes. L&apos;assistant conserve la valeur dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>In your application, select Certificates &amp; secrets &gt; Client secrets &gt; New client secret.</source>
        <translation>Dans votre application, sélectionnez Certificats &amp; secrets &gt; Secrets client &gt; Nouveau secret client.</translation>
    </message>
    <message>
        <source>&amp;Open Certificates &amp;&amp; secrets</source>
        <translation>&amp;Ouvrir Certificats &amp;&amp; secrets</translation>
    </message>
    <message>
        <source>Give it a description and a duration (180 days is recommended), then select Add.</source>
        <translation>Indiquez une description et une durée (180 jours recommandés), puis sélectionnez Ajouter.</translation>
    </message>
    <message>
        <source>Copy &amp;description</source>
        <translation>Copier la &amp;description</translation>
    </message>
    <message>
        <source>Copy the Value column right away (it is shown only now), and the Secret ID next to it.</source>
        <translation>Copiez tout de suite la colonne Valeur (elle n&apos;est affichée que maintenant), ainsi que l&apos;ID de secret à côté.</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valeur du secret</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Reveal the pasted secret value</source>
        <translation>Afficher la valeur du secret collée</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Secret ID</source>
        <translation>ID de secret</translation>
    </message>
    <message>
        <source>Secret &amp;ID:</source>
        <translation>&amp;ID de secret :</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expire après :</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>This is the Secret ID, not the secret&apos;s value. Copy the Value column instead; if it is hidden now, create a new secret and copy its value right away.</source>
        <translation>Ceci est l&apos;ID de secret, pas la valeur du secret. Copiez plutôt la colonne Valeur ; si elle est masquée, créez un nouveau secret et copiez sa valeur tout de suite.</translation>
    </message>
    <message>
        <source>This is too short for a client secret value (about 40 characters). Copy the whole Value column.</source>
        <translation>C&apos;est trop court pour une valeur de secret client (environ 40 caractères). Copiez toute la colonne Valeur.</translation>
    </message>
    <message>
        <source>Paste the Secret ID here, not the value.</source>
        <translation>Collez ici l&apos;ID de secret, pas la valeur.</translation>
    </message>
    <message>
        <source>The Secret ID is a GUID; copy it from the Secret ID column.</source>
        <translation>L&apos;ID de secret est un GUID ; copiez-le depuis la colonne ID de secret.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>leap::ui::LifetimeChooser</name>
    <message numerus="yes">
        <source>%n days (recommended)</source>
        <translation>
            <numerusform>%n jour (recommandé)</numerusform>
            <numerusform>%n jours (recommandé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Jusqu&apos;à une date…</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de validité</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
</context>
<context>
    <name>leap::ui::PermissionsPage</name>
    <message>
        <source>Step 3 of 3: Grant the permissions</source>
        <translation>Étape 3 sur 3 : accorder les autorisations</translation>
    </message>
    <message>
        <source>Leap reads users and groups with the application permissions, and signs people in with the delegated ones. An administrator grants consent once for the whole tenant.</source>
        <translation>Leap lit les utilisateurs et les groupes avec les autorisations d&apos;application, et connecte les personnes avec les autorisations déléguées. Un administrateur donne son consentement une fois pour tout le locataire.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Déléguée</translation>
    </message>
    <message>
        <source>Send this address to someone with the Privileged Role Administrator or Global Administrator role. When they open it and accept, the permissions are granted. You can close the wizard now: your progress is saved, and opening the wizard again finishes the setup.</source>
        <translation>Envoyez cette adresse à une personne ayant le rôle Administrateur de rôle privilégié ou Administrateur général. Lorsqu&apos;elle l&apos;ouvre et accepte, les autorisations sont accordées. Vous pouvez fermer l&apos;assistant : votre progression est enregistrée, et le rouvrir termine la configuration.</translation>
    </message>
    <message>
        <source>Admin consent address</source>
        <translation>Adresse de consentement administrateur</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Cop&amp;ier l&apos;adresse</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>Check again whether consent was granted</source>
        <translation>Vérifier à nouveau si le consentement a été accordé</translation>
    </message>
    <message>
        <source>Reading the application&apos;s permissions…</source>
        <translation>Lecture des autorisations de l&apos;application…</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consentie</translation>
    </message>
    <message>
        <source>Requested, no consent yet</source>
        <translation>Demandée, pas encore de consentement</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Non demandée</translation>
    </message>
    <message>
        <source>All four permissions are granted for the whole tenant.</source>
        <translation>Les quatre autorisations sont accordées pour tout le locataire.</translation>
    </message>
    <message>
        <source>Granting admin consent assigns the two application permissions and consents to openid and profile for all users.</source>
        <translation>Accorder le consentement administrateur attribue les deux autorisations d&apos;application et consent à openid et profile pour tous les utilisateurs.</translation>
    </message>
    <message>
        <source>&amp;Grant admin consent</source>
        <translation>&amp;Accorder un consentement d&apos;administrateur</translation>
    </message>
    <message>
        <source>Granting admin consent…</source>
        <translation>Octroi du consentement administrateur…</translation>
    </message>
</context>
<context>
    <name>leap::ui::PlanView</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>Déjà en place</translation>
    </message>
</context>
<context>
    <name>leap::ui::ProfilePage</name>
    <message>
        <source>HCL Leap in Microsoft Entra ID</source>
        <translation>HCL Leap dans Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Profile overview</source>
        <translation>Vue d&apos;ensemble du profil</translation>
    </message>
    <message>
        <source>Client secret status</source>
        <translation>État du secret client</translation>
    </message>
    <message>
        <source>&amp;Rotate secret</source>
        <translation>&amp;Renouveler le secret</translation>
    </message>
    <message>
        <source>Add a new secret; the old one keeps working until Leap uses the new one.</source>
        <translation>Ajouter un nouveau secret ; l&apos;ancien fonctionne jusqu&apos;à ce que Leap utilise le nouveau.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check that the stored secret works and the permissions are granted.</source>
        <translation>Vérifier que le secret stocké fonctionne et que les autorisations sont accordées.</translation>
    </message>
    <message>
        <source>E&amp;xport summary</source>
        <translation>E&amp;xporter le résumé</translation>
    </message>
    <message>
        <source>Save what Leap needs: properties, Liberty, Helm, a report.</source>
        <translation>Enregistrer ce dont Leap a besoin : propriétés, Liberty, Helm, un rapport.</translation>
    </message>
    <message>
        <source>Re&amp;pair</source>
        <translation>Ré&amp;parer</translation>
    </message>
    <message>
        <source>Compare with the tenant and put back what is missing.</source>
        <translation>Comparer avec le locataire et rétablir ce qui manque.</translation>
    </message>
    <message>
        <source>Set up &amp;another environment</source>
        <translation>Configurer un &amp;autre environnement</translation>
    </message>
    <message>
        <source>Register another Leap server under a new profile.</source>
        <translation>Inscrire un autre serveur Leap sous un nouveau profil.</translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt;, set up by %2 on %3.</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt;, configuré par %2 le %3.</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation>ID d&apos;application (client) :</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>pas encore inscrite</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leap server:</source>
        <translation>Serveur Leap :</translation>
    </message>
    <message>
        <source>No client secret yet. Use &lt;b&gt;Repair&lt;/b&gt; to finish the setup.</source>
        <translation>Pas encore de secret client. Utilisez &lt;b&gt;Réparer&lt;/b&gt; pour terminer la configuration.</translation>
    </message>
    <message>
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; expired on %2. Nobody can sign in to Leap until you rotate it and update Leap.</source>
        <translation>Le secret client &lt;b&gt;%1&lt;/b&gt; a expiré le %2. Personne ne peut se connecter à Leap tant que vous ne l&apos;avez pas renouvelé et mis à jour dans Leap.</translation>
    </message>
    <message numerus="yes">
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; expires in %n day(s), on %2. Rotate it soon.</source>
        <translation>
            <numerusform>Le secret client &lt;b&gt;%1&lt;/b&gt; expire dans %n jour, le %2. Renouvelez-le bientôt.</numerusform>
            <numerusform>Le secret client &lt;b&gt;%1&lt;/b&gt; expire dans %n jours, le %2. Renouvelez-le bientôt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; is valid for %n more day(s), until %2.</source>
        <translation>
            <numerusform>Le secret client &lt;b&gt;%1&lt;/b&gt; est encore valable %n jour, jusqu&apos;au %2.</numerusform>
            <numerusform>Le secret client &lt;b&gt;%1&lt;/b&gt; est encore valable %n jours, jusqu&apos;au %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older secret(s) still valid; retire them once Leap uses the current one.</source>
        <translation>
            <numerusform>%n ancien secret est encore valide ; retirez-le dès que Leap utilise l&apos;actuel.</numerusform>
            <numerusform>%n anciens secrets sont encore valides ; retirez-les dès que Leap utilise l&apos;actuel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up another environment</source>
        <translation>Configurer un autre environnement</translation>
    </message>
    <message>
        <source>Name of the new profile (for example test or prod):</source>
        <translation>Nom du nouveau profil (par exemple test ou prod) :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>leap::ui::ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Current operation</source>
        <translation>Opération en cours</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Annuler l&apos;opération en cours</translation>
    </message>
</context>
<context>
    <name>leap::ui::RegisterPage</name>
    <message>
        <source>Step 1 of 3: Register HCL Leap as an application</source>
        <translation>Étape 1 sur 3 : inscrire HCL Leap comme application</translation>
    </message>
    <message>
        <source>The application Leap signs people in with: its redirect URI, the group claim and the four permissions it requests.</source>
        <translation>L&apos;application avec laquelle Leap connecte les personnes : son URI de redirection, la revendication de groupe et les quatre autorisations qu&apos;elle demande.</translation>
    </message>
    <message>
        <source>Differences from the tenant</source>
        <translation>Différences avec le locataire</translation>
    </message>
    <message>
        <source>The application is registered: &lt;b&gt;%1&lt;/b&gt;, application (client) ID %2.</source>
        <translation>L&apos;application est inscrite : &lt;b&gt;%1&lt;/b&gt;, ID d&apos;application (client) %2.</translation>
    </message>
    <message>
        <source>Comparing the profile with the tenant…</source>
        <translation>Comparaison du profil avec le locataire…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Looking for an existing registration…</source>
        <translation>Recherche d&apos;une inscription existante…</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s app registrations…</source>
        <translation>Lecture des inscriptions d&apos;applications du locataire…</translation>
    </message>
    <message>
        <source>The plan could not be read.</source>
        <translation>Le plan n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>No registration for this Leap server exists yet. The wizard will create &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Aucune inscription n&apos;existe encore pour ce serveur Leap. L&apos;assistant va créer &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Found &lt;b&gt;%1&lt;/b&gt; (application ID %2). The wizard will add what is missing and remove nothing:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; trouvée (ID d&apos;application %2). L&apos;assistant va ajouter ce qui manque sans rien supprimer :</translation>
    </message>
    <message>
        <source>Found &lt;b&gt;%1&lt;/b&gt; (application ID %2); it is already set up as Leap needs it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; trouvée (ID d&apos;application %2) ; elle est déjà configurée comme Leap en a besoin.</translation>
    </message>
    <message>
        <source>&amp;Register application</source>
        <translation>&amp;Inscrire l&apos;application</translation>
    </message>
    <message>
        <source>The tenant matches the profile: nothing needs repair.</source>
        <translation>Le locataire correspond au profil : rien à réparer.</translation>
    </message>
    <message>
        <source>Differences from the tenant:</source>
        <translation>Différences avec le locataire :</translation>
    </message>
    <message>
        <source>The wizard repairs this.</source>
        <translation>L&apos;assistant répare cela.</translation>
    </message>
    <message>
        <source>Registering the application…</source>
        <translation>Inscription de l&apos;application…</translation>
    </message>
    <message>
        <source>Checking the application…</source>
        <translation>Vérification de l&apos;application…</translation>
    </message>
    <message>
        <source>Registered &lt;b&gt;%1&lt;/b&gt;, application (client) ID %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; inscrite, ID d&apos;application (client) %2.</translation>
    </message>
</context>
<context>
    <name>leap::ui::RotatePage</name>
    <message>
        <source>Rotate the client secret</source>
        <translation>Renouveler le secret client</translation>
    </message>
    <message>
        <source>A new secret is added next to the current one, so Leap keeps working until you switch it over. The old secret is retired only after that.</source>
        <translation>Un nouveau secret est ajouté à côté de l&apos;actuel, pour que Leap continue de fonctionner jusqu&apos;à ce que vous basculiez. L&apos;ancien secret n&apos;est retiré qu&apos;ensuite.</translation>
    </message>
    <message>
        <source>Description of the new secret</source>
        <translation>Description du nouveau secret</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expire après :</translation>
    </message>
    <message>
        <source>Current secret: &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3.</source>
        <translation>Secret actuel : &lt;b&gt;%1&lt;/b&gt; (ID de secret %2), valable jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>This profile has no current secret yet.</source>
        <translation>Ce profil n&apos;a pas encore de secret actuel.</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>Create &amp;new secret</source>
        <translation>Créer un &amp;nouveau secret</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Adding the new secret…</source>
        <translation>Ajout du nouveau secret…</translation>
    </message>
    <message>
        <source>Added &lt;b&gt;%1&lt;/b&gt; (secret ID %2); its value is in the keychain. The old secret keeps working until you retire it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ajouté (ID de secret %2) ; sa valeur est dans le trousseau. L&apos;ancien secret fonctionne jusqu&apos;à ce que vous le retiriez.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — an offline practice tenant. Nothing you do here reaches Microsoft.</source>
        <translation>&lt;b&gt;Bac à sable&lt;/b&gt; — un locataire d&apos;entraînement hors ligne. Rien de ce que vous faites ici n&apos;atteint Microsoft.</translation>
    </message>
    <message>
        <source>Sandbox: an offline practice tenant. Nothing you do here reaches Microsoft.</source>
        <translation>Bac à sable : un locataire d&apos;entraînement hors ligne. Rien de ce que vous faites ici n&apos;atteint Microsoft.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SecretDisplay</name>
    <message>
        <source>Client secret value</source>
        <translation>Valeur du secret client</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Reveal the client secret value</source>
        <translation>Afficher la valeur du secret client</translation>
    </message>
    <message>
        <source>C&amp;opy value</source>
        <translation>C&amp;opier la valeur</translation>
    </message>
    <message>
        <source>Copy the client secret value</source>
        <translation>Copier la valeur du secret client</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared again after %n second(s).</source>
        <translation>
            <numerusform>Le presse-papiers est de nouveau vidé après %n seconde.</numerusform>
            <numerusform>Le presse-papiers est de nouveau vidé après %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
</context>
<context>
    <name>leap::ui::SecretPage</name>
    <message>
        <source>Step 2 of 3: Create a client secret</source>
        <translation>Étape 2 sur 3 : créer un secret client</translation>
    </message>
    <message>
        <source>Leap uses the application ID and this secret to read users and groups. The secret goes straight into this computer&apos;s keychain.</source>
        <translation>Leap utilise l&apos;ID d&apos;application et ce secret pour lire les utilisateurs et les groupes. Le secret va directement dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expire après :</translation>
    </message>
    <message>
        <source>This is the only copy of the secret&apos;s value: Microsoft Entra ID never shows it again. Copy it now into Leap&apos;s credential store or a password manager.</source>
        <translation>C&apos;est la seule copie de la valeur du secret : Microsoft Entra ID ne l&apos;affichera plus jamais. Copiez-la maintenant dans le magasin d&apos;identifiants de Leap ou dans un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>I have &amp;stored the value somewhere safe</source>
        <translation>J&apos;ai &amp;stocké la valeur en lieu sûr</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>The current secret &lt;b&gt;%1&lt;/b&gt; is valid until %2; the wizard keeps it. Use &lt;i&gt;Rotate secret&lt;/i&gt; on the start page for a new one.</source>
        <translation>Le secret actuel &lt;b&gt;%1&lt;/b&gt; est valable jusqu&apos;au %2 ; l&apos;assistant le conserve. Pour en obtenir un nouveau, utilisez &lt;i&gt;Renouveler le secret&lt;/i&gt; sur la page d&apos;accueil.</translation>
    </message>
    <message>
        <source>Create &amp;secret</source>
        <translation>Créer le &amp;secret</translation>
    </message>
    <message>
        <source>Creating the client secret…</source>
        <translation>Création du secret client…</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3. The value is in this computer&apos;s keychain under &lt;i&gt;leap-entra-setup&lt;/i&gt; / &lt;tt&gt;%4&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; créé (ID de secret %2), valable jusqu&apos;au %3. La valeur se trouve dans le trousseau de cet ordinateur sous &lt;i&gt;leap-entra-setup&lt;/i&gt; / &lt;tt&gt;%4&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; créé (ID de secret %2), valable jusqu&apos;au %3.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SetupWizard</name>
    <message>
        <source>Leap Entra Setup — Sandbox</source>
        <translation>Leap Entra Setup — Bac à sable</translation>
    </message>
    <message>
        <source>Leap Entra Setup</source>
        <translation>Leap Entra Setup</translation>
    </message>
    <message>
        <source>The new secret&apos;s value is shown only once and is not in the keychain. Close anyway? Copy the value first if you still need it.</source>
        <translation>La valeur du nouveau secret n&apos;est affichée qu&apos;une fois et ne se trouve pas dans le trousseau. Fermer quand même ? Copiez d&apos;abord la valeur si vous en avez encore besoin.</translation>
    </message>
    <message>
        <source>A step is still running. Stop it and close the wizard?

What is done so far is saved; open the wizard again to continue where you left off.</source>
        <translation>Une étape est encore en cours. L&apos;arrêter et fermer l&apos;assistant ?

Ce qui est déjà fait est enregistré ; rouvrez l&apos;assistant pour reprendre là où vous vous êtes arrêté.</translation>
    </message>
    <message>
        <source>The setup is not finished. Close the wizard?

What is done so far is saved; open the wizard again to continue where you left off.</source>
        <translation>La configuration n&apos;est pas terminée. Fermer l&apos;assistant ?

Ce qui est déjà fait est enregistré ; rouvrez l&apos;assistant pour reprendre là où vous vous êtes arrêté.</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Fermer l&apos;assistant ?</translation>
    </message>
    <message>
        <source>Support bundle…</source>
        <translation>Dossier de support…</translation>
    </message>
    <message>
        <source>Save a log of this session for Microsoft or HCL support: the requests and their request IDs, without any secret or token.</source>
        <translation>Enregistrer un journal de cette session pour le support Microsoft ou HCL : les requêtes et leurs ID de requête, sans aucun secret ni jeton.</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Enregistrer le dossier de support</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>Dossier de support (*.json)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Dossier de support</translation>
    </message>
    <message>
        <source>Saved to %1. It holds no secret or token; attach it to your support request.</source>
        <translation>Enregistré dans %1. Il ne contient aucun secret ni jeton ; joignez-le à votre demande de support.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in as an administrator of the tenant. The wizard acts on your behalf; it stores no password.</source>
        <translation>Connectez-vous en tant qu&apos;administrateur du locataire. L&apos;assistant agit en votre nom ; il ne stocke aucun mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>&amp;Se connecter avec Microsoft</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in the browser</source>
        <translation>Se connecter avec Microsoft dans le navigateur</translation>
    </message>
    <message>
        <source>Use a &amp;code instead</source>
        <translation>Utiliser plutôt un &amp;code</translation>
    </message>
    <message>
        <source>Sign in with a code on another device</source>
        <translation>Se connecter avec un code sur un autre appareil</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Cop&amp;ier le code</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Waiting for you to finish in the browser. If no browser window opened, copy the sign-in address into one.</source>
        <translation>En attente de la fin de la connexion dans le navigateur. Si aucune fenêtre ne s&apos;est ouverte, copiez l&apos;adresse de connexion dans un navigateur.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copier l&apos;&amp;adresse</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation>Se connecter sous un autre &amp;compte</translation>
    </message>
    <message>
        <source>Tenant: %1 — %2</source>
        <translation>Locataire : %1 — %2</translation>
    </message>
    <message>
        <source>Checking for a saved sign-in…</source>
        <translation>Recherche d&apos;une connexion enregistrée…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Requesting a sign-in code…</source>
        <translation>Demande d&apos;un code de connexion…</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation>Sur n&apos;importe quel appareil, ouvrez &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; et saisissez ce code :</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code (it expires at %1)…</source>
        <translation>En attente de la saisie du code (il expire à %1)…</translation>
    </message>
    <message>
        <source>You signed in to another tenant (%1) than the one this profile belongs to (%2).</source>
        <translation>Vous vous êtes connecté à un autre locataire (%1) que celui de ce profil (%2).</translation>
    </message>
    <message>
        <source>Sign in with an account of tenant %1.</source>
        <translation>Connectez-vous avec un compte du locataire %1.</translation>
    </message>
    <message>
        <source>Your sign-in lacks these permissions: %1. The wizard cannot make changes without them. Ask an administrator to grant them to the sign-in application, or sign in as an administrator who may consent to them.</source>
        <translation>Votre connexion n&apos;a pas ces autorisations : %1. L&apos;assistant ne peut rien modifier sans elles. Demandez à un administrateur de les accorder à l&apos;application de connexion, ou connectez-vous en tant qu&apos;administrateur autorisé à y consentir.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; to tenant &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt; au locataire &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
</context>
<context>
    <name>leap::ui::TenantPage</name>
    <message>
        <source>Tenant and Leap server</source>
        <translation>Locataire et serveur Leap</translation>
    </message>
    <message>
        <source>Which Microsoft Entra ID tenant Leap signs people in with, and where Leap runs.</source>
        <translation>Le locataire Microsoft Entra ID avec lequel Leap connecte les personnes, et l&apos;emplacement de Leap.</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com ou l&apos;ID du locataire</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>The tenant&apos;s primary domain or its ID (a GUID), as shown on the tenant&apos;s overview in the Microsoft Entra admin center.</source>
        <translation>Le domaine principal du locataire ou son ID (un GUID), tels qu&apos;affichés dans la vue d&apos;ensemble du locataire dans le centre d&apos;administration Microsoft Entra.</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>Clou&amp;d :</translation>
    </message>
    <message>
        <source>leap.example.com</source>
        <translation>leap.example.com</translation>
    </message>
    <message>
        <source>Leap server</source>
        <translation>Serveur Leap</translation>
    </message>
    <message>
        <source>The host name people use to reach Leap, with a port if it is not 443.</source>
        <translation>Le nom d&apos;hôte utilisé pour accéder à Leap, avec le port s&apos;il ne s&apos;agit pas de 443.</translation>
    </message>
    <message>
        <source>Leap &amp;server:</source>
        <translation>Se&amp;rveur Leap :</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copier l&apos;URI de redirection</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>URI de redirection :</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Plus d&apos;&amp;options</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Plus d&apos;options</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nom de l&apos;application</translation>
    </message>
    <message>
        <source>Credential alias</source>
        <translation>Alias d&apos;identification</translation>
    </message>
    <message>
        <source>The name under which Leap finds the client ID and secret (J2C alias or Kubernetes secret keys).</source>
        <translation>Le nom sous lequel Leap trouve l&apos;ID client et le secret (alias J2C ou clés du secret Kubernetes).</translation>
    </message>
    <message>
        <source>Credential &amp;alias:</source>
        <translation>&amp;Alias d&apos;identification :</translation>
    </message>
    <message>
        <source>Custom endpoints (%1)</source>
        <translation>Points de terminaison personnalisés (%1)</translation>
    </message>
    <message>
        <source>https://&lt;Leap server&gt;/oidcclient/redirect/oidc</source>
        <translation>https://&lt;serveur Leap&gt;/oidcclient/redirect/oidc</translation>
    </message>
    <message>
        <source>Appl&amp;ication name:</source>
        <translation>Nom de l&apos;appl&amp;ication :</translation>
    </message>
</context>
<context>
    <name>leap::ui::WelcomePage</name>
    <message>
        <source>Set up Microsoft Entra ID for HCL Leap</source>
        <translation>Configurer Microsoft Entra ID pour HCL Leap</translation>
    </message>
    <message>
        <source>This wizard registers HCL Leap in your Microsoft Entra ID tenant so that people can sign in to Leap with their work accounts.</source>
        <translation>Cet assistant inscrit HCL Leap dans votre locataire Microsoft Entra ID afin que les personnes puissent se connecter à Leap avec leur compte professionnel.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It follows the three steps of the Leap documentation:&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;register HCL Leap as an application, with your Leap server&apos;s redirect URI;&lt;/li&gt;&lt;li&gt;create a client secret and keep it in this computer&apos;s keychain;&lt;/li&gt;&lt;li&gt;grant the permissions Leap needs: User.ReadBasic.All and Group.Read.All (application), openid and profile (delegated).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Then it checks that the result works and gives you what to paste into Leap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il suit les trois étapes de la documentation de Leap :&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;inscrire HCL Leap comme application, avec l&apos;URI de redirection de votre serveur Leap ;&lt;/li&gt;&lt;li&gt;créer un secret client et le conserver dans le trousseau de cet ordinateur ;&lt;/li&gt;&lt;li&gt;accorder les autorisations dont Leap a besoin : User.ReadBasic.All et Group.Read.All (application), openid et profile (déléguées).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Il vérifie ensuite que le résultat fonctionne et vous donne ce qu&apos;il faut coller dans Leap.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You need&lt;/b&gt; a Microsoft Entra ID tenant and an account that may register applications there. Granting the application permissions needs the &lt;b&gt;Privileged Role Administrator&lt;/b&gt; or &lt;b&gt;Global Administrator&lt;/b&gt; role; without it, the wizard gives you a link to send to someone who has it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Il vous faut&lt;/b&gt; un locataire Microsoft Entra ID et un compte autorisé à y inscrire des applications. Accorder les autorisations d&apos;application exige le rôle &lt;b&gt;Administrateur de rôle privilégié&lt;/b&gt; ou &lt;b&gt;Administrateur général&lt;/b&gt; ; sans lui, l&apos;assistant vous donne un lien à envoyer à une personne qui l&apos;a.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up &amp;automatically (recommended)</source>
        <translation>Configurer &amp;automatiquement (recommandé)</translation>
    </message>
    <message>
        <source>Set up automatically</source>
        <translation>Configurer automatiquement</translation>
    </message>
    <message>
        <source>Sign in as an administrator; the wizard does each step through Microsoft Graph and shows you what it will change before it changes it.</source>
        <translation>Connectez-vous en tant qu&apos;administrateur ; l&apos;assistant effectue chaque étape via Microsoft Graph et vous montre ce qu&apos;il va modifier avant de le faire.</translation>
    </message>
    <message>
        <source>&amp;Guide me through the admin center</source>
        <translation>&amp;Me guider dans le centre d&apos;administration</translation>
    </message>
    <message>
        <source>Guide me through the admin center</source>
        <translation>Me guider dans le centre d&apos;administration</translation>
    </message>
    <message>
        <source>For tenants where no tool may sign in: you do each step in the Microsoft Entra admin center, the wizard shows you where and checks what you paste.</source>
        <translation>Pour les locataires où aucun outil ne peut se connecter : vous effectuez chaque étape dans le centre d&apos;administration Microsoft Entra, l&apos;assistant vous indique où et vérifie ce que vous collez.</translation>
    </message>
</context>
<context>
    <name>leap::ui::WizardPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>leap-entra-setup: the saved sandbox tenant (%1) could not be read (%2); starting from a fresh one.</source>
        <translation>leap-entra-setup : le locataire bac à sable enregistré (%1) n&apos;a pas pu être lu (%2) ; démarrage avec un nouveau.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>leap-entra-setup: could not save the sandbox tenant: %1</source>
        <translation>leap-entra-setup : impossible d&apos;enregistrer le locataire bac à sable : %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: using the offline sandbox tenant (%1); nothing reaches Microsoft. Sign-in is approved automatically as %2.</source>
        <translation>leap-entra-setup : utilisation du locataire bac à sable hors ligne (%1) ; rien n&apos;atteint Microsoft. La connexion est approuvée automatiquement en tant que %2.</translation>
    </message>
    <message>
        <source>leap-entra-setup: error: %1</source>
        <translation>leap-entra-setup : erreur : %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: the offline sandbox could not start: %1</source>
        <translation>leap-entra-setup : le bac à sable hors ligne n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: this build has no graphical wizard. Use a command instead; `leap-entra-setup --help` lists them.</source>
        <translation>leap-entra-setup : cette version n&apos;a pas d&apos;assistant graphique. Utilisez plutôt une commande ; `leap-entra-setup --help` les liste.</translation>
    </message>
    <message>
        <source>leap-entra-setup: this build has no offline sandbox (--sandbox).</source>
        <translation>leap-entra-setup : cette version n&apos;a pas de bac à sable hors ligne (--sandbox).</translation>
    </message>
</context>
</TS>
