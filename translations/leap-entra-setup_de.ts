<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cloud</name>
    <message>
        <source>Microsoft Entra ID (global)</source>
        <translation>Microsoft Entra ID (global)</translation>
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
        <translation>Microsoft Azure, betrieben von 21Vianet</translation>
    </message>
</context>
<context>
    <name>leap</name>
    <message>
        <source>%1 is not a GUID.</source>
        <translation>%1 ist keine GUID.</translation>
    </message>
    <message>
        <source>Give it as 8-4-4-4-12 hexadecimal digits, e.g. 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35.</source>
        <translation>Geben Sie 8-4-4-4-12 Hexadezimalziffern an, z. B. 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35.</translation>
    </message>
    <message>
        <source>Give only the host name and an optional port, e.g. leap.example.com or leap.example.com:9443.</source>
        <translation>Geben Sie nur den Hostnamen und optional einen Port an, z. B. leap.example.com oder leap.example.com:9443.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 contains spaces or control characters.</source>
        <translation>%1 enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 must not include a scheme such as https://.</source>
        <translation>%1 darf kein Schema wie https:// enthalten.</translation>
    </message>
    <message>
        <source>%1 must not include a path, query or fragment.</source>
        <translation>%1 darf keinen Pfad, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>%1 must not include user info (user@).</source>
        <translation>%1 darf keine Benutzerinformationen (user@) enthalten.</translation>
    </message>
    <message>
        <source>%1: IPv6 addresses are not supported for a Leap redirect URI.</source>
        <translation>%1: IPv6-Adressen werden für einen Leap-Umleitungs-URI nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use the Leap server&apos;s DNS name.</source>
        <translation>Verwenden Sie den DNS-Namen des Leap-Servers.</translation>
    </message>
    <message>
        <source>%1 has an invalid port &quot;%2&quot;.</source>
        <translation>%1 hat einen ungültigen Port „%2“.</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535, e.g. leap.example.com:9443.</source>
        <translation>Verwenden Sie einen Port zwischen 1 und 65535, z. B. leap.example.com:9443.</translation>
    </message>
    <message>
        <source>%1 has more than one &apos;:&apos;.</source>
        <translation>%1 enthält mehr als einen „:“.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name (&quot;%2&quot;).</source>
        <translation>%1 ist kein gültiger Hostname („%2“).</translation>
    </message>
    <message>
        <source>%1 is neither a host name nor an IPv4 address.</source>
        <translation>%1 ist weder ein Hostname noch eine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>%1 must be a host name or an IPv4 address.</source>
        <translation>%1 muss ein Hostname oder eine IPv4-Adresse sein.</translation>
    </message>
    <message>
        <source>%1 is too long for an Entra redirect URI (256 characters at most).</source>
        <translation>%1 ist zu lang für einen Entra-Umleitungs-URI (höchstens 256 Zeichen).</translation>
    </message>
    <message>
        <source>Use a shorter host name.</source>
        <translation>Verwenden Sie einen kürzeren Hostnamen.</translation>
    </message>
    <message>
        <source>Give the tenant ID (a GUID) or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>Geben Sie die Mandanten-ID (eine GUID) oder eine überprüfte Domäne wie contoso.onmicrosoft.com an.</translation>
    </message>
    <message>
        <source>%1 looks like a tenant ID but is not a valid GUID.</source>
        <translation>%1 sieht wie eine Mandanten-ID aus, ist aber keine gültige GUID.</translation>
    </message>
    <message>
        <source>%1 must name one tenant, not &quot;%2&quot;.</source>
        <translation>%1 muss einen bestimmten Mandanten benennen, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is not a tenant ID or domain.</source>
        <translation>%1 ist weder eine Mandanten-ID noch eine Domäne.</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a tenant.</source>
        <translation>%1 ist eine IP-Adresse, kein Mandant.</translation>
    </message>
    <message>
        <source>Give a short descriptive name.</source>
        <translation>Geben Sie einen kurzen, aussagekräftigen Namen an.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation>Verwenden Sie nur druckbare Zeichen.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>Give a whole number of days from %1 to %2 (presets: 90, 180, 365, 545, 730).</source>
        <translation>Geben Sie eine ganze Zahl von Tagen zwischen %1 und %2 an (Vorgaben: 90, 180, 365, 545, 730).</translation>
    </message>
    <message>
        <source>%1 is not a whole number of days.</source>
        <translation>%1 ist keine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <source>%1 is %2 days, outside the allowed range.</source>
        <translation>%1 beträgt %2 Tage und liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid credential alias.</source>
        <translation>%1 „%2“ ist kein gültiger Anmeldeinformations-Alias.</translation>
    </message>
    <message>
        <source>Use a letter followed by letters, digits or underscores (at most 64), e.g. azureAlias.</source>
        <translation>Verwenden Sie einen Buchstaben, gefolgt von Buchstaben, Ziffern oder Unterstrichen (höchstens 64), z. B. azureAlias.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid profile name.</source>
        <translation>%1 „%2“ ist kein gültiger Profilname.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64, not starting with &apos;.&apos;), e.g. prod.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, „.“, „_“ oder „-“ (höchstens 64, nicht mit „.“ beginnend), z. B. prod.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Give an absolute URL such as https://login.microsoftonline.com.</source>
        <translation>Geben Sie eine absolute URL wie https://login.microsoftonline.com an.</translation>
    </message>
    <message>
        <source>%1 must not contain user info, a query or a fragment.</source>
        <translation>%1 darf keine Benutzerinformationen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Give only the scheme, host, optional port and path.</source>
        <translation>Geben Sie nur Schema, Host, optionalen Port und Pfad an.</translation>
    </message>
    <message>
        <source>%1 uses plain http to a non-loopback host.</source>
        <translation>%1 verwendet unverschlüsseltes http zu einem Host, der nicht Loopback ist.</translation>
    </message>
    <message>
        <source>Use https; plain http is accepted only for 127.0.0.1, ::1 or localhost.</source>
        <translation>Verwenden Sie https; unverschlüsseltes http ist nur für 127.0.0.1, ::1 oder localhost zulässig.</translation>
    </message>
    <message>
        <source>%1 must use https.</source>
        <translation>%1 muss https verwenden.</translation>
    </message>
    <message>
        <source>Give an https URL such as https://graph.microsoft.com.</source>
        <translation>Geben Sie eine https-URL wie https://graph.microsoft.com an.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: the signed-in account may not manage applications in this tenant.</source>
        <translation>Microsoft Graph hat abgelehnt, %1: Das angemeldete Konto darf in diesem Mandanten keine Anwendungen verwalten.</translation>
    </message>
    <message>
        <source>Sign in as an Application Administrator, Cloud Application Administrator or Global Administrator.</source>
        <translation>Melden Sie sich als Anwendungsadministrator, Cloudanwendungsadministrator oder Globaler Administrator an.</translation>
    </message>
    <message>
        <source>The profile lacks the tenant or the Leap host.</source>
        <translation>Im Profil fehlen der Mandant oder der Leap-Host.</translation>
    </message>
    <message>
        <source>read the application</source>
        <translation>die Anwendung zu lesen</translation>
    </message>
    <message>
        <source>read the service principal</source>
        <translation>den Dienstprinzipal zu lesen</translation>
    </message>
    <message>
        <source>The application&apos;s token does not carry the application permission %1: admin consent is missing or was removed, so Leap could not look up users and groups.</source>
        <translation>Das Token der Anwendung enthält die Anwendungsberechtigung %1 nicht: Die Administratoreinwilligung fehlt oder wurde entfernt, daher konnte Leap keine Benutzer und Gruppen nachschlagen.</translation>
    </message>
    <message>
        <source>Run `%1` as a Privileged Role Administrator or Global Administrator to grant it, or send this admin-consent address to one: %2</source>
        <translation>Führen Sie `%1` als Administrator für privilegierte Rollen oder Globaler Administrator aus, um sie zu erteilen, oder senden Sie einer solchen Person diese Adresse für die Administratoreinwilligung: %2</translation>
    </message>
    <message>
        <source>Microsoft Entra ID rejected the client secret (AADSTS7000215: invalid client secret). Either the stored value is wrong, or the secret&apos;s ID (a GUID) was used where its value belongs.</source>
        <translation>Microsoft Entra ID hat den geheimen Clientschlüssel abgelehnt (AADSTS7000215: ungültiger geheimer Clientschlüssel). Entweder ist der gespeicherte Wert falsch, oder die ID des Geheimnisses (eine GUID) wurde anstelle seines Werts verwendet.</translation>
    </message>
    <message>
        <source>Make sure Leap and the keychain hold the secret&apos;s Value, not its Secret ID. If the value is lost or wrong, create a new one with `%1`.</source>
        <translation>Stellen Sie sicher, dass Leap und der Schlüsselbund den „Wert“ des Geheimnisses enthalten, nicht seine „Geheime ID“. Ist der Wert verloren oder falsch, erstellen Sie mit `%1` einen neuen.</translation>
    </message>
    <message>
        <source>The client secret has expired (AADSTS7000222). Nobody can sign in to Leap with it.</source>
        <translation>Der geheime Clientschlüssel ist abgelaufen (AADSTS7000222). Niemand kann sich damit bei Leap anmelden.</translation>
    </message>
    <message>
        <source>Create a new secret with `%1`, put it into Leap, then retire the expired one.</source>
        <translation>Erstellen Sie mit `%1` ein neues Geheimnis, hinterlegen Sie es in Leap und entfernen Sie dann das abgelaufene.</translation>
    </message>
    <message>
        <source>The application %1 was not found in tenant %2 (AADSTS700016).</source>
        <translation>Die Anwendung %1 wurde im Mandanten %2 nicht gefunden (AADSTS700016).</translation>
    </message>
    <message>
        <source>Check that the profile names the right tenant. If the application was deleted, run `%1` to register it again.</source>
        <translation>Prüfen Sie, ob das Profil den richtigen Mandanten nennt. Wurde die Anwendung gelöscht, führen Sie `%1` aus, um sie erneut zu registrieren.</translation>
    </message>
    <message>
        <source>The tenant %1 was not found at %2 (AADSTS90002).</source>
        <translation>Der Mandant %1 wurde unter %2 nicht gefunden (AADSTS90002).</translation>
    </message>
    <message>
        <source>Check the tenant ID and the cloud (--cloud global, usgov, usgov-dod or china): a tenant exists in one cloud only.</source>
        <translation>Prüfen Sie die Mandanten-ID und die Cloud (--cloud global, usgov, usgov-dod oder china): Ein Mandant existiert nur in einer Cloud.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client credentials: %1 (%2).</source>
        <translation>Der Tokenendpunkt hat die Clientanmeldeinformationen abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>Check the application in the Microsoft Entra admin center, or run `%1` to repair it.</source>
        <translation>Prüfen Sie die Anwendung im Microsoft Entra Admin Center, oder führen Sie `%1` aus, um sie zu reparieren.</translation>
    </message>
    <message>
        <source>The tenant&apos;s app management policy allows client secrets of at most %1 days; %2 days were asked for.</source>
        <translation>Die App-Verwaltungsrichtlinie des Mandanten erlaubt geheime Clientschlüssel für höchstens %1 Tage; angefordert wurden %2 Tage.</translation>
    </message>
    <message>
        <source>The tenant&apos;s app management policy does not allow a client secret that lasts %1 days.</source>
        <translation>Die App-Verwaltungsrichtlinie des Mandanten erlaubt keinen geheimen Clientschlüssel mit %1 Tagen Laufzeit.</translation>
    </message>
    <message>
        <source>Choose a lifetime of %1 days or less (--secret-days %1).</source>
        <translation>Wählen Sie eine Laufzeit von höchstens %1 Tagen (--secret-days %1).</translation>
    </message>
    <message>
        <source>Choose a shorter lifetime (--secret-days), or ask an administrator for the tenant&apos;s maximum.</source>
        <translation>Wählen Sie eine kürzere Laufzeit (--secret-days), oder fragen Sie einen Administrator nach dem Höchstwert des Mandanten.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: the signed-in account may not manage this application&apos;s credentials.</source>
        <translation>Microsoft Graph hat abgelehnt, %1: Das angemeldete Konto darf die Anmeldeinformationen dieser Anwendung nicht verwalten.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: granting admin consent to Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role, which the signed-in account does not have.</source>
        <translation>Microsoft Graph hat abgelehnt, %1: Für die Administratoreinwilligung zu Anwendungsberechtigungen von Microsoft Graph ist die Rolle „Administrator für privilegierte Rollen“ oder „Globaler Administrator“ nötig, die das angemeldete Konto nicht hat.</translation>
    </message>
    <message>
        <source>Ask someone with the Privileged Role Administrator or Global Administrator role to open %1 and accept, or sign in as one and run the step again.</source>
        <translation>Bitten Sie jemanden mit der Rolle „Administrator für privilegierte Rollen“ oder „Globaler Administrator“, %1 zu öffnen und zuzustimmen, oder melden Sie sich selbst mit einer dieser Rollen an und führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s discovery document at %1 is incomplete (issuer, authorization or token endpoint missing).</source>
        <translation>Das Discovery-Dokument des Anmeldeservers unter %1 ist unvollständig (Aussteller, Autorisierungs- oder Tokenendpunkt fehlt).</translation>
    </message>
    <message>
        <source>Check --authority: it must be the login host of a Microsoft identity platform, such as https://login.microsoftonline.com.</source>
        <translation>Prüfen Sie --authority: Es muss der Anmeldehost einer Microsoft Identity Platform sein, z. B. https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>This tenant lives in %1, not in %2 as chosen.</source>
        <translation>Dieser Mandant befindet sich in %1, nicht wie gewählt in %2.</translation>
    </message>
    <message>
        <source>Choose the cloud &quot;%1&quot; (--cloud %1) and sign in again.</source>
        <translation>Wählen Sie die Cloud „%1“ (--cloud %1) und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in app&apos;s redirect address does not match what is registered for it (AADSTS50011).</source>
        <translation>Die Umleitungsadresse der Anmelde-App stimmt nicht mit der registrierten überein (AADSTS50011).</translation>
    </message>
    <message>
        <source>With your own app (--client-id), add http://localhost as a &quot;Mobile and desktop applications&quot; redirect URI in its Authentication settings, or sign in with the device code instead.</source>
        <translation>Fügen Sie bei Ihrer eigenen App (--client-id) unter „Authentifizierung“ http://localhost als Umleitungs-URI für „Mobile Anwendungen und Desktopanwendungen“ hinzu, oder melden Sie sich stattdessen mit dem Gerätecode an.</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your tenant blocked this sign-in (%1).</source>
        <translation>Eine Richtlinie für bedingten Zugriff Ihres Mandanten hat diese Anmeldung blockiert (%1).</translation>
    </message>
    <message>
        <source>Try signing in with a device code (--sign-in device-code) from a compliant device, or ask the Conditional Access administrator to allow it.</source>
        <translation>Versuchen Sie die Anmeldung mit einem Gerätecode (--sign-in device-code) von einem konformen Gerät, oder bitten Sie den Administrator für bedingten Zugriff, sie zuzulassen.</translation>
    </message>
    <message>
        <source>Device-code sign-in is often blocked by policy: sign in with the browser instead (--sign-in browser), or ask the Conditional Access administrator to allow it.</source>
        <translation>Die Anmeldung per Gerätecode wird oft durch Richtlinien blockiert: Melden Sie sich stattdessen im Browser an (--sign-in browser), oder bitten Sie den Administrator für bedingten Zugriff, sie zuzulassen.</translation>
    </message>
    <message>
        <source>Nobody has consented to the sign-in app using the permissions it needs (AADSTS65001).</source>
        <translation>Niemand hat der Anmelde-App die Verwendung der benötigten Berechtigungen erteilt (AADSTS65001).</translation>
    </message>
    <message>
        <source>Sign in as a Global Administrator or Privileged Role Administrator and accept the consent prompt for your organization, or have one grant admin consent to the sign-in app first.</source>
        <translation>Melden Sie sich als Globaler Administrator oder Administrator für privilegierte Rollen an und stimmen Sie der Einwilligungsaufforderung für Ihre Organisation zu, oder lassen Sie zuerst eine solche Person die Administratoreinwilligung für die Anmelde-App erteilen.</translation>
    </message>
    <message>
        <source>Your tenant requires multi-factor authentication for this sign-in (%1).</source>
        <translation>Ihr Mandant verlangt für diese Anmeldung eine mehrstufige Authentifizierung (%1).</translation>
    </message>
    <message>
        <source>Sign in again and complete the second factor in the browser; if you have never registered one, set it up first at https://aka.ms/mfasetup.</source>
        <translation>Melden Sie sich erneut an und schließen Sie den zweiten Faktor im Browser ab; falls Sie noch keinen registriert haben, richten Sie ihn zuerst unter https://aka.ms/mfasetup ein.</translation>
    </message>
    <message>
        <source>Tenant not found: wrong name or wrong cloud (AADSTS90002).</source>
        <translation>Mandant nicht gefunden: falscher Name oder falsche Cloud (AADSTS90002).</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s GUID or verified domain (for example contoso.onmicrosoft.com), and that --cloud is the national cloud it lives in.</source>
        <translation>Prüfen Sie die GUID oder die überprüfte Domäne des Mandanten (z. B. contoso.onmicrosoft.com) und ob --cloud die nationale Cloud ist, in der er sich befindet.</translation>
    </message>
    <message>
        <source>The sign-in app is not known in this tenant (AADSTS700016).</source>
        <translation>Die Anmelde-App ist in diesem Mandanten nicht bekannt (AADSTS700016).</translation>
    </message>
    <message>
        <source>Check --client-id: your own app must be registered in this tenant (or be multi-tenant), or leave --client-id out to use Microsoft Graph Command Line Tools.</source>
        <translation>Prüfen Sie --client-id: Ihre eigene App muss in diesem Mandanten registriert (oder mehrinstanzenfähig) sein; oder lassen Sie --client-id weg, um Microsoft Graph Command Line Tools zu verwenden.</translation>
    </message>
    <message>
        <source>The sign-in app is single-tenant and cannot sign in through /common (AADSTS50194).</source>
        <translation>Die Anmelde-App ist einmandantenfähig und kann sich nicht über /common anmelden (AADSTS50194).</translation>
    </message>
    <message>
        <source>Give the tenant&apos;s GUID or verified domain with --tenant.</source>
        <translation>Geben Sie mit --tenant die GUID oder die überprüfte Domäne des Mandanten an.</translation>
    </message>
    <message>
        <source>Your sign-in app does not allow public client flows, so it would need a client secret (AADSTS7000218).</source>
        <translation>Ihre Anmelde-App lässt keine öffentlichen Clientflows zu und bräuchte daher einen geheimen Clientschlüssel (AADSTS7000218).</translation>
    </message>
    <message>
        <source>In the app registration, open Authentication and set &quot;Allow public client flows&quot; to Yes, or leave --client-id out to use Microsoft Graph Command Line Tools.</source>
        <translation>Öffnen Sie in der App-Registrierung „Authentifizierung“ und setzen Sie „Öffentliche Clientflows zulassen“ auf „Ja“, oder lassen Sie --client-id weg, um Microsoft Graph Command Line Tools zu verwenden.</translation>
    </message>
    <message>
        <source>This Microsoft app is not pre-authorized for the Microsoft Graph permissions the wizard needs (AADSTS65002).</source>
        <translation>Diese Microsoft-App ist für die vom Assistenten benötigten Microsoft Graph-Berechtigungen nicht vorab autorisiert (AADSTS65002).</translation>
    </message>
    <message>
        <source>Leave --client-id out to use Microsoft Graph Command Line Tools, or register your own public client app and pass its id with --client-id.</source>
        <translation>Lassen Sie --client-id weg, um Microsoft Graph Command Line Tools zu verwenden, oder registrieren Sie Ihre eigene öffentliche Client-App und übergeben Sie ihre ID mit --client-id.</translation>
    </message>
    <message>
        <source>The sign-in app is a public client and must not send a secret (AADSTS700025).</source>
        <translation>Die Anmelde-App ist ein öffentlicher Client und darf kein Geheimnis senden (AADSTS700025).</translation>
    </message>
    <message>
        <source>Use a public client registration (Allow public client flows).</source>
        <translation>Verwenden Sie eine Registrierung als öffentlicher Client („Öffentliche Clientflows zulassen“).</translation>
    </message>
    <message>
        <source>The device code has not been entered yet.</source>
        <translation>Der Gerätecode wurde noch nicht eingegeben.</translation>
    </message>
    <message>
        <source>Open the address and enter the code, then wait.</source>
        <translation>Öffnen Sie die Adresse, geben Sie den Code ein und warten Sie.</translation>
    </message>
    <message>
        <source>The code was not accepted (%1).</source>
        <translation>Der Code wurde nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>Start the sign-in again and type the new code exactly as shown.</source>
        <translation>Starten Sie die Anmeldung erneut und geben Sie den neuen Code genau wie angezeigt ein.</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was completed.</source>
        <translation>Der Gerätecode ist abgelaufen, bevor die Anmeldung abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>Start the sign-in again and enter the new code within its lifetime.</source>
        <translation>Starten Sie die Anmeldung erneut und geben Sie den neuen Code innerhalb seiner Gültigkeitsdauer ein.</translation>
    </message>
    <message>
        <source>The sign-in request was declined, or the code was already used (%1).</source>
        <translation>Die Anmeldeanforderung wurde abgelehnt, oder der Code wurde bereits verwendet (%1).</translation>
    </message>
    <message>
        <source>Start the sign-in again and approve it in the browser.</source>
        <translation>Starten Sie die Anmeldung erneut und bestätigen Sie sie im Browser.</translation>
    </message>
    <message>
        <source>The sign-in was declined: consent was not given.</source>
        <translation>Die Anmeldung wurde abgelehnt: Es wurde keine Einwilligung erteilt.</translation>
    </message>
    <message>
        <source>Sign in again and accept the permissions; if your organization requires an administrator&apos;s approval, ask a Global Administrator to sign in.</source>
        <translation>Melden Sie sich erneut an und akzeptieren Sie die Berechtigungen; wenn Ihre Organisation die Genehmigung eines Administrators verlangt, bitten Sie einen Globalen Administrator, sich anzumelden.</translation>
    </message>
    <message>
        <source>The saved sign-in has expired or was revoked (%1).</source>
        <translation>Die gespeicherte Anmeldung ist abgelaufen oder wurde widerrufen (%1).</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The account is not a member of this tenant (AADSTS50020).</source>
        <translation>Das Konto ist kein Mitglied dieses Mandanten (AADSTS50020).</translation>
    </message>
    <message>
        <source>Sign in with an administrator account of the tenant you chose, or correct --tenant.</source>
        <translation>Melden Sie sich mit einem Administratorkonto des gewählten Mandanten an, oder korrigieren Sie --tenant.</translation>
    </message>
    <message>
        <source>Wrong user name or password (AADSTS50126).</source>
        <translation>Falscher Benutzername oder falsches Kennwort (AADSTS50126).</translation>
    </message>
    <message>
        <source>Sign in again with the right credentials.</source>
        <translation>Melden Sie sich erneut mit den richtigen Anmeldeinformationen an.</translation>
    </message>
    <message>
        <source>The browser is not signed in and no interaction was allowed (AADSTS50058).</source>
        <translation>Der Browser ist nicht angemeldet, und eine Interaktion war nicht erlaubt (AADSTS50058).</translation>
    </message>
    <message>
        <source>Sign in again interactively.</source>
        <translation>Melden Sie sich erneut interaktiv an.</translation>
    </message>
    <message>
        <source>The sign-in service refused: %1 (%2).</source>
        <translation>Der Anmeldedienst hat abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1).</source>
        <translation>Der Anmeldedienst hat die Anforderung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 with no explanation.</source>
        <translation>Der Anmeldedienst antwortete mit HTTP %1 ohne Erklärung.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, give the code and correlation id to your Entra administrator.</source>
        <translation>Versuchen Sie es erneut; schlägt es weiterhin fehl, geben Sie den Code und die Korrelations-ID an Ihren Entra-Administrator weiter.</translation>
    </message>
    <message>
        <source>The sign-in was not completed (%1).</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1 (%2).</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, give the code to your Entra administrator.</source>
        <translation>Melden Sie sich erneut an; schlägt es weiterhin fehl, geben Sie den Code an Ihren Entra-Administrator weiter.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer contained no access token.</source>
        <translation>Die Antwort des Anmeldeservers enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check --authority.</source>
        <translation>Versuchen Sie es erneut; schlägt es weiterhin fehl, prüfen Sie --authority.</translation>
    </message>
    <message>
        <source>store a value in</source>
        <translation>Wert speichern</translation>
    </message>
    <message>
        <source>read a value from</source>
        <translation>Wert lesen</translation>
    </message>
    <message>
        <source>remove a value from</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>The system keychain refused to %1 it (%2).</source>
        <translation>Der Systemschlüsselbund hat den Vorgang „%1“ abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Unlock your keyring (GNOME Keyring, KWallet, macOS Keychain) or allow the access when it asks, then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (GNOME Keyring, KWallet, macOS-Schlüsselbund) oder erlauben Sie den Zugriff, wenn danach gefragt wird, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry (%1).</source>
        <translation>Der Systemschlüsselbund konnte den Eintrag nicht löschen (%1).</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again, or delete the entry of service &quot;leap-entra-setup&quot; with your keyring manager.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut, oder löschen Sie den Eintrag des Dienstes „leap-entra-setup“ mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>Secure storage is unavailable: could not %1 the system keychain (%2).</source>
        <translation>Sicherer Speicher nicht verfügbar: Vorgang „%1“ im Systemschlüsselbund fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Run inside a desktop session with an unlocked keyring; on Linux install and start gnome-keyring or KWallet (with libsecret) and make sure a D-Bus session bus is running.</source>
        <translation>Arbeiten Sie in einer Desktopsitzung mit entsperrtem Schlüsselbund; installieren und starten Sie unter Linux gnome-keyring oder KWallet (mit libsecret) und stellen Sie sicher, dass ein D-Bus-Sitzungsbus läuft.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds when asked to %2 it; a locked keyring may be waiting for its password.</source>
        <translation>Der Systemschlüsselbund hat auf den Vorgang „%2“ nicht innerhalb von %1 Sekunden geantwortet; vielleicht wartet ein gesperrter Schlüsselbund auf sein Kennwort.</translation>
    </message>
    <message>
        <source>Unlock the keyring (answer its password prompt) and try again; on Linux make sure gnome-keyring or KWallet is running.</source>
        <translation>Entsperren Sie den Schlüsselbund (beantworten Sie die Kennwortabfrage) und versuchen Sie es erneut; stellen Sie unter Linux sicher, dass gnome-keyring oder KWallet läuft.</translation>
    </message>
</context>
<context>
    <name>leap::ApplicationService</name>
    <message>
        <source>Looking for the application in the tenant…</source>
        <translation>Anwendung wird im Mandanten gesucht…</translation>
    </message>
    <message>
        <source>Create the application &quot;%1&quot; (single tenant) with redirect URI %2, security-group claims and the permissions %3.</source>
        <translation>Die Anwendung „%1“ (einzelner Mandant) mit dem Umleitungs-URI %2, Sicherheitsgruppen-Ansprüchen und den Berechtigungen %3 erstellen.</translation>
    </message>
    <message>
        <source>Create the application&apos;s service principal (enterprise application).</source>
        <translation>Den Dienstprinzipal der Anwendung (Unternehmensanwendung) erstellen.</translation>
    </message>
    <message>
        <source>Found the application &quot;%1&quot; (%2).</source>
        <translation>Anwendung „%1“ gefunden (%2).</translation>
    </message>
    <message>
        <source>Add the redirect URI %1.</source>
        <translation>Den Umleitungs-URI %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Request the %1 permission %2.</source>
        <translation>Die %1 Berechtigung %2 anfordern.</translation>
    </message>
    <message>
        <source>Send security groups in the &quot;groups&quot; claim.</source>
        <translation>Sicherheitsgruppen im Anspruch „groups“ senden.</translation>
    </message>
    <message>
        <source>Found the application&apos;s service principal.</source>
        <translation>Dienstprinzipal der Anwendung gefunden.</translation>
    </message>
    <message>
        <source>Registering the application &quot;%1&quot;…</source>
        <translation>Anwendung „%1“ wird registriert…</translation>
    </message>
    <message>
        <source>register the application</source>
        <translation>die Anwendung zu registrieren</translation>
    </message>
    <message>
        <source>read the application</source>
        <translation>die Anwendung zu lesen</translation>
    </message>
    <message>
        <source>Registered the application &quot;%1&quot; (%2).</source>
        <translation>Anwendung „%1“ registriert (%2).</translation>
    </message>
    <message>
        <source>Adding what Leap needs to the application…</source>
        <translation>Was Leap braucht, wird der Anwendung hinzugefügt…</translation>
    </message>
    <message>
        <source>update the application</source>
        <translation>die Anwendung zu aktualisieren</translation>
    </message>
    <message>
        <source>Added the redirect URI %1.</source>
        <translation>Umleitungs-URI %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Requested the %1 permission %2.</source>
        <translation>%1 Berechtigung %2 angefordert.</translation>
    </message>
    <message>
        <source>Security groups are now sent in the &quot;groups&quot; claim.</source>
        <translation>Sicherheitsgruppen werden jetzt im Anspruch „groups“ gesendet.</translation>
    </message>
    <message>
        <source>Creating the application&apos;s service principal…</source>
        <translation>Dienstprinzipal der Anwendung wird erstellt…</translation>
    </message>
    <message>
        <source>create the service principal</source>
        <translation>den Dienstprinzipal zu erstellen</translation>
    </message>
    <message>
        <source>The service principal was created but cannot be read.</source>
        <translation>Der Dienstprinzipal wurde erstellt, kann aber nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Run the command again in a few minutes.</source>
        <translation>Führen Sie den Befehl in einigen Minuten erneut aus.</translation>
    </message>
    <message>
        <source>Created the application&apos;s service principal.</source>
        <translation>Dienstprinzipal der Anwendung erstellt.</translation>
    </message>
</context>
<context>
    <name>leap::BrowserFlow</name>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>This sign-in has already finished. You can close this tab.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Not a valid sign-in</source>
        <translation>Keine gültige Anmeldung</translation>
    </message>
    <message>
        <source>This page was not opened by the sign-in that Leap Entra Setup started. Return to the app and sign in from there.</source>
        <translation>Diese Seite wurde nicht von der Anmeldung geöffnet, die Leap Entra Setup gestartet hat. Kehren Sie zur App zurück und melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>The sign-in server sent neither a code nor an error. Return to the app and sign in again.</source>
        <translation>Der Anmeldeserver hat weder einen Code noch einen Fehler gesendet. Kehren Sie zur App zurück und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The sign-in was not completed. Return to Leap Entra Setup to see why.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Den Grund sehen Sie in Leap Entra Setup.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in to Leap Entra Setup. You can close this tab and return to the app.</source>
        <translation>Sie sind bei Leap Entra Setup angemeldet. Sie können diesen Tab schließen und zur App zurückkehren.</translation>
    </message>
    <message>
        <source>A browser sign-in is already running.</source>
        <translation>Eine Browser-Anmeldung läuft bereits.</translation>
    </message>
    <message>
        <source>Could not open a local port for the browser to return to.</source>
        <translation>Es konnte kein lokaler Port geöffnet werden, zu dem der Browser zurückkehren kann.</translation>
    </message>
    <message>
        <source>Sign in with a device code instead (--sign-in device-code).</source>
        <translation>Melden Sie sich stattdessen mit einem Gerätecode an (--sign-in device-code).</translation>
    </message>
    <message>
        <source>You can close this tab and return to the app.</source>
        <translation>Sie können diesen Tab schließen und zur App zurückkehren.</translation>
    </message>
    <message>
        <source>Browser sign-in did not start.</source>
        <translation>Die Browser-Anmeldung wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The browser sign-in did not finish in time.</source>
        <translation>Die Browser-Anmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Sign in again, or sign in with a device code (--sign-in device-code).</source>
        <translation>Melden Sie sich erneut an, oder verwenden Sie einen Gerätecode (--sign-in device-code).</translation>
    </message>
</context>
<context>
    <name>leap::DeviceCodeFlow</name>
    <message>
        <source>This sign-in server does not offer device-code sign-in.</source>
        <translation>Dieser Anmeldeserver bietet keine Anmeldung per Gerätecode an.</translation>
    </message>
    <message>
        <source>Sign in with the browser instead (--sign-in browser).</source>
        <translation>Melden Sie sich stattdessen im Browser an (--sign-in browser).</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s device-code answer was incomplete.</source>
        <translation>Die Gerätecode-Antwort des Anmeldeservers war unvollständig.</translation>
    </message>
    <message>
        <source>Try again, or sign in with the browser (--sign-in browser).</source>
        <translation>Versuchen Sie es erneut, oder melden Sie sich im Browser an (--sign-in browser).</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>Öffnen Sie zum Anmelden in einem Webbrowser die Seite %1 und geben Sie zur Authentifizierung den Code %2 ein.</translation>
    </message>
    <message>
        <source>The device code was not entered in time.</source>
        <translation>Der Gerätecode wurde nicht rechtzeitig eingegeben.</translation>
    </message>
    <message>
        <source>Start the sign-in again and enter the new code within %1 minutes.</source>
        <translation>Starten Sie die Anmeldung erneut und geben Sie den neuen Code innerhalb von %1 Minuten ein.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>leap::Discovery</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time.</source>
        <translation>Der Anmeldeserver %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server %1: %2.</source>
        <translation>Der Anmeldeserver %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and --authority, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung, den Proxy und --authority, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1.</source>
        <translation>Der Anmeldeserver antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 did not return a discovery document.</source>
        <translation>%1 hat kein Discovery-Dokument zurückgegeben.</translation>
    </message>
    <message>
        <source>Check --authority: it must be the login host of a Microsoft identity platform, such as https://login.microsoftonline.com.</source>
        <translation>Prüfen Sie --authority: Es muss der Anmeldehost einer Microsoft Identity Platform sein, z. B. https://login.microsoftonline.com.</translation>
    </message>
</context>
<context>
    <name>leap::DriftService</name>
    <message>
        <source>Comparing the profile with the tenant…</source>
        <translation>Profil wird mit dem Mandanten verglichen…</translation>
    </message>
    <message>
        <source>The application %1 no longer exists in the tenant.</source>
        <translation>Die Anwendung %1 existiert im Mandanten nicht mehr.</translation>
    </message>
    <message>
        <source>Run `%1` to register it again; Leap then needs the new Application (client) ID and secret.</source>
        <translation>Führen Sie `%1` aus, um sie erneut zu registrieren; Leap braucht dann die neue Anwendungs-ID (Client) und das neue Geheimnis.</translation>
    </message>
    <message>
        <source>The redirect URI %1 is missing from the application: Leap&apos;s sign-in would fail with AADSTS50011.</source>
        <translation>Der Umleitungs-URI %1 fehlt in der Anwendung: Die Anmeldung bei Leap würde mit AADSTS50011 fehlschlagen.</translation>
    </message>
    <message>
        <source>Run `%1` to add it back.</source>
        <translation>Führen Sie `%1` aus, um ihn wieder hinzuzufügen.</translation>
    </message>
    <message>
        <source>The application no longer requests the Microsoft Graph permission %1.</source>
        <translation>Die Anwendung fordert die Microsoft Graph-Berechtigung %1 nicht mehr an.</translation>
    </message>
    <message>
        <source>Run `%1` to request it again.</source>
        <translation>Führen Sie `%1` aus, um sie erneut anzufordern.</translation>
    </message>
    <message>
        <source>Admin consent for the application permission %1 is missing (no app role assignment): Leap cannot look up users or groups.</source>
        <translation>Die Administratoreinwilligung für die Anwendungsberechtigung %1 fehlt (keine App-Rollenzuweisung): Leap kann keine Benutzer oder Gruppen nachschlagen.</translation>
    </message>
    <message>
        <source>The delegated permission %1 is not granted for all users: sign-in to Leap may ask for admin approval.</source>
        <translation>Die delegierte Berechtigung %1 ist nicht für alle Benutzer erteilt: Bei der Anmeldung an Leap wird eventuell eine Administratorgenehmigung verlangt.</translation>
    </message>
    <message>
        <source>Run `%1` as a Privileged Role Administrator or Global Administrator, or send this admin-consent address to one: %2</source>
        <translation>Führen Sie `%1` als Administrator für privilegierte Rollen oder Globaler Administrator aus, oder senden Sie einer solchen Person diese Adresse für die Administratoreinwilligung: %2</translation>
    </message>
    <message>
        <source>The profile has no current client secret.</source>
        <translation>Das Profil hat keinen aktuellen geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>Create one with `%1`.</source>
        <translation>Erstellen Sie einen mit `%1`.</translation>
    </message>
    <message>
        <source>The current client secret %1 was removed from the application: Leap can no longer sign in with it.</source>
        <translation>Der aktuelle geheime Clientschlüssel %1 wurde aus der Anwendung entfernt: Leap kann sich damit nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Create a new one with `%1` and put it into Leap.</source>
        <translation>Erstellen Sie mit `%1` einen neuen und hinterlegen Sie ihn in Leap.</translation>
    </message>
    <message>
        <source>The current client secret %1 expired on %2: nobody can sign in to Leap.</source>
        <translation>Der aktuelle geheime Clientschlüssel %1 ist am %2 abgelaufen: Niemand kann sich bei Leap anmelden.</translation>
    </message>
    <message>
        <source>Create a new one now with `%1` and put it into Leap.</source>
        <translation>Erstellen Sie jetzt mit `%1` einen neuen und hinterlegen Sie ihn in Leap.</translation>
    </message>
    <message>
        <source>The current client secret %1 expires in %2 days (%3).</source>
        <translation>Der aktuelle geheime Clientschlüssel %1 läuft in %2 Tagen ab (%3).</translation>
    </message>
    <message>
        <source>Rotate it before then with `%1`, update Leap, then retire the old one.</source>
        <translation>Tauschen Sie ihn vorher mit `%1` aus, aktualisieren Sie Leap und entfernen Sie dann den alten.</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain.</source>
        <translation>Der Wert des aktuellen geheimen Clientschlüssels %1 ist nicht im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>If Leap already has it, nothing is wrong in Leap; to keep a copy here, create a new secret with `%1`.</source>
        <translation>Hat Leap ihn bereits, ist in Leap alles in Ordnung; um hier eine Kopie zu behalten, erstellen Sie mit `%1` ein neues Geheimnis.</translation>
    </message>
</context>
<context>
    <name>leap::GraphClient</name>
    <message>
        <source>Waiting for the directory to replicate…</source>
        <translation>Warten auf die Replikation des Verzeichnisses…</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy; retrying in %1 s…</source>
        <translation>Microsoft Graph ist ausgelastet; neuer Versuch in %1 s…</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer properly; retrying in %1 s…</source>
        <translation>Microsoft Graph hat nicht korrekt geantwortet; neuer Versuch in %1 s…</translation>
    </message>
    <message>
        <source>a next-page link points outside Microsoft Graph</source>
        <translation>ein Link zur nächsten Seite zeigt aus Microsoft Graph hinaus</translation>
    </message>
    <message>
        <source>more than 1000 pages</source>
        <translation>mehr als 1000 Seiten</translation>
    </message>
    <message>
        <source>the batch answer lacks an item</source>
        <translation>in der Batch-Antwort fehlt ein Element</translation>
    </message>
</context>
<context>
    <name>leap::GraphError</name>
    <message>
        <source>Microsoft Graph refused the request: the signed-in account lacks the permission or directory role it needs%1.</source>
        <translation>Microsoft Graph hat die Anforderung abgelehnt: Dem angemeldeten Konto fehlt die nötige Berechtigung oder Verzeichnisrolle%1.</translation>
    </message>
    <message>
        <source>Sign in as a Global Administrator or Privileged Role Administrator, or hand the task to someone who is one.</source>
        <translation>Melden Sie sich als Globaler Administrator oder Administrator für privilegierte Rollen an, oder übergeben Sie die Aufgabe an eine solche Person.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request with status %1%2.</source>
        <translation>Microsoft Graph hat die Anforderung mit dem Status %1%2 abgelehnt.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s policies and the message above; the request id helps Microsoft support.</source>
        <translation>Prüfen Sie die Richtlinien des Mandanten und die Meldung oben; die Anforderungs-ID hilft dem Microsoft-Support.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not find the object%1.</source>
        <translation>Microsoft Graph konnte das Objekt nicht finden%1.</translation>
    </message>
    <message>
        <source>It may have been deleted in the tenant; run `status` to compare the profile with the tenant.</source>
        <translation>Es wurde möglicherweise im Mandanten gelöscht; führen Sie `status` aus, um das Profil mit dem Mandanten zu vergleichen.</translation>
    </message>
    <message>
        <source>Microsoft Graph no longer accepts the sign-in%1.</source>
        <translation>Microsoft Graph akzeptiert die Anmeldung nicht mehr%1.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Microsoft Graph kept throttling the requests (HTTP 429) beyond the retry limit.</source>
        <translation>Microsoft Graph hat die Anforderungen über das Wiederholungslimit hinaus gedrosselt (HTTP 429).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the command again; it resumes where it stopped.</source>
        <translation>Warten Sie einige Minuten und führen Sie den Befehl erneut aus; er setzt dort fort, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Microsoft Graph kept failing with HTTP %1%2.</source>
        <translation>Microsoft Graph schlug wiederholt mit HTTP %1%2 fehl.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the network connection (and proxy), then run the command again; it resumes where it stopped.</source>
        <translation>Prüfen Sie die Netzwerkverbindung (und den Proxy) und führen Sie den Befehl erneut aus; er setzt dort fort, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached%1.</source>
        <translation>Microsoft Graph war nicht erreichbar%1.</translation>
    </message>
    <message>
        <source>The directory did not finish replicating a new object in time%1.</source>
        <translation>Das Verzeichnis hat ein neues Objekt nicht rechtzeitig repliziert%1.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer this program cannot read%1.</source>
        <translation>Microsoft Graph hat eine Antwort gesendet, die dieses Programm nicht lesen kann%1.</translation>
    </message>
    <message>
        <source>Run again with --verbose and report the request id.</source>
        <translation>Führen Sie den Befehl erneut mit --verbose aus und melden Sie die Anforderungs-ID.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>leap::PermissionCatalog</name>
    <message>
        <source>The tenant has no Microsoft Graph service principal, so its permissions cannot be looked up.</source>
        <translation>Der Mandant hat keinen Microsoft Graph-Dienstprinzipal, daher können seine Berechtigungen nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>Check that the tenant is an ordinary Microsoft Entra tenant and the right cloud was chosen (--cloud).</source>
        <translation>Prüfen Sie, ob der Mandant ein gewöhnlicher Microsoft Entra-Mandant ist und die richtige Cloud gewählt wurde (--cloud).</translation>
    </message>
    <message>
        <source>The tenant&apos;s Microsoft Graph offers no %1 permission &quot;%2&quot;.</source>
        <translation>Microsoft Graph des Mandanten bietet keine %1 Berechtigung „%2“ an.</translation>
    </message>
    <message>
        <source>Check that the right cloud was chosen (--cloud); Leap needs this permission.</source>
        <translation>Prüfen Sie, ob die richtige Cloud gewählt wurde (--cloud); Leap benötigt diese Berechtigung.</translation>
    </message>
    <message>
        <source>Microsoft Graph described its service principal without an id.</source>
        <translation>Microsoft Graph hat seinen Dienstprinzipal ohne ID beschrieben.</translation>
    </message>
</context>
<context>
    <name>leap::PermissionService</name>
    <message>
        <source>The profile has no service principal yet; register the application first.</source>
        <translation>Das Profil hat noch keinen Dienstprinzipal; registrieren Sie zuerst die Anwendung.</translation>
    </message>
    <message>
        <source>Checking permissions and consent…</source>
        <translation>Berechtigungen und Einwilligung werden geprüft…</translation>
    </message>
    <message>
        <source>Granting admin consent for Microsoft Graph permissions…</source>
        <translation>Administratoreinwilligung für Microsoft Graph-Berechtigungen wird erteilt…</translation>
    </message>
    <message>
        <source>grant admin consent</source>
        <translation>die Administratoreinwilligung zu erteilen</translation>
    </message>
</context>
<context>
    <name>leap::Profile</name>
    <message>
        <source>The profile file has schema version %1; this version reads %2.</source>
        <translation>Die Profildatei hat die Schemaversion %1; diese Version liest %2.</translation>
    </message>
    <message>
        <source>Use a matching version of Leap Entra Setup, or run `forget` and configure again.</source>
        <translation>Verwenden Sie eine passende Version von Leap Entra Setup, oder führen Sie `forget` aus und konfigurieren Sie erneut.</translation>
    </message>
    <message>
        <source>The profile names an unknown cloud.</source>
        <translation>Das Profil nennt eine unbekannte Cloud.</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s &quot;cloud&quot; to global, usgov, usgov-dod or china.</source>
        <translation>Setzen Sie „cloud“ im Profil auf global, usgov, usgov-dod oder china.</translation>
    </message>
    <message>
        <source>The profile&apos;s endpoint override is not acceptable: %1</source>
        <translation>Die Endpunktüberschreibung des Profils ist nicht zulässig: %1</translation>
    </message>
</context>
<context>
    <name>leap::ProfileStore</name>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>Run `configure` to create it, or pick another with --profile.</source>
        <translation>Führen Sie `configure` aus, um es zu erstellen, oder wählen Sie mit --profile ein anderes.</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2.</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged (%2 at offset %3).</source>
        <translation>Die Profildatei %1 ist beschädigt (%2 an Position %3).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Repair the file, or remove it with `forget --profile %1` and configure again.</source>
        <translation>Reparieren Sie die Datei, oder entfernen Sie sie mit `forget --profile %1` und konfigurieren Sie erneut.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be used: %2</source>
        <translation>Die Profildatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>Das Profilverzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check that your configuration directory is writable.</source>
        <translation>Prüfen Sie, ob Ihr Konfigurationsverzeichnis beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write the profile file %1: %2.</source>
        <translation>Die Profildatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Check that the directory is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob das Verzeichnis beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <source>Cannot remove the profile file %1.</source>
        <translation>Die Profildatei %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the profile directory.</source>
        <translation>Prüfen Sie die Berechtigungen des Profilverzeichnisses.</translation>
    </message>
</context>
<context>
    <name>leap::RotationService</name>
    <message>
        <source>The profile &quot;%1&quot; has no application yet, so there is no secret to rotate.</source>
        <translation>Das Profil „%1“ hat noch keine Anwendung, daher gibt es kein Geheimnis zum Austauschen.</translation>
    </message>
    <message>
        <source>Run `leap-entra-setup --profile %1 configure` first.</source>
        <translation>Führen Sie zuerst `leap-entra-setup --profile %1 configure` aus.</translation>
    </message>
    <message>
        <source>Adding a new client secret &quot;%1&quot;; the current one stays valid.</source>
        <translation>Neuer geheimer Clientschlüssel „%1“ wird hinzugefügt; der aktuelle bleibt gültig.</translation>
    </message>
    <message>
        <source>The keychain could not store the new client secret in this run, so no older secret is retired.</source>
        <translation>Der Schlüsselbund konnte den neuen geheimen Clientschlüssel in diesem Lauf nicht speichern, daher wird kein älteres Geheimnis entfernt.</translation>
    </message>
    <message>
        <source>Make the keychain available, rotate again with `%1`, then retire the old secrets.</source>
        <translation>Machen Sie den Schlüsselbund verfügbar, tauschen Sie mit `%1` erneut aus und entfernen Sie dann die alten Geheimnisse.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application.</source>
        <translation>Das Profil „%1“ hat keine Anwendung.</translation>
    </message>
    <message>
        <source>Say which secret to retire.</source>
        <translation>Geben Sie an, welches Geheimnis entfernt werden soll.</translation>
    </message>
    <message>
        <source>Use --key-id KEY or --all-but-current.</source>
        <translation>Verwenden Sie --key-id SCHLÜSSEL oder --all-but-current.</translation>
    </message>
    <message>
        <source>Reading the application&apos;s client secrets…</source>
        <translation>Geheime Clientschlüssel der Anwendung werden gelesen…</translation>
    </message>
    <message>
        <source>The profile has no current client secret, so every secret would go.</source>
        <translation>Das Profil hat keinen aktuellen geheimen Clientschlüssel, daher würden alle Geheimnisse entfernt.</translation>
    </message>
    <message>
        <source>Create one with `%1` first, or add --force.</source>
        <translation>Erstellen Sie zuerst einen mit `%1`, oder fügen Sie --force hinzu.</translation>
    </message>
    <message>
        <source>There is no client secret %1 on the application or in the profile.</source>
        <translation>Es gibt keinen geheimen Clientschlüssel %1 in der Anwendung oder im Profil.</translation>
    </message>
    <message>
        <source>Run `leap-entra-setup --profile %1 status` to list the secrets.</source>
        <translation>Führen Sie `leap-entra-setup --profile %1 status` aus, um die Geheimnisse aufzulisten.</translation>
    </message>
    <message>
        <source>%1 is the current client secret, the one Leap should be using.</source>
        <translation>%1 ist der aktuelle geheime Clientschlüssel, den Leap verwenden sollte.</translation>
    </message>
    <message>
        <source>Rotate first with `%1`, put the new value into Leap, then retire this one (or add --force).</source>
        <translation>Tauschen Sie zuerst mit `%1` aus, hinterlegen Sie den neuen Wert in Leap und entfernen Sie dann diesen (oder fügen Sie --force hinzu).</translation>
    </message>
    <message>
        <source>Retiring this would leave the application with no valid client secret, and nobody could sign in to Leap.</source>
        <translation>Wird dieses entfernt, hätte die Anwendung keinen gültigen geheimen Clientschlüssel mehr, und niemand könnte sich bei Leap anmelden.</translation>
    </message>
    <message>
        <source>Create a new one with `%1` first (or add --force).</source>
        <translation>Erstellen Sie zuerst mit `%1` einen neuen (oder fügen Sie --force hinzu).</translation>
    </message>
    <message>
        <source>Nothing was retired.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>The current client secret %1 is not in this computer&apos;s keychain; retiring the others could leave no secret anyone can hand to Leap.</source>
        <translation>Der aktuelle geheime Clientschlüssel %1 ist nicht im Schlüsselbund dieses Computers; werden die anderen entfernt, bliebe womöglich kein Geheimnis, das jemand Leap geben kann.</translation>
    </message>
    <message>
        <source>Retire from the computer that created it, rotate here with `%1`, or add --force if Leap already uses the current secret.</source>
        <translation>Entfernen Sie sie auf dem Computer, der es erstellt hat, tauschen Sie hier mit `%1` aus, oder fügen Sie --force hinzu, wenn Leap das aktuelle Geheimnis bereits verwendet.</translation>
    </message>
    <message>
        <source>Proving the current secret works before retiring the others…</source>
        <translation>Vor dem Entfernen der anderen wird geprüft, ob das aktuelle Geheimnis funktioniert…</translation>
    </message>
    <message>
        <source>Nothing was retired; add --force to retire anyway.</source>
        <translation>Es wurde nichts entfernt; fügen Sie --force hinzu, um trotzdem zu entfernen.</translation>
    </message>
    <message>
        <source>Retiring client secret %1…</source>
        <translation>Geheimer Clientschlüssel %1 wird entfernt…</translation>
    </message>
    <message>
        <source>Already retired: %1.</source>
        <translation>Bereits entfernt: %1.</translation>
    </message>
    <message>
        <source>Proving the new secret works (a client-credentials token)…</source>
        <translation>Es wird geprüft, ob das neue Geheimnis funktioniert (ein Token über Clientanmeldeinformationen)…</translation>
    </message>
</context>
<context>
    <name>leap::SecretLifetime</name>
    <message>
        <source>The end date of the secret must be in the future.</source>
        <translation>Das Enddatum des Geheimnisses muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose a date within the next %1 days.</source>
        <translation>Wählen Sie ein Datum innerhalb der nächsten %1 Tage.</translation>
    </message>
    <message>
        <source>A client secret can last at most %1 days.</source>
        <translation>Ein geheimer Clientschlüssel kann höchstens %1 Tage gültig sein.</translation>
    </message>
    <message>
        <source>Choose an earlier end date.</source>
        <translation>Wählen Sie ein früheres Enddatum.</translation>
    </message>
    <message>
        <source>A client secret lasts %1 to %2 days; %3 was given.</source>
        <translation>Ein geheimer Clientschlüssel gilt %1 bis %2 Tage; angegeben wurde %3.</translation>
    </message>
    <message>
        <source>Use one of 90, 180, 365, 545 or 730 days.</source>
        <translation>Verwenden Sie 90, 180, 365, 545 oder 730 Tage.</translation>
    </message>
</context>
<context>
    <name>leap::SecretService</name>
    <message>
        <source>The profile has no application yet.</source>
        <translation>Das Profil hat noch keine Anwendung.</translation>
    </message>
    <message>
        <source>read the application&apos;s secrets</source>
        <translation>die Geheimnisse der Anwendung zu lesen</translation>
    </message>
    <message>
        <source>Removing a client secret whose value an interrupted run lost…</source>
        <translation>Ein geheimer Clientschlüssel, dessen Wert ein unterbrochener Lauf verloren hat, wird entfernt…</translation>
    </message>
    <message>
        <source>remove an orphaned client secret</source>
        <translation>einen verwaisten geheimen Clientschlüssel zu entfernen</translation>
    </message>
    <message>
        <source>The profile has no application yet; register it first.</source>
        <translation>Das Profil hat noch keine Anwendung; registrieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Creating the client secret &quot;%1&quot;…</source>
        <translation>Geheimer Clientschlüssel „%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>add a client secret</source>
        <translation>einen geheimen Clientschlüssel hinzuzufügen</translation>
    </message>
    <message>
        <source>Microsoft Graph created a client secret but did not return it.</source>
        <translation>Microsoft Graph hat einen geheimen Clientschlüssel erstellt, ihn aber nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>Run the command again; the incomplete secret is removed first.</source>
        <translation>Führen Sie den Befehl erneut aus; das unvollständige Geheimnis wird zuerst entfernt.</translation>
    </message>
    <message>
        <source>The client secret %1 was created on the application, but the system keychain could not store its value. %2</source>
        <translation>Der geheime Clientschlüssel %1 wurde in der Anwendung erstellt, aber der Systemschlüsselbund konnte seinen Wert nicht speichern. %2</translation>
    </message>
    <message>
        <source>If its value was not copied, retire the secret with `retire-secret --key-id %1`.</source>
        <translation>Wurde sein Wert nicht kopiert, entfernen Sie das Geheimnis mit `retire-secret --key-id %1`.</translation>
    </message>
    <message>
        <source>The profile has no application.</source>
        <translation>Das Profil hat keine Anwendung.</translation>
    </message>
    <message>
        <source>Removing the client secret %1…</source>
        <translation>Geheimer Clientschlüssel %1 wird entfernt…</translation>
    </message>
    <message>
        <source>remove the client secret</source>
        <translation>den geheimen Clientschlüssel zu entfernen</translation>
    </message>
    <message>
        <source>keychain entry left</source>
        <translation>Schlüsselbundeintrag verblieben</translation>
    </message>
</context>
<context>
    <name>leap::SecretStore</name>
    <message>
        <source>The system keychain holds no entry &quot;%1&quot;.</source>
        <translation>Der Systemschlüsselbund enthält keinen Eintrag „%1“.</translation>
    </message>
</context>
<context>
    <name>leap::SignInSession</name>
    <message>
        <source>Reading the sign-in configuration of %1</source>
        <translation>Anmeldekonfiguration von %1 wird gelesen</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser</source>
        <translation>Warten auf die Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered</source>
        <translation>Warten auf die Eingabe des Codes</translation>
    </message>
    <message>
        <source>No saved sign-in for this profile.</source>
        <translation>Keine gespeicherte Anmeldung für dieses Profil.</translation>
    </message>
    <message>
        <source>Sign in.</source>
        <translation>Melden Sie sich an.</translation>
    </message>
    <message>
        <source>Using the saved sign-in</source>
        <translation>Gespeicherte Anmeldung wird verwendet</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The sign-in has expired.</source>
        <translation>Die Anmeldung ist abgelaufen.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>leap::SupportBundle</name>
    <message>
        <source>Choose a file in a directory you can write to.</source>
        <translation>Wählen Sie eine Datei in einem Verzeichnis, in das Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name.</source>
        <translation>--support-bundle benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write the support bundle %1: %2.</source>
        <translation>Das Supportpaket %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>the file could not be replaced</source>
        <translation>die Datei konnte nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>leap::TokenClient</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time.</source>
        <translation>Der Anmeldeserver %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server %1: %2.</source>
        <translation>Der Anmeldeserver %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und den Proxy, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1.</source>
        <translation>Der Anmeldeserver antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>leap::VerifyService</name>
    <message>
        <source>No answer from the token endpoint %1 (%2).</source>
        <translation>Keine Antwort vom Tokenendpunkt %1 (%2).</translation>
    </message>
    <message>
        <source>Check the network connection, a proxy, and the cloud or --authority of the profile.</source>
        <translation>Prüfen Sie die Netzwerkverbindung, einen Proxy und die Cloud oder --authority des Profils.</translation>
    </message>
    <message>
        <source>The token endpoint is busy or failing (HTTP %1).</source>
        <translation>Der Tokenendpunkt ist ausgelastet oder fehlerhaft (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer the read of %1 (%2).</source>
        <translation>Microsoft Graph hat auf das Lesen von %1 nicht geantwortet (%2).</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to read %1 with the application&apos;s token (HTTP %2 %3).</source>
        <translation>Microsoft Graph hat das Lesen von %1 mit dem Token der Anwendung abgelehnt (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application with a current client secret to verify.</source>
        <translation>Das Profil „%1“ hat keine Anwendung mit einem aktuellen geheimen Clientschlüssel, der geprüft werden könnte.</translation>
    </message>
    <message>
        <source>Run `%1` first.</source>
        <translation>Führen Sie zuerst `%1` aus.</translation>
    </message>
    <message>
        <source>Verification needs the keychain, which was not given.</source>
        <translation>Die Überprüfung benötigt den Schlüsselbund, der nicht übergeben wurde.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Die Überprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain, so it cannot be tested here.</source>
        <translation>Der Wert des aktuellen geheimen Clientschlüssels %1 ist nicht im Schlüsselbund dieses Computers und kann daher hier nicht getestet werden.</translation>
    </message>
    <message>
        <source>Verify on the computer that created it, or create a new secret with `%1`.</source>
        <translation>Prüfen Sie auf dem Computer, der es erstellt hat, oder erstellen Sie mit `%1` ein neues Geheimnis.</translation>
    </message>
    <message>
        <source>The client secret value is empty.</source>
        <translation>Der Wert des geheimen Clientschlüssels ist leer.</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s Value, not its Secret ID.</source>
        <translation>Fügen Sie den „Wert“ des Geheimnisses ein, nicht seine „Geheime ID“.</translation>
    </message>
    <message>
        <source>Wait a few minutes and verify again. If it persists, run `%1` as a Privileged Role Administrator or Global Administrator, or send this admin-consent address to one: %2</source>
        <translation>Warten Sie einige Minuten und prüfen Sie erneut. Bleibt es dabei, führen Sie `%1` als Administrator für privilegierte Rollen oder Globaler Administrator aus, oder senden Sie einer solchen Person diese Adresse für die Administratoreinwilligung: %2</translation>
    </message>
    <message>
        <source>Waiting for the directory to replicate (%1)… retrying in %2 s.</source>
        <translation>Warten auf die Replikation des Verzeichnisses (%1)… neuer Versuch in %2 s.</translation>
    </message>
</context>
<context>
    <name>leap::cli</name>
    <message>
        <source>Delete the local profile and its keychain entries; touches nothing in the tenant.</source>
        <translation>Das lokale Profil und seine Schlüsselbundeinträge löschen; im Mandanten wird nichts geändert.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>  request id: %1 (%2)</source>
        <translation>  Anforderungs-ID: %1 (%2)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit status:
  0 done; 1 unexpected internal error; 2 bad command line or input (nothing was
  changed); 3 sign-in failed or was cancelled; 4 Graph refused (missing role,
  tenant policy, conflict); 5 secure storage unavailable; 6 verification failed;
  7 network failure that outlasted the retries.
</source>
        <translation>Exitstatus:
  0 erledigt; 1 unerwarteter interner Fehler; 2 falsche Befehlszeile oder Eingabe
  (nichts wurde geändert); 3 Anmeldung fehlgeschlagen oder abgebrochen; 4 Graph hat
  abgelehnt (Rolle fehlt, Mandantenrichtlinie, Konflikt); 5 sicherer Speicher nicht
  verfügbar; 6 Überprüfung fehlgeschlagen; 7 Netzwerkfehler trotz Wiederholungen.
</translation>
    </message>
    <message>
        <source>Configures Microsoft Entra ID for HCL Leap: registers the application, creates its client secret (kept in the OS keychain) and grants the Microsoft Graph permissions Leap needs. With no command it opens the wizard.</source>
        <translation>Konfiguriert Microsoft Entra ID für HCL Leap: registriert die Anwendung, erstellt ihren geheimen Clientschlüssel (im Schlüsselbund des Betriebssystems gespeichert) und erteilt die Microsoft Graph-Berechtigungen, die Leap benötigt. Ohne Befehl wird der Assistent geöffnet.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Einer der folgenden Befehle.</translation>
    </message>
    <message>
        <source>Profiles are kept in $XDG_CONFIG_HOME/leap-entra-setup/profiles (no secret is ever written there; secrets live in the OS keychain, service &quot;leap-entra-setup&quot;). With --sandbox, profiles are kept in the &quot;sandbox&quot; subdirectory instead, so a demo never mixes with a real tenant&apos;s profile, and the sandbox tenant itself is saved under $XDG_DATA_HOME/leap-entra-setup/sandbox between runs.</source>
        <translation>Profile werden in $XDG_CONFIG_HOME/leap-entra-setup/profiles gespeichert (dort wird nie ein Geheimnis geschrieben; Geheimnisse liegen im Schlüsselbund des Betriebssystems, Dienst „leap-entra-setup“). Mit --sandbox liegen Profile stattdessen im Unterverzeichnis „sandbox“, damit sich eine Demo nie mit dem Profil eines echten Mandanten vermischt; der Sandbox-Mandant selbst wird zwischen den Läufen unter $XDG_DATA_HOME/leap-entra-setup/sandbox gespeichert.</translation>
    </message>
    <message>
        <source>Tenant to prefill.</source>
        <translation>Vorauszufüllender Mandant.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>Leap server to prefill.</source>
        <translation>Vorauszufüllender Leap-Server.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Unexpected arguments.</source>
        <translation>Unerwartete Argumente.</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the commands and options.</source>
        <translation>Führen Sie `%1 --help` aus, um die Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Support bundle written to %1.</source>
        <translation>Supportpaket nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>--%1 is not an option.</source>
        <translation>--%1 ist keine Option.</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the options.</source>
        <translation>Führen Sie `%1 --help` aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the commands.</source>
        <translation>Führen Sie `%1 --help` aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2.</source>
        <translation>Unerwartetes Argument „%1“ nach %2.</translation>
    </message>
    <message>
        <source>Give option values with their option, e.g. --tenant contoso.onmicrosoft.com.</source>
        <translation>Geben Sie Optionswerte zusammen mit ihrer Option an, z. B. --tenant contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 akzeptiert --%2 nicht.</translation>
    </message>
    <message>
        <source>Run `%1 %2 --help` for its options.</source>
        <translation>Führen Sie `%1 %2 --help` aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Compare the saved profile with the live tenant: application, secrets and days left, permissions and consent, drift.</source>
        <translation>Das gespeicherte Profil mit dem Live-Mandanten vergleichen: Anwendung, Geheimnisse und Resttage, Berechtigungen und Einwilligung, Abweichungen.</translation>
    </message>
    <message>
        <source>Remove older secrets from the application and the keychain.</source>
        <translation>Ältere Geheimnisse aus der Anwendung und dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>The key id of the secret to retire.</source>
        <translation>Die Schlüssel-ID des zu entfernenden Geheimnisses.</translation>
    </message>
    <message>
        <source>Retire every secret of this profile except the current one.</source>
        <translation>Alle Geheimnisse dieses Profils außer dem aktuellen entfernen.</translation>
    </message>
    <message>
        <source>Also retire the current or only valid secret, without proving the current one first.</source>
        <translation>Auch das aktuelle oder einzige gültige Geheimnis entfernen, ohne das aktuelle vorher zu prüfen.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>Run configure first.</source>
        <translation>Führen Sie zuerst configure aus.</translation>
    </message>
    <message>
        <source>Run configure first, or pick one of: %1.</source>
        <translation>Führen Sie zuerst configure aus, oder wählen Sie eines von: %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application yet.</source>
        <translation>Das Profil „%1“ hat noch keine Anwendung.</translation>
    </message>
    <message>
        <source>Run configure to finish the setup.</source>
        <translation>Führen Sie configure aus, um die Einrichtung abzuschließen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>Das Profil „%1“ gehört zur Cloud %2.</translation>
    </message>
    <message>
        <source>Leave out --cloud, or pick the profile of that cloud.</source>
        <translation>Lassen Sie --cloud weg, oder wählen Sie das Profil dieser Cloud.</translation>
    </message>
    <message>
        <source>Prove the stored secret works: a client-credentials token, then Graph reads of users and groups.</source>
        <translation>Prüfen, ob das gespeicherte Geheimnis funktioniert: ein Token über Clientanmeldeinformationen, dann Graph-Abfragen von Benutzern und Gruppen.</translation>
    </message>
    <message>
        <source>How long to keep retrying while a new secret or consent replicates (default 120).</source>
        <translation>Wie lange Wiederholungsversuche laufen, während ein neues Geheimnis oder eine Einwilligung repliziert wird (Standard 120).</translation>
    </message>
    <message>
        <source>Saved configuration to use, one per Leap environment (default: &quot;default&quot;).</source>
        <translation>Zu verwendende gespeicherte Konfiguration, eine pro Leap-Umgebung (Standard: „default“).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>National cloud: global, usgov, usgov-dod or china.</source>
        <translation>Nationale Cloud: global, usgov, usgov-dod oder china.</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>CLOUD</translation>
    </message>
    <message>
        <source>Override the login host (https; plain http only for loopback).</source>
        <translation>Den Anmeldehost überschreiben (https; unverschlüsseltes http nur für Loopback).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Override the Microsoft Graph root (https; plain http only for loopback).</source>
        <translation>Den Microsoft Graph-Stamm überschreiben (https; unverschlüsseltes http nur für Loopback).</translation>
    </message>
    <message>
        <source>How the administrator signs in: device-code (default) or browser.</source>
        <translation>Wie sich der Administrator anmeldet: device-code (Standard) oder browser.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Public client used to sign the administrator in (default: Microsoft Graph Command Line Tools).</source>
        <translation>Öffentlicher Client für die Anmeldung des Administrators (Standard: Microsoft Graph Command Line Tools).</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Use the built-in offline sandbox tenant; nothing reaches Microsoft. Sandbox profiles are kept apart from real ones (in a &quot;sandbox&quot; subdirectory of the profile directory).</source>
        <translation>Den integrierten Offline-Sandbox-Mandanten verwenden; nichts erreicht Microsoft. Sandbox-Profile werden getrennt von echten gespeichert (im Unterverzeichnis „sandbox“ des Profilverzeichnisses).</translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON document on stdout.</source>
        <translation>Maschinenlesbare Ausgabe: ein JSON-Dokument auf stdout.</translation>
    </message>
    <message>
        <source>More log lines on stderr (always redacted).</source>
        <translation>Mehr Protokollzeilen auf stderr (immer geschwärzt).</translation>
    </message>
    <message>
        <source>Language of messages, e.g. de or pt_BR.</source>
        <translation>Sprache der Meldungen, z. B. de oder pt_BR.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>When the command ends, write a support bundle (redacted log with Graph request-ids, profile, versions; never a secret) to FILE, mode 0600.</source>
        <translation>Nach Ende des Befehls ein Supportpaket (geschwärztes Protokoll mit Graph-Anforderungs-IDs, Profil, Versionen; nie ein Geheimnis) in DATEI schreiben, Modus 0600.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Hilfe anzeigen (für einen Befehl: BEFEHL --help).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 wurde mehrfach angegeben.</translation>
    </message>
    <message>
        <source>Give it once.</source>
        <translation>Geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <source>--cloud &quot;%1&quot; is not a known cloud.</source>
        <translation>--cloud „%1“ ist keine bekannte Cloud.</translation>
    </message>
    <message>
        <source>Use global, usgov, usgov-dod or china.</source>
        <translation>Verwenden Sie global, usgov, usgov-dod oder china.</translation>
    </message>
    <message>
        <source>--sign-in &quot;%1&quot; is not a sign-in method.</source>
        <translation>--sign-in „%1“ ist keine Anmeldemethode.</translation>
    </message>
    <message>
        <source>Use device-code or browser.</source>
        <translation>Verwenden Sie device-code oder browser.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code.</source>
        <translation>--lang „%1“ ist kein Sprachcode.</translation>
    </message>
    <message>
        <source>Use a code such as en, de or pt_BR.</source>
        <translation>Verwenden Sie einen Code wie en, de oder pt_BR.</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name.</source>
        <translation>--support-bundle benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>Give the file to write, e.g. --support-bundle leap-support.json.</source>
        <translation>Geben Sie die zu schreibende Datei an, z. B. --support-bundle leap-support.json.</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --authority, --graph or --cloud.</source>
        <translation>--sandbox kann nicht mit --authority, --graph oder --cloud kombiniert werden.</translation>
    </message>
    <message>
        <source>Drop --sandbox to use a real tenant, or drop the other options.</source>
        <translation>Lassen Sie --sandbox weg, um einen echten Mandanten zu verwenden, oder lassen Sie die anderen Optionen weg.</translation>
    </message>
    <message>
        <source>Add a new secret, store it, make it current; the old one stays valid until retired.</source>
        <translation>Ein neues Geheimnis hinzufügen, speichern und zum aktuellen machen; das alte bleibt gültig, bis es entfernt wird.</translation>
    </message>
    <message>
        <source>Description of the new client secret (default &quot;Leap &lt;date&gt;&quot;).</source>
        <translation>Beschreibung des neuen geheimen Clientschlüssels (Standard „Leap &lt;Datum&gt;“).</translation>
    </message>
    <message>
        <source>Lifetime in days: 90, 180 (default), 365, 545 or 730, or any number up to 730.</source>
        <translation>Laufzeit in Tagen: 90, 180 (Standard), 365, 545 oder 730, oder eine beliebige Zahl bis 730.</translation>
    </message>
    <message>
        <source>The configuration summary: json, markdown, html, pdf, liberty, properties or helm.</source>
        <translation>Die Konfigurationsübersicht: json, markdown, html, pdf, liberty, properties oder helm.</translation>
    </message>
    <message>
        <source>json, markdown, html, pdf, liberty, properties or helm.</source>
        <translation>json, markdown, html, pdf, liberty, properties oder helm.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Include the client secret value (json, liberty, helm); only with --output, into a file readable by you only.</source>
        <translation>Den Wert des geheimen Clientschlüssels einschließen (json, liberty, helm); nur mit --output, in eine nur für Sie lesbare Datei.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>erstellen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>Register HCL Leap, create its client secret and grant the permissions (idempotent; --dry-run shows the plan).</source>
        <translation>HCL Leap registrieren, seinen geheimen Clientschlüssel erstellen und die Berechtigungen erteilen (idempotent; --dry-run zeigt den Plan).</translation>
    </message>
    <message>
        <source>Tenant ID (GUID) or verified domain, e.g. contoso.onmicrosoft.com.</source>
        <translation>Mandanten-ID (GUID) oder überprüfte Domäne, z. B. contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Host name of the Leap server with an optional port, e.g. leap.example.com:9443.</source>
        <translation>Hostname des Leap-Servers mit optionalem Port, z. B. leap.example.com:9443.</translation>
    </message>
    <message>
        <source>Display name of the application (default: &quot;HCL Leap (HOST)&quot;).</source>
        <translation>Anzeigename der Anwendung (Standard: „HCL Leap (HOST)“).</translation>
    </message>
    <message>
        <source>Description of the client secret.</source>
        <translation>Beschreibung des geheimen Clientschlüssels.</translation>
    </message>
    <message>
        <source>Lifetime of the client secret in days, 1 to 730 (default: 180).</source>
        <translation>Laufzeit des geheimen Clientschlüssels in Tagen, 1 bis 730 (Standard: 180).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Leap credential alias (default: azureAlias).</source>
        <translation>Leap-Anmeldeinformations-Alias (Standard: azureAlias).</translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation>ALIAS</translation>
    </message>
    <message>
        <source>Print the plan (what exists, what would be created or changed) and change nothing.</source>
        <translation>Den Plan ausgeben (was existiert, was erstellt oder geändert würde) und nichts ändern.</translation>
    </message>
    <message>
        <source>Do not grant admin consent; print the consent address to hand to an administrator who holds the role.</source>
        <translation>Keine Administratoreinwilligung erteilen; die Einwilligungsadresse für einen Administrator mit der Rolle ausgeben.</translation>
    </message>
</context>
<context>
    <name>leap::cli::ConfigureCommand</name>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 wurde mehrfach angegeben.</translation>
    </message>
    <message>
        <source>Give it once.</source>
        <translation>Geben Sie es nur einmal an.</translation>
    </message>
    <message>
        <source>--tenant is required.</source>
        <translation>--tenant ist erforderlich.</translation>
    </message>
    <message>
        <source>Give the tenant ID or a verified domain, e.g. --tenant contoso.onmicrosoft.com.</source>
        <translation>Geben Sie die Mandanten-ID oder eine überprüfte Domäne an, z. B. --tenant contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>--leap-host is required.</source>
        <translation>--leap-host ist erforderlich.</translation>
    </message>
    <message>
        <source>Give the host name of the Leap server, e.g. --leap-host leap.example.com.</source>
        <translation>Geben Sie den Hostnamen des Leap-Servers an, z. B. --leap-host leap.example.com.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the Leap server %2, not %3.</source>
        <translation>Das Profil „%1“ gehört zum Leap-Server %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>Use another profile for another Leap environment (--profile NAME), or run `forget` first.</source>
        <translation>Verwenden Sie für eine andere Leap-Umgebung ein anderes Profil (--profile NAME), oder führen Sie zuerst `forget` aus.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>Das Profil „%1“ gehört zur Cloud %2.</translation>
    </message>
    <message>
        <source>Use another profile (--profile NAME) for another cloud.</source>
        <translation>Verwenden Sie für eine andere Cloud ein anderes Profil (--profile NAME).</translation>
    </message>
    <message>
        <source>The sign-in did not say which tenant it belongs to.</source>
        <translation>Die Anmeldung hat nicht angegeben, zu welchem Mandanten sie gehört.</translation>
    </message>
    <message>
        <source>Give the tenant ID (a GUID) with --tenant.</source>
        <translation>Geben Sie die Mandanten-ID (eine GUID) mit --tenant an.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; belongs to another tenant than %2.</source>
        <translation>Das Profil „%1“ gehört zu einem anderen Mandanten als %2.</translation>
    </message>
    <message>
        <source>Use another profile for another tenant (--profile NAME), or run `forget` first.</source>
        <translation>Verwenden Sie für einen anderen Mandanten ein anderes Profil (--profile NAME), oder führen Sie zuerst `forget` aus.</translation>
    </message>
    <message>
        <source>the profile has no client secret yet</source>
        <translation>das Profil hat noch keinen geheimen Clientschlüssel</translation>
    </message>
    <message>
        <source>the current client secret %1 has expired</source>
        <translation>der aktuelle geheime Clientschlüssel %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>the current client secret %1 is no longer on the application</source>
        <translation>der aktuelle geheime Clientschlüssel %1 ist nicht mehr in der Anwendung</translation>
    </message>
    <message>
        <source>the value of the current client secret %1 is not in the keychain</source>
        <translation>der Wert des aktuellen geheimen Clientschlüssels %1 ist nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep the current client secret %1 (in the keychain).</source>
        <translation>Den aktuellen geheimen Clientschlüssel %1 beibehalten (im Schlüsselbund).</translation>
    </message>
    <message>
        <source>Create the client secret &quot;%1&quot; valid for %2 days and store it in the keychain (%3).</source>
        <translation>Den geheimen Clientschlüssel „%1“ mit %2 Tagen Gültigkeit erstellen und im Schlüsselbund speichern (%3).</translation>
    </message>
    <message>
        <source>Create the client secret &quot;%1&quot; valid for %2 days and store it in the keychain.</source>
        <translation>Den geheimen Clientschlüssel „%1“ mit %2 Tagen Gültigkeit erstellen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Grant no admin consent (--no-admin-consent).</source>
        <translation>Keine Administratoreinwilligung erteilen (--no-admin-consent).</translation>
    </message>
    <message>
        <source>Keep the admin consent for %1.</source>
        <translation>Die Administratoreinwilligung für %1 beibehalten.</translation>
    </message>
    <message>
        <source>Grant admin consent for %1.</source>
        <translation>Administratoreinwilligung für %1 erteilen.</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 (%2).</source>
        <translation>Administratoreinwilligung für %1 erteilen (%2).</translation>
    </message>
    <message>
        <source>Plan for the Leap server %1 in tenant %2 (dry run: nothing is changed):</source>
        <translation>Plan für den Leap-Server %1 im Mandanten %2 (Probelauf: nichts wird geändert):</translation>
    </message>
    <message>
        <source>Run configure without --dry-run to make these changes.</source>
        <translation>Führen Sie configure ohne --dry-run aus, um diese Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Everything is already in place.</source>
        <translation>Alles ist bereits eingerichtet.</translation>
    </message>
    <message>
        <source>Step 1 of 3: registering the application…</source>
        <translation>Schritt 1 von 3: Anwendung wird registriert…</translation>
    </message>
    <message>
        <source>Step 2 of 3: the client secret; step 3 (consent) is skipped…</source>
        <translation>Schritt 2 von 3: der geheime Clientschlüssel; Schritt 3 (Einwilligung) wird übersprungen…</translation>
    </message>
    <message>
        <source>Steps 2 and 3 of 3: the client secret, the permissions and admin consent…</source>
        <translation>Schritte 2 und 3 von 3: der geheime Clientschlüssel, die Berechtigungen und die Administratoreinwilligung…</translation>
    </message>
    <message>
        <source>%1 has admin consent.</source>
        <translation>%1 hat die Administratoreinwilligung.</translation>
    </message>
    <message>
        <source>%1 has no admin consent yet.</source>
        <translation>%1 hat noch keine Administratoreinwilligung.</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Anwendungs-ID (Client):     %1</translation>
    </message>
    <message>
        <source>Directory (tenant) ID:   %1</source>
        <translation>Verzeichnis-ID (Mandant):   %1</translation>
    </message>
    <message>
        <source>Redirect URI:            %1</source>
        <translation>Umleitungs-URI:             %1</translation>
    </message>
    <message>
        <source>Client secret:           %1 &quot;%2&quot;, until %3, in the keychain under %4</source>
        <translation>Geheimer Clientschlüssel:   %1 „%2“, bis %3, im Schlüsselbund unter %4</translation>
    </message>
    <message>
        <source>Credential alias:        %1</source>
        <translation>Anmeldeinformations-Alias:  %1</translation>
    </message>
    <message>
        <source>Admin consent is still missing. Hand this address to a Privileged Role Administrator or Global Administrator: %1</source>
        <translation>Die Administratoreinwilligung fehlt noch. Geben Sie diese Adresse an einen Administrator für privilegierte Rollen oder Globalen Administrator weiter: %1</translation>
    </message>
    <message>
        <source>Done: all three steps are in place.</source>
        <translation>Fertig: Alle drei Schritte sind eingerichtet.</translation>
    </message>
    <message>
        <source>Everything is already in place; nothing was changed.</source>
        <translation>Alles ist bereits eingerichtet; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the application is new</source>
        <translation>die Anwendung ist neu</translation>
    </message>
    <message>
        <source>The client secret %1 is current and in the keychain.</source>
        <translation>Der geheime Clientschlüssel %1 ist aktuell und im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Created the client secret %1 &quot;%2&quot; and stored it in the keychain (%3).</source>
        <translation>Geheimer Clientschlüssel %1 „%2“ erstellt und im Schlüsselbund gespeichert (%3).</translation>
    </message>
</context>
<context>
    <name>leap::cli::Context</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2</source>
        <translation>Öffnen Sie zum Anmelden %1 in einem Browser und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <source>Sign in in the browser; if it did not open, open this address: %1</source>
        <translation>Melden Sie sich im Browser an; falls er sich nicht geöffnet hat, öffnen Sie diese Adresse: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>leap::cli::ExportCommand</name>
    <message>
        <source>Name the export format.</source>
        <translation>Geben Sie das Exportformat an.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Unbekanntes Exportformat „%1“.</translation>
    </message>
    <message>
        <source>Use --format with one of: %1.</source>
        <translation>Verwenden Sie --format mit einem von: %1.</translation>
    </message>
    <message>
        <source>The %1 format never contains the client secret.</source>
        <translation>Das Format %1 enthält nie den geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>Use --include-secret with json, liberty or helm.</source>
        <translation>Verwenden Sie --include-secret mit json, liberty oder helm.</translation>
    </message>
    <message>
        <source>The client secret is never written to a terminal.</source>
        <translation>Der geheime Clientschlüssel wird nie in ein Terminal geschrieben.</translation>
    </message>
    <message>
        <source>The client secret is written only into a file named with --output.</source>
        <translation>Der geheime Clientschlüssel wird nur in eine mit --output benannte Datei geschrieben.</translation>
    </message>
    <message>
        <source>Add --output FILE; the file is created readable by you only (mode 0600).</source>
        <translation>Fügen Sie --output DATEI hinzu; die Datei ist nur für Sie lesbar (Modus 0600).</translation>
    </message>
    <message>
        <source>A PDF is not something to print on a terminal.</source>
        <translation>Ein PDF gehört nicht auf ein Terminal.</translation>
    </message>
    <message>
        <source>Add --output FILE.pdf.</source>
        <translation>Fügen Sie --output DATEI.pdf hinzu.</translation>
    </message>
    <message>
        <source>The profile has no current client secret.</source>
        <translation>Das Profil hat keinen aktuellen geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Erstellen Sie einen mit `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain.</source>
        <translation>Der Wert des aktuellen geheimen Clientschlüssels %1 ist nicht im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Export on the computer that created it, or create a new one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Exportieren Sie auf dem Computer, der ihn erstellt hat, oder erstellen Sie mit `leap-entra-setup --profile %1 rotate-secret` einen neuen.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)%3.</source>
        <translation>%1 geschrieben (%2)%3.</translation>
    </message>
    <message>
        <source>, with the client secret, mode 0600</source>
        <translation>, mit dem geheimen Clientschlüssel, Modus 0600</translation>
    </message>
</context>
<context>
    <name>leap::cli::ForgetCommand</name>
    <message>
        <source>There is no profile &quot;%1&quot;; nothing to forget.</source>
        <translation>Es gibt kein Profil „%1“; nichts zu vergessen.</translation>
    </message>
    <message>
        <source>Could not remove the client secret %1 from the keychain: %2</source>
        <translation>Der geheime Clientschlüssel %1 konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Unlock the keychain and run forget again; the profile was kept.</source>
        <translation>Entsperren Sie den Schlüsselbund und führen Sie forget erneut aus; das Profil wurde behalten.</translation>
    </message>
    <message>
        <source>Removed client secret %1 (&quot;%2&quot;) from the keychain.</source>
        <translation>Geheimer Clientschlüssel %1 („%2“) aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Removed the cached sign-in of tenant %1 from the keychain.</source>
        <translation>Die zwischengespeicherte Anmeldung des Mandanten %1 wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The profile could not be read (%1); its keychain entries, if any, are left in place.</source>
        <translation>Das Profil konnte nicht gelesen werden (%1); seine eventuellen Schlüsselbundeinträge bleiben erhalten.</translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation>Profil %1 entfernt.</translation>
    </message>
    <message>
        <source>Nothing was changed in the tenant; the application and its secrets remain there.</source>
        <translation>Im Mandanten wurde nichts geändert; die Anwendung und ihre Geheimnisse bleiben dort bestehen.</translation>
    </message>
</context>
<context>
    <name>leap::cli::RetireSecretCommand</name>
    <message>
        <source>Say which secrets to retire: --key-id KEY or --all-but-current (one of them).</source>
        <translation>Geben Sie an, welche Geheimnisse entfernt werden sollen: --key-id SCHLÜSSEL oder --all-but-current (eines davon).</translation>
    </message>
    <message>
        <source>`status` lists the secrets and their key ids.</source>
        <translation>`status` listet die Geheimnisse und ihre Schlüssel-IDs auf.</translation>
    </message>
    <message>
        <source>No secret to retire: only the current one is left.</source>
        <translation>Kein Geheimnis zu entfernen: Nur das aktuelle ist übrig.</translation>
    </message>
    <message>
        <source>Retired client secret %1: removed from the application and the keychain.</source>
        <translation>Geheimer Clientschlüssel %1 entfernt: aus der Anwendung und dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Kept %1 (&quot;%2&quot;)%3, valid until %4.</source>
        <translation>%1 („%2“)%3 behalten, gültig bis %4.</translation>
    </message>
    <message>
        <source>, current</source>
        <translation>, aktuell</translation>
    </message>
    <message>
        <source>Left alone: %1 (&quot;%2&quot;) on the application was not created by this profile; retire it with --key-id %1 if nobody uses it.</source>
        <translation>Unverändert: %1 („%2“) in der Anwendung wurde nicht von diesem Profil erstellt; entfernen Sie es mit --key-id %1, wenn niemand es verwendet.</translation>
    </message>
</context>
<context>
    <name>leap::cli::RotateSecretCommand</name>
    <message>
        <source>error: the new secret was stored and is current, but it could not be proven yet: %1</source>
        <translation>Fehler: Das neue Geheimnis wurde gespeichert und ist aktuell, konnte aber noch nicht bestätigt werden: %1</translation>
    </message>
    <message>
        <source>New client secret %1 (&quot;%2&quot;, hint %3…), valid until %4, is now current and stored in the keychain (service %5, key %6).</source>
        <translation>Der neue geheime Clientschlüssel %1 („%2“, Hinweis %3…), gültig bis %4, ist jetzt aktuell und im Schlüsselbund gespeichert (Dienst %5, Schlüssel %6).</translation>
    </message>
    <message>
        <source>Verified: it gets a token with %1 and reads users and groups.</source>
        <translation>Bestätigt: Es erhält ein Token mit %1 und liest Benutzer und Gruppen.</translation>
    </message>
    <message>
        <source>The older secret %1 (&quot;%2&quot;) stays valid until you retire it.</source>
        <translation>Das ältere Geheimnis %1 („%2“) bleibt gültig, bis Sie es entfernen.</translation>
    </message>
    <message>
        <source>Put the new value into Leap now:</source>
        <translation>Hinterlegen Sie den neuen Wert jetzt in Leap:</translation>
    </message>
    <message>
        <source>  WebSphere: in the J2C alias &quot;%1&quot; set the password to the new secret value (the user id stays %2), on each node, then restart Leap. Leap_config.properties does not change.</source>
        <translation>  WebSphere: Setzen Sie im J2C-Alias „%1“ das Kennwort auf den neuen Wert des Geheimnisses (die Benutzer-ID bleibt %2), auf jedem Knoten, und starten Sie Leap dann neu. Leap_config.properties ändert sich nicht.</translation>
    </message>
    <message>
        <source>  Kubernetes: replace the secret, then restart the Leap pods:</source>
        <translation>  Kubernetes: Ersetzen Sie das Secret und starten Sie dann die Leap-Pods neu:</translation>
    </message>
    <message>
        <source>  The value: `leap-entra-setup --profile %1 export --format helm --include-secret --output FILE` writes it into a private file.</source>
        <translation>  Der Wert: `leap-entra-setup --profile %1 export --format helm --include-secret --output FILE` schreibt ihn in eine private Datei.</translation>
    </message>
    <message>
        <source>When Leap signs in with the new secret, retire the old one: `leap-entra-setup --profile %1 retire-secret --all-but-current`.</source>
        <translation>Sobald sich Leap mit dem neuen Geheimnis anmeldet, entfernen Sie das alte: `leap-entra-setup --profile %1 retire-secret --all-but-current`.</translation>
    </message>
</context>
<context>
    <name>leap::cli::StatusCommand</name>
    <message>
        <source>Run configure first.</source>
        <translation>Führen Sie zuerst configure aus.</translation>
    </message>
    <message>
        <source>Run configure first, or pick one of: %1.</source>
        <translation>Führen Sie zuerst configure aus, oder wählen Sie eines von: %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no tenant yet.</source>
        <translation>Das Profil „%1“ hat noch keinen Mandanten.</translation>
    </message>
    <message>
        <source>Run configure to finish the setup.</source>
        <translation>Führen Sie configure aus, um die Einrichtung abzuschließen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>Das Profil „%1“ gehört zur Cloud %2.</translation>
    </message>
    <message>
        <source>Leave out --cloud, or pick the profile of that cloud.</source>
        <translation>Lassen Sie --cloud weg, oder wählen Sie das Profil dieser Cloud.</translation>
    </message>
    <message>
        <source>The sign-in is for another tenant than the profile&apos;s (%1).</source>
        <translation>Die Anmeldung gilt für einen anderen Mandanten als den des Profils (%1).</translation>
    </message>
    <message>
        <source>Sign in with an account of that tenant.</source>
        <translation>Melden Sie sich mit einem Konto dieses Mandanten an.</translation>
    </message>
    <message>
        <source>The old client secret %1 has expired. Fix: retire-secret --key-id %1.</source>
        <translation>Der alte geheime Clientschlüssel %1 ist abgelaufen. Abhilfe: retire-secret --key-id %1.</translation>
    </message>
    <message>
        <source>Profile:        %1 (cloud: %2)</source>
        <translation>Profil:          %1 (Cloud: %2)</translation>
    </message>
    <message>
        <source>Tenant:         %1%2</source>
        <translation>Mandant:         %1%2</translation>
    </message>
    <message>
        <source>Leap server:    %1</source>
        <translation>Leap-Server:     %1</translation>
    </message>
    <message>
        <source>Redirect URI:   %1</source>
        <translation>Umleitungs-URI:  %1</translation>
    </message>
    <message>
        <source>Application:    %1 — %2</source>
        <translation>Anwendung:       %1 — %2</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>MISSING from the tenant</source>
        <translation>FEHLT im Mandanten</translation>
    </message>
    <message>
        <source>  Application (client) ID: %1</source>
        <translation>  Anwendungs-ID (Client): %1</translation>
    </message>
    <message>
        <source>  Object ID:               %1</source>
        <translation>  Objekt-ID:              %1</translation>
    </message>
    <message>
        <source>  Service principal ID:    %1</source>
        <translation>  Dienstprinzipal-ID:     %1</translation>
    </message>
    <message>
        <source>Client secrets:</source>
        <translation>Geheime Clientschlüssel:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>not in keychain</source>
        <translation>nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions (Microsoft Graph):</source>
        <translation>Berechtigungen (Microsoft Graph):</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Delegated  </source>
        <translation>Delegiert</translation>
    </message>
    <message>
        <source>admin consent granted</source>
        <translation>Administratoreinwilligung erteilt</translation>
    </message>
    <message>
        <source>NO admin consent</source>
        <translation>KEINE Administratoreinwilligung</translation>
    </message>
    <message>
        <source>Leap properties:</source>
        <translation>Leap-Eigenschaften:</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (--profile).</source>
        <translation>Es gibt kein Profil „%1“ (--profile).</translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation>%1 Abhilfe: %2</translation>
    </message>
</context>
<context>
    <name>leap::cli::VerifyCommand</name>
    <message>
        <source>The profile &quot;%1&quot; has no current client secret.</source>
        <translation>Das Profil „%1“ hat keinen aktuellen geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Erstellen Sie einen mit `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 900.</source>
        <translation>--wait erwartet eine Anzahl Sekunden von 0 bis 900.</translation>
    </message>
    <message>
        <source>For example --wait 120 (the default).</source>
        <translation>Zum Beispiel --wait 120 (der Standard).</translation>
    </message>
    <message>
        <source>Verifying client secret %1 of application %2…</source>
        <translation>Geheimer Clientschlüssel %1 der Anwendung %2 wird überprüft…</translation>
    </message>
    <message>
        <source>Verified: the client secret %1 gets a token for application %2 with the roles %3.</source>
        <translation>Bestätigt: Der geheime Clientschlüssel %1 erhält ein Token für die Anwendung %2 mit den Rollen %3.</translation>
    </message>
    <message>
        <source>Read the user &quot;%1&quot; and the group &quot;%2&quot; from Microsoft Graph with it, as Leap will.</source>
        <translation>Damit wurden der Benutzer „%1“ und die Gruppe „%2“ aus Microsoft Graph gelesen, wie Leap es tun wird.</translation>
    </message>
    <message>
        <source>(the tenant has none)</source>
        <translation>(der Mandant hat keine)</translation>
    </message>
</context>
<context>
    <name>leap::exporter</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>expired: rotate the secret now</source>
        <translation>abgelaufen: Geheimnis jetzt austauschen</translation>
    </message>
    <message>
        <source>%1 days left: rotate soon</source>
        <translation>noch %1 Tage: bald austauschen</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>HCL Leap and Microsoft Entra ID: configuration summary</source>
        <translation>HCL Leap und Microsoft Entra ID: Konfigurationsübersicht</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, generated %2.</source>
        <translation>Profil „%1“, erstellt am %2.</translation>
    </message>
    <message>
        <source>Set up by %1 on %2.</source>
        <translation>Eingerichtet von %1 am %2.</translation>
    </message>
    <message>
        <source>an unknown administrator</source>
        <translation>einem unbekannten Administrator</translation>
    </message>
    <message>
        <source>Last changed %1.</source>
        <translation>Zuletzt geändert am %1.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Service principal ID</source>
        <translation>Dienstprinzipal-ID</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Umleitungs-URI</translation>
    </message>
    <message>
        <source>Leap server</source>
        <translation>Leap-Server</translation>
    </message>
    <message>
        <source>Credential alias</source>
        <translation>Anmeldeinformations-Alias</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Admin consent</source>
        <translation>Administratoreinwilligung</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Admin consent is missing for at least one permission: run `leap-entra-setup --profile %1 configure` as a Privileged Role Administrator or Global Administrator.</source>
        <translation>Für mindestens eine Berechtigung fehlt die Administratoreinwilligung: Führen Sie `leap-entra-setup --profile %1 configure` als Administrator für privilegierte Rollen oder Globaler Administrator aus.</translation>
    </message>
    <message>
        <source>Client secrets</source>
        <translation>Geheime Clientschlüssel</translation>
    </message>
    <message>
        <source>No client secret is recorded for this profile.</source>
        <translation>Für dieses Profil ist kein geheimer Clientschlüssel erfasst.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Secret values are never part of this summary. The current value is kept in this computer&apos;s keychain (service &quot;leap-entra-setup&quot;). Before it expires, run `%1`, update Leap, then retire the old secret with `leap-entra-setup --profile %2 retire-secret --all-but-current`.</source>
        <translation>Werte von Geheimnissen sind nie Teil dieser Übersicht. Der aktuelle Wert wird im Schlüsselbund dieses Computers gespeichert (Dienst „leap-entra-setup“). Führen Sie vor seinem Ablauf `%1` aus, aktualisieren Sie Leap und entfernen Sie dann das alte Geheimnis mit `leap-entra-setup --profile %2 retire-secret --all-but-current`.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorität</translation>
    </message>
    <message>
        <source>OpenID Connect discovery</source>
        <translation>OpenID Connect-Discovery</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Tokenendpunkt</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>What to do in Leap next</source>
        <translation>Nächste Schritte in Leap</translation>
    </message>
    <message>
        <source>WebSphere</source>
        <translation>WebSphere</translation>
    </message>
    <message>
        <source>On every node of the cluster, add these three lines to `Leap_config.properties` in Leap&apos;s extensions directory: `/opt/HCL/Leap/extensions` on Linux and AIX, `C:/HCL/Leap/extensions` on Windows (or the directory set by `extensions=` in `fsp.properties` or `-Dfsp.extensions.dirs`).</source>
        <translation>Fügen Sie auf jedem Knoten des Clusters diese drei Zeilen zu `Leap_config.properties` im Erweiterungsverzeichnis von Leap hinzu: `/opt/HCL/Leap/extensions` unter Linux und AIX, `C:/HCL/Leap/extensions` unter Windows (oder das mit `extensions=` in `fsp.properties` bzw. `-Dfsp.extensions.dirs` festgelegte Verzeichnis).</translation>
    </message>
    <message>
        <source>Create a J2C authentication alias named `%1`: user id = the Application (client) ID `%2`, password = the client secret value.</source>
        <translation>Erstellen Sie einen J2C-Authentifizierungsalias namens `%1`: Benutzer-ID = die Anwendungs-ID (Client) `%2`, Kennwort = der Wert des geheimen Clientschlüssels.</translation>
    </message>
    <message>
        <source>Restart Leap on each node.</source>
        <translation>Starten Sie Leap auf jedem Knoten neu.</translation>
    </message>
    <message>
        <source>Kubernetes (Helm)</source>
        <translation>Kubernetes (Helm)</translation>
    </message>
    <message>
        <source>Create the Kubernetes secret with the Application (client) ID and the client secret value:</source>
        <translation>Erstellen Sie das Kubernetes-Secret mit der Anwendungs-ID (Client) und dem Wert des geheimen Clientschlüssels:</translation>
    </message>
    <message>
        <source>Add the Helm values (`configuration.leap`: leapProperties, customSecrets and the Liberty sign-in block in configOverrideFiles) and run `helm upgrade`. `leap-entra-setup --profile %1 export --format helm` writes them.</source>
        <translation>Fügen Sie die Helm-Werte hinzu (`configuration.leap`: leapProperties, customSecrets und den Liberty-Anmeldeblock in configOverrideFiles) und führen Sie `helm upgrade` aus. `leap-entra-setup --profile %1 export --format helm` schreibt sie.</translation>
    </message>
    <message>
        <source>Sign-in with OpenID Connect (Liberty server.xml)</source>
        <translation>Anmeldung mit OpenID Connect (Liberty server.xml)</translation>
    </message>
    <message>
        <source>HCL Leap and Microsoft Entra ID: %1</source>
        <translation>HCL Leap und Microsoft Entra ID: %1</translation>
    </message>
    <message>
        <source>A PDF can only be written by a program with a QGuiApplication.</source>
        <translation>Ein PDF kann nur von einem Programm mit einer QGuiApplication geschrieben werden.</translation>
    </message>
    <message>
        <source>Export as HTML or Markdown instead, or report this as a bug.</source>
        <translation>Exportieren Sie stattdessen als HTML oder Markdown, oder melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export as HTML or Markdown instead.</source>
        <translation>Exportieren Sie stattdessen als HTML oder Markdown.</translation>
    </message>
    <message>
        <source>The %1 format never contains the client secret.</source>
        <translation>Das Format %1 enthält nie den geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>Use --include-secret with json, liberty or helm, or leave it out.</source>
        <translation>Verwenden Sie --include-secret mit json, liberty oder helm, oder lassen Sie es weg.</translation>
    </message>
    <message>
        <source>The client secret value is not available from the keychain.</source>
        <translation>Der Wert des geheimen Clientschlüssels ist im Schlüsselbund nicht verfügbar.</translation>
    </message>
    <message>
        <source>Unlock the keychain, or rotate the secret to create a new one.</source>
        <translation>Entsperren Sie den Schlüsselbund, oder tauschen Sie das Geheimnis aus, um ein neues zu erstellen.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Unbekanntes Exportformat.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no current client secret with an expiry date.</source>
        <translation>Das Profil „%1“ hat keinen aktuellen geheimen Clientschlüssel mit Ablaufdatum.</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Erstellen Sie einen mit `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>The current client secret expired on %1.</source>
        <translation>Der aktuelle geheime Clientschlüssel ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Rotate it now: `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Tauschen Sie ihn jetzt aus: `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>Rotate the HCL Leap client secret (profile %1)</source>
        <translation>Geheimen Clientschlüssel von HCL Leap austauschen (Profil %1)</translation>
    </message>
    <message>
        <source>The client secret &quot;%1&quot; (key ID %2) of the application &quot;%3&quot; (%4) in tenant %5 expires on %6. When it expires nobody can sign in to Leap.
1. Run: %7
2. Put the new value into Leap (Leap_config.properties J2C alias or the Kubernetes secret for &quot;%8&quot;).
3. Check it: leap-entra-setup --profile %9 verify
4. Retire the old secret: leap-entra-setup --profile %9 retire-secret --all-but-current</source>
        <translation>Der geheime Clientschlüssel „%1“ (Schlüssel-ID %2) der Anwendung „%3“ (%4) im Mandanten %5 läuft am %6 ab. Danach kann sich niemand mehr bei Leap anmelden.
1. Ausführen: %7
2. Den neuen Wert in Leap hinterlegen (J2C-Alias aus Leap_config.properties oder das Kubernetes-Secret für „%8“).
3. Prüfen: leap-entra-setup --profile %9 verify
4. Das alte Geheimnis entfernen: leap-entra-setup --profile %9 retire-secret --all-but-current</translation>
    </message>
    <message>
        <source>Name a new file, for example in your home directory; it is created readable by you only (mode 0600).</source>
        <translation>Geben Sie eine neue Datei an, zum Beispiel in Ihrem Benutzerverzeichnis; sie wird nur für Sie lesbar erstellt (Modus 0600).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the secret is written only to a plain file.</source>
        <translation>%1 ist ein symbolischer Link; das Geheimnis wird nur in eine normale Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a terminal or device; the client secret is never written to a terminal.</source>
        <translation>%1 ist ein Terminal oder Gerät; der geheime Clientschlüssel wird nie in ein Terminal geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>%1 already exists and others can read it (mode %2).</source>
        <translation>%1 existiert bereits und ist für andere lesbar (Modus %2).</translation>
    </message>
    <message>
        <source>Remove the file or run `chmod 600` on it first, or name a new file.</source>
        <translation>Entfernen Sie die Datei oder führen Sie zuerst `chmod 600` darauf aus, oder geben Sie eine neue Datei an.</translation>
    </message>
    <message>
        <source>%1 changed while it was being opened.</source>
        <translation>%1 hat sich beim Öffnen geändert.</translation>
    </message>
    <message>
        <source>%1 could not be emptied: %2</source>
        <translation>%1 konnte nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is a terminal; the client secret is never written to a terminal.</source>
        <translation>%1 ist ein Terminal; der geheime Clientschlüssel wird nie in ein Terminal geschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be made private: %2</source>
        <translation>%1 konnte nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the free space and try again.</source>
        <translation>Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No output file was named.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>Add --output FILE.</source>
        <translation>Fügen Sie --output DATEI hinzu.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Check the path and your rights to write there.</source>
        <translation>Prüfen Sie den Pfad und Ihre Schreibrechte dort.</translation>
    </message>
</context>
<context>
    <name>leap::translations</name>
    <message>
        <source>--lang &quot;%1&quot; is not an available language.</source>
        <translation>--lang „%1“ ist keine verfügbare Sprache.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie eine dieser Sprachen: %1.</translation>
    </message>
</context>
<context>
    <name>leap::ui::AccountLine</name>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 · tenant %2</source>
        <translation>Angemeldet als %1 · Mandant %2</translation>
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
        <translation>Liberty-Konfiguration (*.xml)</translation>
    </message>
    <message>
        <source>Properties (*.properties)</source>
        <translation>Properties-Datei (*.properties)</translation>
    </message>
    <message>
        <source>Helm values (*.yaml)</source>
        <translation>Helm-Werte (*.yaml)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Überprüfung</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>What Leap needs</source>
        <translation>Was Leap braucht</translation>
    </message>
    <message>
        <source>Save for Leap</source>
        <translation>Für Leap speichern</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Übersicht:</translation>
    </message>
    <message>
        <source>Leap configuration:</source>
        <translation>Leap-Konfiguration:</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Save the summary as JSON</source>
        <translation>Übersicht als JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the summary as Markdown</source>
        <translation>Übersicht als Markdown speichern</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Übersicht als PDF speichern</translation>
    </message>
    <message>
        <source>Leap p&amp;roperties…</source>
        <translation>Leap-&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Save the Leap_config.properties lines</source>
        <translation>Die Zeilen für Leap_config.properties speichern</translation>
    </message>
    <message>
        <source>&amp;Liberty server.xml…</source>
        <translation>&amp;Liberty server.xml…</translation>
    </message>
    <message>
        <source>Save the Liberty openidConnectClient snippet</source>
        <translation>Das Liberty-Snippet openidConnectClient speichern</translation>
    </message>
    <message>
        <source>&amp;Helm values…</source>
        <translation>&amp;Helm-Werte…</translation>
    </message>
    <message>
        <source>Save the Helm values</source>
        <translation>Die Helm-Werte speichern</translation>
    </message>
    <message>
        <source>Calendar &amp;reminder…</source>
        <translation>&amp;Kalendererinnerung…</translation>
    </message>
    <message>
        <source>Save a calendar reminder before the secret expires</source>
        <translation>Eine Kalendererinnerung vor Ablauf des Geheimnisses speichern</translation>
    </message>
    <message>
        <source>Secret expiry:</source>
        <translation>Ablauf des Geheimnisses:</translation>
    </message>
    <message>
        <source>Retire the old secret</source>
        <translation>Altes Geheimnis entfernen</translation>
    </message>
    <message>
        <source>Leap now &amp;uses the new secret</source>
        <translation>Leap &amp;verwendet jetzt das neue Geheimnis</translation>
    </message>
    <message>
        <source>Re&amp;tire old secrets</source>
        <translation>Alte Geheimnisse en&amp;tfernen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>What Leap needs for profile %1.</source>
        <translation>Was Leap für das Profil %1 braucht.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Checking that Leap&apos;s stored secret works.</source>
        <translation>Es wird geprüft, ob das in Leap gespeicherte Geheimnis funktioniert.</translation>
    </message>
    <message>
        <source>The application and its secret are ready; consent is still missing.</source>
        <translation>Die Anwendung und ihr Geheimnis sind bereit; die Einwilligung fehlt noch.</translation>
    </message>
    <message>
        <source>HCL Leap is registered in Microsoft Entra ID.</source>
        <translation>HCL Leap ist in Microsoft Entra ID registriert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Leap, set the credential alias &lt;b&gt;%1&lt;/b&gt; to user ID (client ID) &lt;tt&gt;%2&lt;/tt&gt; and the secret&apos;s value from the keychain, then set &lt;tt&gt;tenantId&lt;/tt&gt; to &lt;tt&gt;%3&lt;/tt&gt;. The files below carry the details for WebSphere and Kubernetes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Setzen Sie in Leap den Anmeldeinformations-Alias &lt;b&gt;%1&lt;/b&gt; auf die Benutzer-ID (Client-ID) &lt;tt&gt;%2&lt;/tt&gt; und den Wert des Geheimnisses aus dem Schlüsselbund, und setzen Sie dann &lt;tt&gt;tenantId&lt;/tt&gt; auf &lt;tt&gt;%3&lt;/tt&gt;. Die Dateien unten enthalten die Details für WebSphere und Kubernetes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Waiting for admin consent.&lt;/span&gt; Once someone with the role has accepted, open the wizard again and choose &lt;b&gt;Verify&lt;/b&gt;.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;Warten auf die Administratoreinwilligung.&lt;/span&gt; Sobald jemand mit der Rolle zugestimmt hat, öffnen Sie den Assistenten erneut und wählen Sie &lt;b&gt;Überprüfen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Checking that the secret works for Leap…</source>
        <translation>Es wird geprüft, ob das Geheimnis für Leap funktioniert…</translation>
    </message>
    <message>
        <source>Checking that the secret works…</source>
        <translation>Es wird geprüft, ob das Geheimnis funktioniert…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008; Not verified.&lt;/span&gt; See below for the cause and the fix.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008; Nicht bestätigt.&lt;/span&gt; Ursache und Abhilfe stehen unten.</translation>
    </message>
    <message>
        <source>reading users works (the tenant has no groups to read)</source>
        <translation>das Lesen von Benutzern funktioniert (der Mandant hat keine Gruppen zum Lesen)</translation>
    </message>
    <message>
        <source>reading users and groups works</source>
        <translation>das Lesen von Benutzern und Gruppen funktioniert</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004; Verified.&lt;/span&gt; The secret gets a token with %2, and %3.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004; Bestätigt.&lt;/span&gt; Das Geheimnis erhält ein Token mit %2, und %3.</translation>
    </message>
    <message>
        <source>Update Leap first: set the password of credential alias %1 (WebSphere J2C alias, or the Kubernetes secret&apos;s %1_secret) to the new value from the keychain, and restart Leap. Then retire the old secret(s): %2.</source>
        <translation>Aktualisieren Sie zuerst Leap: Setzen Sie das Kennwort des Anmeldeinformations-Alias %1 (WebSphere-J2C-Alias oder %1_secret des Kubernetes-Secrets) auf den neuen Wert aus dem Schlüsselbund und starten Sie Leap neu. Entfernen Sie dann das alte Geheimnis bzw. die alten Geheimnisse: %2.</translation>
    </message>
    <message>
        <source>Retiring the old secrets…</source>
        <translation>Alte Geheimnisse werden entfernt…</translation>
    </message>
    <message numerus="yes">
        <source>Retired %n old secret(s); the application and the keychain now hold only the current one.</source>
        <translation>
            <numerusform>%n altes Geheimnis entfernt; die Anwendung und der Schlüsselbund enthalten jetzt nur noch das aktuelle.</numerusform>
            <numerusform>%n alte Geheimnisse entfernt; die Anwendung und der Schlüsselbund enthalten jetzt nur noch das aktuelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save calendar reminder</source>
        <translation>Kalendererinnerung speichern</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1. Open it to add the reminder to your calendar.</source>
        <translation>%1 gespeichert. Öffnen Sie die Datei, um die Erinnerung zu Ihrem Kalender hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>leap::ui::ErrorPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the problem and its details</source>
        <translation>Das Problem und seine Details kopieren</translation>
    </message>
    <message>
        <source>Copy the message and its technical details, e.g. for a support ticket</source>
        <translation>Die Meldung und ihre technischen Details kopieren, z. B. für ein Supportticket</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedPermissionsPage</name>
    <message>
        <source>Step 3 of 3: Add the permissions in the admin center</source>
        <translation>Schritt 3 von 3: Berechtigungen im Admin Center hinzufügen</translation>
    </message>
    <message>
        <source>Leap needs two application permissions to read users and groups, and two delegated permissions to sign people in.</source>
        <translation>Leap benötigt zwei Anwendungsberechtigungen zum Lesen von Benutzern und Gruppen und zwei delegierte Berechtigungen zum Anmelden von Personen.</translation>
    </message>
    <message>
        <source>In your application, select API permissions &gt; Add a permission &gt; Microsoft Graph.</source>
        <translation>Wählen Sie in Ihrer Anwendung „API-Berechtigungen“ &gt; „Berechtigung hinzufügen“ &gt; „Microsoft Graph“.</translation>
    </message>
    <message>
        <source>&amp;Open API permissions</source>
        <translation>API-Berechtigungen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Application permissions: search &quot;User.Read&quot;, select User.ReadBasic.All, and select Add permissions.</source>
        <translation>Anwendungsberechtigungen: Suchen Sie „User.Read“, wählen Sie User.ReadBasic.All und dann „Berechtigungen hinzufügen“.</translation>
    </message>
    <message>
        <source>Again Add a permission &gt; Microsoft Graph &gt; Application permissions: search &quot;Group&quot;, select Group.Read.All, and select Add permissions.</source>
        <translation>Erneut „Berechtigung hinzufügen“ &gt; „Microsoft Graph“ &gt; „Anwendungsberechtigungen“: Suchen Sie „Group“, wählen Sie Group.Read.All und dann „Berechtigungen hinzufügen“.</translation>
    </message>
    <message>
        <source>Again Add a permission &gt; Microsoft Graph &gt; Delegated permissions: under OpenId permissions select openid and profile, and select Add permissions.</source>
        <translation>Erneut „Berechtigung hinzufügen“ &gt; „Microsoft Graph“ &gt; „Delegierte Berechtigungen“: Wählen Sie unter „OpenId-Berechtigungen“ openid und profile und dann „Berechtigungen hinzufügen“.</translation>
    </message>
    <message>
        <source>Select Grant admin consent for your tenant and confirm with Yes.</source>
        <translation>Wählen Sie „Administratoreinwilligung für Ihren Mandanten erteilen“ und bestätigen Sie mit „Ja“.</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedRegisterPage</name>
    <message>
        <source>Step 1 of 3: Register HCL Leap in the admin center</source>
        <translation>Schritt 1 von 3: HCL Leap im Admin Center registrieren</translation>
    </message>
    <message>
        <source>Tick each item when you have done it in the Microsoft Entra admin center.</source>
        <translation>Haken Sie jeden Punkt ab, sobald Sie ihn im Microsoft Entra Admin Center erledigt haben.</translation>
    </message>
    <message>
        <source>In the admin center, go to Identity &gt; Applications &gt; App registrations and select New registration.</source>
        <translation>Gehen Sie im Admin Center zu „Identität“ &gt; „Anwendungen“ &gt; „App-Registrierungen“ und wählen Sie „Neue Registrierung“.</translation>
    </message>
    <message>
        <source>&amp;Open App registrations</source>
        <translation>App-Registrierungen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Name it as you like, for example the name on the right, and choose Accounts in this organizational directory only.</source>
        <translation>Vergeben Sie einen beliebigen Namen, z. B. den rechts angezeigten, und wählen Sie „Nur Konten in diesem Organisationsverzeichnis“.</translation>
    </message>
    <message>
        <source>Under Redirect URI, choose Web and enter the address on the right.</source>
        <translation>Wählen Sie unter „Umleitungs-URI“ die Option „Web“ und geben Sie die rechts angezeigte Adresse ein.</translation>
    </message>
    <message>
        <source>Copy &amp;redirect URI</source>
        <translation>&amp;Umleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>Select Register. The overview shows the two IDs to paste below.</source>
        <translation>Wählen Sie „Registrieren“. Die Übersicht zeigt die beiden IDs, die Sie unten einfügen.</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>&amp;Anwendungs-ID (Client):</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>&amp;Verzeichnis-ID (Mandant):</translation>
    </message>
    <message>
        <source>The Application (client) ID is a GUID such as 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35; copy it from the application&apos;s overview.</source>
        <translation>Die Anwendungs-ID (Client) ist eine GUID wie 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35; kopieren Sie sie aus der Übersicht der Anwendung.</translation>
    </message>
    <message>
        <source>This is the Directory (tenant) ID. The Application (client) ID is the line above it on the overview.</source>
        <translation>Das ist die Verzeichnis-ID (Mandant). Die Anwendungs-ID (Client) steht in der Übersicht eine Zeile darüber.</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID is a GUID; copy it from the application&apos;s overview.</source>
        <translation>Die Verzeichnis-ID (Mandant) ist eine GUID; kopieren Sie sie aus der Übersicht der Anwendung.</translation>
    </message>
    <message>
        <source>Cop&amp;y name</source>
        <translation>Namen kop&amp;ieren</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedSecretPage</name>
    <message>
        <source>Step 2 of 3: Create a client secret in the admin center</source>
        <translation>Schritt 2 von 3: Geheimen Clientschlüssel im Admin Center erstellen</translation>
    </message>
    <message>
        <source>Leap uses the application ID and this secret to read users and groups. The wizard keeps the value in this computer&apos;s keychain.</source>
        <translation>Leap verwendet die Anwendungs-ID und dieses Geheimnis, um Benutzer und Gruppen zu lesen. Der Assistent speichert den Wert im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>In your application, select Certificates &amp; secrets &gt; Client secrets &gt; New client secret.</source>
        <translation>Wählen Sie in Ihrer Anwendung „Zertifikate &amp; Geheimnisse“ &gt; „Geheime Clientschlüssel“ &gt; „Neuer geheimer Clientschlüssel“.</translation>
    </message>
    <message>
        <source>&amp;Open Certificates &amp;&amp; secrets</source>
        <translation>Zertifikate &amp;&amp; Geheimnisse ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Give it a description and a duration (180 days is recommended), then select Add.</source>
        <translation>Geben Sie eine Beschreibung und eine Gültigkeitsdauer an (180 Tage werden empfohlen) und wählen Sie dann „Hinzufügen“.</translation>
    </message>
    <message>
        <source>Copy &amp;description</source>
        <translation>&amp;Beschreibung kopieren</translation>
    </message>
    <message>
        <source>Copy the Value column right away (it is shown only now), and the Secret ID next to it.</source>
        <translation>Kopieren Sie sofort die Spalte „Wert“ (sie wird nur jetzt angezeigt) und daneben die „Geheime ID“.</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Wert des Geheimnisses</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Reveal the pasted secret value</source>
        <translation>Den eingefügten Wert des Geheimnisses anzeigen</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>W&amp;ert:</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Secret ID</source>
        <translation>Geheime ID</translation>
    </message>
    <message>
        <source>Secret &amp;ID:</source>
        <translation>Geheime &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>This is the Secret ID, not the secret&apos;s value. Copy the Value column instead; if it is hidden now, create a new secret and copy its value right away.</source>
        <translation>Das ist die „Geheime ID“, nicht der Wert des Geheimnisses. Kopieren Sie stattdessen die Spalte „Wert“; ist sie jetzt ausgeblendet, erstellen Sie ein neues Geheimnis und kopieren Sie seinen Wert sofort.</translation>
    </message>
    <message>
        <source>This is too short for a client secret value (about 40 characters). Copy the whole Value column.</source>
        <translation>Das ist zu kurz für den Wert eines geheimen Clientschlüssels (etwa 40 Zeichen). Kopieren Sie die ganze Spalte „Wert“.</translation>
    </message>
    <message>
        <source>Paste the Secret ID here, not the value.</source>
        <translation>Fügen Sie hier die „Geheime ID“ ein, nicht den Wert.</translation>
    </message>
    <message>
        <source>The Secret ID is a GUID; copy it from the Secret ID column.</source>
        <translation>Die „Geheime ID“ ist eine GUID; kopieren Sie sie aus der Spalte „Geheime ID“.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Geheimnis wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>leap::ui::LifetimeChooser</name>
    <message numerus="yes">
        <source>%n days (recommended)</source>
        <translation>
            <numerusform>%n Tag (empfohlen)</numerusform>
            <numerusform>%n Tage (empfohlen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum…</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Gültigkeitsdauer</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>leap::ui::PermissionsPage</name>
    <message>
        <source>Step 3 of 3: Grant the permissions</source>
        <translation>Schritt 3 von 3: Berechtigungen erteilen</translation>
    </message>
    <message>
        <source>Leap reads users and groups with the application permissions, and signs people in with the delegated ones. An administrator grants consent once for the whole tenant.</source>
        <translation>Leap liest Benutzer und Gruppen mit den Anwendungsberechtigungen und meldet Personen mit den delegierten an. Ein Administrator erteilt die Einwilligung einmal für den ganzen Mandanten.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegiert</translation>
    </message>
    <message>
        <source>Send this address to someone with the Privileged Role Administrator or Global Administrator role. When they open it and accept, the permissions are granted. You can close the wizard now: your progress is saved, and opening the wizard again finishes the setup.</source>
        <translation>Senden Sie diese Adresse an jemanden mit der Rolle „Administrator für privilegierte Rollen“ oder „Globaler Administrator“. Sobald diese Person sie öffnet und zustimmt, sind die Berechtigungen erteilt. Sie können den Assistenten jetzt schließen: Ihr Fortschritt ist gespeichert, und beim erneuten Öffnen wird die Einrichtung abgeschlossen.</translation>
    </message>
    <message>
        <source>Admin consent address</source>
        <translation>Adresse für die Administratoreinwilligung</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check again whether consent was granted</source>
        <translation>Erneut prüfen, ob die Einwilligung erteilt wurde</translation>
    </message>
    <message>
        <source>Reading the application&apos;s permissions…</source>
        <translation>Berechtigungen der Anwendung werden gelesen…</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <source>Requested, no consent yet</source>
        <translation>Angefordert, noch keine Einwilligung</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Nicht angefordert</translation>
    </message>
    <message>
        <source>All four permissions are granted for the whole tenant.</source>
        <translation>Alle vier Berechtigungen sind für den ganzen Mandanten erteilt.</translation>
    </message>
    <message>
        <source>Granting admin consent assigns the two application permissions and consents to openid and profile for all users.</source>
        <translation>Die Administratoreinwilligung weist die beiden Anwendungsberechtigungen zu und willigt für alle Benutzer in openid und profile ein.</translation>
    </message>
    <message>
        <source>&amp;Grant admin consent</source>
        <translation>Administratoreinwilligung &amp;erteilen</translation>
    </message>
    <message>
        <source>Granting admin consent…</source>
        <translation>Administratoreinwilligung wird erteilt…</translation>
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
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>Bereits vorhanden</translation>
    </message>
</context>
<context>
    <name>leap::ui::ProfilePage</name>
    <message>
        <source>HCL Leap in Microsoft Entra ID</source>
        <translation>HCL Leap in Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Profile overview</source>
        <translation>Profilübersicht</translation>
    </message>
    <message>
        <source>Client secret status</source>
        <translation>Status des geheimen Clientschlüssels</translation>
    </message>
    <message>
        <source>&amp;Rotate secret</source>
        <translation>Geheimnis &amp;austauschen</translation>
    </message>
    <message>
        <source>Add a new secret; the old one keeps working until Leap uses the new one.</source>
        <translation>Ein neues Geheimnis hinzufügen; das alte funktioniert weiter, bis Leap das neue verwendet.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Über&amp;prüfen</translation>
    </message>
    <message>
        <source>Check that the stored secret works and the permissions are granted.</source>
        <translation>Prüfen, ob das gespeicherte Geheimnis funktioniert und die Berechtigungen erteilt sind.</translation>
    </message>
    <message>
        <source>E&amp;xport summary</source>
        <translation>Übersicht e&amp;xportieren</translation>
    </message>
    <message>
        <source>Save what Leap needs: properties, Liberty, Helm, a report.</source>
        <translation>Speichern, was Leap braucht: Properties, Liberty, Helm, einen Bericht.</translation>
    </message>
    <message>
        <source>Re&amp;pair</source>
        <translation>Re&amp;parieren</translation>
    </message>
    <message>
        <source>Compare with the tenant and put back what is missing.</source>
        <translation>Mit dem Mandanten vergleichen und Fehlendes wiederherstellen.</translation>
    </message>
    <message>
        <source>Set up &amp;another environment</source>
        <translation>Weitere &amp;Umgebung einrichten</translation>
    </message>
    <message>
        <source>Register another Leap server under a new profile.</source>
        <translation>Einen weiteren Leap-Server unter einem neuen Profil registrieren.</translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt;, set up by %2 on %3.</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt;, eingerichtet von %2 am %3.</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>einem Administrator</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation>Anwendungs-ID (Client):</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>noch nicht registriert</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leap server:</source>
        <translation>Leap-Server:</translation>
    </message>
    <message>
        <source>No client secret yet. Use &lt;b&gt;Repair&lt;/b&gt; to finish the setup.</source>
        <translation>Noch kein geheimer Clientschlüssel. Schließen Sie die Einrichtung mit &lt;b&gt;Reparieren&lt;/b&gt; ab.</translation>
    </message>
    <message>
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; expired on %2. Nobody can sign in to Leap until you rotate it and update Leap.</source>
        <translation>Der geheime Clientschlüssel &lt;b&gt;%1&lt;/b&gt; ist am %2 abgelaufen. Niemand kann sich bei Leap anmelden, bis Sie ihn austauschen und Leap aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; expires in %n day(s), on %2. Rotate it soon.</source>
        <translation>
            <numerusform>Der geheime Clientschlüssel &lt;b&gt;%1&lt;/b&gt; läuft in %n Tag ab, am %2. Tauschen Sie ihn bald aus.</numerusform>
            <numerusform>Der geheime Clientschlüssel &lt;b&gt;%1&lt;/b&gt; läuft in %n Tagen ab, am %2. Tauschen Sie ihn bald aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; is valid for %n more day(s), until %2.</source>
        <translation>
            <numerusform>Der geheime Clientschlüssel &lt;b&gt;%1&lt;/b&gt; ist noch %n Tag gültig, bis %2.</numerusform>
            <numerusform>Der geheime Clientschlüssel &lt;b&gt;%1&lt;/b&gt; ist noch %n Tage gültig, bis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older secret(s) still valid; retire them once Leap uses the current one.</source>
        <translation>
            <numerusform>%n älteres Geheimnis ist noch gültig; entfernen Sie es, sobald Leap das aktuelle verwendet.</numerusform>
            <numerusform>%n ältere Geheimnisse sind noch gültig; entfernen Sie sie, sobald Leap das aktuelle verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up another environment</source>
        <translation>Weitere Umgebung einrichten</translation>
    </message>
    <message>
        <source>Name of the new profile (for example test or prod):</source>
        <translation>Name des neuen Profils (z. B. test oder prod):</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>leap::ui::ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Current operation</source>
        <translation>Aktueller Vorgang</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
</context>
<context>
    <name>leap::ui::RegisterPage</name>
    <message>
        <source>Step 1 of 3: Register HCL Leap as an application</source>
        <translation>Schritt 1 von 3: HCL Leap als Anwendung registrieren</translation>
    </message>
    <message>
        <source>The application Leap signs people in with: its redirect URI, the group claim and the four permissions it requests.</source>
        <translation>Die Anwendung, mit der Leap Personen anmeldet: ihr Umleitungs-URI, der Gruppenanspruch und die vier angeforderten Berechtigungen.</translation>
    </message>
    <message>
        <source>Differences from the tenant</source>
        <translation>Abweichungen vom Mandanten</translation>
    </message>
    <message>
        <source>The application is registered: &lt;b&gt;%1&lt;/b&gt;, application (client) ID %2.</source>
        <translation>Die Anwendung ist registriert: &lt;b&gt;%1&lt;/b&gt;, Anwendungs-ID (Client) %2.</translation>
    </message>
    <message>
        <source>Comparing the profile with the tenant…</source>
        <translation>Profil wird mit dem Mandanten verglichen…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Looking for an existing registration…</source>
        <translation>Vorhandene Registrierung wird gesucht…</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s app registrations…</source>
        <translation>App-Registrierungen des Mandanten werden gelesen…</translation>
    </message>
    <message>
        <source>The plan could not be read.</source>
        <translation>Der Plan konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No registration for this Leap server exists yet. The wizard will create &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Für diesen Leap-Server gibt es noch keine Registrierung. Der Assistent erstellt &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Found &lt;b&gt;%1&lt;/b&gt; (application ID %2). The wizard will add what is missing and remove nothing:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gefunden (Anwendungs-ID %2). Der Assistent ergänzt, was fehlt, und entfernt nichts:</translation>
    </message>
    <message>
        <source>Found &lt;b&gt;%1&lt;/b&gt; (application ID %2); it is already set up as Leap needs it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gefunden (Anwendungs-ID %2); sie ist bereits so eingerichtet, wie Leap es braucht.</translation>
    </message>
    <message>
        <source>&amp;Register application</source>
        <translation>Anwendung &amp;registrieren</translation>
    </message>
    <message>
        <source>The tenant matches the profile: nothing needs repair.</source>
        <translation>Der Mandant stimmt mit dem Profil überein: Nichts muss repariert werden.</translation>
    </message>
    <message>
        <source>Differences from the tenant:</source>
        <translation>Abweichungen vom Mandanten:</translation>
    </message>
    <message>
        <source>The wizard repairs this.</source>
        <translation>Der Assistent repariert dies.</translation>
    </message>
    <message>
        <source>Registering the application…</source>
        <translation>Anwendung wird registriert…</translation>
    </message>
    <message>
        <source>Checking the application…</source>
        <translation>Anwendung wird geprüft…</translation>
    </message>
    <message>
        <source>Registered &lt;b&gt;%1&lt;/b&gt;, application (client) ID %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; registriert, Anwendungs-ID (Client) %2.</translation>
    </message>
</context>
<context>
    <name>leap::ui::RotatePage</name>
    <message>
        <source>Rotate the client secret</source>
        <translation>Geheimen Clientschlüssel austauschen</translation>
    </message>
    <message>
        <source>A new secret is added next to the current one, so Leap keeps working until you switch it over. The old secret is retired only after that.</source>
        <translation>Ein neues Geheimnis wird neben dem aktuellen hinzugefügt, damit Leap weiterarbeitet, bis Sie umstellen. Erst danach wird das alte Geheimnis entfernt.</translation>
    </message>
    <message>
        <source>Description of the new secret</source>
        <translation>Beschreibung des neuen Geheimnisses</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source>Current secret: &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3.</source>
        <translation>Aktuelles Geheimnis: &lt;b&gt;%1&lt;/b&gt; (Geheime ID %2), gültig bis %3.</translation>
    </message>
    <message>
        <source>This profile has no current secret yet.</source>
        <translation>Dieses Profil hat noch kein aktuelles Geheimnis.</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>Create &amp;new secret</source>
        <translation>&amp;Neues Geheimnis erstellen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Adding the new secret…</source>
        <translation>Neues Geheimnis wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Added &lt;b&gt;%1&lt;/b&gt; (secret ID %2); its value is in the keychain. The old secret keeps working until you retire it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hinzugefügt (Geheime ID %2); sein Wert ist im Schlüsselbund. Das alte Geheimnis funktioniert weiter, bis Sie es entfernen.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — an offline practice tenant. Nothing you do here reaches Microsoft.</source>
        <translation>&lt;b&gt;Sandbox&lt;/b&gt; – ein Offline-Übungsmandant. Nichts, was Sie hier tun, erreicht Microsoft.</translation>
    </message>
    <message>
        <source>Sandbox: an offline practice tenant. Nothing you do here reaches Microsoft.</source>
        <translation>Sandbox: ein Offline-Übungsmandant. Nichts, was Sie hier tun, erreicht Microsoft.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SecretDisplay</name>
    <message>
        <source>Client secret value</source>
        <translation>Wert des geheimen Clientschlüssels</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Reveal the client secret value</source>
        <translation>Den Wert des geheimen Clientschlüssels anzeigen</translation>
    </message>
    <message>
        <source>C&amp;opy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the client secret value</source>
        <translation>Den Wert des geheimen Clientschlüssels kopieren</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared again after %n second(s).</source>
        <translation>
            <numerusform>Die Zwischenablage wird nach %n Sekunde wieder geleert.</numerusform>
            <numerusform>Die Zwischenablage wird nach %n Sekunden wieder geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
</context>
<context>
    <name>leap::ui::SecretPage</name>
    <message>
        <source>Step 2 of 3: Create a client secret</source>
        <translation>Schritt 2 von 3: Geheimen Clientschlüssel erstellen</translation>
    </message>
    <message>
        <source>Leap uses the application ID and this secret to read users and groups. The secret goes straight into this computer&apos;s keychain.</source>
        <translation>Leap verwendet die Anwendungs-ID und dieses Geheimnis, um Benutzer und Gruppen zu lesen. Das Geheimnis wird direkt im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Läuft ab nach:</translation>
    </message>
    <message>
        <source>This is the only copy of the secret&apos;s value: Microsoft Entra ID never shows it again. Copy it now into Leap&apos;s credential store or a password manager.</source>
        <translation>Dies ist die einzige Kopie des Werts: Microsoft Entra ID zeigt ihn nie wieder an. Kopieren Sie ihn jetzt in den Anmeldeinformationsspeicher von Leap oder einen Kennwort-Manager.</translation>
    </message>
    <message>
        <source>I have &amp;stored the value somewhere safe</source>
        <translation>Ich habe den Wert sicher &amp;gespeichert</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>The current secret &lt;b&gt;%1&lt;/b&gt; is valid until %2; the wizard keeps it. Use &lt;i&gt;Rotate secret&lt;/i&gt; on the start page for a new one.</source>
        <translation>Das aktuelle Geheimnis &lt;b&gt;%1&lt;/b&gt; ist gültig bis %2; der Assistent behält es. Für ein neues verwenden Sie &lt;i&gt;Geheimnis austauschen&lt;/i&gt; auf der Startseite.</translation>
    </message>
    <message>
        <source>Create &amp;secret</source>
        <translation>&amp;Geheimnis erstellen</translation>
    </message>
    <message>
        <source>Creating the client secret…</source>
        <translation>Geheimer Clientschlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3. The value is in this computer&apos;s keychain under &lt;i&gt;leap-entra-setup&lt;/i&gt; / &lt;tt&gt;%4&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; erstellt (Geheime ID %2), gültig bis %3. Der Wert liegt im Schlüsselbund dieses Computers unter &lt;i&gt;leap-entra-setup&lt;/i&gt; / &lt;tt&gt;%4&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; erstellt (Geheime ID %2), gültig bis %3.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SetupWizard</name>
    <message>
        <source>Leap Entra Setup — Sandbox</source>
        <translation>Leap Entra Setup – Sandbox</translation>
    </message>
    <message>
        <source>Leap Entra Setup</source>
        <translation>Leap Entra Setup</translation>
    </message>
    <message>
        <source>The new secret&apos;s value is shown only once and is not in the keychain. Close anyway? Copy the value first if you still need it.</source>
        <translation>Der Wert des neuen Geheimnisses wird nur einmal angezeigt und ist nicht im Schlüsselbund. Trotzdem schließen? Kopieren Sie den Wert zuerst, wenn Sie ihn noch brauchen.</translation>
    </message>
    <message>
        <source>A step is still running. Stop it and close the wizard?

What is done so far is saved; open the wizard again to continue where you left off.</source>
        <translation>Ein Schritt läuft noch. Abbrechen und den Assistenten schließen?

Was bisher erledigt ist, bleibt gespeichert; öffnen Sie den Assistenten erneut, um dort fortzufahren, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>The setup is not finished. Close the wizard?

What is done so far is saved; open the wizard again to continue where you left off.</source>
        <translation>Die Einrichtung ist nicht abgeschlossen. Den Assistenten schließen?

Was bisher erledigt ist, bleibt gespeichert; öffnen Sie den Assistenten erneut, um dort fortzufahren, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Assistent schließen?</translation>
    </message>
    <message>
        <source>Support bundle…</source>
        <translation>Support-Paket…</translation>
    </message>
    <message>
        <source>Save a log of this session for Microsoft or HCL support: the requests and their request IDs, without any secret or token.</source>
        <translation>Ein Protokoll dieser Sitzung für den Support von Microsoft oder HCL speichern: die Anforderungen und ihre Anforderungs-IDs, ohne Geheimnisse oder Token.</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>Support-Paket (*.json)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Support-Paket</translation>
    </message>
    <message>
        <source>Saved to %1. It holds no secret or token; attach it to your support request.</source>
        <translation>Gespeichert unter %1. Es enthält weder Geheimnisse noch Token; hängen Sie es an Ihre Supportanfrage an.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in as an administrator of the tenant. The wizard acts on your behalf; it stores no password.</source>
        <translation>Melden Sie sich als Administrator des Mandanten an. Der Assistent handelt in Ihrem Namen; er speichert kein Kennwort.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>Mit Microsoft &amp;anmelden</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in the browser</source>
        <translation>Im Browser mit Microsoft anmelden</translation>
    </message>
    <message>
        <source>Use a &amp;code instead</source>
        <translation>Stattdessen einen &amp;Code verwenden</translation>
    </message>
    <message>
        <source>Sign in with a code on another device</source>
        <translation>Mit einem Code auf einem anderen Gerät anmelden</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>Anmeldeseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Waiting for you to finish in the browser. If no browser window opened, copy the sign-in address into one.</source>
        <translation>Warten, bis Sie im Browser fertig sind. Falls sich kein Browserfenster geöffnet hat, kopieren Sie die Anmeldeadresse in eines.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Adresse k&amp;opieren</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation>Als andere &amp;Person anmelden</translation>
    </message>
    <message>
        <source>Tenant: %1 — %2</source>
        <translation>Mandant: %1 – %2</translation>
    </message>
    <message>
        <source>Checking for a saved sign-in…</source>
        <translation>Gespeicherte Anmeldung wird gesucht…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Requesting a sign-in code…</source>
        <translation>Anmeldecode wird angefordert…</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code (it expires at %1)…</source>
        <translation>Warten auf die Eingabe des Codes (er läuft um %1 ab)…</translation>
    </message>
    <message>
        <source>You signed in to another tenant (%1) than the one this profile belongs to (%2).</source>
        <translation>Sie haben sich bei einem anderen Mandanten (%1) angemeldet als dem, zu dem dieses Profil gehört (%2).</translation>
    </message>
    <message>
        <source>Sign in with an account of tenant %1.</source>
        <translation>Melden Sie sich mit einem Konto des Mandanten %1 an.</translation>
    </message>
    <message>
        <source>Your sign-in lacks these permissions: %1. The wizard cannot make changes without them. Ask an administrator to grant them to the sign-in application, or sign in as an administrator who may consent to them.</source>
        <translation>Ihrer Anmeldung fehlen diese Berechtigungen: %1. Ohne sie kann der Assistent nichts ändern. Bitten Sie einen Administrator, sie der Anmeldeanwendung zu erteilen, oder melden Sie sich als Administrator an, der darin einwilligen darf.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; to tenant &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt; beim Mandanten &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
</context>
<context>
    <name>leap::ui::TenantPage</name>
    <message>
        <source>Tenant and Leap server</source>
        <translation>Mandant und Leap-Server</translation>
    </message>
    <message>
        <source>Which Microsoft Entra ID tenant Leap signs people in with, and where Leap runs.</source>
        <translation>Mit welchem Microsoft Entra ID-Mandanten Leap Personen anmeldet und wo Leap läuft.</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com oder die Mandanten-ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>The tenant&apos;s primary domain or its ID (a GUID), as shown on the tenant&apos;s overview in the Microsoft Entra admin center.</source>
        <translation>Die primäre Domäne des Mandanten oder seine ID (eine GUID), wie in der Übersicht des Mandanten im Microsoft Entra Admin Center angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>leap.example.com</source>
        <translation>leap.example.com</translation>
    </message>
    <message>
        <source>Leap server</source>
        <translation>Leap-Server</translation>
    </message>
    <message>
        <source>The host name people use to reach Leap, with a port if it is not 443.</source>
        <translation>Der Hostname, unter dem Personen Leap erreichen, mit Port, falls nicht 443.</translation>
    </message>
    <message>
        <source>Leap &amp;server:</source>
        <translation>Leap-&amp;Server:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Umleitungs-URI</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Den Umleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Umleitungs-URI:</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>Weitere &amp;Optionen</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <source>Credential alias</source>
        <translation>Anmeldeinformations-Alias</translation>
    </message>
    <message>
        <source>The name under which Leap finds the client ID and secret (J2C alias or Kubernetes secret keys).</source>
        <translation>Der Name, unter dem Leap Client-ID und Geheimnis findet (J2C-Alias oder Schlüssel des Kubernetes-Secrets).</translation>
    </message>
    <message>
        <source>Credential &amp;alias:</source>
        <translation>Anmeldeinformations-&amp;Alias:</translation>
    </message>
    <message>
        <source>Custom endpoints (%1)</source>
        <translation>Benutzerdefinierte Endpunkte (%1)</translation>
    </message>
    <message>
        <source>https://&lt;Leap server&gt;/oidcclient/redirect/oidc</source>
        <translation>https://&lt;Leap-Server&gt;/oidcclient/redirect/oidc</translation>
    </message>
    <message>
        <source>Appl&amp;ication name:</source>
        <translation>Anwendungsde: Anwendungsname (&amp;I):name:</translation>
    </message>
</context>
<context>
    <name>leap::ui::WelcomePage</name>
    <message>
        <source>Set up Microsoft Entra ID for HCL Leap</source>
        <translation>Microsoft Entra ID für HCL Leap einrichten</translation>
    </message>
    <message>
        <source>This wizard registers HCL Leap in your Microsoft Entra ID tenant so that people can sign in to Leap with their work accounts.</source>
        <translation>Dieser Assistent registriert HCL Leap in Ihrem Microsoft Entra ID-Mandanten, damit sich Personen mit ihren Geschäftskonten bei Leap anmelden können.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It follows the three steps of the Leap documentation:&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;register HCL Leap as an application, with your Leap server&apos;s redirect URI;&lt;/li&gt;&lt;li&gt;create a client secret and keep it in this computer&apos;s keychain;&lt;/li&gt;&lt;li&gt;grant the permissions Leap needs: User.ReadBasic.All and Group.Read.All (application), openid and profile (delegated).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Then it checks that the result works and gives you what to paste into Leap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Er folgt den drei Schritten der Leap-Dokumentation:&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;HCL Leap als Anwendung registrieren, mit dem Umleitungs-URI Ihres Leap-Servers;&lt;/li&gt;&lt;li&gt;einen geheimen Clientschlüssel erstellen und im Schlüsselbund dieses Computers speichern;&lt;/li&gt;&lt;li&gt;die Berechtigungen erteilen, die Leap braucht: User.ReadBasic.All und Group.Read.All (Anwendung), openid und profile (delegiert).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Danach prüft er, ob das Ergebnis funktioniert, und gibt Ihnen, was Sie in Leap einfügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You need&lt;/b&gt; a Microsoft Entra ID tenant and an account that may register applications there. Granting the application permissions needs the &lt;b&gt;Privileged Role Administrator&lt;/b&gt; or &lt;b&gt;Global Administrator&lt;/b&gt; role; without it, the wizard gives you a link to send to someone who has it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sie benötigen&lt;/b&gt; einen Microsoft Entra ID-Mandanten und ein Konto, das dort Anwendungen registrieren darf. Zum Erteilen der Anwendungsberechtigungen ist die Rolle &lt;b&gt;Administrator für privilegierte Rollen&lt;/b&gt; oder &lt;b&gt;Globaler Administrator&lt;/b&gt; nötig; ohne sie gibt Ihnen der Assistent einen Link, den Sie an jemanden mit dieser Rolle senden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up &amp;automatically (recommended)</source>
        <translation>&amp;Automatisch einrichten (empfohlen)</translation>
    </message>
    <message>
        <source>Set up automatically</source>
        <translation>Automatisch einrichten</translation>
    </message>
    <message>
        <source>Sign in as an administrator; the wizard does each step through Microsoft Graph and shows you what it will change before it changes it.</source>
        <translation>Melden Sie sich als Administrator an; der Assistent führt jeden Schritt über Microsoft Graph aus und zeigt Ihnen vorher, was er ändern wird.</translation>
    </message>
    <message>
        <source>&amp;Guide me through the admin center</source>
        <translation>Durch das Admin Center &amp;führen</translation>
    </message>
    <message>
        <source>Guide me through the admin center</source>
        <translation>Durch das Admin Center führen</translation>
    </message>
    <message>
        <source>For tenants where no tool may sign in: you do each step in the Microsoft Entra admin center, the wizard shows you where and checks what you paste.</source>
        <translation>Für Mandanten, bei denen sich kein Tool anmelden darf: Sie führen jeden Schritt im Microsoft Entra Admin Center aus, der Assistent zeigt Ihnen, wo, und prüft, was Sie einfügen.</translation>
    </message>
</context>
<context>
    <name>leap::ui::WizardPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>leap-entra-setup: the saved sandbox tenant (%1) could not be read (%2); starting from a fresh one.</source>
        <translation>leap-entra-setup: Der gespeicherte Sandbox-Mandant (%1) konnte nicht gelesen werden (%2); es wird mit einem neuen begonnen.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>Auf 127.0.0.1 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>leap-entra-setup: could not save the sandbox tenant: %1</source>
        <translation>leap-entra-setup: Der Sandbox-Mandant konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: using the offline sandbox tenant (%1); nothing reaches Microsoft. Sign-in is approved automatically as %2.</source>
        <translation>leap-entra-setup: Der Offline-Sandbox-Mandant (%1) wird verwendet; nichts erreicht Microsoft. Die Anmeldung wird automatisch als %2 bestätigt.</translation>
    </message>
    <message>
        <source>leap-entra-setup: error: %1</source>
        <translation>leap-entra-setup: Fehler: %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: the offline sandbox could not start: %1</source>
        <translation>leap-entra-setup: Die Offline-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: this build has no graphical wizard. Use a command instead; `leap-entra-setup --help` lists them.</source>
        <translation>leap-entra-setup: Dieser Build hat keinen grafischen Assistenten. Verwenden Sie stattdessen einen Befehl; `leap-entra-setup --help` listet sie auf.</translation>
    </message>
    <message>
        <source>leap-entra-setup: this build has no offline sandbox (--sandbox).</source>
        <translation>leap-entra-setup: Dieser Build hat keine Offline-Sandbox (--sandbox).</translation>
    </message>
</context>
</TS>
