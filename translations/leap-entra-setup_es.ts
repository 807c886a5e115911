<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>Microsoft Azure operado por 21Vianet</translation>
    </message>
</context>
<context>
    <name>leap</name>
    <message>
        <source>%1 is not a GUID.</source>
        <translation>%1 no es un GUID.</translation>
    </message>
    <message>
        <source>Give it as 8-4-4-4-12 hexadecimal digits, e.g. 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35.</source>
        <translation>Indique 8-4-4-4-12 dígitos hexadecimales, p. ej., 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35.</translation>
    </message>
    <message>
        <source>Give only the host name and an optional port, e.g. leap.example.com or leap.example.com:9443.</source>
        <translation>Indique solo el nombre de host y un puerto opcional, p. ej., leap.example.com o leap.example.com:9443.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 contains spaces or control characters.</source>
        <translation>%1 contiene espacios o caracteres de control.</translation>
    </message>
    <message>
        <source>%1 must not include a scheme such as https://.</source>
        <translation>%1 no debe incluir un esquema como https://.</translation>
    </message>
    <message>
        <source>%1 must not include a path, query or fragment.</source>
        <translation>%1 no debe incluir ruta, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>%1 must not include user info (user@).</source>
        <translation>%1 no debe incluir información de usuario (user@).</translation>
    </message>
    <message>
        <source>%1: IPv6 addresses are not supported for a Leap redirect URI.</source>
        <translation>%1: las direcciones IPv6 no se admiten en un URI de redirección de Leap.</translation>
    </message>
    <message>
        <source>Use the Leap server&apos;s DNS name.</source>
        <translation>Use el nombre DNS del servidor Leap.</translation>
    </message>
    <message>
        <source>%1 has an invalid port &quot;%2&quot;.</source>
        <translation>%1 tiene un puerto no válido «%2».</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535, e.g. leap.example.com:9443.</source>
        <translation>Use un puerto entre 1 y 65535, p. ej., leap.example.com:9443.</translation>
    </message>
    <message>
        <source>%1 has more than one &apos;:&apos;.</source>
        <translation>%1 contiene más de un «:».</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 no es un nombre de host válido.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name (&quot;%2&quot;).</source>
        <translation>%1 no es un nombre de host válido («%2»).</translation>
    </message>
    <message>
        <source>%1 is neither a host name nor an IPv4 address.</source>
        <translation>%1 no es un nombre de host ni una dirección IPv4.</translation>
    </message>
    <message>
        <source>%1 must be a host name or an IPv4 address.</source>
        <translation>%1 debe ser un nombre de host o una dirección IPv4.</translation>
    </message>
    <message>
        <source>%1 is too long for an Entra redirect URI (256 characters at most).</source>
        <translation>%1 es demasiado largo para un URI de redirección de Entra (256 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Use a shorter host name.</source>
        <translation>Use un nombre de host más corto.</translation>
    </message>
    <message>
        <source>Give the tenant ID (a GUID) or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>Indique el identificador del inquilino (un GUID) o un dominio comprobado como contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>%1 looks like a tenant ID but is not a valid GUID.</source>
        <translation>%1 parece un identificador de inquilino, pero no es un GUID válido.</translation>
    </message>
    <message>
        <source>%1 must name one tenant, not &quot;%2&quot;.</source>
        <translation>%1 debe indicar un único inquilino, no «%2».</translation>
    </message>
    <message>
        <source>%1 is not a tenant ID or domain.</source>
        <translation>%1 no es un identificador de inquilino ni un dominio.</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a tenant.</source>
        <translation>%1 es una dirección IP, no un inquilino.</translation>
    </message>
    <message>
        <source>Give a short descriptive name.</source>
        <translation>Indique un nombre breve y descriptivo.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 contiene caracteres de control.</translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation>Use solo caracteres imprimibles.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 tiene %2 caracteres; se permiten %3 como máximo.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Acórtelo.</translation>
    </message>
    <message>
        <source>Give a whole number of days from %1 to %2 (presets: 90, 180, 365, 545, 730).</source>
        <translation>Indique un número entero de días entre %1 y %2 (valores predefinidos: 90, 180, 365, 545, 730).</translation>
    </message>
    <message>
        <source>%1 is not a whole number of days.</source>
        <translation>%1 no es un número entero de días.</translation>
    </message>
    <message>
        <source>%1 is %2 days, outside the allowed range.</source>
        <translation>%1 es de %2 días, fuera del intervalo permitido.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid credential alias.</source>
        <translation>%1 «%2» no es un alias de credencial válido.</translation>
    </message>
    <message>
        <source>Use a letter followed by letters, digits or underscores (at most 64), e.g. azureAlias.</source>
        <translation>Use una letra seguida de letras, dígitos o guiones bajos (64 como máximo), p. ej., azureAlias.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid profile name.</source>
        <translation>%1 «%2» no es un nombre de perfil válido.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64, not starting with &apos;.&apos;), e.g. prod.</source>
        <translation>Use letras, dígitos, «.», «_» o «-» (64 como máximo, sin empezar por «.»), p. ej., prod.</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 no es una dirección URL válida.</translation>
    </message>
    <message>
        <source>Give an absolute URL such as https://login.microsoftonline.com.</source>
        <translation>Indique una dirección URL absoluta como https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>%1 must not contain user info, a query or a fragment.</source>
        <translation>%1 no debe contener información de usuario, consulta ni fragmento.</translation>
    </message>
    <message>
        <source>Give only the scheme, host, optional port and path.</source>
        <translation>Indique solo el esquema, el host, un puerto opcional y la ruta.</translation>
    </message>
    <message>
        <source>%1 uses plain http to a non-loopback host.</source>
        <translation>%1 usa http sin cifrar hacia un host que no es de bucle invertido.</translation>
    </message>
    <message>
        <source>Use https; plain http is accepted only for 127.0.0.1, ::1 or localhost.</source>
        <translation>Use https; http sin cifrar solo se acepta para 127.0.0.1, ::1 o localhost.</translation>
    </message>
    <message>
        <source>%1 must use https.</source>
        <translation>%1 debe usar https.</translation>
    </message>
    <message>
        <source>Give an https URL such as https://graph.microsoft.com.</source>
        <translation>Indique una dirección URL https como https://graph.microsoft.com.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: the signed-in account may not manage applications in this tenant.</source>
        <translation>Microsoft Graph se negó a %1: la cuenta con la sesión iniciada no puede administrar aplicaciones en este inquilino.</translation>
    </message>
    <message>
        <source>Sign in as an Application Administrator, Cloud Application Administrator or Global Administrator.</source>
        <translation>Inicie sesión como Administrador de aplicaciones, Administrador de aplicaciones en la nube o Administrador global.</translation>
    </message>
    <message>
        <source>The profile lacks the tenant or the Leap host.</source>
        <translation>Al perfil le falta el inquilino o el host de Leap.</translation>
    </message>
    <message>
        <source>read the application</source>
        <translation>leer la aplicación</translation>
    </message>
    <message>
        <source>read the service principal</source>
        <translation>leer la entidad de servicio</translation>
    </message>
    <message>
        <source>The application&apos;s token does not carry the application permission %1: admin consent is missing or was removed, so Leap could not look up users and groups.</source>
        <translation>El token de la aplicación no incluye el permiso de aplicación %1: falta el consentimiento de administrador o se quitó, por lo que Leap no pudo buscar usuarios ni grupos.</translation>
    </message>
    <message>
        <source>Run `%1` as a Privileged Role Administrator or Global Administrator to grant it, or send this admin-consent address to one: %2</source>
        <translation>Ejecute `%1` como Administrador de roles con privilegios o Administrador global para concederlo, o envíe a uno de ellos esta dirección de consentimiento de administrador: %2</translation>
    </message>
    <message>
        <source>Microsoft Entra ID rejected the client secret (AADSTS7000215: invalid client secret). Either the stored value is wrong, or the secret&apos;s ID (a GUID) was used where its value belongs.</source>
        <translation>Microsoft Entra ID rechazó el secreto de cliente (AADSTS7000215: secreto de cliente no válido). O el valor almacenado es incorrecto, o se usó el identificador del secreto (un GUID) en lugar de su valor.</translation>
    </message>
    <message>
        <source>Make sure Leap and the keychain hold the secret&apos;s Value, not its Secret ID. If the value is lost or wrong, create a new one with `%1`.</source>
        <translation>Asegúrese de que Leap y el llavero contienen el «Valor» del secreto, no su «Id. de secreto». Si el valor se perdió o es incorrecto, cree uno nuevo con `%1`.</translation>
    </message>
    <message>
        <source>The client secret has expired (AADSTS7000222). Nobody can sign in to Leap with it.</source>
        <translation>El secreto de cliente ha expirado (AADSTS7000222). Nadie puede iniciar sesión en Leap con él.</translation>
    </message>
    <message>
        <source>Create a new secret with `%1`, put it into Leap, then retire the expired one.</source>
        <translation>Cree un secreto nuevo con `%1`, configúrelo en Leap y después retire el que ha expirado.</translation>
    </message>
    <message>
        <source>The application %1 was not found in tenant %2 (AADSTS700016).</source>
        <translation>No se encontró la aplicación %1 en el inquilino %2 (AADSTS700016).</translation>
    </message>
    <message>
        <source>Check that the profile names the right tenant. If the application was deleted, run `%1` to register it again.</source>
        <translation>Compruebe que el perfil indica el inquilino correcto. Si se eliminó la aplicación, ejecute `%1` para registrarla de nuevo.</translation>
    </message>
    <message>
        <source>The tenant %1 was not found at %2 (AADSTS90002).</source>
        <translation>No se encontró el inquilino %1 en %2 (AADSTS90002).</translation>
    </message>
    <message>
        <source>Check the tenant ID and the cloud (--cloud global, usgov, usgov-dod or china): a tenant exists in one cloud only.</source>
        <translation>Compruebe el identificador del inquilino y la nube (--cloud global, usgov, usgov-dod o china): un inquilino existe en una sola nube.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client credentials: %1 (%2).</source>
        <translation>El punto de conexión de token rechazó las credenciales de cliente: %1 (%2).</translation>
    </message>
    <message>
        <source>Check the application in the Microsoft Entra admin center, or run `%1` to repair it.</source>
        <translation>Compruebe la aplicación en el Centro de administración Microsoft Entra o ejecute `%1` para repararla.</translation>
    </message>
    <message>
        <source>The tenant&apos;s app management policy allows client secrets of at most %1 days; %2 days were asked for.</source>
        <translation>La directiva de administración de aplicaciones del inquilino permite secretos de cliente de %1 días como máximo; se solicitaron %2 días.</translation>
    </message>
    <message>
        <source>The tenant&apos;s app management policy does not allow a client secret that lasts %1 days.</source>
        <translation>La directiva de administración de aplicaciones del inquilino no permite un secreto de cliente que dure %1 días.</translation>
    </message>
    <message>
        <source>Choose a lifetime of %1 days or less (--secret-days %1).</source>
        <translation>Elija una duración de %1 días o menos (--secret-days %1).</translation>
    </message>
    <message>
        <source>Choose a shorter lifetime (--secret-days), or ask an administrator for the tenant&apos;s maximum.</source>
        <translation>Elija una duración más corta (--secret-days) o pregunte a un administrador el máximo del inquilino.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: the signed-in account may not manage this application&apos;s credentials.</source>
        <translation>Microsoft Graph se negó a %1: la cuenta con la sesión iniciada no puede administrar las credenciales de esta aplicación.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: granting admin consent to Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role, which the signed-in account does not have.</source>
        <translation>Microsoft Graph se negó a %1: conceder consentimiento de administrador a permisos de aplicación de Microsoft Graph requiere el rol Administrador de roles con privilegios o Administrador global, que la cuenta con la sesión iniciada no tiene.</translation>
    </message>
    <message>
        <source>Ask someone with the Privileged Role Administrator or Global Administrator role to open %1 and accept, or sign in as one and run the step again.</source>
        <translation>Pida a alguien con el rol Administrador de roles con privilegios o Administrador global que abra %1 y acepte, o inicie sesión con uno de esos roles y vuelva a ejecutar el paso.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s discovery document at %1 is incomplete (issuer, authorization or token endpoint missing).</source>
        <translation>El documento de detección del servidor de inicio de sesión en %1 está incompleto (falta el emisor o el punto de conexión de autorización o de token).</translation>
    </message>
    <message>
        <source>Check --authority: it must be the login host of a Microsoft identity platform, such as https://login.microsoftonline.com.</source>
        <translation>Compruebe --authority: debe ser el host de inicio de sesión de una plataforma de identidad de Microsoft, como https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>This tenant lives in %1, not in %2 as chosen.</source>
        <translation>Este inquilino está en %1, no en %2 como se eligió.</translation>
    </message>
    <message>
        <source>Choose the cloud &quot;%1&quot; (--cloud %1) and sign in again.</source>
        <translation>Elija la nube «%1» (--cloud %1) e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in app&apos;s redirect address does not match what is registered for it (AADSTS50011).</source>
        <translation>La dirección de redirección de la aplicación de inicio de sesión no coincide con la registrada (AADSTS50011).</translation>
    </message>
    <message>
        <source>With your own app (--client-id), add http://localhost as a &quot;Mobile and desktop applications&quot; redirect URI in its Authentication settings, or sign in with the device code instead.</source>
        <translation>Con su propia aplicación (--client-id), agregue http://localhost como URI de redirección de «Aplicaciones móviles y de escritorio» en su configuración de autenticación, o inicie sesión con el código de dispositivo.</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your tenant blocked this sign-in (%1).</source>
        <translation>Una directiva de acceso condicional de su inquilino bloqueó este inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>Try signing in with a device code (--sign-in device-code) from a compliant device, or ask the Conditional Access administrator to allow it.</source>
        <translation>Pruebe a iniciar sesión con un código de dispositivo (--sign-in device-code) desde un dispositivo compatible o pida al administrador de acceso condicional que lo permita.</translation>
    </message>
    <message>
        <source>Device-code sign-in is often blocked by policy: sign in with the browser instead (--sign-in browser), or ask the Conditional Access administrator to allow it.</source>
        <translation>El inicio de sesión con código de dispositivo suele estar bloqueado por directiva: inicie sesión con el explorador (--sign-in browser) o pida al administrador de acceso condicional que lo permita.</translation>
    </message>
    <message>
        <source>Nobody has consented to the sign-in app using the permissions it needs (AADSTS65001).</source>
        <translation>Nadie ha dado su consentimiento para que la aplicación de inicio de sesión use los permisos que necesita (AADSTS65001).</translation>
    </message>
    <message>
        <source>Sign in as a Global Administrator or Privileged Role Administrator and accept the consent prompt for your organization, or have one grant admin consent to the sign-in app first.</source>
        <translation>Inicie sesión como Administrador global o Administrador de roles con privilegios y acepte la solicitud de consentimiento en nombre de su organización, o pida antes a uno de ellos que conceda el consentimiento de administrador a la aplicación de inicio de sesión.</translation>
    </message>
    <message>
        <source>Your tenant requires multi-factor authentication for this sign-in (%1).</source>
        <translation>Su inquilino exige autenticación multifactor para este inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>Sign in again and complete the second factor in the browser; if you have never registered one, set it up first at https://aka.ms/mfasetup.</source>
        <translation>Inicie sesión de nuevo y complete el segundo factor en el explorador; si nunca registró uno, configúrelo primero en https://aka.ms/mfasetup.</translation>
    </message>
    <message>
        <source>Tenant not found: wrong name or wrong cloud (AADSTS90002).</source>
        <translation>No se encontró el inquilino: nombre o nube incorrectos (AADSTS90002).</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s GUID or verified domain (for example contoso.onmicrosoft.com), and that --cloud is the national cloud it lives in.</source>
        <translation>Compruebe el GUID o el dominio comprobado del inquilino (por ejemplo, contoso.onmicrosoft.com) y que --cloud sea la nube nacional donde se encuentra.</translation>
    </message>
    <message>
        <source>The sign-in app is not known in this tenant (AADSTS700016).</source>
        <translation>La aplicación de inicio de sesión no se conoce en este inquilino (AADSTS700016).</translation>
    </message>
    <message>
        <source>Check --client-id: your own app must be registered in this tenant (or be multi-tenant), or leave --client-id out to use Microsoft Graph Command Line Tools.</source>
        <translation>Compruebe --client-id: su propia aplicación debe estar registrada en este inquilino (o ser multiinquilino); o bien omita --client-id para usar Microsoft Graph Command Line Tools.</translation>
    </message>
    <message>
        <source>The sign-in app is single-tenant and cannot sign in through /common (AADSTS50194).</source>
        <translation>La aplicación de inicio de sesión es de un solo inquilino y no puede iniciar sesión mediante /common (AADSTS50194).</translation>
    </message>
    <message>
        <source>Give the tenant&apos;s GUID or verified domain with --tenant.</source>
        <translation>Indique el GUID o el dominio comprobado del inquilino con --tenant.</translation>
    </message>
    <message>
        <source>Your sign-in app does not allow public client flows, so it would need a client secret (AADSTS7000218).</source>
        <translation>Su aplicación de inicio de sesión no permite flujos de cliente públicos, por lo que necesitaría un secreto de cliente (AADSTS7000218).</translation>
    </message>
    <message>
        <source>In the app registration, open Authentication and set &quot;Allow public client flows&quot; to Yes, or leave --client-id out to use Microsoft Graph Command Line Tools.</source>
        <translation>En el registro de aplicación, abra Autenticación y establezca «Permitir flujos de cliente públicos» en Sí, u omita --client-id para usar Microsoft Graph Command Line Tools.</translation>
    </message>
    <message>
        <source>This Microsoft app is not pre-authorized for the Microsoft Graph permissions the wizard needs (AADSTS65002).</source>
        <translation>Esta aplicación de Microsoft no está autorizada previamente para los permisos de Microsoft Graph que necesita el asistente (AADSTS65002).</translation>
    </message>
    <message>
        <source>Leave --client-id out to use Microsoft Graph Command Line Tools, or register your own public client app and pass its id with --client-id.</source>
        <translation>Omita --client-id para usar Microsoft Graph Command Line Tools, o registre su propia aplicación cliente pública y pase su identificador con --client-id.</translation>
    </message>
    <message>
        <source>The sign-in app is a public client and must not send a secret (AADSTS700025).</source>
        <translation>La aplicación de inicio de sesión es un cliente público y no debe enviar un secreto (AADSTS700025).</translation>
    </message>
    <message>
        <source>Use a public client registration (Allow public client flows).</source>
        <translation>Use un registro de cliente público (Permitir flujos de cliente públicos).</translation>
    </message>
    <message>
        <source>The device code has not been entered yet.</source>
        <translation>Todavía no se ha escrito el código de dispositivo.</translation>
    </message>
    <message>
        <source>Open the address and enter the code, then wait.</source>
        <translation>Abra la dirección, escriba el código y espere.</translation>
    </message>
    <message>
        <source>The code was not accepted (%1).</source>
        <translation>No se aceptó el código (%1).</translation>
    </message>
    <message>
        <source>Start the sign-in again and type the new code exactly as shown.</source>
        <translation>Inicie de nuevo el inicio de sesión y escriba el código nuevo exactamente como aparece.</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was completed.</source>
        <translation>El código de dispositivo expiró antes de completar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Start the sign-in again and enter the new code within its lifetime.</source>
        <translation>Inicie de nuevo el inicio de sesión y escriba el código nuevo antes de que expire.</translation>
    </message>
    <message>
        <source>The sign-in request was declined, or the code was already used (%1).</source>
        <translation>Se rechazó la solicitud de inicio de sesión o el código ya se había usado (%1).</translation>
    </message>
    <message>
        <source>Start the sign-in again and approve it in the browser.</source>
        <translation>Inicie de nuevo el inicio de sesión y apruébelo en el explorador.</translation>
    </message>
    <message>
        <source>The sign-in was declined: consent was not given.</source>
        <translation>Se rechazó el inicio de sesión: no se dio el consentimiento.</translation>
    </message>
    <message>
        <source>Sign in again and accept the permissions; if your organization requires an administrator&apos;s approval, ask a Global Administrator to sign in.</source>
        <translation>Inicie sesión de nuevo y acepte los permisos; si su organización exige la aprobación de un administrador, pida a un Administrador global que inicie sesión.</translation>
    </message>
    <message>
        <source>The saved sign-in has expired or was revoked (%1).</source>
        <translation>El inicio de sesión guardado expiró o se revocó (%1).</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The account is not a member of this tenant (AADSTS50020).</source>
        <translation>La cuenta no es miembro de este inquilino (AADSTS50020).</translation>
    </message>
    <message>
        <source>Sign in with an administrator account of the tenant you chose, or correct --tenant.</source>
        <translation>Inicie sesión con una cuenta de administrador del inquilino elegido o corrija --tenant.</translation>
    </message>
    <message>
        <source>Wrong user name or password (AADSTS50126).</source>
        <translation>Nombre de usuario o contraseña incorrectos (AADSTS50126).</translation>
    </message>
    <message>
        <source>Sign in again with the right credentials.</source>
        <translation>Inicie sesión de nuevo con las credenciales correctas.</translation>
    </message>
    <message>
        <source>The browser is not signed in and no interaction was allowed (AADSTS50058).</source>
        <translation>El explorador no tiene la sesión iniciada y no se permitía ninguna interacción (AADSTS50058).</translation>
    </message>
    <message>
        <source>Sign in again interactively.</source>
        <translation>Inicie sesión de nuevo de forma interactiva.</translation>
    </message>
    <message>
        <source>The sign-in service refused: %1 (%2).</source>
        <translation>El servicio de inicio de sesión se negó: %1 (%2).</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1).</source>
        <translation>El servicio de inicio de sesión rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 with no explanation.</source>
        <translation>El servicio de inicio de sesión respondió HTTP %1 sin explicación.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, give the code and correlation id to your Entra administrator.</source>
        <translation>Inténtelo de nuevo; si sigue fallando, proporcione el código y el identificador de correlación a su administrador de Entra.</translation>
    </message>
    <message>
        <source>The sign-in was not completed (%1).</source>
        <translation>No se completó el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1 (%2).</source>
        <translation>No se completó el inicio de sesión: %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, give the code to your Entra administrator.</source>
        <translation>Inicie sesión de nuevo; si sigue fallando, proporcione el código a su administrador de Entra.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer contained no access token.</source>
        <translation>La respuesta del servidor de inicio de sesión no contenía ningún token de acceso.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check --authority.</source>
        <translation>Inténtelo de nuevo; si sigue fallando, compruebe --authority.</translation>
    </message>
    <message>
        <source>store a value in</source>
        <translation>guardar un valor</translation>
    </message>
    <message>
        <source>read a value from</source>
        <translation>leer un valor</translation>
    </message>
    <message>
        <source>remove a value from</source>
        <translation>quitar un valor</translation>
    </message>
    <message>
        <source>The system keychain refused to %1 it (%2).</source>
        <translation>El llavero del sistema rechazó la operación «%1» (%2).</translation>
    </message>
    <message>
        <source>Unlock your keyring (GNOME Keyring, KWallet, macOS Keychain) or allow the access when it asks, then try again.</source>
        <translation>Desbloquee su llavero (GNOME Keyring, KWallet, Llavero de macOS) o permita el acceso cuando se le pida y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry (%1).</source>
        <translation>El llavero del sistema no pudo eliminar la entrada (%1).</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again, or delete the entry of service &quot;leap-entra-setup&quot; with your keyring manager.</source>
        <translation>Desbloquee su llavero y vuelva a intentarlo, o elimine la entrada del servicio «leap-entra-setup» con su administrador de llaveros.</translation>
    </message>
    <message>
        <source>Secure storage is unavailable: could not %1 the system keychain (%2).</source>
        <translation>El almacenamiento seguro no está disponible: la operación «%1» falló en el llavero del sistema (%2).</translation>
    </message>
    <message>
        <source>Run inside a desktop session with an unlocked keyring; on Linux install and start gnome-keyring or KWallet (with libsecret) and make sure a D-Bus session bus is running.</source>
        <translation>Trabaje en una sesión de escritorio con el llavero desbloqueado; en Linux, instale e inicie gnome-keyring o KWallet (con libsecret) y asegúrese de que haya un bus de sesión D-Bus en ejecución.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds when asked to %2 it; a locked keyring may be waiting for its password.</source>
        <translation>El llavero del sistema no respondió en %1 segundos a la operación «%2»; puede que un llavero bloqueado esté esperando su contraseña.</translation>
    </message>
    <message>
        <source>Unlock the keyring (answer its password prompt) and try again; on Linux make sure gnome-keyring or KWallet is running.</source>
        <translation>Desbloquee el llavero (responda a la solicitud de contraseña) y vuelva a intentarlo; en Linux, asegúrese de que gnome-keyring o KWallet esté en ejecución.</translation>
    </message>
</context>
<context>
    <name>leap::ApplicationService</name>
    <message>
        <source>Looking for the application in the tenant…</source>
        <translation>Buscando la aplicación en el inquilino…</translation>
    </message>
    <message>
        <source>Create the application &quot;%1&quot; (single tenant) with redirect URI %2, security-group claims and the permissions %3.</source>
        <translation>Crear la aplicación «%1» (un solo inquilino) con el URI de redirección %2, notificaciones de grupos de seguridad y los permisos %3.</translation>
    </message>
    <message>
        <source>Create the application&apos;s service principal (enterprise application).</source>
        <translation>Crear la entidad de servicio de la aplicación (aplicación empresarial).</translation>
    </message>
    <message>
        <source>Found the application &quot;%1&quot; (%2).</source>
        <translation>Se encontró la aplicación «%1» (%2).</translation>
    </message>
    <message>
        <source>Add the redirect URI %1.</source>
        <translation>Agregar el URI de redirección %1.</translation>
    </message>
    <message>
        <source>Request the %1 permission %2.</source>
        <translation>Solicitar el permiso %1 %2.</translation>
    </message>
    <message>
        <source>Send security groups in the &quot;groups&quot; claim.</source>
        <translation>Enviar los grupos de seguridad en la notificación «groups».</translation>
    </message>
    <message>
        <source>Found the application&apos;s service principal.</source>
        <translation>Se encontró la entidad de servicio de la aplicación.</translation>
    </message>
    <message>
        <source>Registering the application &quot;%1&quot;…</source>
        <translation>Registrando la aplicación «%1»…</translation>
    </message>
    <message>
        <source>register the application</source>
        <translation>registrar la aplicación</translation>
    </message>
    <message>
        <source>read the application</source>
        <translation>leer la aplicación</translation>
    </message>
    <message>
        <source>Registered the application &quot;%1&quot; (%2).</source>
        <translation>Se registró la aplicación «%1» (%2).</translation>
    </message>
    <message>
        <source>Adding what Leap needs to the application…</source>
        <translation>Agregando a la aplicación lo que Leap necesita…</translation>
    </message>
    <message>
        <source>update the application</source>
        <translation>actualizar la aplicación</translation>
    </message>
    <message>
        <source>Added the redirect URI %1.</source>
        <translation>Se agregó el URI de redirección %1.</translation>
    </message>
    <message>
        <source>Requested the %1 permission %2.</source>
        <translation>Se solicitó el permiso %1 %2.</translation>
    </message>
    <message>
        <source>Security groups are now sent in the &quot;groups&quot; claim.</source>
        <translation>Los grupos de seguridad se envían ahora en la notificación «groups».</translation>
    </message>
    <message>
        <source>Creating the application&apos;s service principal…</source>
        <translation>Creando la entidad de servicio de la aplicación…</translation>
    </message>
    <message>
        <source>create the service principal</source>
        <translation>crear la entidad de servicio</translation>
    </message>
    <message>
        <source>The service principal was created but cannot be read.</source>
        <translation>Se creó la entidad de servicio, pero no se puede leer.</translation>
    </message>
    <message>
        <source>Run the command again in a few minutes.</source>
        <translation>Vuelva a ejecutar el comando dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Created the application&apos;s service principal.</source>
        <translation>Se creó la entidad de servicio de la aplicación.</translation>
    </message>
</context>
<context>
    <name>leap::BrowserFlow</name>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <source>This sign-in has already finished. You can close this tab.</source>
        <translation>Este inicio de sesión ya ha finalizado. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Not a valid sign-in</source>
        <translation>Inicio de sesión no válido</translation>
    </message>
    <message>
        <source>This page was not opened by the sign-in that Leap Entra Setup started. Return to the app and sign in from there.</source>
        <translation>Esta página no la abrió el inicio de sesión que inició Leap Entra Setup. Vuelva a la aplicación e inicie sesión desde allí.</translation>
    </message>
    <message>
        <source>The sign-in server sent neither a code nor an error. Return to the app and sign in again.</source>
        <translation>El servidor de inicio de sesión no envió ni un código ni un error. Vuelva a la aplicación e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Inicio de sesión no completado</translation>
    </message>
    <message>
        <source>The sign-in was not completed. Return to Leap Entra Setup to see why.</source>
        <translation>No se completó el inicio de sesión. Vuelva a Leap Entra Setup para ver el motivo.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You are signed in to Leap Entra Setup. You can close this tab and return to the app.</source>
        <translation>Ha iniciado sesión en Leap Entra Setup. Puede cerrar esta pestaña y volver a la aplicación.</translation>
    </message>
    <message>
        <source>A browser sign-in is already running.</source>
        <translation>Ya hay un inicio de sesión en el explorador en curso.</translation>
    </message>
    <message>
        <source>Could not open a local port for the browser to return to.</source>
        <translation>No se pudo abrir un puerto local al que pueda volver el explorador.</translation>
    </message>
    <message>
        <source>Sign in with a device code instead (--sign-in device-code).</source>
        <translation>Inicie sesión con un código de dispositivo (--sign-in device-code).</translation>
    </message>
    <message>
        <source>You can close this tab and return to the app.</source>
        <translation>Puede cerrar esta pestaña y volver a la aplicación.</translation>
    </message>
    <message>
        <source>Browser sign-in did not start.</source>
        <translation>No se inició el inicio de sesión en el explorador.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The browser sign-in did not finish in time.</source>
        <translation>El inicio de sesión en el explorador no finalizó a tiempo.</translation>
    </message>
    <message>
        <source>Sign in again, or sign in with a device code (--sign-in device-code).</source>
        <translation>Inicie sesión de nuevo o use un código de dispositivo (--sign-in device-code).</translation>
    </message>
</context>
<context>
    <name>leap::DeviceCodeFlow</name>
    <message>
        <source>This sign-in server does not offer device-code sign-in.</source>
        <translation>Este servidor de inicio de sesión no ofrece el inicio de sesión con código de dispositivo.</translation>
    </message>
    <message>
        <source>Sign in with the browser instead (--sign-in browser).</source>
        <translation>Inicie sesión con el explorador (--sign-in browser).</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s device-code answer was incomplete.</source>
        <translation>La respuesta de código de dispositivo del servidor de inicio de sesión estaba incompleta.</translation>
    </message>
    <message>
        <source>Try again, or sign in with the browser (--sign-in browser).</source>
        <translation>Inténtelo de nuevo o inicie sesión con el explorador (--sign-in browser).</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>Para iniciar sesión, use un explorador web para abrir la página %1 y escriba el código %2 para autenticarse.</translation>
    </message>
    <message>
        <source>The device code was not entered in time.</source>
        <translation>El código de dispositivo no se escribió a tiempo.</translation>
    </message>
    <message>
        <source>Start the sign-in again and enter the new code within %1 minutes.</source>
        <translation>Inicie de nuevo el inicio de sesión y escriba el código nuevo en un plazo de %1 minutos.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>leap::Discovery</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time.</source>
        <translation>El servidor de inicio de sesión %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server %1: %2.</source>
        <translation>No se pudo conectar con el servidor de inicio de sesión %1: %2.</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and --authority, then try again.</source>
        <translation>Compruebe la conexión de red, el proxy y --authority, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1.</source>
        <translation>El servidor de inicio de sesión respondió HTTP %1.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>%1 did not return a discovery document.</source>
        <translation>%1 no devolvió un documento de detección.</translation>
    </message>
    <message>
        <source>Check --authority: it must be the login host of a Microsoft identity platform, such as https://login.microsoftonline.com.</source>
        <translation>Compruebe --authority: debe ser el host de inicio de sesión de una plataforma de identidad de Microsoft, como https://login.microsoftonline.com.</translation>
    </message>
</context>
<context>
    <name>leap::DriftService</name>
    <message>
        <source>Comparing the profile with the tenant…</source>
        <translation>Comparando el perfil con el inquilino…</translation>
    </message>
    <message>
        <source>The application %1 no longer exists in the tenant.</source>
        <translation>La aplicación %1 ya no existe en el inquilino.</translation>
    </message>
    <message>
        <source>Run `%1` to register it again; Leap then needs the new Application (client) ID and secret.</source>
        <translation>Ejecute `%1` para registrarla de nuevo; después, Leap necesita el nuevo Id. de aplicación (cliente) y el nuevo secreto.</translation>
    </message>
    <message>
        <source>The redirect URI %1 is missing from the application: Leap&apos;s sign-in would fail with AADSTS50011.</source>
        <translation>Falta el URI de redirección %1 en la aplicación: el inicio de sesión en Leap fallaría con AADSTS50011.</translation>
    </message>
    <message>
        <source>Run `%1` to add it back.</source>
        <translation>Ejecute `%1` para volver a agregarlo.</translation>
    </message>
    <message>
        <source>The application no longer requests the Microsoft Graph permission %1.</source>
        <translation>La aplicación ya no solicita el permiso de Microsoft Graph %1.</translation>
    </message>
    <message>
        <source>Run `%1` to request it again.</source>
        <translation>Ejecute `%1` para volver a solicitarlo.</translation>
    </message>
    <message>
        <source>Admin consent for the application permission %1 is missing (no app role assignment): Leap cannot look up users or groups.</source>
        <translation>Falta el consentimiento de administrador para el permiso de aplicación %1 (ninguna asignación de rol de aplicación): Leap no puede buscar usuarios ni grupos.</translation>
    </message>
    <message>
        <source>The delegated permission %1 is not granted for all users: sign-in to Leap may ask for admin approval.</source>
        <translation>El permiso delegado %1 no está concedido para todos los usuarios: el inicio de sesión en Leap puede pedir la aprobación de un administrador.</translation>
    </message>
    <message>
        <source>Run `%1` as a Privileged Role Administrator or Global Administrator, or send this admin-consent address to one: %2</source>
        <translation>Ejecute `%1` como Administrador de roles con privilegios o Administrador global, o envíe a uno de ellos esta dirección de consentimiento de administrador: %2</translation>
    </message>
    <message>
        <source>The profile has no current client secret.</source>
        <translation>El perfil no tiene un secreto de cliente actual.</translation>
    </message>
    <message>
        <source>Create one with `%1`.</source>
        <translation>Cree uno con `%1`.</translation>
    </message>
    <message>
        <source>The current client secret %1 was removed from the application: Leap can no longer sign in with it.</source>
        <translation>El secreto de cliente actual %1 se quitó de la aplicación: Leap ya no puede iniciar sesión con él.</translation>
    </message>
    <message>
        <source>Create a new one with `%1` and put it into Leap.</source>
        <translation>Cree uno nuevo con `%1` y configúrelo en Leap.</translation>
    </message>
    <message>
        <source>The current client secret %1 expired on %2: nobody can sign in to Leap.</source>
        <translation>El secreto de cliente actual %1 expiró el %2: nadie puede iniciar sesión en Leap.</translation>
    </message>
    <message>
        <source>Create a new one now with `%1` and put it into Leap.</source>
        <translation>Cree uno nuevo ahora con `%1` y configúrelo en Leap.</translation>
    </message>
    <message>
        <source>The current client secret %1 expires in %2 days (%3).</source>
        <translation>El secreto de cliente actual %1 expira dentro de %2 días (%3).</translation>
    </message>
    <message>
        <source>Rotate it before then with `%1`, update Leap, then retire the old one.</source>
        <translation>Renuévelo antes con `%1`, actualice Leap y después retire el anterior.</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain.</source>
        <translation>El valor del secreto de cliente actual %1 no está en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>If Leap already has it, nothing is wrong in Leap; to keep a copy here, create a new secret with `%1`.</source>
        <translation>Si Leap ya lo tiene, no hay ningún problema en Leap; para guardar una copia aquí, cree un secreto nuevo con `%1`.</translation>
    </message>
</context>
<context>
    <name>leap::GraphClient</name>
    <message>
        <source>Waiting for the directory to replicate…</source>
        <translation>Esperando a que se replique el directorio…</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy; retrying in %1 s…</source>
        <translation>Microsoft Graph está ocupado; se reintentará en %1 s…</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer properly; retrying in %1 s…</source>
        <translation>Microsoft Graph no respondió correctamente; se reintentará en %1 s…</translation>
    </message>
    <message>
        <source>a next-page link points outside Microsoft Graph</source>
        <translation>un vínculo a la página siguiente apunta fuera de Microsoft Graph</translation>
    </message>
    <message>
        <source>more than 1000 pages</source>
        <translation>más de 1000 páginas</translation>
    </message>
    <message>
        <source>the batch answer lacks an item</source>
        <translation>falta un elemento en la respuesta del lote</translation>
    </message>
</context>
<context>
    <name>leap::GraphError</name>
    <message>
        <source>Microsoft Graph refused the request: the signed-in account lacks the permission or directory role it needs%1.</source>
        <translation>Microsoft Graph rechazó la solicitud: a la cuenta con la sesión iniciada le falta el permiso o el rol de directorio necesario%1.</translation>
    </message>
    <message>
        <source>Sign in as a Global Administrator or Privileged Role Administrator, or hand the task to someone who is one.</source>
        <translation>Inicie sesión como Administrador global o Administrador de roles con privilegios, o encargue la tarea a uno de ellos.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request with status %1%2.</source>
        <translation>Microsoft Graph rechazó la solicitud con el estado %1%2.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s policies and the message above; the request id helps Microsoft support.</source>
        <translation>Compruebe las directivas del inquilino y el mensaje anterior; el identificador de solicitud ayuda al soporte técnico de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not find the object%1.</source>
        <translation>Microsoft Graph no encontró el objeto%1.</translation>
    </message>
    <message>
        <source>It may have been deleted in the tenant; run `status` to compare the profile with the tenant.</source>
        <translation>Puede que se haya eliminado en el inquilino; ejecute `status` para comparar el perfil con el inquilino.</translation>
    </message>
    <message>
        <source>Microsoft Graph no longer accepts the sign-in%1.</source>
        <translation>Microsoft Graph ya no acepta el inicio de sesión%1.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Microsoft Graph kept throttling the requests (HTTP 429) beyond the retry limit.</source>
        <translation>Microsoft Graph siguió limitando las solicitudes (HTTP 429) más allá del límite de reintentos.</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the command again; it resumes where it stopped.</source>
        <translation>Espere unos minutos y vuelva a ejecutar el comando; continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Microsoft Graph kept failing with HTTP %1%2.</source>
        <translation>Microsoft Graph siguió fallando con HTTP %1%2.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Check the network connection (and proxy), then run the command again; it resumes where it stopped.</source>
        <translation>Compruebe la conexión de red (y el proxy) y vuelva a ejecutar el comando; continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached%1.</source>
        <translation>No se pudo conectar con Microsoft Graph%1.</translation>
    </message>
    <message>
        <source>The directory did not finish replicating a new object in time%1.</source>
        <translation>El directorio no terminó de replicar un objeto nuevo a tiempo%1.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer this program cannot read%1.</source>
        <translation>Microsoft Graph envió una respuesta que este programa no puede leer%1.</translation>
    </message>
    <message>
        <source>Run again with --verbose and report the request id.</source>
        <translation>Vuelva a ejecutarlo con --verbose e informe del identificador de solicitud.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>leap::PermissionCatalog</name>
    <message>
        <source>The tenant has no Microsoft Graph service principal, so its permissions cannot be looked up.</source>
        <translation>El inquilino no tiene ninguna entidad de servicio de Microsoft Graph, por lo que no se pueden buscar sus permisos.</translation>
    </message>
    <message>
        <source>Check that the tenant is an ordinary Microsoft Entra tenant and the right cloud was chosen (--cloud).</source>
        <translation>Compruebe que el inquilino es un inquilino normal de Microsoft Entra y que se eligió la nube correcta (--cloud).</translation>
    </message>
    <message>
        <source>The tenant&apos;s Microsoft Graph offers no %1 permission &quot;%2&quot;.</source>
        <translation>El Microsoft Graph del inquilino no ofrece ningún permiso %1 «%2».</translation>
    </message>
    <message>
        <source>Check that the right cloud was chosen (--cloud); Leap needs this permission.</source>
        <translation>Compruebe que se eligió la nube correcta (--cloud); Leap necesita este permiso.</translation>
    </message>
    <message>
        <source>Microsoft Graph described its service principal without an id.</source>
        <translation>Microsoft Graph describió su entidad de servicio sin identificador.</translation>
    </message>
</context>
<context>
    <name>leap::PermissionService</name>
    <message>
        <source>The profile has no service principal yet; register the application first.</source>
        <translation>El perfil aún no tiene entidad de servicio; registre primero la aplicación.</translation>
    </message>
    <message>
        <source>Checking permissions and consent…</source>
        <translation>Comprobando los permisos y el consentimiento…</translation>
    </message>
    <message>
        <source>Granting admin consent for Microsoft Graph permissions…</source>
        <translation>Concediendo consentimiento de administrador para los permisos de Microsoft Graph…</translation>
    </message>
    <message>
        <source>grant admin consent</source>
        <translation>conceder el consentimiento de administrador</translation>
    </message>
</context>
<context>
    <name>leap::Profile</name>
    <message>
        <source>The profile file has schema version %1; this version reads %2.</source>
        <translation>El archivo de perfil tiene la versión de esquema %1; esta versión lee la %2.</translation>
    </message>
    <message>
        <source>Use a matching version of Leap Entra Setup, or run `forget` and configure again.</source>
        <translation>Use una versión correspondiente de Leap Entra Setup, o ejecute `forget` y vuelva a configurar.</translation>
    </message>
    <message>
        <source>The profile names an unknown cloud.</source>
        <translation>El perfil indica una nube desconocida.</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s &quot;cloud&quot; to global, usgov, usgov-dod or china.</source>
        <translation>Cambie «cloud» en el perfil a global, usgov, usgov-dod o china.</translation>
    </message>
    <message>
        <source>The profile&apos;s endpoint override is not acceptable: %1</source>
        <translation>La invalidación de punto de conexión del perfil no es aceptable: %1</translation>
    </message>
</context>
<context>
    <name>leap::ProfileStore</name>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>No existe ningún perfil «%1».</translation>
    </message>
    <message>
        <source>Run `configure` to create it, or pick another with --profile.</source>
        <translation>Ejecute `configure` para crearlo o elija otro con --profile.</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2.</source>
        <translation>No se puede leer el archivo de perfil %1: %2.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged (%2 at offset %3).</source>
        <translation>El archivo de perfil %1 está dañado (%2 en la posición %3).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>Repair the file, or remove it with `forget --profile %1` and configure again.</source>
        <translation>Repare el archivo, o quítelo con `forget --profile %1` y vuelva a configurar.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be used: %2</source>
        <translation>No se puede usar el archivo de perfil %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>No se puede crear el directorio de perfiles %1.</translation>
    </message>
    <message>
        <source>Check that your configuration directory is writable.</source>
        <translation>Compruebe que su directorio de configuración admite escritura.</translation>
    </message>
    <message>
        <source>Cannot write the profile file %1: %2.</source>
        <translation>No se puede escribir el archivo de perfil %1: %2.</translation>
    </message>
    <message>
        <source>Check that the directory is writable and the disk is not full.</source>
        <translation>Compruebe que el directorio admite escritura y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>Cannot remove the profile file %1.</source>
        <translation>No se puede quitar el archivo de perfil %1.</translation>
    </message>
    <message>
        <source>Check the permissions of the profile directory.</source>
        <translation>Compruebe los permisos del directorio de perfiles.</translation>
    </message>
</context>
<context>
    <name>leap::RotationService</name>
    <message>
        <source>The profile &quot;%1&quot; has no application yet, so there is no secret to rotate.</source>
        <translation>El perfil «%1» aún no tiene aplicación, así que no hay ningún secreto que renovar.</translation>
    </message>
    <message>
        <source>Run `leap-entra-setup --profile %1 configure` first.</source>
        <translation>Ejecute primero `leap-entra-setup --profile %1 configure`.</translation>
    </message>
    <message>
        <source>Adding a new client secret &quot;%1&quot;; the current one stays valid.</source>
        <translation>Agregando un nuevo secreto de cliente «%1»; el actual sigue siendo válido.</translation>
    </message>
    <message>
        <source>The keychain could not store the new client secret in this run, so no older secret is retired.</source>
        <translation>El llavero no pudo guardar el nuevo secreto de cliente en esta ejecución, por lo que no se retira ningún secreto anterior.</translation>
    </message>
    <message>
        <source>Make the keychain available, rotate again with `%1`, then retire the old secrets.</source>
        <translation>Haga que el llavero esté disponible, vuelva a renovar con `%1` y después retire los secretos anteriores.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application.</source>
        <translation>El perfil «%1» no tiene aplicación.</translation>
    </message>
    <message>
        <source>Say which secret to retire.</source>
        <translation>Indique qué secreto se debe retirar.</translation>
    </message>
    <message>
        <source>Use --key-id KEY or --all-but-current.</source>
        <translation>Use --key-id CLAVE o --all-but-current.</translation>
    </message>
    <message>
        <source>Reading the application&apos;s client secrets…</source>
        <translation>Leyendo los secretos de cliente de la aplicación…</translation>
    </message>
    <message>
        <source>The profile has no current client secret, so every secret would go.</source>
        <translation>El perfil no tiene un secreto de cliente actual, así que se retirarían todos los secretos.</translation>
    </message>
    <message>
        <source>Create one with `%1` first, or add --force.</source>
        <translation>Cree primero uno con `%1` o agregue --force.</translation>
    </message>
    <message>
        <source>There is no client secret %1 on the application or in the profile.</source>
        <translation>No existe ningún secreto de cliente %1 en la aplicación ni en el perfil.</translation>
    </message>
    <message>
        <source>Run `leap-entra-setup --profile %1 status` to list the secrets.</source>
        <translation>Ejecute `leap-entra-setup --profile %1 status` para ver la lista de secretos.</translation>
    </message>
    <message>
        <source>%1 is the current client secret, the one Leap should be using.</source>
        <translation>%1 es el secreto de cliente actual, el que Leap debería usar.</translation>
    </message>
    <message>
        <source>Rotate first with `%1`, put the new value into Leap, then retire this one (or add --force).</source>
        <translation>Renueve primero con `%1`, configure el valor nuevo en Leap y después retire este (o agregue --force).</translation>
    </message>
    <message>
        <source>Retiring this would leave the application with no valid client secret, and nobody could sign in to Leap.</source>
        <translation>Retirarlo dejaría la aplicación sin ningún secreto de cliente válido y nadie podría iniciar sesión en Leap.</translation>
    </message>
    <message>
        <source>Create a new one with `%1` first (or add --force).</source>
        <translation>Cree primero uno nuevo con `%1` (o agregue --force).</translation>
    </message>
    <message>
        <source>Nothing was retired.</source>
        <translation>No se retiró nada.</translation>
    </message>
    <message>
        <source>The current client secret %1 is not in this computer&apos;s keychain; retiring the others could leave no secret anyone can hand to Leap.</source>
        <translation>El secreto de cliente actual %1 no está en el llavero de este equipo; retirar los demás podría dejar sin ningún secreto que dar a Leap.</translation>
    </message>
    <message>
        <source>Retire from the computer that created it, rotate here with `%1`, or add --force if Leap already uses the current secret.</source>
        <translation>Retírelos desde el equipo que lo creó, renueve aquí con `%1` o agregue --force si Leap ya usa el secreto actual.</translation>
    </message>
    <message>
        <source>Proving the current secret works before retiring the others…</source>
        <translation>Comprobando que el secreto actual funciona antes de retirar los demás…</translation>
    </message>
    <message>
        <source>Nothing was retired; add --force to retire anyway.</source>
        <translation>No se retiró nada; agregue --force para retirarlos de todos modos.</translation>
    </message>
    <message>
        <source>Retiring client secret %1…</source>
        <translation>Retirando el secreto de cliente %1…</translation>
    </message>
    <message>
        <source>Already retired: %1.</source>
        <translation>Ya retirado: %1.</translation>
    </message>
    <message>
        <source>Proving the new secret works (a client-credentials token)…</source>
        <translation>Comprobando que el secreto nuevo funciona (un token con credenciales de cliente)…</translation>
    </message>
</context>
<context>
    <name>leap::SecretLifetime</name>
    <message>
        <source>The end date of the secret must be in the future.</source>
        <translation>La fecha de finalización del secreto debe ser futura.</translation>
    </message>
    <message>
        <source>Choose a date within the next %1 days.</source>
        <translation>Elija una fecha dentro de los próximos %1 días.</translation>
    </message>
    <message>
        <source>A client secret can last at most %1 days.</source>
        <translation>Un secreto de cliente puede durar %1 días como máximo.</translation>
    </message>
    <message>
        <source>Choose an earlier end date.</source>
        <translation>Elija una fecha de finalización anterior.</translation>
    </message>
    <message>
        <source>A client secret lasts %1 to %2 days; %3 was given.</source>
        <translation>Un secreto de cliente dura de %1 a %2 días; se indicó %3.</translation>
    </message>
    <message>
        <source>Use one of 90, 180, 365, 545 or 730 days.</source>
        <translation>Use 90, 180, 365, 545 o 730 días.</translation>
    </message>
</context>
<context>
    <name>leap::SecretService</name>
    <message>
        <source>The profile has no application yet.</source>
        <translation>El perfil aún no tiene aplicación.</translation>
    </message>
    <message>
        <source>read the application&apos;s secrets</source>
        <translation>leer los secretos de la aplicación</translation>
    </message>
    <message>
        <source>Removing a client secret whose value an interrupted run lost…</source>
        <translation>Quitando un secreto de cliente cuyo valor perdió una ejecución interrumpida…</translation>
    </message>
    <message>
        <source>remove an orphaned client secret</source>
        <translation>quitar un secreto de cliente huérfano</translation>
    </message>
    <message>
        <source>The profile has no application yet; register it first.</source>
        <translation>El perfil aún no tiene aplicación; regístrela primero.</translation>
    </message>
    <message>
        <source>Creating the client secret &quot;%1&quot;…</source>
        <translation>Creando el secreto de cliente «%1»…</translation>
    </message>
    <message>
        <source>add a client secret</source>
        <translation>agregar un secreto de cliente</translation>
    </message>
    <message>
        <source>Microsoft Graph created a client secret but did not return it.</source>
        <translation>Microsoft Graph creó un secreto de cliente, pero no lo devolvió.</translation>
    </message>
    <message>
        <source>Run the command again; the incomplete secret is removed first.</source>
        <translation>Vuelva a ejecutar el comando; primero se quitará el secreto incompleto.</translation>
    </message>
    <message>
        <source>The client secret %1 was created on the application, but the system keychain could not store its value. %2</source>
        <translation>El secreto de cliente %1 se creó en la aplicación, pero el llavero del sistema no pudo guardar su valor. %2</translation>
    </message>
    <message>
        <source>If its value was not copied, retire the secret with `retire-secret --key-id %1`.</source>
        <translation>Si no se copió su valor, retire el secreto con `retire-secret --key-id %1`.</translation>
    </message>
    <message>
        <source>The profile has no application.</source>
        <translation>El perfil no tiene aplicación.</translation>
    </message>
    <message>
        <source>Removing the client secret %1…</source>
        <translation>Quitando el secreto de cliente %1…</translation>
    </message>
    <message>
        <source>remove the client secret</source>
        <translation>quitar el secreto de cliente</translation>
    </message>
    <message>
        <source>keychain entry left</source>
        <translation>queda una entrada en el llavero</translation>
    </message>
</context>
<context>
    <name>leap::SecretStore</name>
    <message>
        <source>The system keychain holds no entry &quot;%1&quot;.</source>
        <translation>El llavero del sistema no contiene ninguna entrada «%1».</translation>
    </message>
</context>
<context>
    <name>leap::SignInSession</name>
    <message>
        <source>Reading the sign-in configuration of %1</source>
        <translation>Leyendo la configuración de inicio de sesión de %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser</source>
        <translation>Esperando el inicio de sesión en el explorador</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered</source>
        <translation>Esperando a que se escriba el código</translation>
    </message>
    <message>
        <source>No saved sign-in for this profile.</source>
        <translation>No hay ningún inicio de sesión guardado para este perfil.</translation>
    </message>
    <message>
        <source>Sign in.</source>
        <translation>Inicie sesión.</translation>
    </message>
    <message>
        <source>Using the saved sign-in</source>
        <translation>Usando el inicio de sesión guardado</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>The sign-in has expired.</source>
        <translation>El inicio de sesión ha expirado.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Inicie sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>leap::SupportBundle</name>
    <message>
        <source>Choose a file in a directory you can write to.</source>
        <translation>Elija un archivo en un directorio en el que pueda escribir.</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name.</source>
        <translation>--support-bundle necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot write the support bundle %1: %2.</source>
        <translation>No se puede escribir el paquete de soporte %1: %2.</translation>
    </message>
    <message>
        <source>the file could not be replaced</source>
        <translation>no se pudo reemplazar el archivo</translation>
    </message>
</context>
<context>
    <name>leap::TokenClient</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time.</source>
        <translation>El servidor de inicio de sesión %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server %1: %2.</source>
        <translation>No se pudo conectar con el servidor de inicio de sesión %1: %2.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy, then try again.</source>
        <translation>Compruebe la conexión de red y el proxy, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1.</source>
        <translation>El servidor de inicio de sesión respondió HTTP %1.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
</context>
<context>
    <name>leap::VerifyService</name>
    <message>
        <source>No answer from the token endpoint %1 (%2).</source>
        <translation>No hay respuesta del punto de conexión de token %1 (%2).</translation>
    </message>
    <message>
        <source>Check the network connection, a proxy, and the cloud or --authority of the profile.</source>
        <translation>Compruebe la conexión de red, el proxy y la nube o --authority del perfil.</translation>
    </message>
    <message>
        <source>The token endpoint is busy or failing (HTTP %1).</source>
        <translation>El punto de conexión de token está ocupado o falla (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer the read of %1 (%2).</source>
        <translation>Microsoft Graph no respondió a la lectura de %1 (%2).</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to read %1 with the application&apos;s token (HTTP %2 %3).</source>
        <translation>Microsoft Graph se negó a leer %1 con el token de la aplicación (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application with a current client secret to verify.</source>
        <translation>El perfil «%1» no tiene ninguna aplicación con un secreto de cliente actual que comprobar.</translation>
    </message>
    <message>
        <source>Run `%1` first.</source>
        <translation>Ejecute primero `%1`.</translation>
    </message>
    <message>
        <source>Verification needs the keychain, which was not given.</source>
        <translation>La comprobación necesita el llavero, que no se proporcionó.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain, so it cannot be tested here.</source>
        <translation>El valor del secreto de cliente actual %1 no está en el llavero de este equipo, así que no se puede probar aquí.</translation>
    </message>
    <message>
        <source>Verify on the computer that created it, or create a new secret with `%1`.</source>
        <translation>Compruébelo en el equipo que lo creó o cree un secreto nuevo con `%1`.</translation>
    </message>
    <message>
        <source>The client secret value is empty.</source>
        <translation>El valor del secreto de cliente está vacío.</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s Value, not its Secret ID.</source>
        <translation>Pegue el «Valor» del secreto, no su «Id. de secreto».</translation>
    </message>
    <message>
        <source>Wait a few minutes and verify again. If it persists, run `%1` as a Privileged Role Administrator or Global Administrator, or send this admin-consent address to one: %2</source>
        <translation>Espere unos minutos y vuelva a comprobarlo. Si persiste, ejecute `%1` como Administrador de roles con privilegios o Administrador global, o envíe a uno de ellos esta dirección de consentimiento de administrador: %2</translation>
    </message>
    <message>
        <source>Waiting for the directory to replicate (%1)… retrying in %2 s.</source>
        <translation>Esperando a que se replique el directorio (%1)… se reintentará en %2 s.</translation>
    </message>
</context>
<context>
    <name>leap::cli</name>
    <message>
        <source>Delete the local profile and its keychain entries; touches nothing in the tenant.</source>
        <translation>Eliminar el perfil local y sus entradas del llavero; no cambia nada en el inquilino.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>  request id: %1 (%2)</source>
        <translation>  id. de solicitud: %1 (%2)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Exit status:
  0 done; 1 unexpected internal error; 2 bad command line or input (nothing was
  changed); 3 sign-in failed or was cancelled; 4 Graph refused (missing role,
  tenant policy, conflict); 5 secure storage unavailable; 6 verification failed;
  7 network failure that outlasted the retries.
</source>
        <translation>Estado de salida:
  0 hecho; 1 error interno inesperado; 2 línea de comandos o entrada incorrecta (no
  se cambió nada); 3 inicio de sesión fallido o cancelado; 4 Graph lo rechazó (falta
  un rol, directiva del inquilino, conflicto); 5 almacenamiento seguro no disponible;
  6 comprobación fallida; 7 error de red que persistió tras los reintentos.
</translation>
    </message>
    <message>
        <source>Configures Microsoft Entra ID for HCL Leap: registers the application, creates its client secret (kept in the OS keychain) and grants the Microsoft Graph permissions Leap needs. With no command it opens the wizard.</source>
        <translation>Configura Microsoft Entra ID para HCL Leap: registra la aplicación, crea su secreto de cliente (guardado en el llavero del sistema operativo) y concede los permisos de Microsoft Graph que Leap necesita. Sin comando, abre el asistente.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Uno de los comandos siguientes.</translation>
    </message>
    <message>
        <source>Profiles are kept in $XDG_CONFIG_HOME/leap-entra-setup/profiles (no secret is ever written there; secrets live in the OS keychain, service &quot;leap-entra-setup&quot;). With --sandbox, profiles are kept in the &quot;sandbox&quot; subdirectory instead, so a demo never mixes with a real tenant&apos;s profile, and the sandbox tenant itself is saved under $XDG_DATA_HOME/leap-entra-setup/sandbox between runs.</source>
        <translation>Los perfiles se guardan en $XDG_CONFIG_HOME/leap-entra-setup/profiles (nunca se escribe ahí ningún secreto; los secretos están en el llavero del sistema operativo, servicio «leap-entra-setup»). Con --sandbox, los perfiles se guardan en el subdirectorio «sandbox», para que una demostración nunca se mezcle con el perfil de un inquilino real, y el propio inquilino de espacio aislado se guarda entre ejecuciones en $XDG_DATA_HOME/leap-entra-setup/sandbox.</translation>
    </message>
    <message>
        <source>Tenant to prefill.</source>
        <translation>Inquilino que se rellena previamente.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>INQUILINO</translation>
    </message>
    <message>
        <source>Leap server to prefill.</source>
        <translation>Servidor Leap que se rellena previamente.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Unexpected arguments.</source>
        <translation>Argumentos inesperados.</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the commands and options.</source>
        <translation>Ejecute `%1 --help` para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>Support bundle written to %1.</source>
        <translation>Paquete de soporte escrito en %1.</translation>
    </message>
    <message>
        <source>--%1 is not an option.</source>
        <translation>--%1 no es una opción.</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the options.</source>
        <translation>Ejecute `%1 --help` para ver las opciones.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>«%1» no es un comando.</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the commands.</source>
        <translation>Ejecute `%1 --help` para ver los comandos.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2.</source>
        <translation>Argumento inesperado «%1» después de %2.</translation>
    </message>
    <message>
        <source>Give option values with their option, e.g. --tenant contoso.onmicrosoft.com.</source>
        <translation>Indique los valores junto con su opción, p. ej., --tenant contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 no admite --%2.</translation>
    </message>
    <message>
        <source>Run `%1 %2 --help` for its options.</source>
        <translation>Ejecute `%1 %2 --help` para ver sus opciones.</translation>
    </message>
    <message>
        <source>Compare the saved profile with the live tenant: application, secrets and days left, permissions and consent, drift.</source>
        <translation>Comparar el perfil guardado con el inquilino real: aplicación, secretos y días restantes, permisos y consentimiento, desviaciones.</translation>
    </message>
    <message>
        <source>Remove older secrets from the application and the keychain.</source>
        <translation>Quitar los secretos anteriores de la aplicación y del llavero.</translation>
    </message>
    <message>
        <source>The key id of the secret to retire.</source>
        <translation>El id. de clave del secreto que se retira.</translation>
    </message>
    <message>
        <source>Retire every secret of this profile except the current one.</source>
        <translation>Retirar todos los secretos de este perfil excepto el actual.</translation>
    </message>
    <message>
        <source>Also retire the current or only valid secret, without proving the current one first.</source>
        <translation>Retirar también el secreto actual o el único válido, sin comprobar antes el actual.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>No existe ningún perfil «%1».</translation>
    </message>
    <message>
        <source>Run configure first.</source>
        <translation>Ejecute primero configure.</translation>
    </message>
    <message>
        <source>Run configure first, or pick one of: %1.</source>
        <translation>Ejecute primero configure o elija uno de estos: %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application yet.</source>
        <translation>El perfil «%1» aún no tiene aplicación.</translation>
    </message>
    <message>
        <source>Run configure to finish the setup.</source>
        <translation>Ejecute configure para terminar la configuración.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>El perfil «%1» es para la nube %2.</translation>
    </message>
    <message>
        <source>Leave out --cloud, or pick the profile of that cloud.</source>
        <translation>Omita --cloud o elija el perfil de esa nube.</translation>
    </message>
    <message>
        <source>Prove the stored secret works: a client-credentials token, then Graph reads of users and groups.</source>
        <translation>Comprobar que el secreto guardado funciona: un token con credenciales de cliente y después lecturas de usuarios y grupos en Graph.</translation>
    </message>
    <message>
        <source>How long to keep retrying while a new secret or consent replicates (default 120).</source>
        <translation>Cuánto tiempo se reintenta mientras se replica un secreto o consentimiento nuevo (predeterminado: 120).</translation>
    </message>
    <message>
        <source>Saved configuration to use, one per Leap environment (default: &quot;default&quot;).</source>
        <translation>Configuración guardada que se usará, una por entorno de Leap (predeterminada: «default»).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>National cloud: global, usgov, usgov-dod or china.</source>
        <translation>Nube nacional: global, usgov, usgov-dod o china.</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>NUBE</translation>
    </message>
    <message>
        <source>Override the login host (https; plain http only for loopback).</source>
        <translation>Invalidar el host de inicio de sesión (https; http sin cifrar solo para bucle invertido).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Override the Microsoft Graph root (https; plain http only for loopback).</source>
        <translation>Invalidar la raíz de Microsoft Graph (https; http sin cifrar solo para bucle invertido).</translation>
    </message>
    <message>
        <source>How the administrator signs in: device-code (default) or browser.</source>
        <translation>Cómo inicia sesión el administrador: device-code (predeterminado) o browser.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>Public client used to sign the administrator in (default: Microsoft Graph Command Line Tools).</source>
        <translation>Cliente público con el que inicia sesión el administrador (predeterminado: Microsoft Graph Command Line Tools).</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Use the built-in offline sandbox tenant; nothing reaches Microsoft. Sandbox profiles are kept apart from real ones (in a &quot;sandbox&quot; subdirectory of the profile directory).</source>
        <translation>Usar el inquilino de espacio aislado sin conexión integrado; nada llega a Microsoft. Los perfiles del espacio aislado se guardan aparte de los reales (en un subdirectorio «sandbox» del directorio de perfiles).</translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON document on stdout.</source>
        <translation>Salida legible por máquina: un documento JSON en stdout.</translation>
    </message>
    <message>
        <source>More log lines on stderr (always redacted).</source>
        <translation>Más líneas de registro en stderr (siempre censuradas).</translation>
    </message>
    <message>
        <source>Language of messages, e.g. de or pt_BR.</source>
        <translation>Idioma de los mensajes, p. ej., de o pt_BR.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>When the command ends, write a support bundle (redacted log with Graph request-ids, profile, versions; never a secret) to FILE, mode 0600.</source>
        <translation>Al terminar el comando, escribir un paquete de soporte (registro censurado con los id. de solicitud de Graph, perfil, versiones; nunca un secreto) en ARCHIVO, modo 0600.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>Mostrar la ayuda (para un comando: COMANDO --help).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 se indicó más de una vez.</translation>
    </message>
    <message>
        <source>Give it once.</source>
        <translation>Indíquelo una sola vez.</translation>
    </message>
    <message>
        <source>--cloud &quot;%1&quot; is not a known cloud.</source>
        <translation>--cloud «%1» no es una nube conocida.</translation>
    </message>
    <message>
        <source>Use global, usgov, usgov-dod or china.</source>
        <translation>Use global, usgov, usgov-dod o china.</translation>
    </message>
    <message>
        <source>--sign-in &quot;%1&quot; is not a sign-in method.</source>
        <translation>--sign-in «%1» no es un método de inicio de sesión.</translation>
    </message>
    <message>
        <source>Use device-code or browser.</source>
        <translation>Use device-code o browser.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code.</source>
        <translation>--lang «%1» no es un código de idioma.</translation>
    </message>
    <message>
        <source>Use a code such as en, de or pt_BR.</source>
        <translation>Use un código como en, de o pt_BR.</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name.</source>
        <translation>--support-bundle necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Give the file to write, e.g. --support-bundle leap-support.json.</source>
        <translation>Indique el archivo que se escribirá, p. ej., --support-bundle leap-support.json.</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --authority, --graph or --cloud.</source>
        <translation>--sandbox no se puede combinar con --authority, --graph ni --cloud.</translation>
    </message>
    <message>
        <source>Drop --sandbox to use a real tenant, or drop the other options.</source>
        <translation>Quite --sandbox para usar un inquilino real o quite las demás opciones.</translation>
    </message>
    <message>
        <source>Add a new secret, store it, make it current; the old one stays valid until retired.</source>
        <translation>Agregar un secreto nuevo, guardarlo y convertirlo en el actual; el anterior sigue siendo válido hasta que se retire.</translation>
    </message>
    <message>
        <source>Description of the new client secret (default &quot;Leap &lt;date&gt;&quot;).</source>
        <translation>Descripción del nuevo secreto de cliente (predeterminada: «Leap &lt;fecha&gt;»).</translation>
    </message>
    <message>
        <source>Lifetime in days: 90, 180 (default), 365, 545 or 730, or any number up to 730.</source>
        <translation>Duración en días: 90, 180 (predeterminado), 365, 545 o 730, o cualquier número hasta 730.</translation>
    </message>
    <message>
        <source>The configuration summary: json, markdown, html, pdf, liberty, properties or helm.</source>
        <translation>El resumen de la configuración: json, markdown, html, pdf, liberty, properties o helm.</translation>
    </message>
    <message>
        <source>json, markdown, html, pdf, liberty, properties or helm.</source>
        <translation>json, markdown, html, pdf, liberty, properties o helm.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribir en ARCHIVO en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Include the client secret value (json, liberty, helm); only with --output, into a file readable by you only.</source>
        <translation>Incluir el valor del secreto de cliente (json, liberty, helm); solo con --output, en un archivo que solo usted puede leer.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservar</translation>
    </message>
    <message>
        <source>Register HCL Leap, create its client secret and grant the permissions (idempotent; --dry-run shows the plan).</source>
        <translation>Registrar HCL Leap, crear su secreto de cliente y conceder los permisos (idempotente; --dry-run muestra el plan).</translation>
    </message>
    <message>
        <source>Tenant ID (GUID) or verified domain, e.g. contoso.onmicrosoft.com.</source>
        <translation>Id. de inquilino (GUID) o dominio comprobado, p. ej., contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Host name of the Leap server with an optional port, e.g. leap.example.com:9443.</source>
        <translation>Nombre de host del servidor Leap con un puerto opcional, p. ej., leap.example.com:9443.</translation>
    </message>
    <message>
        <source>Display name of the application (default: &quot;HCL Leap (HOST)&quot;).</source>
        <translation>Nombre para mostrar de la aplicación (predeterminado: «HCL Leap (HOST)»).</translation>
    </message>
    <message>
        <source>Description of the client secret.</source>
        <translation>Descripción del secreto de cliente.</translation>
    </message>
    <message>
        <source>Lifetime of the client secret in days, 1 to 730 (default: 180).</source>
        <translation>Duración del secreto de cliente en días, de 1 a 730 (predeterminada: 180).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>Leap credential alias (default: azureAlias).</source>
        <translation>Alias de credencial de Leap (predeterminado: azureAlias).</translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation>ALIAS</translation>
    </message>
    <message>
        <source>Print the plan (what exists, what would be created or changed) and change nothing.</source>
        <translation>Mostrar el plan (lo que existe, lo que se crearía o cambiaría) sin cambiar nada.</translation>
    </message>
    <message>
        <source>Do not grant admin consent; print the consent address to hand to an administrator who holds the role.</source>
        <translation>No conceder consentimiento de administrador; mostrar la dirección de consentimiento para pasarla a un administrador que tenga el rol.</translation>
    </message>
</context>
<context>
    <name>leap::cli::ConfigureCommand</name>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 se indicó más de una vez.</translation>
    </message>
    <message>
        <source>Give it once.</source>
        <translation>Indíquelo una sola vez.</translation>
    </message>
    <message>
        <source>--tenant is required.</source>
        <translation>--tenant es obligatorio.</translation>
    </message>
    <message>
        <source>Give the tenant ID or a verified domain, e.g. --tenant contoso.onmicrosoft.com.</source>
        <translation>Indique el identificador del inquilino o un dominio comprobado, p. ej., --tenant contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>--leap-host is required.</source>
        <translation>--leap-host es obligatorio.</translation>
    </message>
    <message>
        <source>Give the host name of the Leap server, e.g. --leap-host leap.example.com.</source>
        <translation>Indique el nombre de host del servidor Leap, p. ej., --leap-host leap.example.com.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the Leap server %2, not %3.</source>
        <translation>El perfil «%1» es para el servidor Leap %2, no para %3.</translation>
    </message>
    <message>
        <source>Use another profile for another Leap environment (--profile NAME), or run `forget` first.</source>
        <translation>Use otro perfil para otro entorno de Leap (--profile NOMBRE) o ejecute primero `forget`.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>El perfil «%1» es para la nube %2.</translation>
    </message>
    <message>
        <source>Use another profile (--profile NAME) for another cloud.</source>
        <translation>Use otro perfil (--profile NOMBRE) para otra nube.</translation>
    </message>
    <message>
        <source>The sign-in did not say which tenant it belongs to.</source>
        <translation>El inicio de sesión no indicó a qué inquilino pertenece.</translation>
    </message>
    <message>
        <source>Give the tenant ID (a GUID) with --tenant.</source>
        <translation>Indique el identificador del inquilino (un GUID) con --tenant.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; belongs to another tenant than %2.</source>
        <translation>El perfil «%1» pertenece a un inquilino distinto de %2.</translation>
    </message>
    <message>
        <source>Use another profile for another tenant (--profile NAME), or run `forget` first.</source>
        <translation>Use otro perfil para otro inquilino (--profile NOMBRE) o ejecute primero `forget`.</translation>
    </message>
    <message>
        <source>the profile has no client secret yet</source>
        <translation>el perfil aún no tiene secreto de cliente</translation>
    </message>
    <message>
        <source>the current client secret %1 has expired</source>
        <translation>el secreto de cliente actual %1 ha expirado</translation>
    </message>
    <message>
        <source>the current client secret %1 is no longer on the application</source>
        <translation>el secreto de cliente actual %1 ya no está en la aplicación</translation>
    </message>
    <message>
        <source>the value of the current client secret %1 is not in the keychain</source>
        <translation>el valor del secreto de cliente actual %1 no está en el llavero</translation>
    </message>
    <message>
        <source>Keep the current client secret %1 (in the keychain).</source>
        <translation>Conservar el secreto de cliente actual %1 (en el llavero).</translation>
    </message>
    <message>
        <source>Create the client secret &quot;%1&quot; valid for %2 days and store it in the keychain (%3).</source>
        <translation>Crear el secreto de cliente «%1» válido durante %2 días y guardarlo en el llavero (%3).</translation>
    </message>
    <message>
        <source>Create the client secret &quot;%1&quot; valid for %2 days and store it in the keychain.</source>
        <translation>Crear el secreto de cliente «%1» válido durante %2 días y guardarlo en el llavero.</translation>
    </message>
    <message>
        <source>Grant no admin consent (--no-admin-consent).</source>
        <translation>No conceder consentimiento de administrador (--no-admin-consent).</translation>
    </message>
    <message>
        <source>Keep the admin consent for %1.</source>
        <translation>Conservar el consentimiento de administrador para %1.</translation>
    </message>
    <message>
        <source>Grant admin consent for %1.</source>
        <translation>Conceder consentimiento de administrador para %1.</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 (%2).</source>
        <translation>Conceder consentimiento de administrador para %1 (%2).</translation>
    </message>
    <message>
        <source>Plan for the Leap server %1 in tenant %2 (dry run: nothing is changed):</source>
        <translation>Plan para el servidor Leap %1 en el inquilino %2 (simulación: no se cambia nada):</translation>
    </message>
    <message>
        <source>Run configure without --dry-run to make these changes.</source>
        <translation>Ejecute configure sin --dry-run para aplicar estos cambios.</translation>
    </message>
    <message>
        <source>Everything is already in place.</source>
        <translation>Todo está ya listo.</translation>
    </message>
    <message>
        <source>Step 1 of 3: registering the application…</source>
        <translation>Paso 1 de 3: registrando la aplicación…</translation>
    </message>
    <message>
        <source>Step 2 of 3: the client secret; step 3 (consent) is skipped…</source>
        <translation>Paso 2 de 3: el secreto de cliente; se omite el paso 3 (consentimiento)…</translation>
    </message>
    <message>
        <source>Steps 2 and 3 of 3: the client secret, the permissions and admin consent…</source>
        <translation>Pasos 2 y 3 de 3: el secreto de cliente, los permisos y el consentimiento de administrador…</translation>
    </message>
    <message>
        <source>%1 has admin consent.</source>
        <translation>%1 tiene consentimiento de administrador.</translation>
    </message>
    <message>
        <source>%1 has no admin consent yet.</source>
        <translation>%1 aún no tiene consentimiento de administrador.</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Id. de aplicación (cliente):    %1</translation>
    </message>
    <message>
        <source>Directory (tenant) ID:   %1</source>
        <translation>Id. de directorio (inquilino):  %1</translation>
    </message>
    <message>
        <source>Redirect URI:            %1</source>
        <translation>URI de redirección:             %1</translation>
    </message>
    <message>
        <source>Client secret:           %1 &quot;%2&quot;, until %3, in the keychain under %4</source>
        <translation>Secreto de cliente:             %1 «%2», hasta el %3, en el llavero como %4</translation>
    </message>
    <message>
        <source>Credential alias:        %1</source>
        <translation>Alias de credencial:            %1</translation>
    </message>
    <message>
        <source>Admin consent is still missing. Hand this address to a Privileged Role Administrator or Global Administrator: %1</source>
        <translation>Aún falta el consentimiento de administrador. Pase esta dirección a un Administrador de roles con privilegios o a un Administrador global: %1</translation>
    </message>
    <message>
        <source>Done: all three steps are in place.</source>
        <translation>Listo: los tres pasos están completos.</translation>
    </message>
    <message>
        <source>Everything is already in place; nothing was changed.</source>
        <translation>Todo está ya listo; no se cambió nada.</translation>
    </message>
    <message>
        <source>the application is new</source>
        <translation>la aplicación es nueva</translation>
    </message>
    <message>
        <source>The client secret %1 is current and in the keychain.</source>
        <translation>El secreto de cliente %1 es el actual y está en el llavero.</translation>
    </message>
    <message>
        <source>Created the client secret %1 &quot;%2&quot; and stored it in the keychain (%3).</source>
        <translation>Se creó el secreto de cliente %1 «%2» y se guardó en el llavero (%3).</translation>
    </message>
</context>
<context>
    <name>leap::cli::Context</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2</source>
        <translation>Para iniciar sesión, abra %1 en un explorador y escriba el código %2</translation>
    </message>
    <message>
        <source>Sign in in the browser; if it did not open, open this address: %1</source>
        <translation>Inicie sesión en el explorador; si no se abrió, abra esta dirección: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>advertencia: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
</context>
<context>
    <name>leap::cli::ExportCommand</name>
    <message>
        <source>Name the export format.</source>
        <translation>Indique el formato de exportación.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Formato de exportación desconocido «%1».</translation>
    </message>
    <message>
        <source>Use --format with one of: %1.</source>
        <translation>Use --format con uno de estos: %1.</translation>
    </message>
    <message>
        <source>The %1 format never contains the client secret.</source>
        <translation>El formato %1 nunca contiene el secreto de cliente.</translation>
    </message>
    <message>
        <source>Use --include-secret with json, liberty or helm.</source>
        <translation>Use --include-secret con json, liberty o helm.</translation>
    </message>
    <message>
        <source>The client secret is never written to a terminal.</source>
        <translation>El secreto de cliente nunca se escribe en un terminal.</translation>
    </message>
    <message>
        <source>The client secret is written only into a file named with --output.</source>
        <translation>El secreto de cliente solo se escribe en un archivo indicado con --output.</translation>
    </message>
    <message>
        <source>Add --output FILE; the file is created readable by you only (mode 0600).</source>
        <translation>Agregue --output ARCHIVO; el archivo se crea de modo que solo usted pueda leerlo (modo 0600).</translation>
    </message>
    <message>
        <source>A PDF is not something to print on a terminal.</source>
        <translation>Un PDF no es algo que se muestre en un terminal.</translation>
    </message>
    <message>
        <source>Add --output FILE.pdf.</source>
        <translation>Agregue --output ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>The profile has no current client secret.</source>
        <translation>El perfil no tiene un secreto de cliente actual.</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Cree uno con `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain.</source>
        <translation>El valor del secreto de cliente actual %1 no está en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Export on the computer that created it, or create a new one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Exporte desde el equipo que lo creó o cree uno nuevo con `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)%3.</source>
        <translation>Se escribió %1 (%2)%3.</translation>
    </message>
    <message>
        <source>, with the client secret, mode 0600</source>
        <translation>, con el secreto de cliente, modo 0600</translation>
    </message>
</context>
<context>
    <name>leap::cli::ForgetCommand</name>
    <message>
        <source>There is no profile &quot;%1&quot;; nothing to forget.</source>
        <translation>No existe ningún perfil «%1»; no hay nada que olvidar.</translation>
    </message>
    <message>
        <source>Could not remove the client secret %1 from the keychain: %2</source>
        <translation>No se pudo quitar el secreto de cliente %1 del llavero: %2</translation>
    </message>
    <message>
        <source>Unlock the keychain and run forget again; the profile was kept.</source>
        <translation>Desbloquee el llavero y vuelva a ejecutar forget; se conservó el perfil.</translation>
    </message>
    <message>
        <source>Removed client secret %1 (&quot;%2&quot;) from the keychain.</source>
        <translation>Se quitó el secreto de cliente %1 («%2») del llavero.</translation>
    </message>
    <message>
        <source>Removed the cached sign-in of tenant %1 from the keychain.</source>
        <translation>Se quitó del llavero el inicio de sesión en caché del inquilino %1.</translation>
    </message>
    <message>
        <source>The profile could not be read (%1); its keychain entries, if any, are left in place.</source>
        <translation>No se pudo leer el perfil (%1); sus entradas del llavero, si las hay, se conservan.</translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation>Se quitó el perfil %1.</translation>
    </message>
    <message>
        <source>Nothing was changed in the tenant; the application and its secrets remain there.</source>
        <translation>No se cambió nada en el inquilino; la aplicación y sus secretos siguen allí.</translation>
    </message>
</context>
<context>
    <name>leap::cli::RetireSecretCommand</name>
    <message>
        <source>Say which secrets to retire: --key-id KEY or --all-but-current (one of them).</source>
        <translation>Indique qué secretos se deben retirar: --key-id CLAVE o --all-but-current (uno de los dos).</translation>
    </message>
    <message>
        <source>`status` lists the secrets and their key ids.</source>
        <translation>`status` muestra los secretos y sus id. de clave.</translation>
    </message>
    <message>
        <source>No secret to retire: only the current one is left.</source>
        <translation>No hay ningún secreto que retirar: solo queda el actual.</translation>
    </message>
    <message>
        <source>Retired client secret %1: removed from the application and the keychain.</source>
        <translation>Se retiró el secreto de cliente %1: se quitó de la aplicación y del llavero.</translation>
    </message>
    <message>
        <source>Kept %1 (&quot;%2&quot;)%3, valid until %4.</source>
        <translation>Se conservó %1 («%2»)%3, válido hasta el %4.</translation>
    </message>
    <message>
        <source>, current</source>
        <translation>, actual</translation>
    </message>
    <message>
        <source>Left alone: %1 (&quot;%2&quot;) on the application was not created by this profile; retire it with --key-id %1 if nobody uses it.</source>
        <translation>Sin tocar: %1 («%2») de la aplicación no lo creó este perfil; retírelo con --key-id %1 si nadie lo usa.</translation>
    </message>
</context>
<context>
    <name>leap::cli::RotateSecretCommand</name>
    <message>
        <source>error: the new secret was stored and is current, but it could not be proven yet: %1</source>
        <translation>error: el secreto nuevo se guardó y es el actual, pero aún no se pudo comprobar: %1</translation>
    </message>
    <message>
        <source>New client secret %1 (&quot;%2&quot;, hint %3…), valid until %4, is now current and stored in the keychain (service %5, key %6).</source>
        <translation>El nuevo secreto de cliente %1 («%2», pista %3…), válido hasta el %4, es ahora el actual y está guardado en el llavero (servicio %5, clave %6).</translation>
    </message>
    <message>
        <source>Verified: it gets a token with %1 and reads users and groups.</source>
        <translation>Comprobado: obtiene un token con %1 y lee usuarios y grupos.</translation>
    </message>
    <message>
        <source>The older secret %1 (&quot;%2&quot;) stays valid until you retire it.</source>
        <translation>El secreto anterior %1 («%2») sigue siendo válido hasta que lo retire.</translation>
    </message>
    <message>
        <source>Put the new value into Leap now:</source>
        <translation>Configure ahora el valor nuevo en Leap:</translation>
    </message>
    <message>
        <source>  WebSphere: in the J2C alias &quot;%1&quot; set the password to the new secret value (the user id stays %2), on each node, then restart Leap. Leap_config.properties does not change.</source>
        <translation>  WebSphere: en el alias J2C «%1», establezca como contraseña el nuevo valor del secreto (el id. de usuario sigue siendo %2) en cada nodo y después reinicie Leap. Leap_config.properties no cambia.</translation>
    </message>
    <message>
        <source>  Kubernetes: replace the secret, then restart the Leap pods:</source>
        <translation>  Kubernetes: reemplace el secreto y después reinicie los pods de Leap:</translation>
    </message>
    <message>
        <source>  The value: `leap-entra-setup --profile %1 export --format helm --include-secret --output FILE` writes it into a private file.</source>
        <translation>  El valor: `leap-entra-setup --profile %1 export --format helm --include-secret --output FILE` lo escribe en un archivo privado.</translation>
    </message>
    <message>
        <source>When Leap signs in with the new secret, retire the old one: `leap-entra-setup --profile %1 retire-secret --all-but-current`.</source>
        <translation>Cuando Leap inicie sesión con el secreto nuevo, retire el anterior: `leap-entra-setup --profile %1 retire-secret --all-but-current`.</translation>
    </message>
</context>
<context>
    <name>leap::cli::StatusCommand</name>
    <message>
        <source>Run configure first.</source>
        <translation>Ejecute primero configure.</translation>
    </message>
    <message>
        <source>Run configure first, or pick one of: %1.</source>
        <translation>Ejecute primero configure o elija uno de estos: %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no tenant yet.</source>
        <translation>El perfil «%1» aún no tiene inquilino.</translation>
    </message>
    <message>
        <source>Run configure to finish the setup.</source>
        <translation>Ejecute configure para terminar la configuración.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>El perfil «%1» es para la nube %2.</translation>
    </message>
    <message>
        <source>Leave out --cloud, or pick the profile of that cloud.</source>
        <translation>Omita --cloud o elija el perfil de esa nube.</translation>
    </message>
    <message>
        <source>The sign-in is for another tenant than the profile&apos;s (%1).</source>
        <translation>El inicio de sesión es de un inquilino distinto del del perfil (%1).</translation>
    </message>
    <message>
        <source>Sign in with an account of that tenant.</source>
        <translation>Inicie sesión con una cuenta de ese inquilino.</translation>
    </message>
    <message>
        <source>The old client secret %1 has expired. Fix: retire-secret --key-id %1.</source>
        <translation>El secreto de cliente anterior %1 ha expirado. Solución: retire-secret --key-id %1.</translation>
    </message>
    <message>
        <source>Profile:        %1 (cloud: %2)</source>
        <translation>Perfil:              %1 (nube: %2)</translation>
    </message>
    <message>
        <source>Tenant:         %1%2</source>
        <translation>Inquilino:           %1%2</translation>
    </message>
    <message>
        <source>Leap server:    %1</source>
        <translation>Servidor Leap:       %1</translation>
    </message>
    <message>
        <source>Redirect URI:   %1</source>
        <translation>URI de redirección:  %1</translation>
    </message>
    <message>
        <source>Application:    %1 — %2</source>
        <translation>Aplicación:          %1 — %2</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>MISSING from the tenant</source>
        <translation>FALTA en el inquilino</translation>
    </message>
    <message>
        <source>  Application (client) ID: %1</source>
        <translation>  Id. de aplicación (cliente): %1</translation>
    </message>
    <message>
        <source>  Object ID:               %1</source>
        <translation>  Id. de objeto:               %1</translation>
    </message>
    <message>
        <source>  Service principal ID:    %1</source>
        <translation>  Id. de entidad de servicio:  %1</translation>
    </message>
    <message>
        <source>Client secrets:</source>
        <translation>Secretos de cliente:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (ninguno)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>en el llavero</translation>
    </message>
    <message>
        <source>not in keychain</source>
        <translation>no está en el llavero</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRADO</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions (Microsoft Graph):</source>
        <translation>Permisos (Microsoft Graph):</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Delegated  </source>
        <translation>Delegado  </translation>
    </message>
    <message>
        <source>admin consent granted</source>
        <translation>consentimiento de administrador concedido</translation>
    </message>
    <message>
        <source>NO admin consent</source>
        <translation>SIN consentimiento de administrador</translation>
    </message>
    <message>
        <source>Leap properties:</source>
        <translation>Propiedades de Leap:</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (--profile).</source>
        <translation>No existe ningún perfil «%1» (--profile).</translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation>%1 Solución: %2</translation>
    </message>
</context>
<context>
    <name>leap::cli::VerifyCommand</name>
    <message>
        <source>The profile &quot;%1&quot; has no current client secret.</source>
        <translation>El perfil «%1» no tiene un secreto de cliente actual.</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Cree uno con `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 900.</source>
        <translation>--wait admite un número de segundos de 0 a 900.</translation>
    </message>
    <message>
        <source>For example --wait 120 (the default).</source>
        <translation>Por ejemplo, --wait 120 (el valor predeterminado).</translation>
    </message>
    <message>
        <source>Verifying client secret %1 of application %2…</source>
        <translation>Comprobando el secreto de cliente %1 de la aplicación %2…</translation>
    </message>
    <message>
        <source>Verified: the client secret %1 gets a token for application %2 with the roles %3.</source>
        <translation>Comprobado: el secreto de cliente %1 obtiene un token para la aplicación %2 con los roles %3.</translation>
    </message>
    <message>
        <source>Read the user &quot;%1&quot; and the group &quot;%2&quot; from Microsoft Graph with it, as Leap will.</source>
        <translation>Con él se leyeron el usuario «%1» y el grupo «%2» de Microsoft Graph, como hará Leap.</translation>
    </message>
    <message>
        <source>(the tenant has none)</source>
        <translation>(el inquilino no tiene ninguno)</translation>
    </message>
</context>
<context>
    <name>leap::exporter</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>expired: rotate the secret now</source>
        <translation>expirado: renueve el secreto ahora</translation>
    </message>
    <message>
        <source>%1 days left: rotate soon</source>
        <translation>quedan %1 días: renuévelo pronto</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>quedan %1 días</translation>
    </message>
    <message>
        <source>HCL Leap and Microsoft Entra ID: configuration summary</source>
        <translation>HCL Leap y Microsoft Entra ID: resumen de la configuración</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, generated %2.</source>
        <translation>Perfil «%1», generado el %2.</translation>
    </message>
    <message>
        <source>Set up by %1 on %2.</source>
        <translation>Configurado por %1 el %2.</translation>
    </message>
    <message>
        <source>an unknown administrator</source>
        <translation>un administrador desconocido</translation>
    </message>
    <message>
        <source>Last changed %1.</source>
        <translation>Última modificación: %1.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Id. de inquilino</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Id. de objeto</translation>
    </message>
    <message>
        <source>Service principal ID</source>
        <translation>Id. de entidad de servicio</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Leap server</source>
        <translation>Servidor Leap</translation>
    </message>
    <message>
        <source>Credential alias</source>
        <translation>Alias de credencial</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Admin consent</source>
        <translation>Consentimiento de administrador</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>concedido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Admin consent is missing for at least one permission: run `leap-entra-setup --profile %1 configure` as a Privileged Role Administrator or Global Administrator.</source>
        <translation>Falta el consentimiento de administrador para al menos un permiso: ejecute `leap-entra-setup --profile %1 configure` como Administrador de roles con privilegios o Administrador global.</translation>
    </message>
    <message>
        <source>Client secrets</source>
        <translation>Secretos de cliente</translation>
    </message>
    <message>
        <source>No client secret is recorded for this profile.</source>
        <translation>No hay ningún secreto de cliente registrado para este perfil.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Id. de clave</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>En el llavero</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Secret values are never part of this summary. The current value is kept in this computer&apos;s keychain (service &quot;leap-entra-setup&quot;). Before it expires, run `%1`, update Leap, then retire the old secret with `leap-entra-setup --profile %2 retire-secret --all-but-current`.</source>
        <translation>Los valores de los secretos nunca forman parte de este resumen. El valor actual se guarda en el llavero de este equipo (servicio «leap-entra-setup»). Antes de que expire, ejecute `%1`, actualice Leap y después retire el secreto anterior con `leap-entra-setup --profile %2 retire-secret --all-but-current`.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Puntos de conexión</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>OpenID Connect discovery</source>
        <translation>Detección de OpenID Connect</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Punto de conexión de token</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>What to do in Leap next</source>
        <translation>Próximos pasos en Leap</translation>
    </message>
    <message>
        <source>WebSphere</source>
        <translation>WebSphere</translation>
    </message>
    <message>
        <source>On every node of the cluster, add these three lines to `Leap_config.properties` in Leap&apos;s extensions directory: `/opt/HCL/Leap/extensions` on Linux and AIX, `C:/HCL/Leap/extensions` on Windows (or the directory set by `extensions=` in `fsp.properties` or `-Dfsp.extensions.dirs`).</source>
        <translation>En cada nodo del clúster, agregue estas tres líneas a `Leap_config.properties` en el directorio de extensiones de Leap: `/opt/HCL/Leap/extensions` en Linux y AIX, `C:/HCL/Leap/extensions` en Windows (o el directorio definido por `extensions=` en `fsp.properties` o por `-Dfsp.extensions.dirs`).</translation>
    </message>
    <message>
        <source>Create a J2C authentication alias named `%1`: user id = the Application (client) ID `%2`, password = the client secret value.</source>
        <translation>Cree un alias de autenticación J2C llamado `%1`: id. de usuario = el Id. de aplicación (cliente) `%2`, contraseña = el valor del secreto de cliente.</translation>
    </message>
    <message>
        <source>Restart Leap on each node.</source>
        <translation>Reinicie Leap en cada nodo.</translation>
    </message>
    <message>
        <source>Kubernetes (Helm)</source>
        <translation>Kubernetes (Helm)</translation>
    </message>
    <message>
        <source>Create the Kubernetes secret with the Application (client) ID and the client secret value:</source>
        <translation>Cree el secreto de Kubernetes con el Id. de aplicación (cliente) y el valor del secreto de cliente:</translation>
    </message>
    <message>
        <source>Add the Helm values (`configuration.leap`: leapProperties, customSecrets and the Liberty sign-in block in configOverrideFiles) and run `helm upgrade`. `leap-entra-setup --profile %1 export --format helm` writes them.</source>
        <translation>Agregue los valores de Helm (`configuration.leap`: leapProperties, customSecrets y el bloque de inicio de sesión de Liberty en configOverrideFiles) y ejecute `helm upgrade`. `leap-entra-setup --profile %1 export --format helm` los escribe.</translation>
    </message>
    <message>
        <source>Sign-in with OpenID Connect (Liberty server.xml)</source>
        <translation>Inicio de sesión con OpenID Connect (Liberty server.xml)</translation>
    </message>
    <message>
        <source>HCL Leap and Microsoft Entra ID: %1</source>
        <translation>HCL Leap y Microsoft Entra ID: %1</translation>
    </message>
    <message>
        <source>A PDF can only be written by a program with a QGuiApplication.</source>
        <translation>Un PDF solo lo puede escribir un programa con una QGuiApplication.</translation>
    </message>
    <message>
        <source>Export as HTML or Markdown instead, or report this as a bug.</source>
        <translation>Exporte en HTML o Markdown, o informe de esto como un error.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>No se pudo escribir el PDF.</translation>
    </message>
    <message>
        <source>Export as HTML or Markdown instead.</source>
        <translation>Exporte en HTML o Markdown.</translation>
    </message>
    <message>
        <source>The %1 format never contains the client secret.</source>
        <translation>El formato %1 nunca contiene el secreto de cliente.</translation>
    </message>
    <message>
        <source>Use --include-secret with json, liberty or helm, or leave it out.</source>
        <translation>Use --include-secret con json, liberty o helm, u omítalo.</translation>
    </message>
    <message>
        <source>The client secret value is not available from the keychain.</source>
        <translation>El valor del secreto de cliente no está disponible en el llavero.</translation>
    </message>
    <message>
        <source>Unlock the keychain, or rotate the secret to create a new one.</source>
        <translation>Desbloquee el llavero o renueve el secreto para crear uno nuevo.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Formato de exportación desconocido.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no current client secret with an expiry date.</source>
        <translation>El perfil «%1» no tiene un secreto de cliente actual con fecha de expiración.</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Cree uno con `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>The current client secret expired on %1.</source>
        <translation>El secreto de cliente actual expiró el %1.</translation>
    </message>
    <message>
        <source>Rotate it now: `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>Renuévelo ahora: `leap-entra-setup --profile %1 rotate-secret`.</translation>
    </message>
    <message>
        <source>Rotate the HCL Leap client secret (profile %1)</source>
        <translation>Renovar el secreto de cliente de HCL Leap (perfil %1)</translation>
    </message>
    <message>
        <source>The client secret &quot;%1&quot; (key ID %2) of the application &quot;%3&quot; (%4) in tenant %5 expires on %6. When it expires nobody can sign in to Leap.
1. Run: %7
2. Put the new value into Leap (Leap_config.properties J2C alias or the Kubernetes secret for &quot;%8&quot;).
3. Check it: leap-entra-setup --profile %9 verify
4. Retire the old secret: leap-entra-setup --profile %9 retire-secret --all-but-current</source>
        <translation>El secreto de cliente «%1» (id. de clave %2) de la aplicación «%3» (%4) del inquilino %5 expira el %6. Cuando expire, nadie podrá iniciar sesión en Leap.
1. Ejecute: %7
2. Configure el valor nuevo en Leap (alias J2C de Leap_config.properties o el secreto de Kubernetes para «%8»).
3. Compruébelo: leap-entra-setup --profile %9 verify
4. Retire el secreto anterior: leap-entra-setup --profile %9 retire-secret --all-but-current</translation>
    </message>
    <message>
        <source>Name a new file, for example in your home directory; it is created readable by you only (mode 0600).</source>
        <translation>Indique un archivo nuevo, por ejemplo en su directorio personal; se crea de modo que solo usted pueda leerlo (modo 0600).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the secret is written only to a plain file.</source>
        <translation>%1 es un vínculo simbólico; el secreto solo se escribe en un archivo normal.</translation>
    </message>
    <message>
        <source>%1 is a terminal or device; the client secret is never written to a terminal.</source>
        <translation>%1 es un terminal o dispositivo; el secreto de cliente nunca se escribe en un terminal.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 pertenece a otro usuario.</translation>
    </message>
    <message>
        <source>%1 already exists and others can read it (mode %2).</source>
        <translation>%1 ya existe y otros pueden leerlo (modo %2).</translation>
    </message>
    <message>
        <source>Remove the file or run `chmod 600` on it first, or name a new file.</source>
        <translation>Quite el archivo o ejecute antes `chmod 600` sobre él, o indique un archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 changed while it was being opened.</source>
        <translation>%1 cambió mientras se abría.</translation>
    </message>
    <message>
        <source>%1 could not be emptied: %2</source>
        <translation>No se pudo vaciar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>Compruebe que la carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <source>%1 is a terminal; the client secret is never written to a terminal.</source>
        <translation>%1 es un terminal; el secreto de cliente nunca se escribe en un terminal.</translation>
    </message>
    <message>
        <source>%1 could not be made private: %2</source>
        <translation>No se pudo hacer privado %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
    <message>
        <source>Check the free space and try again.</source>
        <translation>Compruebe el espacio libre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No output file was named.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>Add --output FILE.</source>
        <translation>Agregue --output ARCHIVO.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Check the path and your rights to write there.</source>
        <translation>Compruebe la ruta y sus permisos de escritura en ella.</translation>
    </message>
</context>
<context>
    <name>leap::translations</name>
    <message>
        <source>--lang &quot;%1&quot; is not an available language.</source>
        <translation>--lang «%1» no es un idioma disponible.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use uno de estos idiomas: %1.</translation>
    </message>
</context>
<context>
    <name>leap::ui::AccountLine</name>
    <message>
        <source>Signed-in account</source>
        <translation>Cuenta con sesión iniciada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 · tenant %2</source>
        <translation>Sesión iniciada como %1 · inquilino %2</translation>
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
        <translation>Configuración de Liberty (*.xml)</translation>
    </message>
    <message>
        <source>Properties (*.properties)</source>
        <translation>Archivo de propiedades (*.properties)</translation>
    </message>
    <message>
        <source>Helm values (*.yaml)</source>
        <translation>Valores de Helm (*.yaml)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>What Leap needs</source>
        <translation>Lo que Leap necesita</translation>
    </message>
    <message>
        <source>Save for Leap</source>
        <translation>Guardar para Leap</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>Leap configuration:</source>
        <translation>Configuración de Leap:</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Save the summary as JSON</source>
        <translation>Guardar el resumen como JSON</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the summary as Markdown</source>
        <translation>Guardar el resumen como Markdown</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <source>Leap p&amp;roperties…</source>
        <translation>P&amp;ropiedades de Leap…</translation>
    </message>
    <message>
        <source>Save the Leap_config.properties lines</source>
        <translation>Guardar las líneas de Leap_config.properties</translation>
    </message>
    <message>
        <source>&amp;Liberty server.xml…</source>
        <translation>&amp;Liberty server.xml…</translation>
    </message>
    <message>
        <source>Save the Liberty openidConnectClient snippet</source>
        <translation>Guardar el fragmento openidConnectClient de Liberty</translation>
    </message>
    <message>
        <source>&amp;Helm values…</source>
        <translation>Valores de &amp;Helm…</translation>
    </message>
    <message>
        <source>Save the Helm values</source>
        <translation>Guardar los valores de Helm</translation>
    </message>
    <message>
        <source>Calendar &amp;reminder…</source>
        <translation>&amp;Recordatorio de calendario…</translation>
    </message>
    <message>
        <source>Save a calendar reminder before the secret expires</source>
        <translation>Guardar un recordatorio de calendario antes de que expire el secreto</translation>
    </message>
    <message>
        <source>Secret expiry:</source>
        <translation>Expiración del secreto:</translation>
    </message>
    <message>
        <source>Retire the old secret</source>
        <translation>Retirar el secreto anterior</translation>
    </message>
    <message>
        <source>Leap now &amp;uses the new secret</source>
        <translation>Leap ya &amp;usa el secreto nuevo</translation>
    </message>
    <message>
        <source>Re&amp;tire old secrets</source>
        <translation>Re&amp;tirar los secretos anteriores</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>What Leap needs for profile %1.</source>
        <translation>Lo que Leap necesita para el perfil %1.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Checking that Leap&apos;s stored secret works.</source>
        <translation>Comprobando que funciona el secreto guardado de Leap.</translation>
    </message>
    <message>
        <source>The application and its secret are ready; consent is still missing.</source>
        <translation>La aplicación y su secreto están listos; aún falta el consentimiento.</translation>
    </message>
    <message>
        <source>HCL Leap is registered in Microsoft Entra ID.</source>
        <translation>HCL Leap está registrado en Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Leap, set the credential alias &lt;b&gt;%1&lt;/b&gt; to user ID (client ID) &lt;tt&gt;%2&lt;/tt&gt; and the secret&apos;s value from the keychain, then set &lt;tt&gt;tenantId&lt;/tt&gt; to &lt;tt&gt;%3&lt;/tt&gt;. The files below carry the details for WebSphere and Kubernetes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En Leap, establezca el alias de credencial &lt;b&gt;%1&lt;/b&gt; con el id. de usuario (id. de cliente) &lt;tt&gt;%2&lt;/tt&gt; y el valor del secreto del llavero, y después establezca &lt;tt&gt;tenantId&lt;/tt&gt; en &lt;tt&gt;%3&lt;/tt&gt;. Los archivos siguientes contienen los detalles para WebSphere y Kubernetes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Waiting for admin consent.&lt;/span&gt; Once someone with the role has accepted, open the wizard again and choose &lt;b&gt;Verify&lt;/b&gt;.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;Esperando el consentimiento de administrador.&lt;/span&gt; Cuando alguien con el rol lo haya aceptado, vuelva a abrir el asistente y elija &lt;b&gt;Comprobar&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Checking that the secret works for Leap…</source>
        <translation>Comprobando que el secreto funciona para Leap…</translation>
    </message>
    <message>
        <source>Checking that the secret works…</source>
        <translation>Comprobando que el secreto funciona…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008; Not verified.&lt;/span&gt; See below for the cause and the fix.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008; No comprobado.&lt;/span&gt; La causa y la solución aparecen abajo.</translation>
    </message>
    <message>
        <source>reading users works (the tenant has no groups to read)</source>
        <translation>la lectura de usuarios funciona (el inquilino no tiene grupos que leer)</translation>
    </message>
    <message>
        <source>reading users and groups works</source>
        <translation>la lectura de usuarios y grupos funciona</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004; Verified.&lt;/span&gt; The secret gets a token with %2, and %3.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004; Comprobado.&lt;/span&gt; El secreto obtiene un token con %2, y %3.</translation>
    </message>
    <message>
        <source>Update Leap first: set the password of credential alias %1 (WebSphere J2C alias, or the Kubernetes secret&apos;s %1_secret) to the new value from the keychain, and restart Leap. Then retire the old secret(s): %2.</source>
        <translation>Actualice primero Leap: establezca como contraseña del alias de credencial %1 (alias J2C de WebSphere, o %1_secret del secreto de Kubernetes) el valor nuevo del llavero y reinicie Leap. Después retire el secreto o los secretos anteriores: %2.</translation>
    </message>
    <message>
        <source>Retiring the old secrets…</source>
        <translation>Retirando los secretos anteriores…</translation>
    </message>
    <message numerus="yes">
        <source>Retired %n old secret(s); the application and the keychain now hold only the current one.</source>
        <translation>
            <numerusform>Se retiró %n secreto anterior; la aplicación y el llavero solo contienen ya el actual.</numerusform>
            <numerusform>Se retiraron %n secretos anteriores; la aplicación y el llavero solo contienen ya el actual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Save calendar reminder</source>
        <translation>Guardar recordatorio de calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1. Open it to add the reminder to your calendar.</source>
        <translation>Se guardó %1. Ábralo para agregar el recordatorio a su calendario.</translation>
    </message>
</context>
<context>
    <name>leap::ui::ErrorPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar los detalles técnicos</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the problem and its details</source>
        <translation>Copiar el problema y sus detalles</translation>
    </message>
    <message>
        <source>Copy the message and its technical details, e.g. for a support ticket</source>
        <translation>Copiar el mensaje y sus detalles técnicos, p. ej., para una incidencia de soporte</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Campo: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Hora: %1</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedPermissionsPage</name>
    <message>
        <source>Step 3 of 3: Add the permissions in the admin center</source>
        <translation>Paso 3 de 3: agregar los permisos en el Centro de administración</translation>
    </message>
    <message>
        <source>Leap needs two application permissions to read users and groups, and two delegated permissions to sign people in.</source>
        <translation>Leap necesita dos permisos de aplicación para leer usuarios y grupos, y dos permisos delegados para que las personas inicien sesión.</translation>
    </message>
    <message>
        <source>In your application, select API permissions &gt; Add a permission &gt; Microsoft Graph.</source>
        <translation>En la aplicación, seleccione Permisos de API &gt; Agregar un permiso &gt; Microsoft Graph.</translation>
    </message>
    <message>
        <source>&amp;Open API permissions</source>
        <translation>&amp;Abrir Permisos de API</translation>
    </message>
    <message>
        <source>Application permissions: search &quot;User.Read&quot;, select User.ReadBasic.All, and select Add permissions.</source>
        <translation>Permisos de aplicación: busque «User.Read», seleccione User.ReadBasic.All y, después, Agregar permisos.</translation>
    </message>
    <message>
        <source>Again Add a permission &gt; Microsoft Graph &gt; Application permissions: search &quot;Group&quot;, select Group.Read.All, and select Add permissions.</source>
        <translation>De nuevo, Agregar un permiso &gt; Microsoft Graph &gt; Permisos de aplicación: busque «Group», seleccione Group.Read.All y, después, Agregar permisos.</translation>
    </message>
    <message>
        <source>Again Add a permission &gt; Microsoft Graph &gt; Delegated permissions: under OpenId permissions select openid and profile, and select Add permissions.</source>
        <translation>De nuevo, Agregar un permiso &gt; Microsoft Graph &gt; Permisos delegados: en Permisos de OpenId, seleccione openid y profile y, después, Agregar permisos.</translation>
    </message>
    <message>
        <source>Select Grant admin consent for your tenant and confirm with Yes.</source>
        <translation>Seleccione Conceder consentimiento de administrador para su inquilino y confirme con Sí.</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedRegisterPage</name>
    <message>
        <source>Step 1 of 3: Register HCL Leap in the admin center</source>
        <translation>Paso 1 de 3: registrar HCL Leap en el Centro de administración</translation>
    </message>
    <message>
        <source>Tick each item when you have done it in the Microsoft Entra admin center.</source>
        <translation>Marque cada elemento cuando lo haya hecho en el Centro de administración Microsoft Entra.</translation>
    </message>
    <message>
        <source>In the admin center, go to Identity &gt; Applications &gt; App registrations and select New registration.</source>
        <translation>En el Centro de administración, vaya a Identidad &gt; Aplicaciones &gt; Registros de aplicaciones y seleccione Nuevo registro.</translation>
    </message>
    <message>
        <source>&amp;Open App registrations</source>
        <translation>&amp;Abrir Registros de aplicaciones</translation>
    </message>
    <message>
        <source>Name it as you like, for example the name on the right, and choose Accounts in this organizational directory only.</source>
        <translation>Asígnele el nombre que quiera, por ejemplo el de la derecha, y elija Solo cuentas de este directorio organizativo.</translation>
    </message>
    <message>
        <source>Under Redirect URI, choose Web and enter the address on the right.</source>
        <translation>En URI de redirección, elija Web y escriba la dirección de la derecha.</translation>
    </message>
    <message>
        <source>Copy &amp;redirect URI</source>
        <translation>Copiar el URI de &amp;redirección</translation>
    </message>
    <message>
        <source>Select Register. The overview shows the two IDs to paste below.</source>
        <translation>Seleccione Registrar. La información general muestra los dos identificadores que debe pegar abajo.</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>Id. de &amp;aplicación (cliente):</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>Id. de directorio (inquilino)</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>Id. de &amp;directorio (inquilino):</translation>
    </message>
    <message>
        <source>The Application (client) ID is a GUID such as 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35; copy it from the application&apos;s overview.</source>
        <translation>El Id. de aplicación (cliente) es un GUID como 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35; cópielo de la información general de la aplicación.</translation>
    </message>
    <message>
        <source>This is the Directory (tenant) ID. The Application (client) ID is the line above it on the overview.</source>
        <translation>Este es el Id. de directorio (inquilino). El Id. de aplicación (cliente) está en la línea anterior de la información general.</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID is a GUID; copy it from the application&apos;s overview.</source>
        <translation>El Id. de directorio (inquilino) es un GUID; cópielo de la información general de la aplicación.</translation>
    </message>
    <message>
        <source>Cop&amp;y name</source>
        <translation>Cop&amp;iar el nombre</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedSecretPage</name>
    <message>
        <source>Step 2 of 3: Create a client secret in the admin center</source>
        <translation>Paso 2 de 3: crear un secreto de cliente en el Centro de administración</translation>
    </message>
    <message>
        <source>Leap uses the application ID and this secret to read users and groups. The wizard keeps the value in this computer&apos;s keychain.</source>
        <translation>Leap usa el Id. de aplicación y este secreto para leer usuarios y grupos. El asistente guarda el valor en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>In your application, select Certificates &amp; secrets &gt; Client secrets &gt; New client secret.</source>
        <translation>En la aplicación, seleccione Certificados y secretos &gt; Secretos de cliente &gt; Nuevo secreto de cliente.</translation>
    </message>
    <message>
        <source>&amp;Open Certificates &amp;&amp; secrets</source>
        <translation>&amp;Abrir Certificados y secretos</translation>
    </message>
    <message>
        <source>Give it a description and a duration (180 days is recommended), then select Add.</source>
        <translation>Indique una descripción y una duración (se recomiendan 180 días) y, después, seleccione Agregar.</translation>
    </message>
    <message>
        <source>Copy &amp;description</source>
        <translation>Copiar la &amp;descripción</translation>
    </message>
    <message>
        <source>Copy the Value column right away (it is shown only now), and the Secret ID next to it.</source>
        <translation>Copie enseguida la columna Valor (solo se muestra ahora) y el Id. de secreto que hay al lado.</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valor del secreto</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Mos&amp;trar</translation>
    </message>
    <message>
        <source>Reveal the pasted secret value</source>
        <translation>Mostrar el valor del secreto pegado</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Secret ID</source>
        <translation>Id. de secreto</translation>
    </message>
    <message>
        <source>Secret &amp;ID:</source>
        <translation>&amp;Id. de secreto:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expira después de:</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>This is the Secret ID, not the secret&apos;s value. Copy the Value column instead; if it is hidden now, create a new secret and copy its value right away.</source>
        <translation>Este es el Id. de secreto, no el valor del secreto. Copie la columna Valor; si ahora está oculta, cree un secreto nuevo y copie su valor enseguida.</translation>
    </message>
    <message>
        <source>This is too short for a client secret value (about 40 characters). Copy the whole Value column.</source>
        <translation>Es demasiado corto para el valor de un secreto de cliente (unos 40 caracteres). Copie la columna Valor completa.</translation>
    </message>
    <message>
        <source>Paste the Secret ID here, not the value.</source>
        <translation>Pegue aquí el Id. de secreto, no el valor.</translation>
    </message>
    <message>
        <source>The Secret ID is a GUID; copy it from the Secret ID column.</source>
        <translation>El Id. de secreto es un GUID; cópielo de la columna Id. de secreto.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Guardando el secreto en el llavero…</translation>
    </message>
</context>
<context>
    <name>leap::ui::LifetimeChooser</name>
    <message numerus="yes">
        <source>%n days (recommended)</source>
        <translation>
            <numerusform>%n día (recomendado)</numerusform>
            <numerusform>%n días (recomendado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Hasta una fecha…</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de expiración</translation>
    </message>
</context>
<context>
    <name>leap::ui::PermissionsPage</name>
    <message>
        <source>Step 3 of 3: Grant the permissions</source>
        <translation>Paso 3 de 3: conceder los permisos</translation>
    </message>
    <message>
        <source>Leap reads users and groups with the application permissions, and signs people in with the delegated ones. An administrator grants consent once for the whole tenant.</source>
        <translation>Leap lee usuarios y grupos con los permisos de aplicación, e inicia la sesión de las personas con los delegados. Un administrador da el consentimiento una vez para todo el inquilino.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Send this address to someone with the Privileged Role Administrator or Global Administrator role. When they open it and accept, the permissions are granted. You can close the wizard now: your progress is saved, and opening the wizard again finishes the setup.</source>
        <translation>Envíe esta dirección a alguien con el rol Administrador de roles con privilegios o Administrador global. Cuando la abra y acepte, los permisos quedarán concedidos. Ya puede cerrar el asistente: su progreso se guarda y, al volver a abrirlo, se termina la configuración.</translation>
    </message>
    <message>
        <source>Admin consent address</source>
        <translation>Dirección de consentimiento de administrador</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Cop&amp;iar la dirección</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Check again whether consent was granted</source>
        <translation>Volver a comprobar si se concedió el consentimiento</translation>
    </message>
    <message>
        <source>Reading the application&apos;s permissions…</source>
        <translation>Leyendo los permisos de la aplicación…</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Con consentimiento</translation>
    </message>
    <message>
        <source>Requested, no consent yet</source>
        <translation>Solicitado, aún sin consentimiento</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>No solicitado</translation>
    </message>
    <message>
        <source>All four permissions are granted for the whole tenant.</source>
        <translation>Los cuatro permisos están concedidos para todo el inquilino.</translation>
    </message>
    <message>
        <source>Granting admin consent assigns the two application permissions and consents to openid and profile for all users.</source>
        <translation>Conceder el consentimiento de administrador asigna los dos permisos de aplicación y da consentimiento a openid y profile para todos los usuarios.</translation>
    </message>
    <message>
        <source>&amp;Grant admin consent</source>
        <translation>&amp;Conceder consentimiento de administrador</translation>
    </message>
    <message>
        <source>Granting admin consent…</source>
        <translation>Concediendo consentimiento de administrador…</translation>
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
        <translation>Creado</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>Ya está listo</translation>
    </message>
</context>
<context>
    <name>leap::ui::ProfilePage</name>
    <message>
        <source>HCL Leap in Microsoft Entra ID</source>
        <translation>HCL Leap en Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Profile overview</source>
        <translation>Información general del perfil</translation>
    </message>
    <message>
        <source>Client secret status</source>
        <translation>Estado del secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Rotate secret</source>
        <translation>&amp;Renovar el secreto</translation>
    </message>
    <message>
        <source>Add a new secret; the old one keeps working until Leap uses the new one.</source>
        <translation>Agregar un secreto nuevo; el anterior sigue funcionando hasta que Leap use el nuevo.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <source>Check that the stored secret works and the permissions are granted.</source>
        <translation>Comprobar que el secreto guardado funciona y que los permisos están concedidos.</translation>
    </message>
    <message>
        <source>E&amp;xport summary</source>
        <translation>E&amp;xportar el resumen</translation>
    </message>
    <message>
        <source>Save what Leap needs: properties, Liberty, Helm, a report.</source>
        <translation>Guardar lo que Leap necesita: propiedades, Liberty, Helm, un informe.</translation>
    </message>
    <message>
        <source>Re&amp;pair</source>
        <translation>Re&amp;parar</translation>
    </message>
    <message>
        <source>Compare with the tenant and put back what is missing.</source>
        <translation>Comparar con el inquilino y restaurar lo que falte.</translation>
    </message>
    <message>
        <source>Set up &amp;another environment</source>
        <translation>Configurar &amp;otro entorno</translation>
    </message>
    <message>
        <source>Register another Leap server under a new profile.</source>
        <translation>Registrar otro servidor Leap con un perfil nuevo.</translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt;, set up by %2 on %3.</source>
        <translation>Perfil &lt;b&gt;%1&lt;/b&gt;, configurado por %2 el %3.</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>un administrador</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Aplicación:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation>Id. de aplicación (cliente):</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>aún no registrada</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Inquilino:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leap server:</source>
        <translation>Servidor Leap:</translation>
    </message>
    <message>
        <source>No client secret yet. Use &lt;b&gt;Repair&lt;/b&gt; to finish the setup.</source>
        <translation>Aún no hay secreto de cliente. Use &lt;b&gt;Reparar&lt;/b&gt; para terminar la configuración.</translation>
    </message>
    <message>
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; expired on %2. Nobody can sign in to Leap until you rotate it and update Leap.</source>
        <translation>El secreto de cliente &lt;b&gt;%1&lt;/b&gt; expiró el %2. Nadie puede iniciar sesión en Leap hasta que lo renueve y actualice Leap.</translation>
    </message>
    <message numerus="yes">
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; expires in %n day(s), on %2. Rotate it soon.</source>
        <translation>
            <numerusform>El secreto de cliente &lt;b&gt;%1&lt;/b&gt; expira dentro de %n día, el %2. Renuévelo pronto.</numerusform>
            <numerusform>El secreto de cliente &lt;b&gt;%1&lt;/b&gt; expira dentro de %n días, el %2. Renuévelo pronto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; is valid for %n more day(s), until %2.</source>
        <translation>
            <numerusform>El secreto de cliente &lt;b&gt;%1&lt;/b&gt; es válido %n día más, hasta el %2.</numerusform>
            <numerusform>El secreto de cliente &lt;b&gt;%1&lt;/b&gt; es válido %n días más, hasta el %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older secret(s) still valid; retire them once Leap uses the current one.</source>
        <translation>
            <numerusform>%n secreto anterior sigue siendo válido; retírelo cuando Leap use el actual.</numerusform>
            <numerusform>%n secretos anteriores siguen siendo válidos; retírelos cuando Leap use el actual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up another environment</source>
        <translation>Configurar otro entorno</translation>
    </message>
    <message>
        <source>Name of the new profile (for example test or prod):</source>
        <translation>Nombre del perfil nuevo (por ejemplo, test o prod):</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>leap::ui::ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Current operation</source>
        <translation>Operación actual</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Cancelar la operación en curso</translation>
    </message>
</context>
<context>
    <name>leap::ui::RegisterPage</name>
    <message>
        <source>Step 1 of 3: Register HCL Leap as an application</source>
        <translation>Paso 1 de 3: registrar HCL Leap como aplicación</translation>
    </message>
    <message>
        <source>The application Leap signs people in with: its redirect URI, the group claim and the four permissions it requests.</source>
        <translation>La aplicación con la que Leap inicia la sesión de las personas: su URI de redirección, la notificación de grupo y los cuatro permisos que solicita.</translation>
    </message>
    <message>
        <source>Differences from the tenant</source>
        <translation>Diferencias con el inquilino</translation>
    </message>
    <message>
        <source>The application is registered: &lt;b&gt;%1&lt;/b&gt;, application (client) ID %2.</source>
        <translation>La aplicación está registrada: &lt;b&gt;%1&lt;/b&gt;, Id. de aplicación (cliente) %2.</translation>
    </message>
    <message>
        <source>Comparing the profile with the tenant…</source>
        <translation>Comparando el perfil con el inquilino…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Looking for an existing registration…</source>
        <translation>Buscando un registro existente…</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s app registrations…</source>
        <translation>Leyendo los registros de aplicaciones del inquilino…</translation>
    </message>
    <message>
        <source>The plan could not be read.</source>
        <translation>No se pudo leer el plan.</translation>
    </message>
    <message>
        <source>No registration for this Leap server exists yet. The wizard will create &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Aún no existe ningún registro para este servidor Leap. El asistente creará &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Found &lt;b&gt;%1&lt;/b&gt; (application ID %2). The wizard will add what is missing and remove nothing:</source>
        <translation>Se encontró &lt;b&gt;%1&lt;/b&gt; (Id. de aplicación %2). El asistente agregará lo que falte y no quitará nada:</translation>
    </message>
    <message>
        <source>Found &lt;b&gt;%1&lt;/b&gt; (application ID %2); it is already set up as Leap needs it.</source>
        <translation>Se encontró &lt;b&gt;%1&lt;/b&gt; (Id. de aplicación %2); ya está configurada como Leap necesita.</translation>
    </message>
    <message>
        <source>&amp;Register application</source>
        <translation>&amp;Registrar la aplicación</translation>
    </message>
    <message>
        <source>The tenant matches the profile: nothing needs repair.</source>
        <translation>El inquilino coincide con el perfil: no hay nada que reparar.</translation>
    </message>
    <message>
        <source>Differences from the tenant:</source>
        <translation>Diferencias con el inquilino:</translation>
    </message>
    <message>
        <source>The wizard repairs this.</source>
        <translation>El asistente lo repara.</translation>
    </message>
    <message>
        <source>Registering the application…</source>
        <translation>Registrando la aplicación…</translation>
    </message>
    <message>
        <source>Checking the application…</source>
        <translation>Comprobando la aplicación…</translation>
    </message>
    <message>
        <source>Registered &lt;b&gt;%1&lt;/b&gt;, application (client) ID %2.</source>
        <translation>Se registró &lt;b&gt;%1&lt;/b&gt;, Id. de aplicación (cliente) %2.</translation>
    </message>
</context>
<context>
    <name>leap::ui::RotatePage</name>
    <message>
        <source>Rotate the client secret</source>
        <translation>Renovar el secreto de cliente</translation>
    </message>
    <message>
        <source>A new secret is added next to the current one, so Leap keeps working until you switch it over. The old secret is retired only after that.</source>
        <translation>Se agrega un secreto nuevo junto al actual, para que Leap siga funcionando hasta que haga el cambio. Solo después se retira el secreto anterior.</translation>
    </message>
    <message>
        <source>Description of the new secret</source>
        <translation>Descripción del secreto nuevo</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expira después de:</translation>
    </message>
    <message>
        <source>Current secret: &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3.</source>
        <translation>Secreto actual: &lt;b&gt;%1&lt;/b&gt; (Id. de secreto %2), válido hasta el %3.</translation>
    </message>
    <message>
        <source>This profile has no current secret yet.</source>
        <translation>Este perfil aún no tiene un secreto actual.</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>Create &amp;new secret</source>
        <translation>Crear un secreto &amp;nuevo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Adding the new secret…</source>
        <translation>Agregando el secreto nuevo…</translation>
    </message>
    <message>
        <source>Added &lt;b&gt;%1&lt;/b&gt; (secret ID %2); its value is in the keychain. The old secret keeps working until you retire it.</source>
        <translation>Se agregó &lt;b&gt;%1&lt;/b&gt; (Id. de secreto %2); su valor está en el llavero. El secreto anterior sigue funcionando hasta que lo retire.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — an offline practice tenant. Nothing you do here reaches Microsoft.</source>
        <translation>&lt;b&gt;Espacio aislado&lt;/b&gt;: un inquilino de práctica sin conexión. Nada de lo que haga aquí llega a Microsoft.</translation>
    </message>
    <message>
        <source>Sandbox: an offline practice tenant. Nothing you do here reaches Microsoft.</source>
        <translation>Espacio aislado: un inquilino de práctica sin conexión. Nada de lo que haga aquí llega a Microsoft.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SecretDisplay</name>
    <message>
        <source>Client secret value</source>
        <translation>Valor del secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Reveal the client secret value</source>
        <translation>Mostrar el valor del secreto de cliente</translation>
    </message>
    <message>
        <source>C&amp;opy value</source>
        <translation>C&amp;opiar el valor</translation>
    </message>
    <message>
        <source>Copy the client secret value</source>
        <translation>Copiar el valor del secreto de cliente</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared again after %n second(s).</source>
        <translation>
            <numerusform>El portapapeles se vacía de nuevo al cabo de %n segundo.</numerusform>
            <numerusform>El portapapeles se vacía de nuevo al cabo de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
</context>
<context>
    <name>leap::ui::SecretPage</name>
    <message>
        <source>Step 2 of 3: Create a client secret</source>
        <translation>Paso 2 de 3: crear un secreto de cliente</translation>
    </message>
    <message>
        <source>Leap uses the application ID and this secret to read users and groups. The secret goes straight into this computer&apos;s keychain.</source>
        <translation>Leap usa el Id. de aplicación y este secreto para leer usuarios y grupos. El secreto se guarda directamente en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Expira después de:</translation>
    </message>
    <message>
        <source>This is the only copy of the secret&apos;s value: Microsoft Entra ID never shows it again. Copy it now into Leap&apos;s credential store or a password manager.</source>
        <translation>Esta es la única copia del valor del secreto: Microsoft Entra ID no volverá a mostrarlo. Cópielo ahora en el almacén de credenciales de Leap o en un administrador de contraseñas.</translation>
    </message>
    <message>
        <source>I have &amp;stored the value somewhere safe</source>
        <translation>He &amp;guardado el valor en un lugar seguro</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>The current secret &lt;b&gt;%1&lt;/b&gt; is valid until %2; the wizard keeps it. Use &lt;i&gt;Rotate secret&lt;/i&gt; on the start page for a new one.</source>
        <translation>El secreto actual &lt;b&gt;%1&lt;/b&gt; es válido hasta el %2; el asistente lo conserva. Para obtener uno nuevo, use &lt;i&gt;Renovar el secreto&lt;/i&gt; en la página de inicio.</translation>
    </message>
    <message>
        <source>Create &amp;secret</source>
        <translation>Crear el &amp;secreto</translation>
    </message>
    <message>
        <source>Creating the client secret…</source>
        <translation>Creando el secreto de cliente…</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3. The value is in this computer&apos;s keychain under &lt;i&gt;leap-entra-setup&lt;/i&gt; / &lt;tt&gt;%4&lt;/tt&gt;.</source>
        <translation>Se creó &lt;b&gt;%1&lt;/b&gt; (Id. de secreto %2), válido hasta el %3. El valor está en el llavero de este equipo en &lt;i&gt;leap-entra-setup&lt;/i&gt; / &lt;tt&gt;%4&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3.</source>
        <translation>Se creó &lt;b&gt;%1&lt;/b&gt; (Id. de secreto %2), válido hasta el %3.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SetupWizard</name>
    <message>
        <source>Leap Entra Setup — Sandbox</source>
        <translation>Leap Entra Setup: espacio aislado</translation>
    </message>
    <message>
        <source>Leap Entra Setup</source>
        <translation>Leap Entra Setup</translation>
    </message>
    <message>
        <source>The new secret&apos;s value is shown only once and is not in the keychain. Close anyway? Copy the value first if you still need it.</source>
        <translation>El valor del secreto nuevo solo se muestra una vez y no está en el llavero. ¿Cerrar de todos modos? Copie antes el valor si aún lo necesita.</translation>
    </message>
    <message>
        <source>A step is still running. Stop it and close the wizard?

What is done so far is saved; open the wizard again to continue where you left off.</source>
        <translation>Todavía hay un paso en curso. ¿Detenerlo y cerrar el asistente?

Lo hecho hasta ahora se guarda; vuelva a abrir el asistente para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>The setup is not finished. Close the wizard?

What is done so far is saved; open the wizard again to continue where you left off.</source>
        <translation>La configuración no ha terminado. ¿Cerrar el asistente?

Lo hecho hasta ahora se guarda; vuelva a abrir el asistente para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>¿Cerrar el asistente?</translation>
    </message>
    <message>
        <source>Support bundle…</source>
        <translation>Paquete de soporte…</translation>
    </message>
    <message>
        <source>Save a log of this session for Microsoft or HCL support: the requests and their request IDs, without any secret or token.</source>
        <translation>Guardar un registro de esta sesión para el soporte de Microsoft o HCL: las solicitudes y sus id. de solicitud, sin ningún secreto ni token.</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Guardar el paquete de soporte</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>Paquete de soporte (*.json)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Paquete de soporte</translation>
    </message>
    <message>
        <source>Saved to %1. It holds no secret or token; attach it to your support request.</source>
        <translation>Guardado en %1. No contiene ningún secreto ni token; adjúntelo a su solicitud de soporte.</translation>
    </message>
</context>
<context>
    <name>leap::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in as an administrator of the tenant. The wizard acts on your behalf; it stores no password.</source>
        <translation>Inicie sesión como administrador del inquilino. El asistente actúa en su nombre; no guarda ninguna contraseña.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>&amp;Iniciar sesión con Microsoft</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in the browser</source>
        <translation>Iniciar sesión con Microsoft en el explorador</translation>
    </message>
    <message>
        <source>Use a &amp;code instead</source>
        <translation>Usar un &amp;código</translation>
    </message>
    <message>
        <source>Sign in with a code on another device</source>
        <translation>Iniciar sesión con un código en otro dispositivo</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Cop&amp;iar el código</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>&amp;Abrir la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Waiting for you to finish in the browser. If no browser window opened, copy the sign-in address into one.</source>
        <translation>Esperando a que termine en el explorador. Si no se abrió ninguna ventana, copie la dirección de inicio de sesión en una.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copiar la &amp;dirección</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Cuenta con sesión iniciada</translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation>Iniciar sesión con otra &amp;cuenta</translation>
    </message>
    <message>
        <source>Tenant: %1 — %2</source>
        <translation>Inquilino: %1 — %2</translation>
    </message>
    <message>
        <source>Checking for a saved sign-in…</source>
        <translation>Buscando un inicio de sesión guardado…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Esperando a que inicie sesión en el explorador…</translation>
    </message>
    <message>
        <source>Requesting a sign-in code…</source>
        <translation>Solicitando un código de inicio de sesión…</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation>En cualquier dispositivo, abra &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; y escriba este código:</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code (it expires at %1)…</source>
        <translation>Esperando a que escriba el código (expira a las %1)…</translation>
    </message>
    <message>
        <source>You signed in to another tenant (%1) than the one this profile belongs to (%2).</source>
        <translation>Ha iniciado sesión en un inquilino (%1) distinto del de este perfil (%2).</translation>
    </message>
    <message>
        <source>Sign in with an account of tenant %1.</source>
        <translation>Inicie sesión con una cuenta del inquilino %1.</translation>
    </message>
    <message>
        <source>Your sign-in lacks these permissions: %1. The wizard cannot make changes without them. Ask an administrator to grant them to the sign-in application, or sign in as an administrator who may consent to them.</source>
        <translation>A su inicio de sesión le faltan estos permisos: %1. El asistente no puede hacer cambios sin ellos. Pida a un administrador que los conceda a la aplicación de inicio de sesión, o inicie sesión como un administrador que pueda dar su consentimiento.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; to tenant &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt; en el inquilino &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
</context>
<context>
    <name>leap::ui::TenantPage</name>
    <message>
        <source>Tenant and Leap server</source>
        <translation>Inquilino y servidor Leap</translation>
    </message>
    <message>
        <source>Which Microsoft Entra ID tenant Leap signs people in with, and where Leap runs.</source>
        <translation>Con qué inquilino de Microsoft Entra ID inicia Leap la sesión de las personas y dónde se ejecuta Leap.</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com o el id. del inquilino</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>The tenant&apos;s primary domain or its ID (a GUID), as shown on the tenant&apos;s overview in the Microsoft Entra admin center.</source>
        <translation>El dominio principal del inquilino o su identificador (un GUID), tal como aparece en la información general del inquilino en el Centro de administración Microsoft Entra.</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>N&amp;ube:</translation>
    </message>
    <message>
        <source>leap.example.com</source>
        <translation>leap.example.com</translation>
    </message>
    <message>
        <source>Leap server</source>
        <translation>Servidor Leap</translation>
    </message>
    <message>
        <source>The host name people use to reach Leap, with a port if it is not 443.</source>
        <translation>El nombre de host con el que se accede a Leap, con el puerto si no es 443.</translation>
    </message>
    <message>
        <source>Leap &amp;server:</source>
        <translation>&amp;Servidor Leap:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Copiar el URI de redirección</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>URI de redirección:</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Más opciones</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nombre de la aplicación</translation>
    </message>
    <message>
        <source>Credential alias</source>
        <translation>Alias de credencial</translation>
    </message>
    <message>
        <source>The name under which Leap finds the client ID and secret (J2C alias or Kubernetes secret keys).</source>
        <translation>El nombre con el que Leap encuentra el id. de cliente y el secreto (alias J2C o claves del secreto de Kubernetes).</translation>
    </message>
    <message>
        <source>Credential &amp;alias:</source>
        <translation>Alias de &amp;credencial:</translation>
    </message>
    <message>
        <source>Custom endpoints (%1)</source>
        <translation>Puntos de conexión personalizados (%1)</translation>
    </message>
    <message>
        <source>https://&lt;Leap server&gt;/oidcclient/redirect/oidc</source>
        <translation>https://&lt;servidor Leap&gt;/oidcclient/redirect/oidc</translation>
    </message>
    <message>
        <source>Appl&amp;ication name:</source>
        <translation>Nom&amp;bre de la aplicación:</translation>
    </message>
</context>
<context>
    <name>leap::ui::WelcomePage</name>
    <message>
        <source>Set up Microsoft Entra ID for HCL Leap</source>
        <translation>Configurar Microsoft Entra ID para HCL Leap</translation>
    </message>
    <message>
        <source>This wizard registers HCL Leap in your Microsoft Entra ID tenant so that people can sign in to Leap with their work accounts.</source>
        <translation>Este asistente registra HCL Leap en su inquilino de Microsoft Entra ID para que las personas puedan iniciar sesión en Leap con sus cuentas profesionales.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It follows the three steps of the Leap documentation:&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;register HCL Leap as an application, with your Leap server&apos;s redirect URI;&lt;/li&gt;&lt;li&gt;create a client secret and keep it in this computer&apos;s keychain;&lt;/li&gt;&lt;li&gt;grant the permissions Leap needs: User.ReadBasic.All and Group.Read.All (application), openid and profile (delegated).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Then it checks that the result works and gives you what to paste into Leap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sigue los tres pasos de la documentación de Leap:&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;registrar HCL Leap como aplicación, con el URI de redirección de su servidor Leap;&lt;/li&gt;&lt;li&gt;crear un secreto de cliente y guardarlo en el llavero de este equipo;&lt;/li&gt;&lt;li&gt;conceder los permisos que Leap necesita: User.ReadBasic.All y Group.Read.All (aplicación), openid y profile (delegados).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Después comprueba que el resultado funciona y le da lo que debe pegar en Leap.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You need&lt;/b&gt; a Microsoft Entra ID tenant and an account that may register applications there. Granting the application permissions needs the &lt;b&gt;Privileged Role Administrator&lt;/b&gt; or &lt;b&gt;Global Administrator&lt;/b&gt; role; without it, the wizard gives you a link to send to someone who has it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Necesita&lt;/b&gt; un inquilino de Microsoft Entra ID y una cuenta que pueda registrar aplicaciones en él. Conceder los permisos de aplicación requiere el rol &lt;b&gt;Administrador de roles con privilegios&lt;/b&gt; o &lt;b&gt;Administrador global&lt;/b&gt;; sin él, el asistente le da un vínculo para enviarlo a alguien que lo tenga.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up &amp;automatically (recommended)</source>
        <translation>Configurar &amp;automáticamente (recomendado)</translation>
    </message>
    <message>
        <source>Set up automatically</source>
        <translation>Configurar automáticamente</translation>
    </message>
    <message>
        <source>Sign in as an administrator; the wizard does each step through Microsoft Graph and shows you what it will change before it changes it.</source>
        <translation>Inicie sesión como administrador; el asistente realiza cada paso mediante Microsoft Graph y le muestra lo que va a cambiar antes de cambiarlo.</translation>
    </message>
    <message>
        <source>&amp;Guide me through the admin center</source>
        <translation>&amp;Guiarme por el Centro de administración</translation>
    </message>
    <message>
        <source>Guide me through the admin center</source>
        <translation>Guiarme por el Centro de administración</translation>
    </message>
    <message>
        <source>For tenants where no tool may sign in: you do each step in the Microsoft Entra admin center, the wizard shows you where and checks what you paste.</source>
        <translation>Para inquilinos en los que ninguna herramienta puede iniciar sesión: usted realiza cada paso en el Centro de administración Microsoft Entra, y el asistente le indica dónde y comprueba lo que pega.</translation>
    </message>
</context>
<context>
    <name>leap::ui::WizardPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>leap-entra-setup: the saved sandbox tenant (%1) could not be read (%2); starting from a fresh one.</source>
        <translation>leap-entra-setup: no se pudo leer el inquilino de espacio aislado guardado (%1) (%2); se empieza con uno nuevo.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>No se puede escuchar en 127.0.0.1.</translation>
    </message>
    <message>
        <source>leap-entra-setup: could not save the sandbox tenant: %1</source>
        <translation>leap-entra-setup: no se pudo guardar el inquilino de espacio aislado: %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: using the offline sandbox tenant (%1); nothing reaches Microsoft. Sign-in is approved automatically as %2.</source>
        <translation>leap-entra-setup: se usa el inquilino de espacio aislado sin conexión (%1); nada llega a Microsoft. El inicio de sesión se aprueba automáticamente como %2.</translation>
    </message>
    <message>
        <source>leap-entra-setup: error: %1</source>
        <translation>leap-entra-setup: error: %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: the offline sandbox could not start: %1</source>
        <translation>leap-entra-setup: no se pudo iniciar el espacio aislado sin conexión: %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: this build has no graphical wizard. Use a command instead; `leap-entra-setup --help` lists them.</source>
        <translation>leap-entra-setup: esta compilación no tiene asistente gráfico. Use un comando; `leap-entra-setup --help` los muestra.</translation>
    </message>
    <message>
        <source>leap-entra-setup: this build has no offline sandbox (--sandbox).</source>
        <translation>leap-entra-setup: esta compilación no tiene espacio aislado sin conexión (--sandbox).</translation>
    </message>
</context>
</TS>
