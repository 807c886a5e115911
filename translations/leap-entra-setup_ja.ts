<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Cloud</name>
    <message>
        <source>Microsoft Entra ID (global)</source>
        <translation>Microsoft Entra ID (グローバル)</translation>
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
        <translation>21Vianet が運営する Microsoft Azure</translation>
    </message>
</context>
<context>
    <name>leap</name>
    <message>
        <source>%1 is not a GUID.</source>
        <translation>%1 は GUID ではありません。</translation>
    </message>
    <message>
        <source>Give it as 8-4-4-4-12 hexadecimal digits, e.g. 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35.</source>
        <translation>8-4-4-4-12 桁の 16 進数で指定してください (例: 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35)。</translation>
    </message>
    <message>
        <source>Give only the host name and an optional port, e.g. leap.example.com or leap.example.com:9443.</source>
        <translation>ホスト名と任意のポートだけを指定してください (例: leap.example.com、leap.example.com:9443)。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 が空です。</translation>
    </message>
    <message>
        <source>%1 contains spaces or control characters.</source>
        <translation>%1 に空白または制御文字が含まれています。</translation>
    </message>
    <message>
        <source>%1 must not include a scheme such as https://.</source>
        <translation>%1 に https:// などのスキームを含めないでください。</translation>
    </message>
    <message>
        <source>%1 must not include a path, query or fragment.</source>
        <translation>%1 にパス、クエリ、フラグメントを含めないでください。</translation>
    </message>
    <message>
        <source>%1 must not include user info (user@).</source>
        <translation>%1 にユーザー情報 (user@) を含めないでください。</translation>
    </message>
    <message>
        <source>%1: IPv6 addresses are not supported for a Leap redirect URI.</source>
        <translation>%1: Leap のリダイレクト URI に IPv6 アドレスは使用できません。</translation>
    </message>
    <message>
        <source>Use the Leap server&apos;s DNS name.</source>
        <translation>Leap サーバーの DNS 名を使用してください。</translation>
    </message>
    <message>
        <source>%1 has an invalid port &quot;%2&quot;.</source>
        <translation>%1 のポート「%2」は無効です。</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535, e.g. leap.example.com:9443.</source>
        <translation>1 から 65535 までのポートを使用してください (例: leap.example.com:9443)。</translation>
    </message>
    <message>
        <source>%1 has more than one &apos;:&apos;.</source>
        <translation>%1 に「:」が複数含まれています。</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 は有効なホスト名ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a valid host name (&quot;%2&quot;).</source>
        <translation>%1 は有効なホスト名ではありません (「%2」)。</translation>
    </message>
    <message>
        <source>%1 is neither a host name nor an IPv4 address.</source>
        <translation>%1 はホスト名でも IPv4 アドレスでもありません。</translation>
    </message>
    <message>
        <source>%1 must be a host name or an IPv4 address.</source>
        <translation>%1 にはホスト名または IPv4 アドレスを指定してください。</translation>
    </message>
    <message>
        <source>%1 is too long for an Entra redirect URI (256 characters at most).</source>
        <translation>%1 は Entra のリダイレクト URI として長すぎます (最大 256 文字)。</translation>
    </message>
    <message>
        <source>Use a shorter host name.</source>
        <translation>より短いホスト名を使用してください。</translation>
    </message>
    <message>
        <source>Give the tenant ID (a GUID) or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>テナント ID (GUID) または contoso.onmicrosoft.com のような確認済みドメインを指定してください。</translation>
    </message>
    <message>
        <source>%1 looks like a tenant ID but is not a valid GUID.</source>
        <translation>%1 はテナント ID のように見えますが、有効な GUID ではありません。</translation>
    </message>
    <message>
        <source>%1 must name one tenant, not &quot;%2&quot;.</source>
        <translation>%1 には「%2」ではなく特定のテナントを指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a tenant ID or domain.</source>
        <translation>%1 はテナント ID でもドメインでもありません。</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a tenant.</source>
        <translation>%1 は IP アドレスであり、テナントではありません。</translation>
    </message>
    <message>
        <source>Give a short descriptive name.</source>
        <translation>短くわかりやすい名前を指定してください。</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>Use printable characters only.</source>
        <translation>印刷可能な文字だけを使用してください。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 は %2 文字です。使用できるのは最大 %3 文字です。</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>短くしてください。</translation>
    </message>
    <message>
        <source>Give a whole number of days from %1 to %2 (presets: 90, 180, 365, 545, 730).</source>
        <translation>%1 から %2 までの日数を整数で指定してください (既定値: 90、180、365、545、730)。</translation>
    </message>
    <message>
        <source>%1 is not a whole number of days.</source>
        <translation>%1 は整数の日数ではありません。</translation>
    </message>
    <message>
        <source>%1 is %2 days, outside the allowed range.</source>
        <translation>%1 は %2 日で、許可された範囲外です。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid credential alias.</source>
        <translation>%1「%2」は有効な資格情報エイリアスではありません。</translation>
    </message>
    <message>
        <source>Use a letter followed by letters, digits or underscores (at most 64), e.g. azureAlias.</source>
        <translation>英字で始め、英字・数字・アンダースコアを続けてください (最大 64 文字、例: azureAlias)。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid profile name.</source>
        <translation>%1「%2」は有効なプロファイル名ではありません。</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64, not starting with &apos;.&apos;), e.g. prod.</source>
        <translation>英字、数字、「.」「_」「-」を使用してください (最大 64 文字、「.」で始めない。例: prod)。</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>Give an absolute URL such as https://login.microsoftonline.com.</source>
        <translation>https://login.microsoftonline.com のような絶対 URL を指定してください。</translation>
    </message>
    <message>
        <source>%1 must not contain user info, a query or a fragment.</source>
        <translation>%1 にユーザー情報、クエリ、フラグメントを含めないでください。</translation>
    </message>
    <message>
        <source>Give only the scheme, host, optional port and path.</source>
        <translation>スキーム、ホスト、任意のポート、パスだけを指定してください。</translation>
    </message>
    <message>
        <source>%1 uses plain http to a non-loopback host.</source>
        <translation>%1 はループバック以外のホストに暗号化されていない http を使用しています。</translation>
    </message>
    <message>
        <source>Use https; plain http is accepted only for 127.0.0.1, ::1 or localhost.</source>
        <translation>https を使用してください。暗号化されていない http は 127.0.0.1、::1、localhost でのみ使用できます。</translation>
    </message>
    <message>
        <source>%1 must use https.</source>
        <translation>%1 には https を使用してください。</translation>
    </message>
    <message>
        <source>Give an https URL such as https://graph.microsoft.com.</source>
        <translation>https://graph.microsoft.com のような https URL を指定してください。</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: the signed-in account may not manage applications in this tenant.</source>
        <translation>Microsoft Graph が「%1」を拒否しました。サインインしているアカウントには、このテナントのアプリケーションを管理する権限がありません。</translation>
    </message>
    <message>
        <source>Sign in as an Application Administrator, Cloud Application Administrator or Global Administrator.</source>
        <translation>アプリケーション管理者、クラウド アプリケーション管理者、またはグローバル管理者としてサインインしてください。</translation>
    </message>
    <message>
        <source>The profile lacks the tenant or the Leap host.</source>
        <translation>プロファイルにテナントまたは Leap ホストがありません。</translation>
    </message>
    <message>
        <source>read the application</source>
        <translation>アプリケーションの読み取り</translation>
    </message>
    <message>
        <source>read the service principal</source>
        <translation>サービス プリンシパルの読み取り</translation>
    </message>
    <message>
        <source>The application&apos;s token does not carry the application permission %1: admin consent is missing or was removed, so Leap could not look up users and groups.</source>
        <translation>アプリケーションのトークンにアプリケーションの許可 %1 が含まれていません。管理者の同意がないか削除されたため、Leap はユーザーとグループを検索できませんでした。</translation>
    </message>
    <message>
        <source>Run `%1` as a Privileged Role Administrator or Global Administrator to grant it, or send this admin-consent address to one: %2</source>
        <translation>特権ロール管理者またはグローバル管理者として `%1` を実行して付与するか、該当する管理者にこの管理者の同意のアドレスを送ってください: %2</translation>
    </message>
    <message>
        <source>Microsoft Entra ID rejected the client secret (AADSTS7000215: invalid client secret). Either the stored value is wrong, or the secret&apos;s ID (a GUID) was used where its value belongs.</source>
        <translation>Microsoft Entra ID がクライアント シークレットを拒否しました (AADSTS7000215: 無効なクライアント シークレット)。保存されている値が間違っているか、値の代わりにシークレットの ID (GUID) が使われています。</translation>
    </message>
    <message>
        <source>Make sure Leap and the keychain hold the secret&apos;s Value, not its Secret ID. If the value is lost or wrong, create a new one with `%1`.</source>
        <translation>Leap とキーチェーンに、シークレットの「シークレット ID」ではなく「値」が保存されていることを確認してください。値が失われたか間違っている場合は、`%1` で新しいシークレットを作成してください。</translation>
    </message>
    <message>
        <source>The client secret has expired (AADSTS7000222). Nobody can sign in to Leap with it.</source>
        <translation>クライアント シークレットの有効期限が切れています (AADSTS7000222)。これでは誰も Leap にサインインできません。</translation>
    </message>
    <message>
        <source>Create a new secret with `%1`, put it into Leap, then retire the expired one.</source>
        <translation>`%1` で新しいシークレットを作成して Leap に設定し、期限切れのシークレットを廃止してください。</translation>
    </message>
    <message>
        <source>The application %1 was not found in tenant %2 (AADSTS700016).</source>
        <translation>テナント %2 にアプリケーション %1 が見つかりません (AADSTS700016)。</translation>
    </message>
    <message>
        <source>Check that the profile names the right tenant. If the application was deleted, run `%1` to register it again.</source>
        <translation>プロファイルのテナントが正しいか確認してください。アプリケーションが削除された場合は、`%1` を実行して再登録してください。</translation>
    </message>
    <message>
        <source>The tenant %1 was not found at %2 (AADSTS90002).</source>
        <translation>%2 にテナント %1 が見つかりません (AADSTS90002)。</translation>
    </message>
    <message>
        <source>Check the tenant ID and the cloud (--cloud global, usgov, usgov-dod or china): a tenant exists in one cloud only.</source>
        <translation>テナント ID とクラウド (--cloud global、usgov、usgov-dod、china) を確認してください。テナントは 1 つのクラウドにのみ存在します。</translation>
    </message>
    <message>
        <source>The token endpoint refused the client credentials: %1 (%2).</source>
        <translation>トークン エンドポイントがクライアント資格情報を拒否しました: %1 (%2)。</translation>
    </message>
    <message>
        <source>Check the application in the Microsoft Entra admin center, or run `%1` to repair it.</source>
        <translation>Microsoft Entra 管理センターでアプリケーションを確認するか、`%1` を実行して修復してください。</translation>
    </message>
    <message>
        <source>The tenant&apos;s app management policy allows client secrets of at most %1 days; %2 days were asked for.</source>
        <translation>テナントのアプリ管理ポリシーで許可されるクライアント シークレットは最大 %1 日ですが、%2 日が要求されました。</translation>
    </message>
    <message>
        <source>The tenant&apos;s app management policy does not allow a client secret that lasts %1 days.</source>
        <translation>テナントのアプリ管理ポリシーでは、有効期間 %1 日のクライアント シークレットは許可されていません。</translation>
    </message>
    <message>
        <source>Choose a lifetime of %1 days or less (--secret-days %1).</source>
        <translation>有効期間を %1 日以下にしてください (--secret-days %1)。</translation>
    </message>
    <message>
        <source>Choose a shorter lifetime (--secret-days), or ask an administrator for the tenant&apos;s maximum.</source>
        <translation>より短い有効期間を選択するか (--secret-days)、テナントの上限を管理者に確認してください。</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: the signed-in account may not manage this application&apos;s credentials.</source>
        <translation>Microsoft Graph が「%1」を拒否しました。サインインしているアカウントには、このアプリケーションの資格情報を管理する権限がありません。</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to %1: granting admin consent to Microsoft Graph application permissions needs the Privileged Role Administrator or Global Administrator role, which the signed-in account does not have.</source>
        <translation>Microsoft Graph が「%1」を拒否しました。Microsoft Graph のアプリケーションの許可に管理者の同意を与えるには特権ロール管理者またはグローバル管理者のロールが必要ですが、サインインしているアカウントにはありません。</translation>
    </message>
    <message>
        <source>Ask someone with the Privileged Role Administrator or Global Administrator role to open %1 and accept, or sign in as one and run the step again.</source>
        <translation>特権ロール管理者またはグローバル管理者のロールを持つユーザーに %1 を開いて承諾してもらうか、そのロールでサインインしてこの手順をもう一度実行してください。</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s discovery document at %1 is incomplete (issuer, authorization or token endpoint missing).</source>
        <translation>%1 のサインイン サーバーの探索ドキュメントが不完全です (発行者、承認エンドポイント、またはトークン エンドポイントがありません)。</translation>
    </message>
    <message>
        <source>Check --authority: it must be the login host of a Microsoft identity platform, such as https://login.microsoftonline.com.</source>
        <translation>--authority を確認してください。https://login.microsoftonline.com のような Microsoft ID プラットフォームのサインイン ホストである必要があります。</translation>
    </message>
    <message>
        <source>This tenant lives in %1, not in %2 as chosen.</source>
        <translation>このテナントは、選択された %2 ではなく %1 にあります。</translation>
    </message>
    <message>
        <source>Choose the cloud &quot;%1&quot; (--cloud %1) and sign in again.</source>
        <translation>クラウド「%1」(--cloud %1) を選択して、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in app&apos;s redirect address does not match what is registered for it (AADSTS50011).</source>
        <translation>サインイン アプリのリダイレクト先が登録内容と一致しません (AADSTS50011)。</translation>
    </message>
    <message>
        <source>With your own app (--client-id), add http://localhost as a &quot;Mobile and desktop applications&quot; redirect URI in its Authentication settings, or sign in with the device code instead.</source>
        <translation>独自のアプリ (--client-id) の場合は、その「認証」設定で http://localhost を「モバイル アプリケーションとデスクトップ アプリケーション」のリダイレクト URI として追加するか、代わりにデバイス コードでサインインしてください。</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your tenant blocked this sign-in (%1).</source>
        <translation>テナントの条件付きアクセス ポリシーによって、このサインインがブロックされました (%1)。</translation>
    </message>
    <message>
        <source>Try signing in with a device code (--sign-in device-code) from a compliant device, or ask the Conditional Access administrator to allow it.</source>
        <translation>準拠デバイスからデバイス コード (--sign-in device-code) でサインインするか、条件付きアクセスの管理者に許可を依頼してください。</translation>
    </message>
    <message>
        <source>Device-code sign-in is often blocked by policy: sign in with the browser instead (--sign-in browser), or ask the Conditional Access administrator to allow it.</source>
        <translation>デバイス コードによるサインインはポリシーでブロックされていることがよくあります。代わりにブラウザーでサインインするか (--sign-in browser)、条件付きアクセスの管理者に許可を依頼してください。</translation>
    </message>
    <message>
        <source>Nobody has consented to the sign-in app using the permissions it needs (AADSTS65001).</source>
        <translation>サインイン アプリが必要なアクセス許可を使用することに、まだ誰も同意していません (AADSTS65001)。</translation>
    </message>
    <message>
        <source>Sign in as a Global Administrator or Privileged Role Administrator and accept the consent prompt for your organization, or have one grant admin consent to the sign-in app first.</source>
        <translation>グローバル管理者または特権ロール管理者としてサインインし、組織の代理として同意を承諾するか、先に該当する管理者にサインイン アプリへの管理者の同意を与えてもらってください。</translation>
    </message>
    <message>
        <source>Your tenant requires multi-factor authentication for this sign-in (%1).</source>
        <translation>このサインインには、テナントで多要素認証が必要です (%1)。</translation>
    </message>
    <message>
        <source>Sign in again and complete the second factor in the browser; if you have never registered one, set it up first at https://aka.ms/mfasetup.</source>
        <translation>もう一度サインインし、ブラウザーで 2 つ目の要素を完了してください。まだ登録していない場合は、先に https://aka.ms/mfasetup で設定してください。</translation>
    </message>
    <message>
        <source>Tenant not found: wrong name or wrong cloud (AADSTS90002).</source>
        <translation>テナントが見つかりません: 名前またはクラウドが間違っています (AADSTS90002)。</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s GUID or verified domain (for example contoso.onmicrosoft.com), and that --cloud is the national cloud it lives in.</source>
        <translation>テナントの GUID または確認済みドメイン (例: contoso.onmicrosoft.com) と、--cloud がテナントのある国別クラウドかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The sign-in app is not known in this tenant (AADSTS700016).</source>
        <translation>このテナントではサインイン アプリが認識されていません (AADSTS700016)。</translation>
    </message>
    <message>
        <source>Check --client-id: your own app must be registered in this tenant (or be multi-tenant), or leave --client-id out to use Microsoft Graph Command Line Tools.</source>
        <translation>--client-id を確認してください。独自のアプリはこのテナントに登録されている (またはマルチテナントである) 必要があります。Microsoft Graph Command Line Tools を使うには --client-id を省略してください。</translation>
    </message>
    <message>
        <source>The sign-in app is single-tenant and cannot sign in through /common (AADSTS50194).</source>
        <translation>サインイン アプリはシングル テナントのため、/common 経由ではサインインできません (AADSTS50194)。</translation>
    </message>
    <message>
        <source>Give the tenant&apos;s GUID or verified domain with --tenant.</source>
        <translation>--tenant でテナントの GUID または確認済みドメインを指定してください。</translation>
    </message>
    <message>
        <source>Your sign-in app does not allow public client flows, so it would need a client secret (AADSTS7000218).</source>
        <translation>サインイン アプリでパブリック クライアント フローが許可されていないため、クライアント シークレットが必要になります (AADSTS7000218)。</translation>
    </message>
    <message>
        <source>In the app registration, open Authentication and set &quot;Allow public client flows&quot; to Yes, or leave --client-id out to use Microsoft Graph Command Line Tools.</source>
        <translation>アプリの登録で「認証」を開き、「パブリック クライアント フローを許可する」を「はい」にするか、--client-id を省略して Microsoft Graph Command Line Tools を使用してください。</translation>
    </message>
    <message>
        <source>This Microsoft app is not pre-authorized for the Microsoft Graph permissions the wizard needs (AADSTS65002).</source>
        <translation>この Microsoft アプリは、ウィザードに必要な Microsoft Graph のアクセス許可について事前承認されていません (AADSTS65002)。</translation>
    </message>
    <message>
        <source>Leave --client-id out to use Microsoft Graph Command Line Tools, or register your own public client app and pass its id with --client-id.</source>
        <translation>--client-id を省略して Microsoft Graph Command Line Tools を使用するか、独自のパブリック クライアント アプリを登録してその ID を --client-id で渡してください。</translation>
    </message>
    <message>
        <source>The sign-in app is a public client and must not send a secret (AADSTS700025).</source>
        <translation>サインイン アプリはパブリック クライアントのため、シークレットを送信してはいけません (AADSTS700025)。</translation>
    </message>
    <message>
        <source>Use a public client registration (Allow public client flows).</source>
        <translation>パブリック クライアントの登録を使用してください (パブリック クライアント フローを許可する)。</translation>
    </message>
    <message>
        <source>The device code has not been entered yet.</source>
        <translation>デバイス コードはまだ入力されていません。</translation>
    </message>
    <message>
        <source>Open the address and enter the code, then wait.</source>
        <translation>アドレスを開いてコードを入力し、お待ちください。</translation>
    </message>
    <message>
        <source>The code was not accepted (%1).</source>
        <translation>コードが受け付けられませんでした (%1)。</translation>
    </message>
    <message>
        <source>Start the sign-in again and type the new code exactly as shown.</source>
        <translation>サインインをやり直し、新しいコードを表示どおりに正確に入力してください。</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was completed.</source>
        <translation>サインインが完了する前にデバイス コードの有効期限が切れました。</translation>
    </message>
    <message>
        <source>Start the sign-in again and enter the new code within its lifetime.</source>
        <translation>サインインをやり直し、新しいコードを有効期限内に入力してください。</translation>
    </message>
    <message>
        <source>The sign-in request was declined, or the code was already used (%1).</source>
        <translation>サインイン要求が拒否されたか、コードが既に使用されています (%1)。</translation>
    </message>
    <message>
        <source>Start the sign-in again and approve it in the browser.</source>
        <translation>サインインをやり直し、ブラウザーで承認してください。</translation>
    </message>
    <message>
        <source>The sign-in was declined: consent was not given.</source>
        <translation>サインインが拒否されました: 同意が得られませんでした。</translation>
    </message>
    <message>
        <source>Sign in again and accept the permissions; if your organization requires an administrator&apos;s approval, ask a Global Administrator to sign in.</source>
        <translation>もう一度サインインしてアクセス許可を承諾してください。組織で管理者の承認が必要な場合は、グローバル管理者にサインインを依頼してください。</translation>
    </message>
    <message>
        <source>The saved sign-in has expired or was revoked (%1).</source>
        <translation>保存されたサインインの有効期限が切れたか、取り消されました (%1)。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The account is not a member of this tenant (AADSTS50020).</source>
        <translation>このアカウントはこのテナントのメンバーではありません (AADSTS50020)。</translation>
    </message>
    <message>
        <source>Sign in with an administrator account of the tenant you chose, or correct --tenant.</source>
        <translation>選択したテナントの管理者アカウントでサインインするか、--tenant を修正してください。</translation>
    </message>
    <message>
        <source>Wrong user name or password (AADSTS50126).</source>
        <translation>ユーザー名またはパスワードが間違っています (AADSTS50126)。</translation>
    </message>
    <message>
        <source>Sign in again with the right credentials.</source>
        <translation>正しい資格情報でもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The browser is not signed in and no interaction was allowed (AADSTS50058).</source>
        <translation>ブラウザーがサインインしておらず、対話も許可されていませんでした (AADSTS50058)。</translation>
    </message>
    <message>
        <source>Sign in again interactively.</source>
        <translation>もう一度対話形式でサインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in service refused: %1 (%2).</source>
        <translation>サインイン サービスが拒否しました: %1 (%2)。</translation>
    </message>
    <message>
        <source>The sign-in service refused the request (%1).</source>
        <translation>サインイン サービスが要求を拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 with no explanation.</source>
        <translation>サインイン サービスが説明なしで HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, give the code and correlation id to your Entra administrator.</source>
        <translation>もう一度お試しください。失敗が続く場合は、コードと相関 ID を Entra 管理者に伝えてください。</translation>
    </message>
    <message>
        <source>The sign-in was not completed (%1).</source>
        <translation>サインインが完了しませんでした (%1)。</translation>
    </message>
    <message>
        <source>The sign-in was not completed: %1 (%2).</source>
        <translation>サインインが完了しませんでした: %1 (%2)。</translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, give the code to your Entra administrator.</source>
        <translation>もう一度サインインしてください。失敗が続く場合は、コードを Entra 管理者に伝えてください。</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer contained no access token.</source>
        <translation>サインイン サーバーの応答にアクセス トークンが含まれていませんでした。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check --authority.</source>
        <translation>もう一度お試しください。失敗が続く場合は --authority を確認してください。</translation>
    </message>
    <message>
        <source>store a value in</source>
        <translation>値の保存</translation>
    </message>
    <message>
        <source>read a value from</source>
        <translation>値の読み取り</translation>
    </message>
    <message>
        <source>remove a value from</source>
        <translation>値の削除</translation>
    </message>
    <message>
        <source>The system keychain refused to %1 it (%2).</source>
        <translation>システムのキーチェーンが「%1」を拒否しました (%2)。</translation>
    </message>
    <message>
        <source>Unlock your keyring (GNOME Keyring, KWallet, macOS Keychain) or allow the access when it asks, then try again.</source>
        <translation>キーリング (GNOME Keyring、KWallet、macOS キーチェーン) のロックを解除するか、確認されたらアクセスを許可して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry (%1).</source>
        <translation>システムのキーチェーンがエントリを削除できませんでした (%1)。</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again, or delete the entry of service &quot;leap-entra-setup&quot; with your keyring manager.</source>
        <translation>キーリングのロックを解除してもう一度お試しいただくか、キーリング マネージャーでサービス「leap-entra-setup」のエントリを削除してください。</translation>
    </message>
    <message>
        <source>Secure storage is unavailable: could not %1 the system keychain (%2).</source>
        <translation>安全な保存場所を使用できません: システムのキーチェーンで「%1」ができませんでした (%2)。</translation>
    </message>
    <message>
        <source>Run inside a desktop session with an unlocked keyring; on Linux install and start gnome-keyring or KWallet (with libsecret) and make sure a D-Bus session bus is running.</source>
        <translation>キーリングのロックが解除されたデスクトップ セッションで実行してください。Linux では gnome-keyring または KWallet (libsecret 付き) をインストールして起動し、D-Bus セッション バスが動作していることを確認してください。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds when asked to %2 it; a locked keyring may be waiting for its password.</source>
        <translation>システムのキーチェーンが「%2」に %1 秒以内に応答しませんでした。ロックされたキーリングがパスワードの入力を待っている可能性があります。</translation>
    </message>
    <message>
        <source>Unlock the keyring (answer its password prompt) and try again; on Linux make sure gnome-keyring or KWallet is running.</source>
        <translation>キーリングのロックを解除 (パスワードの確認に応答) してもう一度お試しください。Linux では gnome-keyring または KWallet が動作していることを確認してください。</translation>
    </message>
</context>
<context>
    <name>leap::ApplicationService</name>
    <message>
        <source>Looking for the application in the tenant…</source>
        <translation>テナントでアプリケーションを検索しています…</translation>
    </message>
    <message>
        <source>Create the application &quot;%1&quot; (single tenant) with redirect URI %2, security-group claims and the permissions %3.</source>
        <translation>アプリケーション「%1」(シングル テナント) を、リダイレクト URI %2、セキュリティ グループ要求、アクセス許可 %3 で作成します。</translation>
    </message>
    <message>
        <source>Create the application&apos;s service principal (enterprise application).</source>
        <translation>アプリケーションのサービス プリンシパル (エンタープライズ アプリケーション) を作成します。</translation>
    </message>
    <message>
        <source>Found the application &quot;%1&quot; (%2).</source>
        <translation>アプリケーション「%1」が見つかりました (%2)。</translation>
    </message>
    <message>
        <source>Add the redirect URI %1.</source>
        <translation>リダイレクト URI %1 を追加します。</translation>
    </message>
    <message>
        <source>Request the %1 permission %2.</source>
        <translation>%1 のアクセス許可 %2 を要求します。</translation>
    </message>
    <message>
        <source>Send security groups in the &quot;groups&quot; claim.</source>
        <translation>セキュリティ グループを「groups」要求で送信します。</translation>
    </message>
    <message>
        <source>Found the application&apos;s service principal.</source>
        <translation>アプリケーションのサービス プリンシパルが見つかりました。</translation>
    </message>
    <message>
        <source>Registering the application &quot;%1&quot;…</source>
        <translation>アプリケーション「%1」を登録しています…</translation>
    </message>
    <message>
        <source>register the application</source>
        <translation>アプリケーションの登録</translation>
    </message>
    <message>
        <source>read the application</source>
        <translation>アプリケーションの読み取り</translation>
    </message>
    <message>
        <source>Registered the application &quot;%1&quot; (%2).</source>
        <translation>アプリケーション「%1」を登録しました (%2)。</translation>
    </message>
    <message>
        <source>Adding what Leap needs to the application…</source>
        <translation>Leap に必要な設定をアプリケーションに追加しています…</translation>
    </message>
    <message>
        <source>update the application</source>
        <translation>アプリケーションの更新</translation>
    </message>
    <message>
        <source>Added the redirect URI %1.</source>
        <translation>リダイレクト URI %1 を追加しました。</translation>
    </message>
    <message>
        <source>Requested the %1 permission %2.</source>
        <translation>%1 のアクセス許可 %2 を要求しました。</translation>
    </message>
    <message>
        <source>Security groups are now sent in the &quot;groups&quot; claim.</source>
        <translation>セキュリティ グループが「groups」要求で送信されるようになりました。</translation>
    </message>
    <message>
        <source>Creating the application&apos;s service principal…</source>
        <translation>アプリケーションのサービス プリンシパルを作成しています…</translation>
    </message>
    <message>
        <source>create the service principal</source>
        <translation>サービス プリンシパルの作成</translation>
    </message>
    <message>
        <source>The service principal was created but cannot be read.</source>
        <translation>サービス プリンシパルは作成されましたが、読み取れません。</translation>
    </message>
    <message>
        <source>Run the command again in a few minutes.</source>
        <translation>数分後にもう一度コマンドを実行してください。</translation>
    </message>
    <message>
        <source>Created the application&apos;s service principal.</source>
        <translation>アプリケーションのサービス プリンシパルを作成しました。</translation>
    </message>
</context>
<context>
    <name>leap::BrowserFlow</name>
    <message>
        <source>Nothing to do</source>
        <translation>何もする必要はありません</translation>
    </message>
    <message>
        <source>This sign-in has already finished. You can close this tab.</source>
        <translation>このサインインは既に完了しています。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <source>Not a valid sign-in</source>
        <translation>有効なサインインではありません</translation>
    </message>
    <message>
        <source>This page was not opened by the sign-in that Leap Entra Setup started. Return to the app and sign in from there.</source>
        <translation>このページは Leap Entra Setup が開始したサインインによって開かれたものではありません。アプリに戻ってそこからサインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in server sent neither a code nor an error. Return to the app and sign in again.</source>
        <translation>サインイン サーバーからコードもエラーも送られてきませんでした。アプリに戻ってもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>サインインが完了していません</translation>
    </message>
    <message>
        <source>The sign-in was not completed. Return to Leap Entra Setup to see why.</source>
        <translation>サインインは完了しませんでした。理由は Leap Entra Setup で確認してください。</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>You are signed in to Leap Entra Setup. You can close this tab and return to the app.</source>
        <translation>Leap Entra Setup にサインインしました。このタブを閉じてアプリに戻ってかまいません。</translation>
    </message>
    <message>
        <source>A browser sign-in is already running.</source>
        <translation>ブラウザーでのサインインが既に実行中です。</translation>
    </message>
    <message>
        <source>Could not open a local port for the browser to return to.</source>
        <translation>ブラウザーの戻り先となるローカル ポートを開けませんでした。</translation>
    </message>
    <message>
        <source>Sign in with a device code instead (--sign-in device-code).</source>
        <translation>代わりにデバイス コードでサインインしてください (--sign-in device-code)。</translation>
    </message>
    <message>
        <source>You can close this tab and return to the app.</source>
        <translation>このタブを閉じてアプリに戻ってかまいません。</translation>
    </message>
    <message>
        <source>Browser sign-in did not start.</source>
        <translation>ブラウザーでのサインインが開始されませんでした。</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>サインインは取り消されました。</translation>
    </message>
    <message>
        <source>The browser sign-in did not finish in time.</source>
        <translation>ブラウザーでのサインインが時間内に完了しませんでした。</translation>
    </message>
    <message>
        <source>Sign in again, or sign in with a device code (--sign-in device-code).</source>
        <translation>もう一度サインインするか、デバイス コードでサインインしてください (--sign-in device-code)。</translation>
    </message>
</context>
<context>
    <name>leap::DeviceCodeFlow</name>
    <message>
        <source>This sign-in server does not offer device-code sign-in.</source>
        <translation>このサインイン サーバーはデバイス コードによるサインインに対応していません。</translation>
    </message>
    <message>
        <source>Sign in with the browser instead (--sign-in browser).</source>
        <translation>代わりにブラウザーでサインインしてください (--sign-in browser)。</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s device-code answer was incomplete.</source>
        <translation>サインイン サーバーのデバイス コードの応答が不完全でした。</translation>
    </message>
    <message>
        <source>Try again, or sign in with the browser (--sign-in browser).</source>
        <translation>もう一度お試しいただくか、ブラウザーでサインインしてください (--sign-in browser)。</translation>
    </message>
    <message>
        <source>To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.</source>
        <translation>サインインするには、Web ブラウザーでページ %1 を開き、コード %2 を入力して認証してください。</translation>
    </message>
    <message>
        <source>The device code was not entered in time.</source>
        <translation>デバイス コードが時間内に入力されませんでした。</translation>
    </message>
    <message>
        <source>Start the sign-in again and enter the new code within %1 minutes.</source>
        <translation>サインインをやり直し、%1 分以内に新しいコードを入力してください。</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>サインインは取り消されました。</translation>
    </message>
</context>
<context>
    <name>leap::Discovery</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>サインインは取り消されました。</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time.</source>
        <translation>サインイン サーバー %1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server %1: %2.</source>
        <translation>サインイン サーバー %1 に接続できませんでした: %2。</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and --authority, then try again.</source>
        <translation>ネットワーク接続、プロキシ、--authority を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1.</source>
        <translation>サインイン サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 did not return a discovery document.</source>
        <translation>%1 から探索ドキュメントが返されませんでした。</translation>
    </message>
    <message>
        <source>Check --authority: it must be the login host of a Microsoft identity platform, such as https://login.microsoftonline.com.</source>
        <translation>--authority を確認してください。https://login.microsoftonline.com のような Microsoft ID プラットフォームのサインイン ホストである必要があります。</translation>
    </message>
</context>
<context>
    <name>leap::DriftService</name>
    <message>
        <source>Comparing the profile with the tenant…</source>
        <translation>プロファイルをテナントと比較しています…</translation>
    </message>
    <message>
        <source>The application %1 no longer exists in the tenant.</source>
        <translation>アプリケーション %1 はテナントに存在しなくなりました。</translation>
    </message>
    <message>
        <source>Run `%1` to register it again; Leap then needs the new Application (client) ID and secret.</source>
        <translation>`%1` を実行して再登録してください。その後、Leap には新しいアプリケーション (クライアント) ID とシークレットが必要です。</translation>
    </message>
    <message>
        <source>The redirect URI %1 is missing from the application: Leap&apos;s sign-in would fail with AADSTS50011.</source>
        <translation>アプリケーションにリダイレクト URI %1 がありません。Leap へのサインインは AADSTS50011 で失敗します。</translation>
    </message>
    <message>
        <source>Run `%1` to add it back.</source>
        <translation>`%1` を実行して再度追加してください。</translation>
    </message>
    <message>
        <source>The application no longer requests the Microsoft Graph permission %1.</source>
        <translation>アプリケーションは Microsoft Graph のアクセス許可 %1 を要求しなくなりました。</translation>
    </message>
    <message>
        <source>Run `%1` to request it again.</source>
        <translation>`%1` を実行して再度要求してください。</translation>
    </message>
    <message>
        <source>Admin consent for the application permission %1 is missing (no app role assignment): Leap cannot look up users or groups.</source>
        <translation>アプリケーションの許可 %1 に対する管理者の同意がありません (アプリ ロールの割り当てなし)。Leap はユーザーやグループを検索できません。</translation>
    </message>
    <message>
        <source>The delegated permission %1 is not granted for all users: sign-in to Leap may ask for admin approval.</source>
        <translation>委任されたアクセス許可 %1 がすべてのユーザーに付与されていません。Leap へのサインイン時に管理者の承認を求められる場合があります。</translation>
    </message>
    <message>
        <source>Run `%1` as a Privileged Role Administrator or Global Administrator, or send this admin-consent address to one: %2</source>
        <translation>特権ロール管理者またはグローバル管理者として `%1` を実行するか、該当する管理者にこの管理者の同意のアドレスを送ってください: %2</translation>
    </message>
    <message>
        <source>The profile has no current client secret.</source>
        <translation>プロファイルに現在のクライアント シークレットがありません。</translation>
    </message>
    <message>
        <source>Create one with `%1`.</source>
        <translation>`%1` で作成してください。</translation>
    </message>
    <message>
        <source>The current client secret %1 was removed from the application: Leap can no longer sign in with it.</source>
        <translation>現在のクライアント シークレット %1 がアプリケーションから削除されました。Leap はこれでサインインできなくなりました。</translation>
    </message>
    <message>
        <source>Create a new one with `%1` and put it into Leap.</source>
        <translation>`%1` で新しいシークレットを作成し、Leap に設定してください。</translation>
    </message>
    <message>
        <source>The current client secret %1 expired on %2: nobody can sign in to Leap.</source>
        <translation>現在のクライアント シークレット %1 は %2 に期限切れになりました。誰も Leap にサインインできません。</translation>
    </message>
    <message>
        <source>Create a new one now with `%1` and put it into Leap.</source>
        <translation>今すぐ `%1` で新しいシークレットを作成し、Leap に設定してください。</translation>
    </message>
    <message>
        <source>The current client secret %1 expires in %2 days (%3).</source>
        <translation>現在のクライアント シークレット %1 は %2 日後に期限切れになります (%3)。</translation>
    </message>
    <message>
        <source>Rotate it before then with `%1`, update Leap, then retire the old one.</source>
        <translation>それまでに `%1` でローテーションし、Leap を更新してから古いシークレットを廃止してください。</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain.</source>
        <translation>現在のクライアント シークレット %1 の値は、このコンピューターのキーチェーンにありません。</translation>
    </message>
    <message>
        <source>If Leap already has it, nothing is wrong in Leap; to keep a copy here, create a new secret with `%1`.</source>
        <translation>Leap に既に設定済みなら Leap 側は問題ありません。ここにもコピーを保持するには、`%1` で新しいシークレットを作成してください。</translation>
    </message>
</context>
<context>
    <name>leap::GraphClient</name>
    <message>
        <source>Waiting for the directory to replicate…</source>
        <translation>ディレクトリのレプリケーションを待っています…</translation>
    </message>
    <message>
        <source>Microsoft Graph is busy; retrying in %1 s…</source>
        <translation>Microsoft Graph が混み合っています。%1 秒後に再試行します…</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer properly; retrying in %1 s…</source>
        <translation>Microsoft Graph が正しく応答しませんでした。%1 秒後に再試行します…</translation>
    </message>
    <message>
        <source>a next-page link points outside Microsoft Graph</source>
        <translation>次ページのリンクが Microsoft Graph の外を指しています</translation>
    </message>
    <message>
        <source>more than 1000 pages</source>
        <translation>1000 ページを超えています</translation>
    </message>
    <message>
        <source>the batch answer lacks an item</source>
        <translation>バッチ応答に項目が欠けています</translation>
    </message>
</context>
<context>
    <name>leap::GraphError</name>
    <message>
        <source>Microsoft Graph refused the request: the signed-in account lacks the permission or directory role it needs%1.</source>
        <translation>Microsoft Graph が要求を拒否しました。サインインしているアカウントに必要なアクセス許可またはディレクトリ ロールがありません%1。</translation>
    </message>
    <message>
        <source>Sign in as a Global Administrator or Privileged Role Administrator, or hand the task to someone who is one.</source>
        <translation>グローバル管理者または特権ロール管理者としてサインインするか、該当する管理者に作業を依頼してください。</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request with status %1%2.</source>
        <translation>Microsoft Graph が状態 %1%2 で要求を拒否しました。</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s policies and the message above; the request id helps Microsoft support.</source>
        <translation>テナントのポリシーと上のメッセージを確認してください。要求 ID は Microsoft サポートの役に立ちます。</translation>
    </message>
    <message>
        <source>Microsoft Graph could not find the object%1.</source>
        <translation>Microsoft Graph でオブジェクトが見つかりませんでした%1。</translation>
    </message>
    <message>
        <source>It may have been deleted in the tenant; run `status` to compare the profile with the tenant.</source>
        <translation>テナントで削除された可能性があります。`status` を実行してプロファイルとテナントを比較してください。</translation>
    </message>
    <message>
        <source>Microsoft Graph no longer accepts the sign-in%1.</source>
        <translation>Microsoft Graph はこのサインインを受け付けなくなりました%1。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Microsoft Graph kept throttling the requests (HTTP 429) beyond the retry limit.</source>
        <translation>Microsoft Graph が再試行の上限を超えて要求を調整し続けました (HTTP 429)。</translation>
    </message>
    <message>
        <source>Wait a few minutes and run the command again; it resumes where it stopped.</source>
        <translation>数分待ってからもう一度コマンドを実行してください。中断したところから再開します。</translation>
    </message>
    <message>
        <source>Microsoft Graph kept failing with HTTP %1%2.</source>
        <translation>Microsoft Graph で HTTP %1%2 のエラーが続きました。</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation>Microsoft Graph が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Check the network connection (and proxy), then run the command again; it resumes where it stopped.</source>
        <translation>ネットワーク接続 (とプロキシ) を確認してから、もう一度コマンドを実行してください。中断したところから再開します。</translation>
    </message>
    <message>
        <source>Microsoft Graph could not be reached%1.</source>
        <translation>Microsoft Graph に接続できませんでした%1。</translation>
    </message>
    <message>
        <source>The directory did not finish replicating a new object in time%1.</source>
        <translation>ディレクトリで新しいオブジェクトのレプリケーションが時間内に完了しませんでした%1。</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer this program cannot read%1.</source>
        <translation>Microsoft Graph からこのプログラムで読み取れない応答が返されました%1。</translation>
    </message>
    <message>
        <source>Run again with --verbose and report the request id.</source>
        <translation>--verbose を付けてもう一度実行し、要求 ID を報告してください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>取り消されました。</translation>
    </message>
</context>
<context>
    <name>leap::PermissionCatalog</name>
    <message>
        <source>The tenant has no Microsoft Graph service principal, so its permissions cannot be looked up.</source>
        <translation>テナントに Microsoft Graph のサービス プリンシパルがないため、そのアクセス許可を検索できません。</translation>
    </message>
    <message>
        <source>Check that the tenant is an ordinary Microsoft Entra tenant and the right cloud was chosen (--cloud).</source>
        <translation>テナントが通常の Microsoft Entra テナントであることと、正しいクラウドが選択されていること (--cloud) を確認してください。</translation>
    </message>
    <message>
        <source>The tenant&apos;s Microsoft Graph offers no %1 permission &quot;%2&quot;.</source>
        <translation>テナントの Microsoft Graph に %1 のアクセス許可「%2」がありません。</translation>
    </message>
    <message>
        <source>Check that the right cloud was chosen (--cloud); Leap needs this permission.</source>
        <translation>正しいクラウドが選択されているか確認してください (--cloud)。Leap にはこのアクセス許可が必要です。</translation>
    </message>
    <message>
        <source>Microsoft Graph described its service principal without an id.</source>
        <translation>Microsoft Graph が ID のないサービス プリンシパル情報を返しました。</translation>
    </message>
</context>
<context>
    <name>leap::PermissionService</name>
    <message>
        <source>The profile has no service principal yet; register the application first.</source>
        <translation>プロファイルにはまだサービス プリンシパルがありません。先にアプリケーションを登録してください。</translation>
    </message>
    <message>
        <source>Checking permissions and consent…</source>
        <translation>アクセス許可と同意を確認しています…</translation>
    </message>
    <message>
        <source>Granting admin consent for Microsoft Graph permissions…</source>
        <translation>Microsoft Graph のアクセス許可に管理者の同意を与えています…</translation>
    </message>
    <message>
        <source>grant admin consent</source>
        <translation>管理者の同意の付与</translation>
    </message>
</context>
<context>
    <name>leap::Profile</name>
    <message>
        <source>The profile file has schema version %1; this version reads %2.</source>
        <translation>プロファイル ファイルのスキーマ バージョンは %1 ですが、このバージョンが読み取れるのは %2 です。</translation>
    </message>
    <message>
        <source>Use a matching version of Leap Entra Setup, or run `forget` and configure again.</source>
        <translation>対応するバージョンの Leap Entra Setup を使用するか、`forget` を実行してから構成し直してください。</translation>
    </message>
    <message>
        <source>The profile names an unknown cloud.</source>
        <translation>プロファイルに不明なクラウドが指定されています。</translation>
    </message>
    <message>
        <source>Edit the profile&apos;s &quot;cloud&quot; to global, usgov, usgov-dod or china.</source>
        <translation>プロファイルの「cloud」を global、usgov、usgov-dod、china のいずれかに変更してください。</translation>
    </message>
    <message>
        <source>The profile&apos;s endpoint override is not acceptable: %1</source>
        <translation>プロファイルのエンドポイントの上書き設定は使用できません: %1</translation>
    </message>
</context>
<context>
    <name>leap::ProfileStore</name>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」はありません。</translation>
    </message>
    <message>
        <source>Run `configure` to create it, or pick another with --profile.</source>
        <translation>`configure` を実行して作成するか、--profile で別のプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2.</source>
        <translation>プロファイル ファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>ファイルのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged (%2 at offset %3).</source>
        <translation>プロファイル ファイル %1 が破損しています (オフセット %3 で %2)。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>Repair the file, or remove it with `forget --profile %1` and configure again.</source>
        <translation>ファイルを修復するか、`forget --profile %1` で削除してから構成し直してください。</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be used: %2</source>
        <translation>プロファイル ファイル %1 は使用できません: %2</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>プロファイル ディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Check that your configuration directory is writable.</source>
        <translation>構成ディレクトリに書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>Cannot write the profile file %1: %2.</source>
        <translation>プロファイル ファイル %1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>Check that the directory is writable and the disk is not full.</source>
        <translation>ディレクトリに書き込めることと、ディスクがいっぱいでないことを確認してください。</translation>
    </message>
    <message>
        <source>Cannot remove the profile file %1.</source>
        <translation>プロファイル ファイル %1 を削除できません。</translation>
    </message>
    <message>
        <source>Check the permissions of the profile directory.</source>
        <translation>プロファイル ディレクトリのアクセス許可を確認してください。</translation>
    </message>
</context>
<context>
    <name>leap::RotationService</name>
    <message>
        <source>The profile &quot;%1&quot; has no application yet, so there is no secret to rotate.</source>
        <translation>プロファイル「%1」にはまだアプリケーションがないため、ローテーションするシークレットはありません。</translation>
    </message>
    <message>
        <source>Run `leap-entra-setup --profile %1 configure` first.</source>
        <translation>先に `leap-entra-setup --profile %1 configure` を実行してください。</translation>
    </message>
    <message>
        <source>Adding a new client secret &quot;%1&quot;; the current one stays valid.</source>
        <translation>新しいクライアント シークレット「%1」を追加しています。現在のシークレットは有効なままです。</translation>
    </message>
    <message>
        <source>The keychain could not store the new client secret in this run, so no older secret is retired.</source>
        <translation>今回の実行ではキーチェーンに新しいクライアント シークレットを保存できなかったため、古いシークレットは廃止しません。</translation>
    </message>
    <message>
        <source>Make the keychain available, rotate again with `%1`, then retire the old secrets.</source>
        <translation>キーチェーンを使用できるようにしてから `%1` でもう一度ローテーションし、古いシークレットを廃止してください。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application.</source>
        <translation>プロファイル「%1」にはアプリケーションがありません。</translation>
    </message>
    <message>
        <source>Say which secret to retire.</source>
        <translation>廃止するシークレットを指定してください。</translation>
    </message>
    <message>
        <source>Use --key-id KEY or --all-but-current.</source>
        <translation>--key-id KEY または --all-but-current を使用してください。</translation>
    </message>
    <message>
        <source>Reading the application&apos;s client secrets…</source>
        <translation>アプリケーションのクライアント シークレットを読み取っています…</translation>
    </message>
    <message>
        <source>The profile has no current client secret, so every secret would go.</source>
        <translation>プロファイルに現在のクライアント シークレットがないため、すべてのシークレットが廃止されてしまいます。</translation>
    </message>
    <message>
        <source>Create one with `%1` first, or add --force.</source>
        <translation>先に `%1` で作成するか、--force を付けてください。</translation>
    </message>
    <message>
        <source>There is no client secret %1 on the application or in the profile.</source>
        <translation>アプリケーションにもプロファイルにもクライアント シークレット %1 はありません。</translation>
    </message>
    <message>
        <source>Run `leap-entra-setup --profile %1 status` to list the secrets.</source>
        <translation>`leap-entra-setup --profile %1 status` を実行してシークレットの一覧を表示してください。</translation>
    </message>
    <message>
        <source>%1 is the current client secret, the one Leap should be using.</source>
        <translation>%1 は現在のクライアント シークレットで、Leap が使用すべきものです。</translation>
    </message>
    <message>
        <source>Rotate first with `%1`, put the new value into Leap, then retire this one (or add --force).</source>
        <translation>先に `%1` でローテーションし、新しい値を Leap に設定してから、このシークレットを廃止してください (または --force を付けてください)。</translation>
    </message>
    <message>
        <source>Retiring this would leave the application with no valid client secret, and nobody could sign in to Leap.</source>
        <translation>これを廃止するとアプリケーションに有効なクライアント シークレットがなくなり、誰も Leap にサインインできなくなります。</translation>
    </message>
    <message>
        <source>Create a new one with `%1` first (or add --force).</source>
        <translation>先に `%1` で新しいシークレットを作成してください (または --force を付けてください)。</translation>
    </message>
    <message>
        <source>Nothing was retired.</source>
        <translation>何も廃止されませんでした。</translation>
    </message>
    <message>
        <source>The current client secret %1 is not in this computer&apos;s keychain; retiring the others could leave no secret anyone can hand to Leap.</source>
        <translation>現在のクライアント シークレット %1 はこのコンピューターのキーチェーンにありません。他を廃止すると、Leap に渡せるシークレットがなくなるおそれがあります。</translation>
    </message>
    <message>
        <source>Retire from the computer that created it, rotate here with `%1`, or add --force if Leap already uses the current secret.</source>
        <translation>作成したコンピューターで廃止するか、ここで `%1` でローテーションするか、Leap が既に現在のシークレットを使っている場合は --force を付けてください。</translation>
    </message>
    <message>
        <source>Proving the current secret works before retiring the others…</source>
        <translation>他を廃止する前に、現在のシークレットが機能するか確認しています…</translation>
    </message>
    <message>
        <source>Nothing was retired; add --force to retire anyway.</source>
        <translation>何も廃止されませんでした。それでも廃止するには --force を付けてください。</translation>
    </message>
    <message>
        <source>Retiring client secret %1…</source>
        <translation>クライアント シークレット %1 を廃止しています…</translation>
    </message>
    <message>
        <source>Already retired: %1.</source>
        <translation>廃止済み: %1。</translation>
    </message>
    <message>
        <source>Proving the new secret works (a client-credentials token)…</source>
        <translation>新しいシークレットが機能するか確認しています (クライアント資格情報でトークンを取得します)…</translation>
    </message>
</context>
<context>
    <name>leap::SecretLifetime</name>
    <message>
        <source>The end date of the secret must be in the future.</source>
        <translation>シークレットの終了日は将来の日付にしてください。</translation>
    </message>
    <message>
        <source>Choose a date within the next %1 days.</source>
        <translation>今後 %1 日以内の日付を選択してください。</translation>
    </message>
    <message>
        <source>A client secret can last at most %1 days.</source>
        <translation>クライアント シークレットの有効期間は最大 %1 日です。</translation>
    </message>
    <message>
        <source>Choose an earlier end date.</source>
        <translation>より早い終了日を選択してください。</translation>
    </message>
    <message>
        <source>A client secret lasts %1 to %2 days; %3 was given.</source>
        <translation>クライアント シークレットの有効期間は %1 日から %2 日ですが、%3 が指定されました。</translation>
    </message>
    <message>
        <source>Use one of 90, 180, 365, 545 or 730 days.</source>
        <translation>90、180、365、545、730 日のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>leap::SecretService</name>
    <message>
        <source>The profile has no application yet.</source>
        <translation>プロファイルにはまだアプリケーションがありません。</translation>
    </message>
    <message>
        <source>read the application&apos;s secrets</source>
        <translation>アプリケーションのシークレットの読み取り</translation>
    </message>
    <message>
        <source>Removing a client secret whose value an interrupted run lost…</source>
        <translation>中断された実行で値が失われたクライアント シークレットを削除しています…</translation>
    </message>
    <message>
        <source>remove an orphaned client secret</source>
        <translation>孤立したクライアント シークレットの削除</translation>
    </message>
    <message>
        <source>The profile has no application yet; register it first.</source>
        <translation>プロファイルにはまだアプリケーションがありません。先に登録してください。</translation>
    </message>
    <message>
        <source>Creating the client secret &quot;%1&quot;…</source>
        <translation>クライアント シークレット「%1」を作成しています…</translation>
    </message>
    <message>
        <source>add a client secret</source>
        <translation>クライアント シークレットの追加</translation>
    </message>
    <message>
        <source>Microsoft Graph created a client secret but did not return it.</source>
        <translation>Microsoft Graph はクライアント シークレットを作成しましたが、返しませんでした。</translation>
    </message>
    <message>
        <source>Run the command again; the incomplete secret is removed first.</source>
        <translation>もう一度コマンドを実行してください。不完全なシークレットは最初に削除されます。</translation>
    </message>
    <message>
        <source>The client secret %1 was created on the application, but the system keychain could not store its value. %2</source>
        <translation>クライアント シークレット %1 はアプリケーションに作成されましたが、システムのキーチェーンにその値を保存できませんでした。%2</translation>
    </message>
    <message>
        <source>If its value was not copied, retire the secret with `retire-secret --key-id %1`.</source>
        <translation>値をコピーしていない場合は、`retire-secret --key-id %1` でシークレットを廃止してください。</translation>
    </message>
    <message>
        <source>The profile has no application.</source>
        <translation>プロファイルにアプリケーションがありません。</translation>
    </message>
    <message>
        <source>Removing the client secret %1…</source>
        <translation>クライアント シークレット %1 を削除しています…</translation>
    </message>
    <message>
        <source>remove the client secret</source>
        <translation>クライアント シークレットの削除</translation>
    </message>
    <message>
        <source>keychain entry left</source>
        <translation>キーチェーンのエントリが残っています</translation>
    </message>
</context>
<context>
    <name>leap::SecretStore</name>
    <message>
        <source>The system keychain holds no entry &quot;%1&quot;.</source>
        <translation>システムのキーチェーンにエントリ「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>leap::SignInSession</name>
    <message>
        <source>Reading the sign-in configuration of %1</source>
        <translation>%1 のサインイン構成を読み取っています</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser</source>
        <translation>ブラウザーでのサインインを待っています</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered</source>
        <translation>コードの入力を待っています</translation>
    </message>
    <message>
        <source>No saved sign-in for this profile.</source>
        <translation>このプロファイルに保存されたサインインはありません。</translation>
    </message>
    <message>
        <source>Sign in.</source>
        <translation>サインインしてください。</translation>
    </message>
    <message>
        <source>Using the saved sign-in</source>
        <translation>保存されたサインインを使用しています</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in has expired.</source>
        <translation>サインインの有効期限が切れました。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>leap::SupportBundle</name>
    <message>
        <source>Choose a file in a directory you can write to.</source>
        <translation>書き込み可能なディレクトリのファイルを選択してください。</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name.</source>
        <translation>--support-bundle にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>Cannot write the support bundle %1: %2.</source>
        <translation>サポート バンドル %1 を書き込めません: %2。</translation>
    </message>
    <message>
        <source>the file could not be replaced</source>
        <translation>ファイルを置き換えられませんでした</translation>
    </message>
</context>
<context>
    <name>leap::TokenClient</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>サインインは取り消されました。</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer in time.</source>
        <translation>サインイン サーバー %1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server %1: %2.</source>
        <translation>サインイン サーバー %1 に接続できませんでした: %2。</translation>
    </message>
    <message>
        <source>Check the network connection and proxy, then try again.</source>
        <translation>ネットワーク接続とプロキシを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in server answered HTTP %1.</source>
        <translation>サインイン サーバーが HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>leap::VerifyService</name>
    <message>
        <source>No answer from the token endpoint %1 (%2).</source>
        <translation>トークン エンドポイント %1 から応答がありません (%2)。</translation>
    </message>
    <message>
        <source>Check the network connection, a proxy, and the cloud or --authority of the profile.</source>
        <translation>ネットワーク接続、プロキシ、プロファイルのクラウドまたは --authority を確認してください。</translation>
    </message>
    <message>
        <source>The token endpoint is busy or failing (HTTP %1).</source>
        <translation>トークン エンドポイントが混み合っているか、エラーが発生しています (HTTP %1)。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer the read of %1 (%2).</source>
        <translation>Microsoft Graph が %1 の読み取りに応答しませんでした (%2)。</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to read %1 with the application&apos;s token (HTTP %2 %3).</source>
        <translation>Microsoft Graph がアプリケーションのトークンによる %1 の読み取りを拒否しました (HTTP %2 %3)。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application with a current client secret to verify.</source>
        <translation>プロファイル「%1」には、検証できる現在のクライアント シークレットを持つアプリケーションがありません。</translation>
    </message>
    <message>
        <source>Run `%1` first.</source>
        <translation>先に `%1` を実行してください。</translation>
    </message>
    <message>
        <source>Verification needs the keychain, which was not given.</source>
        <translation>検証にはキーチェーンが必要ですが、指定されていません。</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>検証は取り消されました。</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain, so it cannot be tested here.</source>
        <translation>現在のクライアント シークレット %1 の値はこのコンピューターのキーチェーンにないため、ここではテストできません。</translation>
    </message>
    <message>
        <source>Verify on the computer that created it, or create a new secret with `%1`.</source>
        <translation>作成したコンピューターで検証するか、`%1` で新しいシークレットを作成してください。</translation>
    </message>
    <message>
        <source>The client secret value is empty.</source>
        <translation>クライアント シークレットの値が空です。</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s Value, not its Secret ID.</source>
        <translation>シークレットの「シークレット ID」ではなく「値」を貼り付けてください。</translation>
    </message>
    <message>
        <source>Wait a few minutes and verify again. If it persists, run `%1` as a Privileged Role Administrator or Global Administrator, or send this admin-consent address to one: %2</source>
        <translation>数分待ってからもう一度検証してください。解決しない場合は、特権ロール管理者またはグローバル管理者として `%1` を実行するか、該当する管理者にこの管理者の同意のアドレスを送ってください: %2</translation>
    </message>
    <message>
        <source>Waiting for the directory to replicate (%1)… retrying in %2 s.</source>
        <translation>ディレクトリのレプリケーションを待っています (%1)… %2 秒後に再試行します。</translation>
    </message>
</context>
<context>
    <name>leap::cli</name>
    <message>
        <source>Delete the local profile and its keychain entries; touches nothing in the tenant.</source>
        <translation>ローカル プロファイルとそのキーチェーン エントリを削除します。テナントには何も変更を加えません。</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>  request id: %1 (%2)</source>
        <translation>  要求 ID: %1 (%2)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Exit status:
  0 done; 1 unexpected internal error; 2 bad command line or input (nothing was
  changed); 3 sign-in failed or was cancelled; 4 Graph refused (missing role,
  tenant policy, conflict); 5 secure storage unavailable; 6 verification failed;
  7 network failure that outlasted the retries.
</source>
        <translation>終了ステータス:
  0 完了、1 予期しない内部エラー、2 コマンド ラインまたは入力の誤り (何も変更されて
  いません)、3 サインインの失敗または取り消し、4 Graph による拒否 (ロールの不足、
  テナントのポリシー、競合)、5 安全な保存場所を使用できない、6 検証の失敗、
  7 再試行しても解消しなかったネットワーク障害。
</translation>
    </message>
    <message>
        <source>Configures Microsoft Entra ID for HCL Leap: registers the application, creates its client secret (kept in the OS keychain) and grants the Microsoft Graph permissions Leap needs. With no command it opens the wizard.</source>
        <translation>HCL Leap 用に Microsoft Entra ID を構成します。アプリケーションを登録し、クライアント シークレットを作成して (OS のキーチェーンに保存)、Leap に必要な Microsoft Graph のアクセス許可を付与します。コマンドを指定しないとウィザードが開きます。</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>以下のいずれかのコマンド。</translation>
    </message>
    <message>
        <source>Profiles are kept in $XDG_CONFIG_HOME/leap-entra-setup/profiles (no secret is ever written there; secrets live in the OS keychain, service &quot;leap-entra-setup&quot;). With --sandbox, profiles are kept in the &quot;sandbox&quot; subdirectory instead, so a demo never mixes with a real tenant&apos;s profile, and the sandbox tenant itself is saved under $XDG_DATA_HOME/leap-entra-setup/sandbox between runs.</source>
        <translation>プロファイルは $XDG_CONFIG_HOME/leap-entra-setup/profiles に保存されます (そこにシークレットが書き込まれることはありません。シークレットは OS のキーチェーンのサービス「leap-entra-setup」に保存されます)。--sandbox を付けると、デモが実際のテナントのプロファイルと混ざらないよう、プロファイルは代わりに「sandbox」サブディレクトリに保存され、サンドボックス テナント自体は実行の間 $XDG_DATA_HOME/leap-entra-setup/sandbox に保存されます。</translation>
    </message>
    <message>
        <source>Tenant to prefill.</source>
        <translation>あらかじめ入力するテナント。</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Leap server to prefill.</source>
        <translation>あらかじめ入力する Leap サーバー。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Unexpected arguments.</source>
        <translation>予期しない引数です。</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the commands and options.</source>
        <translation>`%1 --help` を実行するとコマンドとオプションを確認できます。</translation>
    </message>
    <message>
        <source>Support bundle written to %1.</source>
        <translation>サポート バンドルを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>--%1 is not an option.</source>
        <translation>--%1 はオプションではありません。</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the options.</source>
        <translation>`%1 --help` を実行するとオプションを確認できます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>「%1」はコマンドではありません。</translation>
    </message>
    <message>
        <source>Run `%1 --help` for the commands.</source>
        <translation>`%1 --help` を実行するとコマンドを確認できます。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after %2.</source>
        <translation>%2 の後に予期しない引数「%1」があります。</translation>
    </message>
    <message>
        <source>Give option values with their option, e.g. --tenant contoso.onmicrosoft.com.</source>
        <translation>オプションの値はオプションと一緒に指定してください (例: --tenant contoso.onmicrosoft.com)。</translation>
    </message>
    <message>
        <source>%1 does not take --%2.</source>
        <translation>%1 では --%2 を使用できません。</translation>
    </message>
    <message>
        <source>Run `%1 %2 --help` for its options.</source>
        <translation>`%1 %2 --help` を実行するとそのオプションを確認できます。</translation>
    </message>
    <message>
        <source>Compare the saved profile with the live tenant: application, secrets and days left, permissions and consent, drift.</source>
        <translation>保存されたプロファイルを実際のテナントと比較します: アプリケーション、シークレットと残り日数、アクセス許可と同意、差異。</translation>
    </message>
    <message>
        <source>Remove older secrets from the application and the keychain.</source>
        <translation>古いシークレットをアプリケーションとキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>The key id of the secret to retire.</source>
        <translation>廃止するシークレットのキー ID。</translation>
    </message>
    <message>
        <source>Retire every secret of this profile except the current one.</source>
        <translation>このプロファイルの現在のシークレット以外をすべて廃止します。</translation>
    </message>
    <message>
        <source>Also retire the current or only valid secret, without proving the current one first.</source>
        <translation>現在のシークレットや唯一の有効なシークレットも、事前に検証せずに廃止します。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>プロファイル「%1」はありません。</translation>
    </message>
    <message>
        <source>Run configure first.</source>
        <translation>先に configure を実行してください。</translation>
    </message>
    <message>
        <source>Run configure first, or pick one of: %1.</source>
        <translation>先に configure を実行するか、次のいずれかを選択してください: %1。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no application yet.</source>
        <translation>プロファイル「%1」にはまだアプリケーションがありません。</translation>
    </message>
    <message>
        <source>Run configure to finish the setup.</source>
        <translation>configure を実行してセットアップを完了してください。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>プロファイル「%1」はクラウド %2 用です。</translation>
    </message>
    <message>
        <source>Leave out --cloud, or pick the profile of that cloud.</source>
        <translation>--cloud を省略するか、そのクラウドのプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>Prove the stored secret works: a client-credentials token, then Graph reads of users and groups.</source>
        <translation>保存されたシークレットが機能するか検証します: クライアント資格情報でトークンを取得し、Graph でユーザーとグループを読み取ります。</translation>
    </message>
    <message>
        <source>How long to keep retrying while a new secret or consent replicates (default 120).</source>
        <translation>新しいシークレットや同意のレプリケーション中に再試行を続ける時間 (既定値 120)。</translation>
    </message>
    <message>
        <source>Saved configuration to use, one per Leap environment (default: &quot;default&quot;).</source>
        <translation>使用する保存済み構成。Leap 環境ごとに 1 つ (既定値: &quot;default&quot;)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>National cloud: global, usgov, usgov-dod or china.</source>
        <translation>国別クラウド: global、usgov、usgov-dod、china。</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Override the login host (https; plain http only for loopback).</source>
        <translation>サインイン ホストを上書きします (https。暗号化されていない http はループバックのみ)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Override the Microsoft Graph root (https; plain http only for loopback).</source>
        <translation>Microsoft Graph のルートを上書きします (https。暗号化されていない http はループバックのみ)。</translation>
    </message>
    <message>
        <source>How the administrator signs in: device-code (default) or browser.</source>
        <translation>管理者のサインイン方法: device-code (既定) または browser。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Public client used to sign the administrator in (default: Microsoft Graph Command Line Tools).</source>
        <translation>管理者のサインインに使うパブリック クライアント (既定値: Microsoft Graph Command Line Tools)。</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Use the built-in offline sandbox tenant; nothing reaches Microsoft. Sandbox profiles are kept apart from real ones (in a &quot;sandbox&quot; subdirectory of the profile directory).</source>
        <translation>組み込みのオフライン サンドボックス テナントを使用します。Microsoft には何も送信されません。サンドボックスのプロファイルは実際のものとは別に保存されます (プロファイル ディレクトリの「sandbox」サブディレクトリ)。</translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON document on stdout.</source>
        <translation>機械可読な出力: stdout に 1 つの JSON ドキュメント。</translation>
    </message>
    <message>
        <source>More log lines on stderr (always redacted).</source>
        <translation>stderr により多くのログ行を出力します (常に秘匿処理済み)。</translation>
    </message>
    <message>
        <source>Language of messages, e.g. de or pt_BR.</source>
        <translation>メッセージの言語 (例: de、pt_BR)。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>When the command ends, write a support bundle (redacted log with Graph request-ids, profile, versions; never a secret) to FILE, mode 0600.</source>
        <translation>コマンドの終了時に、サポート バンドル (Graph の要求 ID 付きの秘匿処理済みログ、プロファイル、バージョン。シークレットは含まない) を FILE にモード 0600 で書き込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Show help (for a command: COMMAND --help).</source>
        <translation>ヘルプを表示します (コマンドの場合: COMMAND --help)。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 が複数回指定されています。</translation>
    </message>
    <message>
        <source>Give it once.</source>
        <translation>1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>--cloud &quot;%1&quot; is not a known cloud.</source>
        <translation>--cloud「%1」は既知のクラウドではありません。</translation>
    </message>
    <message>
        <source>Use global, usgov, usgov-dod or china.</source>
        <translation>global、usgov、usgov-dod、china のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--sign-in &quot;%1&quot; is not a sign-in method.</source>
        <translation>--sign-in「%1」はサインイン方法ではありません。</translation>
    </message>
    <message>
        <source>Use device-code or browser.</source>
        <translation>device-code または browser を使用してください。</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code.</source>
        <translation>--lang「%1」は言語コードではありません。</translation>
    </message>
    <message>
        <source>Use a code such as en, de or pt_BR.</source>
        <translation>en、de、pt_BR のようなコードを使用してください。</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name.</source>
        <translation>--support-bundle にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>Give the file to write, e.g. --support-bundle leap-support.json.</source>
        <translation>書き込むファイルを指定してください (例: --support-bundle leap-support.json)。</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --authority, --graph or --cloud.</source>
        <translation>--sandbox は --authority、--graph、--cloud と組み合わせられません。</translation>
    </message>
    <message>
        <source>Drop --sandbox to use a real tenant, or drop the other options.</source>
        <translation>実際のテナントを使うには --sandbox を外すか、他のオプションを外してください。</translation>
    </message>
    <message>
        <source>Add a new secret, store it, make it current; the old one stays valid until retired.</source>
        <translation>新しいシークレットを追加して保存し、現在のシークレットにします。古いシークレットは廃止するまで有効です。</translation>
    </message>
    <message>
        <source>Description of the new client secret (default &quot;Leap &lt;date&gt;&quot;).</source>
        <translation>新しいクライアント シークレットの説明 (既定値 &quot;Leap &lt;日付&gt;&quot;)。</translation>
    </message>
    <message>
        <source>Lifetime in days: 90, 180 (default), 365, 545 or 730, or any number up to 730.</source>
        <translation>有効期間 (日数): 90、180 (既定)、365、545、730、または 730 までの任意の数。</translation>
    </message>
    <message>
        <source>The configuration summary: json, markdown, html, pdf, liberty, properties or helm.</source>
        <translation>構成の概要: json、markdown、html、pdf、liberty、properties、helm。</translation>
    </message>
    <message>
        <source>json, markdown, html, pdf, liberty, properties or helm.</source>
        <translation>json、markdown、html、pdf、liberty、properties、helm のいずれか。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>標準出力の代わりに FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Include the client secret value (json, liberty, helm); only with --output, into a file readable by you only.</source>
        <translation>クライアント シークレットの値を含めます (json、liberty、helm)。--output 指定時のみ、本人だけが読めるファイルに書き込みます。</translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>維持</translation>
    </message>
    <message>
        <source>Register HCL Leap, create its client secret and grant the permissions (idempotent; --dry-run shows the plan).</source>
        <translation>HCL Leap を登録し、クライアント シークレットを作成して、アクセス許可を付与します (冪等。--dry-run で計画を表示)。</translation>
    </message>
    <message>
        <source>Tenant ID (GUID) or verified domain, e.g. contoso.onmicrosoft.com.</source>
        <translation>テナント ID (GUID) または確認済みドメイン (例: contoso.onmicrosoft.com)。</translation>
    </message>
    <message>
        <source>Host name of the Leap server with an optional port, e.g. leap.example.com:9443.</source>
        <translation>Leap サーバーのホスト名と任意のポート (例: leap.example.com:9443)。</translation>
    </message>
    <message>
        <source>Display name of the application (default: &quot;HCL Leap (HOST)&quot;).</source>
        <translation>アプリケーションの表示名 (既定値: &quot;HCL Leap (HOST)&quot;)。</translation>
    </message>
    <message>
        <source>Description of the client secret.</source>
        <translation>クライアント シークレットの説明。</translation>
    </message>
    <message>
        <source>Lifetime of the client secret in days, 1 to 730 (default: 180).</source>
        <translation>クライアント シークレットの有効期間 (日数、1 から 730、既定値: 180)。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Leap credential alias (default: azureAlias).</source>
        <translation>Leap の資格情報エイリアス (既定値: azureAlias)。</translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>Print the plan (what exists, what would be created or changed) and change nothing.</source>
        <translation>計画 (既存のもの、作成・変更されるもの) を表示し、何も変更しません。</translation>
    </message>
    <message>
        <source>Do not grant admin consent; print the consent address to hand to an administrator who holds the role.</source>
        <translation>管理者の同意を与えません。ロールを持つ管理者に渡す同意のアドレスを表示します。</translation>
    </message>
</context>
<context>
    <name>leap::cli::ConfigureCommand</name>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 が複数回指定されています。</translation>
    </message>
    <message>
        <source>Give it once.</source>
        <translation>1 回だけ指定してください。</translation>
    </message>
    <message>
        <source>--tenant is required.</source>
        <translation>--tenant は必須です。</translation>
    </message>
    <message>
        <source>Give the tenant ID or a verified domain, e.g. --tenant contoso.onmicrosoft.com.</source>
        <translation>テナント ID または確認済みドメインを指定してください (例: --tenant contoso.onmicrosoft.com)。</translation>
    </message>
    <message>
        <source>--leap-host is required.</source>
        <translation>--leap-host は必須です。</translation>
    </message>
    <message>
        <source>Give the host name of the Leap server, e.g. --leap-host leap.example.com.</source>
        <translation>Leap サーバーのホスト名を指定してください (例: --leap-host leap.example.com)。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the Leap server %2, not %3.</source>
        <translation>プロファイル「%1」は %3 ではなく Leap サーバー %2 用です。</translation>
    </message>
    <message>
        <source>Use another profile for another Leap environment (--profile NAME), or run `forget` first.</source>
        <translation>別の Leap 環境には別のプロファイルを使用するか (--profile NAME)、先に `forget` を実行してください。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>プロファイル「%1」はクラウド %2 用です。</translation>
    </message>
    <message>
        <source>Use another profile (--profile NAME) for another cloud.</source>
        <translation>別のクラウドには別のプロファイル (--profile NAME) を使用してください。</translation>
    </message>
    <message>
        <source>The sign-in did not say which tenant it belongs to.</source>
        <translation>サインインの情報にテナントが含まれていませんでした。</translation>
    </message>
    <message>
        <source>Give the tenant ID (a GUID) with --tenant.</source>
        <translation>--tenant でテナント ID (GUID) を指定してください。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; belongs to another tenant than %2.</source>
        <translation>プロファイル「%1」は %2 とは別のテナントのものです。</translation>
    </message>
    <message>
        <source>Use another profile for another tenant (--profile NAME), or run `forget` first.</source>
        <translation>別のテナントには別のプロファイルを使用するか (--profile NAME)、先に `forget` を実行してください。</translation>
    </message>
    <message>
        <source>the profile has no client secret yet</source>
        <translation>プロファイルにまだクライアント シークレットがありません</translation>
    </message>
    <message>
        <source>the current client secret %1 has expired</source>
        <translation>現在のクライアント シークレット %1 の有効期限が切れています</translation>
    </message>
    <message>
        <source>the current client secret %1 is no longer on the application</source>
        <translation>現在のクライアント シークレット %1 がアプリケーションにありません</translation>
    </message>
    <message>
        <source>the value of the current client secret %1 is not in the keychain</source>
        <translation>現在のクライアント シークレット %1 の値がキーチェーンにありません</translation>
    </message>
    <message>
        <source>Keep the current client secret %1 (in the keychain).</source>
        <translation>現在のクライアント シークレット %1 を維持します (キーチェーン内)。</translation>
    </message>
    <message>
        <source>Create the client secret &quot;%1&quot; valid for %2 days and store it in the keychain (%3).</source>
        <translation>有効期間 %2 日のクライアント シークレット「%1」を作成し、キーチェーンに保存します (%3)。</translation>
    </message>
    <message>
        <source>Create the client secret &quot;%1&quot; valid for %2 days and store it in the keychain.</source>
        <translation>有効期間 %2 日のクライアント シークレット「%1」を作成し、キーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Grant no admin consent (--no-admin-consent).</source>
        <translation>管理者の同意を与えません (--no-admin-consent)。</translation>
    </message>
    <message>
        <source>Keep the admin consent for %1.</source>
        <translation>%1 の管理者の同意を維持します。</translation>
    </message>
    <message>
        <source>Grant admin consent for %1.</source>
        <translation>%1 に管理者の同意を与えます。</translation>
    </message>
    <message>
        <source>Grant admin consent for %1 (%2).</source>
        <translation>%1 に管理者の同意を与えます (%2)。</translation>
    </message>
    <message>
        <source>Plan for the Leap server %1 in tenant %2 (dry run: nothing is changed):</source>
        <translation>テナント %2 の Leap サーバー %1 の計画 (ドライ ラン: 何も変更されません):</translation>
    </message>
    <message>
        <source>Run configure without --dry-run to make these changes.</source>
        <translation>これらの変更を行うには、--dry-run を付けずに configure を実行してください。</translation>
    </message>
    <message>
        <source>Everything is already in place.</source>
        <translation>すべて設定済みです。</translation>
    </message>
    <message>
        <source>Step 1 of 3: registering the application…</source>
        <translation>手順 1/3: アプリケーションを登録しています…</translation>
    </message>
    <message>
        <source>Step 2 of 3: the client secret; step 3 (consent) is skipped…</source>
        <translation>手順 2/3: クライアント シークレット。手順 3 (同意) はスキップします…</translation>
    </message>
    <message>
        <source>Steps 2 and 3 of 3: the client secret, the permissions and admin consent…</source>
        <translation>手順 2、3/3: クライアント シークレット、アクセス許可、管理者の同意…</translation>
    </message>
    <message>
        <source>%1 has admin consent.</source>
        <translation>%1 には管理者の同意があります。</translation>
    </message>
    <message>
        <source>%1 has no admin consent yet.</source>
        <translation>%1 にはまだ管理者の同意がありません。</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>アプリケーション (クライアント) ID: %1</translation>
    </message>
    <message>
        <source>Directory (tenant) ID:   %1</source>
        <translation>ディレクトリ (テナント) ID: %1</translation>
    </message>
    <message>
        <source>Redirect URI:            %1</source>
        <translation>リダイレクト URI: %1</translation>
    </message>
    <message>
        <source>Client secret:           %1 &quot;%2&quot;, until %3, in the keychain under %4</source>
        <translation>クライアント シークレット: %1「%2」、%3 まで、キーチェーンの %4</translation>
    </message>
    <message>
        <source>Credential alias:        %1</source>
        <translation>資格情報エイリアス: %1</translation>
    </message>
    <message>
        <source>Admin consent is still missing. Hand this address to a Privileged Role Administrator or Global Administrator: %1</source>
        <translation>管理者の同意がまだありません。このアドレスを特権ロール管理者またはグローバル管理者に渡してください: %1</translation>
    </message>
    <message>
        <source>Done: all three steps are in place.</source>
        <translation>完了: 3 つの手順がすべて設定されました。</translation>
    </message>
    <message>
        <source>Everything is already in place; nothing was changed.</source>
        <translation>すべて設定済みです。何も変更していません。</translation>
    </message>
    <message>
        <source>the application is new</source>
        <translation>アプリケーションは新規です</translation>
    </message>
    <message>
        <source>The client secret %1 is current and in the keychain.</source>
        <translation>クライアント シークレット %1 は現在のもので、キーチェーンにあります。</translation>
    </message>
    <message>
        <source>Created the client secret %1 &quot;%2&quot; and stored it in the keychain (%3).</source>
        <translation>クライアント シークレット %1「%2」を作成し、キーチェーンに保存しました (%3)。</translation>
    </message>
</context>
<context>
    <name>leap::cli::Context</name>
    <message>
        <source>To sign in, open %1 in a browser and enter the code %2</source>
        <translation>サインインするには、ブラウザーで %1 を開き、コード %2 を入力してください</translation>
    </message>
    <message>
        <source>Sign in in the browser; if it did not open, open this address: %1</source>
        <translation>ブラウザーでサインインしてください。ブラウザーが開かない場合は、このアドレスを開いてください: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>エラー: </translation>
    </message>
</context>
<context>
    <name>leap::cli::ExportCommand</name>
    <message>
        <source>Name the export format.</source>
        <translation>エクスポート形式を指定してください。</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>不明なエクスポート形式「%1」です。</translation>
    </message>
    <message>
        <source>Use --format with one of: %1.</source>
        <translation>--format で次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>The %1 format never contains the client secret.</source>
        <translation>形式 %1 にクライアント シークレットが含まれることはありません。</translation>
    </message>
    <message>
        <source>Use --include-secret with json, liberty or helm.</source>
        <translation>--include-secret は json、liberty、helm と一緒に使用してください。</translation>
    </message>
    <message>
        <source>The client secret is never written to a terminal.</source>
        <translation>クライアント シークレットがターミナルに出力されることはありません。</translation>
    </message>
    <message>
        <source>The client secret is written only into a file named with --output.</source>
        <translation>クライアント シークレットは --output で指定したファイルにのみ書き込まれます。</translation>
    </message>
    <message>
        <source>Add --output FILE; the file is created readable by you only (mode 0600).</source>
        <translation>--output FILE を付けてください。ファイルは本人だけが読める状態で作成されます (モード 0600)。</translation>
    </message>
    <message>
        <source>A PDF is not something to print on a terminal.</source>
        <translation>PDF はターミナルに出力するものではありません。</translation>
    </message>
    <message>
        <source>Add --output FILE.pdf.</source>
        <translation>--output FILE.pdf を付けてください。</translation>
    </message>
    <message>
        <source>The profile has no current client secret.</source>
        <translation>プロファイルに現在のクライアント シークレットがありません。</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>`leap-entra-setup --profile %1 rotate-secret` で作成してください。</translation>
    </message>
    <message>
        <source>The value of the current client secret %1 is not in this computer&apos;s keychain.</source>
        <translation>現在のクライアント シークレット %1 の値は、このコンピューターのキーチェーンにありません。</translation>
    </message>
    <message>
        <source>Export on the computer that created it, or create a new one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>作成したコンピューターでエクスポートするか、`leap-entra-setup --profile %1 rotate-secret` で新しいシークレットを作成してください。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)%3.</source>
        <translation>%1 を書き込みました (%2)%3。</translation>
    </message>
    <message>
        <source>, with the client secret, mode 0600</source>
        <translation>、クライアント シークレットを含む、モード 0600</translation>
    </message>
</context>
<context>
    <name>leap::cli::ForgetCommand</name>
    <message>
        <source>There is no profile &quot;%1&quot;; nothing to forget.</source>
        <translation>プロファイル「%1」はありません。削除するものはありません。</translation>
    </message>
    <message>
        <source>Could not remove the client secret %1 from the keychain: %2</source>
        <translation>クライアント シークレット %1 をキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Unlock the keychain and run forget again; the profile was kept.</source>
        <translation>キーチェーンのロックを解除して forget をもう一度実行してください。プロファイルは残してあります。</translation>
    </message>
    <message>
        <source>Removed client secret %1 (&quot;%2&quot;) from the keychain.</source>
        <translation>クライアント シークレット %1 (「%2」) をキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Removed the cached sign-in of tenant %1 from the keychain.</source>
        <translation>テナント %1 のキャッシュされたサインインをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>The profile could not be read (%1); its keychain entries, if any, are left in place.</source>
        <translation>プロファイルを読み取れませんでした (%1)。キーチェーンのエントリがあればそのまま残ります。</translation>
    </message>
    <message>
        <source>Removed the profile %1.</source>
        <translation>プロファイル %1 を削除しました。</translation>
    </message>
    <message>
        <source>Nothing was changed in the tenant; the application and its secrets remain there.</source>
        <translation>テナントでは何も変更していません。アプリケーションとそのシークレットは残っています。</translation>
    </message>
</context>
<context>
    <name>leap::cli::RetireSecretCommand</name>
    <message>
        <source>Say which secrets to retire: --key-id KEY or --all-but-current (one of them).</source>
        <translation>廃止するシークレットを指定してください: --key-id KEY または --all-but-current (いずれか一方)。</translation>
    </message>
    <message>
        <source>`status` lists the secrets and their key ids.</source>
        <translation>`status` でシークレットとそのキー ID の一覧を表示できます。</translation>
    </message>
    <message>
        <source>No secret to retire: only the current one is left.</source>
        <translation>廃止するシークレットはありません。現在のシークレットだけが残っています。</translation>
    </message>
    <message>
        <source>Retired client secret %1: removed from the application and the keychain.</source>
        <translation>クライアント シークレット %1 を廃止しました: アプリケーションとキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Kept %1 (&quot;%2&quot;)%3, valid until %4.</source>
        <translation>%1 (「%2」)%3 を維持しました。%4 まで有効です。</translation>
    </message>
    <message>
        <source>, current</source>
        <translation>、現在</translation>
    </message>
    <message>
        <source>Left alone: %1 (&quot;%2&quot;) on the application was not created by this profile; retire it with --key-id %1 if nobody uses it.</source>
        <translation>変更なし: アプリケーションの %1 (「%2」) はこのプロファイルで作成されたものではありません。誰も使っていなければ --key-id %1 で廃止してください。</translation>
    </message>
</context>
<context>
    <name>leap::cli::RotateSecretCommand</name>
    <message>
        <source>error: the new secret was stored and is current, but it could not be proven yet: %1</source>
        <translation>エラー: 新しいシークレットは保存され現在のシークレットになりましたが、まだ検証できていません: %1</translation>
    </message>
    <message>
        <source>New client secret %1 (&quot;%2&quot;, hint %3…), valid until %4, is now current and stored in the keychain (service %5, key %6).</source>
        <translation>新しいクライアント シークレット %1 (「%2」、ヒント %3…、%4 まで有効) が現在のシークレットになり、キーチェーンに保存されました (サービス %5、キー %6)。</translation>
    </message>
    <message>
        <source>Verified: it gets a token with %1 and reads users and groups.</source>
        <translation>検証済み: %1 でトークンを取得し、ユーザーとグループを読み取れます。</translation>
    </message>
    <message>
        <source>The older secret %1 (&quot;%2&quot;) stays valid until you retire it.</source>
        <translation>古いシークレット %1 (「%2」) は廃止するまで有効です。</translation>
    </message>
    <message>
        <source>Put the new value into Leap now:</source>
        <translation>新しい値を今すぐ Leap に設定してください:</translation>
    </message>
    <message>
        <source>  WebSphere: in the J2C alias &quot;%1&quot; set the password to the new secret value (the user id stays %2), on each node, then restart Leap. Leap_config.properties does not change.</source>
        <translation>  WebSphere: 各ノードで J2C エイリアス「%1」のパスワードを新しいシークレットの値に設定し (ユーザー ID は %2 のまま)、Leap を再起動してください。Leap_config.properties は変わりません。</translation>
    </message>
    <message>
        <source>  Kubernetes: replace the secret, then restart the Leap pods:</source>
        <translation>  Kubernetes: シークレットを置き換えてから、Leap のポッドを再起動してください:</translation>
    </message>
    <message>
        <source>  The value: `leap-entra-setup --profile %1 export --format helm --include-secret --output FILE` writes it into a private file.</source>
        <translation>  値: `leap-entra-setup --profile %1 export --format helm --include-secret --output FILE` でプライベートなファイルに書き込めます。</translation>
    </message>
    <message>
        <source>When Leap signs in with the new secret, retire the old one: `leap-entra-setup --profile %1 retire-secret --all-but-current`.</source>
        <translation>Leap が新しいシークレットでサインインできたら、古いシークレットを廃止してください: `leap-entra-setup --profile %1 retire-secret --all-but-current`。</translation>
    </message>
</context>
<context>
    <name>leap::cli::StatusCommand</name>
    <message>
        <source>Run configure first.</source>
        <translation>先に configure を実行してください。</translation>
    </message>
    <message>
        <source>Run configure first, or pick one of: %1.</source>
        <translation>先に configure を実行するか、次のいずれかを選択してください: %1。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no tenant yet.</source>
        <translation>プロファイル「%1」にはまだテナントがありません。</translation>
    </message>
    <message>
        <source>Run configure to finish the setup.</source>
        <translation>configure を実行してセットアップを完了してください。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for the %2 cloud.</source>
        <translation>プロファイル「%1」はクラウド %2 用です。</translation>
    </message>
    <message>
        <source>Leave out --cloud, or pick the profile of that cloud.</source>
        <translation>--cloud を省略するか、そのクラウドのプロファイルを選択してください。</translation>
    </message>
    <message>
        <source>The sign-in is for another tenant than the profile&apos;s (%1).</source>
        <translation>サインインがプロファイルのテナント (%1) とは別のテナントのものです。</translation>
    </message>
    <message>
        <source>Sign in with an account of that tenant.</source>
        <translation>そのテナントのアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>The old client secret %1 has expired. Fix: retire-secret --key-id %1.</source>
        <translation>古いクライアント シークレット %1 は期限切れです。対処: retire-secret --key-id %1。</translation>
    </message>
    <message>
        <source>Profile:        %1 (cloud: %2)</source>
        <translation>プロファイル: %1 (クラウド: %2)</translation>
    </message>
    <message>
        <source>Tenant:         %1%2</source>
        <translation>テナント: %1%2</translation>
    </message>
    <message>
        <source>Leap server:    %1</source>
        <translation>Leap サーバー: %1</translation>
    </message>
    <message>
        <source>Redirect URI:   %1</source>
        <translation>リダイレクト URI: %1</translation>
    </message>
    <message>
        <source>Application:    %1 — %2</source>
        <translation>アプリケーション: %1 — %2</translation>
    </message>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>MISSING from the tenant</source>
        <translation>テナントに存在しません</translation>
    </message>
    <message>
        <source>  Application (client) ID: %1</source>
        <translation>  アプリケーション (クライアント) ID: %1</translation>
    </message>
    <message>
        <source>  Object ID:               %1</source>
        <translation>  オブジェクト ID: %1</translation>
    </message>
    <message>
        <source>  Service principal ID:    %1</source>
        <translation>  サービス プリンシパル ID: %1</translation>
    </message>
    <message>
        <source>Client secrets:</source>
        <translation>クライアント シークレット:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (なし)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>キーチェーンにあり</translation>
    </message>
    <message>
        <source>not in keychain</source>
        <translation>キーチェーンになし</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions (Microsoft Graph):</source>
        <translation>アクセス許可 (Microsoft Graph):</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Delegated  </source>
        <translation>委任            </translation>
    </message>
    <message>
        <source>admin consent granted</source>
        <translation>管理者の同意あり</translation>
    </message>
    <message>
        <source>NO admin consent</source>
        <translation>管理者の同意なし</translation>
    </message>
    <message>
        <source>Leap properties:</source>
        <translation>Leap のプロパティ:</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (--profile).</source>
        <translation>プロファイル「%1」はありません (--profile)。</translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation>%1 対処: %2</translation>
    </message>
</context>
<context>
    <name>leap::cli::VerifyCommand</name>
    <message>
        <source>The profile &quot;%1&quot; has no current client secret.</source>
        <translation>プロファイル「%1」に現在のクライアント シークレットがありません。</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>`leap-entra-setup --profile %1 rotate-secret` で作成してください。</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 900.</source>
        <translation>--wait には 0 から 900 までの秒数を指定します。</translation>
    </message>
    <message>
        <source>For example --wait 120 (the default).</source>
        <translation>例: --wait 120 (既定値)。</translation>
    </message>
    <message>
        <source>Verifying client secret %1 of application %2…</source>
        <translation>アプリケーション %2 のクライアント シークレット %1 を検証しています…</translation>
    </message>
    <message>
        <source>Verified: the client secret %1 gets a token for application %2 with the roles %3.</source>
        <translation>検証済み: クライアント シークレット %1 でアプリケーション %2 のトークンをロール %3 付きで取得できます。</translation>
    </message>
    <message>
        <source>Read the user &quot;%1&quot; and the group &quot;%2&quot; from Microsoft Graph with it, as Leap will.</source>
        <translation>これを使って、Leap と同じ方法で Microsoft Graph からユーザー「%1」とグループ「%2」を読み取りました。</translation>
    </message>
    <message>
        <source>(the tenant has none)</source>
        <translation>(テナントにはありません)</translation>
    </message>
</context>
<context>
    <name>leap::exporter</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>expired: rotate the secret now</source>
        <translation>期限切れ: 今すぐシークレットをローテーションしてください</translation>
    </message>
    <message>
        <source>%1 days left: rotate soon</source>
        <translation>残り %1 日: 早めにローテーションしてください</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>残り %1 日</translation>
    </message>
    <message>
        <source>HCL Leap and Microsoft Entra ID: configuration summary</source>
        <translation>HCL Leap と Microsoft Entra ID: 構成の概要</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, generated %2.</source>
        <translation>プロファイル「%1」、%2 に生成。</translation>
    </message>
    <message>
        <source>Set up by %1 on %2.</source>
        <translation>%2 に %1 がセットアップしました。</translation>
    </message>
    <message>
        <source>an unknown administrator</source>
        <translation>不明な管理者</translation>
    </message>
    <message>
        <source>Last changed %1.</source>
        <translation>最終変更日時: %1。</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>アプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>オブジェクト ID</translation>
    </message>
    <message>
        <source>Service principal ID</source>
        <translation>サービス プリンシパル ID</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>リダイレクト URI</translation>
    </message>
    <message>
        <source>Leap server</source>
        <translation>Leap サーバー</translation>
    </message>
    <message>
        <source>Credential alias</source>
        <translation>資格情報エイリアス</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Admin consent</source>
        <translation>管理者の同意</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>付与済み</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Admin consent is missing for at least one permission: run `leap-entra-setup --profile %1 configure` as a Privileged Role Administrator or Global Administrator.</source>
        <translation>少なくとも 1 つのアクセス許可に管理者の同意がありません。特権ロール管理者またはグローバル管理者として `leap-entra-setup --profile %1 configure` を実行してください。</translation>
    </message>
    <message>
        <source>Client secrets</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>No client secret is recorded for this profile.</source>
        <translation>このプロファイルにはクライアント シークレットが記録されていません。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Secret values are never part of this summary. The current value is kept in this computer&apos;s keychain (service &quot;leap-entra-setup&quot;). Before it expires, run `%1`, update Leap, then retire the old secret with `leap-entra-setup --profile %2 retire-secret --all-but-current`.</source>
        <translation>シークレットの値はこの概要に含まれません。現在の値はこのコンピューターのキーチェーン (サービス「leap-entra-setup」) に保存されています。期限切れになる前に `%1` を実行して Leap を更新し、`leap-entra-setup --profile %2 retire-secret --all-but-current` で古いシークレットを廃止してください。</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>OpenID Connect discovery</source>
        <translation>OpenID Connect 探索</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>トークン エンドポイント</translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation>Microsoft Graph</translation>
    </message>
    <message>
        <source>What to do in Leap next</source>
        <translation>Leap での次の作業</translation>
    </message>
    <message>
        <source>WebSphere</source>
        <translation>WebSphere</translation>
    </message>
    <message>
        <source>On every node of the cluster, add these three lines to `Leap_config.properties` in Leap&apos;s extensions directory: `/opt/HCL/Leap/extensions` on Linux and AIX, `C:/HCL/Leap/extensions` on Windows (or the directory set by `extensions=` in `fsp.properties` or `-Dfsp.extensions.dirs`).</source>
        <translation>クラスターの各ノードで、Leap の拡張ディレクトリにある `Leap_config.properties` に次の 3 行を追加してください。ディレクトリは Linux と AIX では `/opt/HCL/Leap/extensions`、Windows では `C:/HCL/Leap/extensions` です (または `fsp.properties` の `extensions=` や `-Dfsp.extensions.dirs` で設定したディレクトリ)。</translation>
    </message>
    <message>
        <source>Create a J2C authentication alias named `%1`: user id = the Application (client) ID `%2`, password = the client secret value.</source>
        <translation>`%1` という名前の J2C 認証エイリアスを作成してください: ユーザー ID = アプリケーション (クライアント) ID `%2`、パスワード = クライアント シークレットの値。</translation>
    </message>
    <message>
        <source>Restart Leap on each node.</source>
        <translation>各ノードで Leap を再起動してください。</translation>
    </message>
    <message>
        <source>Kubernetes (Helm)</source>
        <translation>Kubernetes (Helm)</translation>
    </message>
    <message>
        <source>Create the Kubernetes secret with the Application (client) ID and the client secret value:</source>
        <translation>アプリケーション (クライアント) ID とクライアント シークレットの値で Kubernetes シークレットを作成してください:</translation>
    </message>
    <message>
        <source>Add the Helm values (`configuration.leap`: leapProperties, customSecrets and the Liberty sign-in block in configOverrideFiles) and run `helm upgrade`. `leap-entra-setup --profile %1 export --format helm` writes them.</source>
        <translation>Helm の値 (`configuration.leap`: leapProperties、customSecrets、configOverrideFiles 内の Liberty サインイン ブロック) を追加し、`helm upgrade` を実行してください。`leap-entra-setup --profile %1 export --format helm` で書き出せます。</translation>
    </message>
    <message>
        <source>Sign-in with OpenID Connect (Liberty server.xml)</source>
        <translation>OpenID Connect によるサインイン (Liberty server.xml)</translation>
    </message>
    <message>
        <source>HCL Leap and Microsoft Entra ID: %1</source>
        <translation>HCL Leap と Microsoft Entra ID: %1</translation>
    </message>
    <message>
        <source>A PDF can only be written by a program with a QGuiApplication.</source>
        <translation>PDF は QGuiApplication を持つプログラムでしか書き込めません。</translation>
    </message>
    <message>
        <source>Export as HTML or Markdown instead, or report this as a bug.</source>
        <translation>代わりに HTML または Markdown でエクスポートするか、バグとして報告してください。</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>PDF を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Export as HTML or Markdown instead.</source>
        <translation>代わりに HTML または Markdown でエクスポートしてください。</translation>
    </message>
    <message>
        <source>The %1 format never contains the client secret.</source>
        <translation>形式 %1 にクライアント シークレットが含まれることはありません。</translation>
    </message>
    <message>
        <source>Use --include-secret with json, liberty or helm, or leave it out.</source>
        <translation>--include-secret は json、liberty、helm と一緒に使うか、省略してください。</translation>
    </message>
    <message>
        <source>The client secret value is not available from the keychain.</source>
        <translation>クライアント シークレットの値をキーチェーンから取得できません。</translation>
    </message>
    <message>
        <source>Unlock the keychain, or rotate the secret to create a new one.</source>
        <translation>キーチェーンのロックを解除するか、シークレットをローテーションして新しいシークレットを作成してください。</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>不明なエクスポート形式です。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no current client secret with an expiry date.</source>
        <translation>プロファイル「%1」には有効期限付きの現在のクライアント シークレットがありません。</translation>
    </message>
    <message>
        <source>Create one with `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>`leap-entra-setup --profile %1 rotate-secret` で作成してください。</translation>
    </message>
    <message>
        <source>The current client secret expired on %1.</source>
        <translation>現在のクライアント シークレットは %1 に期限切れになりました。</translation>
    </message>
    <message>
        <source>Rotate it now: `leap-entra-setup --profile %1 rotate-secret`.</source>
        <translation>今すぐローテーションしてください: `leap-entra-setup --profile %1 rotate-secret`。</translation>
    </message>
    <message>
        <source>Rotate the HCL Leap client secret (profile %1)</source>
        <translation>HCL Leap のクライアント シークレットをローテーションする (プロファイル %1)</translation>
    </message>
    <message>
        <source>The client secret &quot;%1&quot; (key ID %2) of the application &quot;%3&quot; (%4) in tenant %5 expires on %6. When it expires nobody can sign in to Leap.
1. Run: %7
2. Put the new value into Leap (Leap_config.properties J2C alias or the Kubernetes secret for &quot;%8&quot;).
3. Check it: leap-entra-setup --profile %9 verify
4. Retire the old secret: leap-entra-setup --profile %9 retire-secret --all-but-current</source>
        <translation>テナント %5 のアプリケーション「%3」(%4) のクライアント シークレット「%1」(キー ID %2) は %6 に期限切れになります。期限が切れると誰も Leap にサインインできなくなります。
1. 実行: %7
2. 新しい値を Leap に設定 (Leap_config.properties の J2C エイリアス、または「%8」の Kubernetes シークレット)。
3. 確認: leap-entra-setup --profile %9 verify
4. 古いシークレットを廃止: leap-entra-setup --profile %9 retire-secret --all-but-current</translation>
    </message>
    <message>
        <source>Name a new file, for example in your home directory; it is created readable by you only (mode 0600).</source>
        <translation>新しいファイルを指定してください (例: ホーム ディレクトリ内)。ファイルは本人だけが読める状態で作成されます (モード 0600)。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the secret is written only to a plain file.</source>
        <translation>%1 はシンボリック リンクです。シークレットは通常のファイルにのみ書き込まれます。</translation>
    </message>
    <message>
        <source>%1 is a terminal or device; the client secret is never written to a terminal.</source>
        <translation>%1 はターミナルまたはデバイスです。クライアント シークレットがターミナルに出力されることはありません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 は別のユーザーが所有しています。</translation>
    </message>
    <message>
        <source>%1 already exists and others can read it (mode %2).</source>
        <translation>%1 は既に存在し、他のユーザーが読み取れます (モード %2)。</translation>
    </message>
    <message>
        <source>Remove the file or run `chmod 600` on it first, or name a new file.</source>
        <translation>ファイルを削除するか、先に `chmod 600` を実行するか、新しいファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 changed while it was being opened.</source>
        <translation>%1 は開いている間に変更されました。</translation>
    </message>
    <message>
        <source>%1 could not be emptied: %2</source>
        <translation>%1 を空にできませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may write to it.</source>
        <translation>フォルダーが存在し、書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is a terminal; the client secret is never written to a terminal.</source>
        <translation>%1 はターミナルです。クライアント シークレットがターミナルに出力されることはありません。</translation>
    </message>
    <message>
        <source>%1 could not be made private: %2</source>
        <translation>%1 をプライベートにできませんでした: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>Check the free space and try again.</source>
        <translation>空き容量を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No output file was named.</source>
        <translation>出力ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Add --output FILE.</source>
        <translation>--output FILE を付けてください。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Check the path and your rights to write there.</source>
        <translation>パスとその場所への書き込み権限を確認してください。</translation>
    </message>
</context>
<context>
    <name>leap::translations</name>
    <message>
        <source>--lang &quot;%1&quot; is not an available language.</source>
        <translation>--lang「%1」は使用できる言語ではありません。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを使用してください: %1。</translation>
    </message>
</context>
<context>
    <name>leap::ui::AccountLine</name>
    <message>
        <source>Signed-in account</source>
        <translation>サインインしているアカウント</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 · tenant %2</source>
        <translation>%1 としてサインイン · テナント %2</translation>
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
        <translation>Liberty 構成 (*.xml)</translation>
    </message>
    <message>
        <source>Properties (*.properties)</source>
        <translation>プロパティ ファイル (*.properties)</translation>
    </message>
    <message>
        <source>Helm values (*.yaml)</source>
        <translation>Helm の値 (*.yaml)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>もう一度検証(&amp;V)</translation>
    </message>
    <message>
        <source>What Leap needs</source>
        <translation>Leap に必要なもの</translation>
    </message>
    <message>
        <source>Save for Leap</source>
        <translation>Leap 用に保存</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Leap configuration:</source>
        <translation>Leap の構成:</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Save the summary as JSON</source>
        <translation>概要を JSON として保存</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the summary as Markdown</source>
        <translation>概要を Markdown として保存</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>概要を PDF として保存</translation>
    </message>
    <message>
        <source>Leap p&amp;roperties…</source>
        <translation>Leap のプロパティ(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the Leap_config.properties lines</source>
        <translation>Leap_config.properties の行を保存</translation>
    </message>
    <message>
        <source>&amp;Liberty server.xml…</source>
        <translation>Liberty server.xml(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the Liberty openidConnectClient snippet</source>
        <translation>Liberty の openidConnectClient スニペットを保存</translation>
    </message>
    <message>
        <source>&amp;Helm values…</source>
        <translation>Helm の値(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the Helm values</source>
        <translation>Helm の値を保存</translation>
    </message>
    <message>
        <source>Calendar &amp;reminder…</source>
        <translation>カレンダーのリマインダー(&amp;R)…</translation>
    </message>
    <message>
        <source>Save a calendar reminder before the secret expires</source>
        <translation>シークレットの期限切れ前のカレンダー リマインダーを保存</translation>
    </message>
    <message>
        <source>Secret expiry:</source>
        <translation>シークレットの有効期限:</translation>
    </message>
    <message>
        <source>Retire the old secret</source>
        <translation>古いシークレットの廃止</translation>
    </message>
    <message>
        <source>Leap now &amp;uses the new secret</source>
        <translation>Leap で新しいシークレットを使用中(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;tire old secrets</source>
        <translation>古いシークレットを廃止(&amp;T)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>What Leap needs for profile %1.</source>
        <translation>プロファイル %1 で Leap に必要なもの。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Checking that Leap&apos;s stored secret works.</source>
        <translation>Leap 用に保存されたシークレットが機能するか確認しています。</translation>
    </message>
    <message>
        <source>The application and its secret are ready; consent is still missing.</source>
        <translation>アプリケーションとシークレットの準備はできていますが、同意がまだありません。</translation>
    </message>
    <message>
        <source>HCL Leap is registered in Microsoft Entra ID.</source>
        <translation>HCL Leap が Microsoft Entra ID に登録されました。</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Leap, set the credential alias &lt;b&gt;%1&lt;/b&gt; to user ID (client ID) &lt;tt&gt;%2&lt;/tt&gt; and the secret&apos;s value from the keychain, then set &lt;tt&gt;tenantId&lt;/tt&gt; to &lt;tt&gt;%3&lt;/tt&gt;. The files below carry the details for WebSphere and Kubernetes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Leap で資格情報エイリアス &lt;b&gt;%1&lt;/b&gt; にユーザー ID (クライアント ID) &lt;tt&gt;%2&lt;/tt&gt; とキーチェーンのシークレットの値を設定し、&lt;tt&gt;tenantId&lt;/tt&gt; を &lt;tt&gt;%3&lt;/tt&gt; に設定してください。WebSphere と Kubernetes の詳細は下のファイルにあります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Waiting for admin consent.&lt;/span&gt; Once someone with the role has accepted, open the wizard again and choose &lt;b&gt;Verify&lt;/b&gt;.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;管理者の同意を待っています。&lt;/span&gt; ロールを持つユーザーが承諾したら、ウィザードをもう一度開いて &lt;b&gt;検証&lt;/b&gt; を選択してください。</translation>
    </message>
    <message>
        <source>Checking that the secret works for Leap…</source>
        <translation>シークレットが Leap で機能するか確認しています…</translation>
    </message>
    <message>
        <source>Checking that the secret works…</source>
        <translation>シークレットが機能するか確認しています…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008; Not verified.&lt;/span&gt; See below for the cause and the fix.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008; 検証できませんでした。&lt;/span&gt; 原因と対処方法は下に表示されています。</translation>
    </message>
    <message>
        <source>reading users works (the tenant has no groups to read)</source>
        <translation>ユーザーの読み取りは機能します (テナントに読み取るグループがありません)</translation>
    </message>
    <message>
        <source>reading users and groups works</source>
        <translation>ユーザーとグループの読み取りは機能します</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004; Verified.&lt;/span&gt; The secret gets a token with %2, and %3.</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004; 検証済み。&lt;/span&gt; シークレットで %2 付きのトークンを取得でき、%3。</translation>
    </message>
    <message>
        <source>Update Leap first: set the password of credential alias %1 (WebSphere J2C alias, or the Kubernetes secret&apos;s %1_secret) to the new value from the keychain, and restart Leap. Then retire the old secret(s): %2.</source>
        <translation>先に Leap を更新してください: 資格情報エイリアス %1 (WebSphere の J2C エイリアス、または Kubernetes シークレットの %1_secret) のパスワードをキーチェーンの新しい値に設定し、Leap を再起動します。その後、古いシークレットを廃止してください: %2。</translation>
    </message>
    <message>
        <source>Retiring the old secrets…</source>
        <translation>古いシークレットを廃止しています…</translation>
    </message>
    <message numerus="yes">
        <source>Retired %n old secret(s); the application and the keychain now hold only the current one.</source>
        <translation>
            <numerusform>古いシークレットを %n 個廃止しました。アプリケーションとキーチェーンには現在のシークレットだけが残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 を保存</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Save calendar reminder</source>
        <translation>カレンダーのリマインダーを保存</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>カレンダー (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1. Open it to add the reminder to your calendar.</source>
        <translation>%1 を保存しました。開くとリマインダーをカレンダーに追加できます。</translation>
    </message>
</context>
<context>
    <name>leap::ui::ErrorPanel</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>技術的な詳細を表示</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the problem and its details</source>
        <translation>問題とその詳細をコピー</translation>
    </message>
    <message>
        <source>Copy the message and its technical details, e.g. for a support ticket</source>
        <translation>メッセージと技術的な詳細をコピーします (サポート チケット用など)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術的な詳細</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状態: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>要求 ID: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>フィールド: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>時刻: %1</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedPermissionsPage</name>
    <message>
        <source>Step 3 of 3: Add the permissions in the admin center</source>
        <translation>手順 3/3: 管理センターでアクセス許可を追加する</translation>
    </message>
    <message>
        <source>Leap needs two application permissions to read users and groups, and two delegated permissions to sign people in.</source>
        <translation>Leap には、ユーザーとグループを読み取るための 2 つのアプリケーションの許可と、ユーザーをサインインさせるための 2 つの委任されたアクセス許可が必要です。</translation>
    </message>
    <message>
        <source>In your application, select API permissions &gt; Add a permission &gt; Microsoft Graph.</source>
        <translation>アプリケーションで [API のアクセス許可] &gt; [アクセス許可の追加] &gt; [Microsoft Graph] を選択します。</translation>
    </message>
    <message>
        <source>&amp;Open API permissions</source>
        <translation>API のアクセス許可を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Application permissions: search &quot;User.Read&quot;, select User.ReadBasic.All, and select Add permissions.</source>
        <translation>[アプリケーションの許可]: 「User.Read」を検索し、User.ReadBasic.All を選択して [アクセス許可の追加] を選択します。</translation>
    </message>
    <message>
        <source>Again Add a permission &gt; Microsoft Graph &gt; Application permissions: search &quot;Group&quot;, select Group.Read.All, and select Add permissions.</source>
        <translation>もう一度 [アクセス許可の追加] &gt; [Microsoft Graph] &gt; [アプリケーションの許可]: 「Group」を検索し、Group.Read.All を選択して [アクセス許可の追加] を選択します。</translation>
    </message>
    <message>
        <source>Again Add a permission &gt; Microsoft Graph &gt; Delegated permissions: under OpenId permissions select openid and profile, and select Add permissions.</source>
        <translation>もう一度 [アクセス許可の追加] &gt; [Microsoft Graph] &gt; [委任されたアクセス許可]: [OpenId アクセス許可] で openid と profile を選択し、[アクセス許可の追加] を選択します。</translation>
    </message>
    <message>
        <source>Select Grant admin consent for your tenant and confirm with Yes.</source>
        <translation>[管理者の同意を与えます] を選択し、[はい] で確定します。</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedRegisterPage</name>
    <message>
        <source>Step 1 of 3: Register HCL Leap in the admin center</source>
        <translation>手順 1/3: 管理センターで HCL Leap を登録する</translation>
    </message>
    <message>
        <source>Tick each item when you have done it in the Microsoft Entra admin center.</source>
        <translation>Microsoft Entra 管理センターで完了した項目にチェックを付けてください。</translation>
    </message>
    <message>
        <source>In the admin center, go to Identity &gt; Applications &gt; App registrations and select New registration.</source>
        <translation>管理センターで [ID] &gt; [アプリケーション] &gt; [アプリの登録] に移動し、[新規登録] を選択します。</translation>
    </message>
    <message>
        <source>&amp;Open App registrations</source>
        <translation>アプリの登録を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Name it as you like, for example the name on the right, and choose Accounts in this organizational directory only.</source>
        <translation>名前は自由に付けられます (例: 右側の名前)。[この組織ディレクトリのみに含まれるアカウント] を選択します。</translation>
    </message>
    <message>
        <source>Under Redirect URI, choose Web and enter the address on the right.</source>
        <translation>[リダイレクト URI] で [Web] を選択し、右側のアドレスを入力します。</translation>
    </message>
    <message>
        <source>Copy &amp;redirect URI</source>
        <translation>リダイレクト URI をコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Select Register. The overview shows the two IDs to paste below.</source>
        <translation>[登録] を選択します。概要に、下に貼り付ける 2 つの ID が表示されます。</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>アプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>アプリケーション (クライアント) ID(&amp;A):</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>ディレクトリ (テナント) ID</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>ディレクトリ (テナント) ID(&amp;D):</translation>
    </message>
    <message>
        <source>The Application (client) ID is a GUID such as 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35; copy it from the application&apos;s overview.</source>
        <translation>アプリケーション (クライアント) ID は 8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35 のような GUID です。アプリケーションの概要からコピーしてください。</translation>
    </message>
    <message>
        <source>This is the Directory (tenant) ID. The Application (client) ID is the line above it on the overview.</source>
        <translation>これはディレクトリ (テナント) ID です。アプリケーション (クライアント) ID は概要でその 1 行上にあります。</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID is a GUID; copy it from the application&apos;s overview.</source>
        <translation>ディレクトリ (テナント) ID は GUID です。アプリケーションの概要からコピーしてください。</translation>
    </message>
    <message>
        <source>Cop&amp;y name</source>
        <translation>名前をコピー(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>leap::ui::GuidedSecretPage</name>
    <message>
        <source>Step 2 of 3: Create a client secret in the admin center</source>
        <translation>手順 2/3: 管理センターでクライアント シークレットを作成する</translation>
    </message>
    <message>
        <source>Leap uses the application ID and this secret to read users and groups. The wizard keeps the value in this computer&apos;s keychain.</source>
        <translation>Leap はアプリケーション ID とこのシークレットを使ってユーザーとグループを読み取ります。ウィザードは値をこのコンピューターのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>In your application, select Certificates &amp; secrets &gt; Client secrets &gt; New client secret.</source>
        <translation>アプリケーションで [証明書とシークレット] &gt; [クライアント シークレット] &gt; [新しいクライアント シークレット] を選択します。</translation>
    </message>
    <message>
        <source>&amp;Open Certificates &amp;&amp; secrets</source>
        <translation>証明書とシークレットを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Give it a description and a duration (180 days is recommended), then select Add.</source>
        <translation>説明と期間 (180 日を推奨) を指定し、[追加] を選択します。</translation>
    </message>
    <message>
        <source>Copy &amp;description</source>
        <translation>説明をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the Value column right away (it is shown only now), and the Secret ID next to it.</source>
        <translation>[値] 列をすぐにコピーし (表示されるのは今だけです)、その隣の [シークレット ID] もコピーします。</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>シークレットの値</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Reveal the pasted secret value</source>
        <translation>貼り付けたシークレットの値を表示</translation>
    </message>
    <message>
        <source>Secret &amp;value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Secret ID</source>
        <translation>シークレット ID</translation>
    </message>
    <message>
        <source>Secret &amp;ID:</source>
        <translation>シークレット ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>有効期間(&amp;E):</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>This is the Secret ID, not the secret&apos;s value. Copy the Value column instead; if it is hidden now, create a new secret and copy its value right away.</source>
        <translation>これはシークレットの値ではなく [シークレット ID] です。代わりに [値] 列をコピーしてください。既に非表示の場合は、新しいシークレットを作成してすぐに値をコピーしてください。</translation>
    </message>
    <message>
        <source>This is too short for a client secret value (about 40 characters). Copy the whole Value column.</source>
        <translation>クライアント シークレットの値 (約 40 文字) としては短すぎます。[値] 列全体をコピーしてください。</translation>
    </message>
    <message>
        <source>Paste the Secret ID here, not the value.</source>
        <translation>ここには値ではなく [シークレット ID] を貼り付けてください。</translation>
    </message>
    <message>
        <source>The Secret ID is a GUID; copy it from the Secret ID column.</source>
        <translation>[シークレット ID] は GUID です。[シークレット ID] 列からコピーしてください。</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>シークレットをキーチェーンに保存しています…</translation>
    </message>
</context>
<context>
    <name>leap::ui::LifetimeChooser</name>
    <message numerus="yes">
        <source>%n days (recommended)</source>
        <translation>
            <numerusform>%n 日 (推奨)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>日付を指定…</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>leap::ui::PermissionsPage</name>
    <message>
        <source>Step 3 of 3: Grant the permissions</source>
        <translation>手順 3/3: アクセス許可を付与する</translation>
    </message>
    <message>
        <source>Leap reads users and groups with the application permissions, and signs people in with the delegated ones. An administrator grants consent once for the whole tenant.</source>
        <translation>Leap はアプリケーションの許可でユーザーとグループを読み取り、委任されたアクセス許可でユーザーをサインインさせます。管理者がテナント全体に対して一度だけ同意します。</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>アクセス許可</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>委任</translation>
    </message>
    <message>
        <source>Send this address to someone with the Privileged Role Administrator or Global Administrator role. When they open it and accept, the permissions are granted. You can close the wizard now: your progress is saved, and opening the wizard again finishes the setup.</source>
        <translation>このアドレスを特権ロール管理者またはグローバル管理者のロールを持つユーザーに送ってください。そのユーザーが開いて承諾すると、アクセス許可が付与されます。ウィザードはもう閉じてかまいません。進行状況は保存され、ウィザードをもう一度開くとセットアップが完了します。</translation>
    </message>
    <message>
        <source>Admin consent address</source>
        <translation>管理者の同意のアドレス</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>アドレスをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>もう一度確認(&amp;H)</translation>
    </message>
    <message>
        <source>Check again whether consent was granted</source>
        <translation>同意が付与されたかどうかをもう一度確認</translation>
    </message>
    <message>
        <source>Reading the application&apos;s permissions…</source>
        <translation>アプリケーションのアクセス許可を読み取っています…</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>同意済み</translation>
    </message>
    <message>
        <source>Requested, no consent yet</source>
        <translation>要求済み、未同意</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>未要求</translation>
    </message>
    <message>
        <source>All four permissions are granted for the whole tenant.</source>
        <translation>4 つのアクセス許可すべてがテナント全体に付与されています。</translation>
    </message>
    <message>
        <source>Granting admin consent assigns the two application permissions and consents to openid and profile for all users.</source>
        <translation>管理者の同意を与えると、2 つのアプリケーションの許可が割り当てられ、すべてのユーザーについて openid と profile に同意します。</translation>
    </message>
    <message>
        <source>&amp;Grant admin consent</source>
        <translation>管理者の同意を与えます(&amp;G)</translation>
    </message>
    <message>
        <source>Granting admin consent…</source>
        <translation>管理者の同意を与えています…</translation>
    </message>
</context>
<context>
    <name>leap::ui::PlanView</name>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation>設定済み</translation>
    </message>
</context>
<context>
    <name>leap::ui::ProfilePage</name>
    <message>
        <source>HCL Leap in Microsoft Entra ID</source>
        <translation>Microsoft Entra ID の HCL Leap</translation>
    </message>
    <message>
        <source>Profile overview</source>
        <translation>プロファイルの概要</translation>
    </message>
    <message>
        <source>Client secret status</source>
        <translation>クライアント シークレットの状態</translation>
    </message>
    <message>
        <source>&amp;Rotate secret</source>
        <translation>シークレットをローテーション(&amp;R)</translation>
    </message>
    <message>
        <source>Add a new secret; the old one keeps working until Leap uses the new one.</source>
        <translation>新しいシークレットを追加します。Leap が新しいシークレットを使うまで古いシークレットも機能します。</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Check that the stored secret works and the permissions are granted.</source>
        <translation>保存されたシークレットが機能し、アクセス許可が付与されていることを確認します。</translation>
    </message>
    <message>
        <source>E&amp;xport summary</source>
        <translation>概要をエクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Save what Leap needs: properties, Liberty, Helm, a report.</source>
        <translation>Leap に必要なものを保存します: プロパティ、Liberty、Helm、レポート。</translation>
    </message>
    <message>
        <source>Re&amp;pair</source>
        <translation>修復(&amp;P)</translation>
    </message>
    <message>
        <source>Compare with the tenant and put back what is missing.</source>
        <translation>テナントと比較し、足りないものを元に戻します。</translation>
    </message>
    <message>
        <source>Set up &amp;another environment</source>
        <translation>別の環境をセットアップ(&amp;A)</translation>
    </message>
    <message>
        <source>Register another Leap server under a new profile.</source>
        <translation>別の Leap サーバーを新しいプロファイルで登録します。</translation>
    </message>
    <message>
        <source>Profile &lt;b&gt;%1&lt;/b&gt;, set up by %2 on %3.</source>
        <translation>プロファイル &lt;b&gt;%1&lt;/b&gt; (%3 に %2 がセットアップ)。</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>アプリケーション:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation>アプリケーション (クライアント) ID:</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>テナント:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Leap server:</source>
        <translation>Leap サーバー:</translation>
    </message>
    <message>
        <source>No client secret yet. Use &lt;b&gt;Repair&lt;/b&gt; to finish the setup.</source>
        <translation>クライアント シークレットはまだありません。&lt;b&gt;修復&lt;/b&gt; でセットアップを完了してください。</translation>
    </message>
    <message>
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; expired on %2. Nobody can sign in to Leap until you rotate it and update Leap.</source>
        <translation>クライアント シークレット &lt;b&gt;%1&lt;/b&gt; は %2 に期限切れになりました。ローテーションして Leap を更新するまで、誰も Leap にサインインできません。</translation>
    </message>
    <message numerus="yes">
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; expires in %n day(s), on %2. Rotate it soon.</source>
        <translation>
            <numerusform>クライアント シークレット &lt;b&gt;%1&lt;/b&gt; は %n 日後 (%2) に期限切れになります。早めにローテーションしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client secret &lt;b&gt;%1&lt;/b&gt; is valid for %n more day(s), until %2.</source>
        <translation>
            <numerusform>クライアント シークレット &lt;b&gt;%1&lt;/b&gt; はあと %n 日、%2 まで有効です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older secret(s) still valid; retire them once Leap uses the current one.</source>
        <translation>
            <numerusform>古いシークレットが %n 個まだ有効です。Leap が現在のシークレットを使うようになったら廃止してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up another environment</source>
        <translation>別の環境をセットアップ</translation>
    </message>
    <message>
        <source>Name of the new profile (for example test or prod):</source>
        <translation>新しいプロファイルの名前 (例: test、prod):</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>別の名前を選択してください。</translation>
    </message>
</context>
<context>
    <name>leap::ui::ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Current operation</source>
        <translation>現在の操作</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>実行中の操作をキャンセル</translation>
    </message>
</context>
<context>
    <name>leap::ui::RegisterPage</name>
    <message>
        <source>Step 1 of 3: Register HCL Leap as an application</source>
        <translation>手順 1/3: HCL Leap をアプリケーションとして登録する</translation>
    </message>
    <message>
        <source>The application Leap signs people in with: its redirect URI, the group claim and the four permissions it requests.</source>
        <translation>Leap がユーザーをサインインさせるアプリケーション: リダイレクト URI、グループ要求、要求する 4 つのアクセス許可。</translation>
    </message>
    <message>
        <source>Differences from the tenant</source>
        <translation>テナントとの差異</translation>
    </message>
    <message>
        <source>The application is registered: &lt;b&gt;%1&lt;/b&gt;, application (client) ID %2.</source>
        <translation>アプリケーションは登録済みです: &lt;b&gt;%1&lt;/b&gt;、アプリケーション (クライアント) ID %2。</translation>
    </message>
    <message>
        <source>Comparing the profile with the tenant…</source>
        <translation>プロファイルをテナントと比較しています…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Looking for an existing registration…</source>
        <translation>既存の登録を検索しています…</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s app registrations…</source>
        <translation>テナントのアプリの登録を読み取っています…</translation>
    </message>
    <message>
        <source>The plan could not be read.</source>
        <translation>計画を読み取れませんでした。</translation>
    </message>
    <message>
        <source>No registration for this Leap server exists yet. The wizard will create &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>この Leap サーバーの登録はまだありません。ウィザードが &lt;b&gt;%1&lt;/b&gt; を作成します:</translation>
    </message>
    <message>
        <source>Found &lt;b&gt;%1&lt;/b&gt; (application ID %2). The wizard will add what is missing and remove nothing:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; が見つかりました (アプリケーション ID %2)。ウィザードは足りないものを追加し、何も削除しません:</translation>
    </message>
    <message>
        <source>Found &lt;b&gt;%1&lt;/b&gt; (application ID %2); it is already set up as Leap needs it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; が見つかりました (アプリケーション ID %2)。既に Leap に必要なとおりに設定されています。</translation>
    </message>
    <message>
        <source>&amp;Register application</source>
        <translation>アプリケーションを登録(&amp;R)</translation>
    </message>
    <message>
        <source>The tenant matches the profile: nothing needs repair.</source>
        <translation>テナントはプロファイルと一致しています。修復の必要はありません。</translation>
    </message>
    <message>
        <source>Differences from the tenant:</source>
        <translation>テナントとの差異:</translation>
    </message>
    <message>
        <source>The wizard repairs this.</source>
        <translation>ウィザードがこれを修復します。</translation>
    </message>
    <message>
        <source>Registering the application…</source>
        <translation>アプリケーションを登録しています…</translation>
    </message>
    <message>
        <source>Checking the application…</source>
        <translation>アプリケーションを確認しています…</translation>
    </message>
    <message>
        <source>Registered &lt;b&gt;%1&lt;/b&gt;, application (client) ID %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を登録しました。アプリケーション (クライアント) ID %2。</translation>
    </message>
</context>
<context>
    <name>leap::ui::RotatePage</name>
    <message>
        <source>Rotate the client secret</source>
        <translation>クライアント シークレットのローテーション</translation>
    </message>
    <message>
        <source>A new secret is added next to the current one, so Leap keeps working until you switch it over. The old secret is retired only after that.</source>
        <translation>現在のシークレットと並べて新しいシークレットを追加するので、切り替えるまで Leap は動作し続けます。古いシークレットはその後で廃止します。</translation>
    </message>
    <message>
        <source>Description of the new secret</source>
        <translation>新しいシークレットの説明</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>有効期間(&amp;E):</translation>
    </message>
    <message>
        <source>Current secret: &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3.</source>
        <translation>現在のシークレット: &lt;b&gt;%1&lt;/b&gt; (シークレット ID %2)、%3 まで有効。</translation>
    </message>
    <message>
        <source>This profile has no current secret yet.</source>
        <translation>このプロファイルにはまだ現在のシークレットがありません。</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>Create &amp;new secret</source>
        <translation>新しいシークレットを作成(&amp;N)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Adding the new secret…</source>
        <translation>新しいシークレットを追加しています…</translation>
    </message>
    <message>
        <source>Added &lt;b&gt;%1&lt;/b&gt; (secret ID %2); its value is in the keychain. The old secret keeps working until you retire it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を追加しました (シークレット ID %2)。値はキーチェーンにあります。古いシークレットは廃止するまで機能します。</translation>
    </message>
</context>
<context>
    <name>leap::ui::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — an offline practice tenant. Nothing you do here reaches Microsoft.</source>
        <translation>&lt;b&gt;サンドボックス&lt;/b&gt; — オフラインの練習用テナントです。ここでの操作が Microsoft に届くことはありません。</translation>
    </message>
    <message>
        <source>Sandbox: an offline practice tenant. Nothing you do here reaches Microsoft.</source>
        <translation>サンドボックス: オフラインの練習用テナントです。ここでの操作が Microsoft に届くことはありません。</translation>
    </message>
</context>
<context>
    <name>leap::ui::SecretDisplay</name>
    <message>
        <source>Client secret value</source>
        <translation>クライアント シークレットの値</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>表示(&amp;R)</translation>
    </message>
    <message>
        <source>Reveal the client secret value</source>
        <translation>クライアント シークレットの値を表示</translation>
    </message>
    <message>
        <source>C&amp;opy value</source>
        <translation>値をコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the client secret value</source>
        <translation>クライアント シークレットの値をコピー</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared again after %n second(s).</source>
        <translation>
            <numerusform>クリップボードは %n 秒後に再びクリアされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>非表示(&amp;H)</translation>
    </message>
</context>
<context>
    <name>leap::ui::SecretPage</name>
    <message>
        <source>Step 2 of 3: Create a client secret</source>
        <translation>手順 2/3: クライアント シークレットを作成する</translation>
    </message>
    <message>
        <source>Leap uses the application ID and this secret to read users and groups. The secret goes straight into this computer&apos;s keychain.</source>
        <translation>Leap はアプリケーション ID とこのシークレットを使ってユーザーとグループを読み取ります。シークレットはこのコンピューターのキーチェーンに直接保存されます。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>有効期間(&amp;E):</translation>
    </message>
    <message>
        <source>This is the only copy of the secret&apos;s value: Microsoft Entra ID never shows it again. Copy it now into Leap&apos;s credential store or a password manager.</source>
        <translation>これはシークレットの値の唯一のコピーです。Microsoft Entra ID で再表示されることはありません。今すぐ Leap の資格情報ストアまたはパスワード マネージャーにコピーしてください。</translation>
    </message>
    <message>
        <source>I have &amp;stored the value somewhere safe</source>
        <translation>値を安全な場所に保存しました(&amp;S)</translation>
    </message>
    <message>
        <source>HCL Leap %1</source>
        <translation>HCL Leap %1</translation>
    </message>
    <message>
        <source>The current secret &lt;b&gt;%1&lt;/b&gt; is valid until %2; the wizard keeps it. Use &lt;i&gt;Rotate secret&lt;/i&gt; on the start page for a new one.</source>
        <translation>現在のシークレット &lt;b&gt;%1&lt;/b&gt; は %2 まで有効で、ウィザードはそれを維持します。新しいシークレットが必要な場合は、スタート ページの &lt;i&gt;シークレットをローテーション&lt;/i&gt; を使用してください。</translation>
    </message>
    <message>
        <source>Create &amp;secret</source>
        <translation>シークレットを作成(&amp;S)</translation>
    </message>
    <message>
        <source>Creating the client secret…</source>
        <translation>クライアント シークレットを作成しています…</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3. The value is in this computer&apos;s keychain under &lt;i&gt;leap-entra-setup&lt;/i&gt; / &lt;tt&gt;%4&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を作成しました (シークレット ID %2)、%3 まで有効。値はこのコンピューターのキーチェーンの &lt;i&gt;leap-entra-setup&lt;/i&gt; / &lt;tt&gt;%4&lt;/tt&gt; にあります。</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; (secret ID %2), valid until %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を作成しました (シークレット ID %2)、%3 まで有効。</translation>
    </message>
</context>
<context>
    <name>leap::ui::SetupWizard</name>
    <message>
        <source>Leap Entra Setup — Sandbox</source>
        <translation>Leap Entra Setup — サンドボックス</translation>
    </message>
    <message>
        <source>Leap Entra Setup</source>
        <translation>Leap Entra Setup</translation>
    </message>
    <message>
        <source>The new secret&apos;s value is shown only once and is not in the keychain. Close anyway? Copy the value first if you still need it.</source>
        <translation>新しいシークレットの値は一度しか表示されず、キーチェーンにもありません。閉じてもよろしいですか? まだ必要な場合は先に値をコピーしてください。</translation>
    </message>
    <message>
        <source>A step is still running. Stop it and close the wizard?

What is done so far is saved; open the wizard again to continue where you left off.</source>
        <translation>手順がまだ実行中です。停止してウィザードを閉じますか?

ここまでの内容は保存されています。ウィザードをもう一度開くと、中断したところから続行できます。</translation>
    </message>
    <message>
        <source>The setup is not finished. Close the wizard?

What is done so far is saved; open the wizard again to continue where you left off.</source>
        <translation>セットアップは完了していません。ウィザードを閉じますか?

ここまでの内容は保存されています。ウィザードをもう一度開くと、中断したところから続行できます。</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>ウィザードを閉じますか?</translation>
    </message>
    <message>
        <source>Support bundle…</source>
        <translation>サポート バンドル…</translation>
    </message>
    <message>
        <source>Save a log of this session for Microsoft or HCL support: the requests and their request IDs, without any secret or token.</source>
        <translation>Microsoft または HCL のサポート向けにこのセッションのログを保存します: 要求とその要求 ID を含み、シークレットやトークンは含みません。</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>サポート バンドルの保存</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>サポート バンドル (*.json)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>サポート バンドル</translation>
    </message>
    <message>
        <source>Saved to %1. It holds no secret or token; attach it to your support request.</source>
        <translation>%1 に保存しました。シークレットやトークンは含まれていません。サポート リクエストに添付してください。</translation>
    </message>
</context>
<context>
    <name>leap::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in as an administrator of the tenant. The wizard acts on your behalf; it stores no password.</source>
        <translation>テナントの管理者としてサインインしてください。ウィザードはあなたの代わりに操作し、パスワードは保存しません。</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>Microsoft でサインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in the browser</source>
        <translation>ブラウザーで Microsoft にサインイン</translation>
    </message>
    <message>
        <source>Use a &amp;code instead</source>
        <translation>代わりにコードを使用(&amp;C)</translation>
    </message>
    <message>
        <source>Sign in with a code on another device</source>
        <translation>別のデバイスでコードを使ってサインイン</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>サインイン コード</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>コードをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>サインイン ページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Waiting for you to finish in the browser. If no browser window opened, copy the sign-in address into one.</source>
        <translation>ブラウザーでの操作が終わるのを待っています。ブラウザー ウィンドウが開かない場合は、サインイン アドレスをブラウザーにコピーしてください。</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>アドレスをコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>サインインしているアカウント</translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation>別のユーザーでサインイン(&amp;E)</translation>
    </message>
    <message>
        <source>Tenant: %1 — %2</source>
        <translation>テナント: %1 — %2</translation>
    </message>
    <message>
        <source>Checking for a saved sign-in…</source>
        <translation>保存されたサインインを確認しています…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>Requesting a sign-in code…</source>
        <translation>サインイン コードを要求しています…</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation>任意のデバイスで &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; を開き、次のコードを入力してください:</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code (it expires at %1)…</source>
        <translation>コードの入力を待っています (有効期限 %1)…</translation>
    </message>
    <message>
        <source>You signed in to another tenant (%1) than the one this profile belongs to (%2).</source>
        <translation>このプロファイルのテナント (%2) とは別のテナント (%1) にサインインしました。</translation>
    </message>
    <message>
        <source>Sign in with an account of tenant %1.</source>
        <translation>テナント %1 のアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>Your sign-in lacks these permissions: %1. The wizard cannot make changes without them. Ask an administrator to grant them to the sign-in application, or sign in as an administrator who may consent to them.</source>
        <translation>サインインに次のアクセス許可がありません: %1。これがないとウィザードは変更を行えません。管理者にサインイン アプリケーションへの付与を依頼するか、同意できる管理者としてサインインしてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; to tenant &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>テナント &lt;b&gt;%2&lt;/b&gt; に &lt;b&gt;%1&lt;/b&gt; としてサインインしました。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使用</translation>
    </message>
</context>
<context>
    <name>leap::ui::TenantPage</name>
    <message>
        <source>Tenant and Leap server</source>
        <translation>テナントと Leap サーバー</translation>
    </message>
    <message>
        <source>Which Microsoft Entra ID tenant Leap signs people in with, and where Leap runs.</source>
        <translation>Leap がユーザーのサインインに使う Microsoft Entra ID テナントと、Leap の実行場所。</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com またはテナント ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>The tenant&apos;s primary domain or its ID (a GUID), as shown on the tenant&apos;s overview in the Microsoft Entra admin center.</source>
        <translation>Microsoft Entra 管理センターのテナントの概要に表示される、テナントのプライマリ ドメインまたは ID (GUID)。</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>テナント(&amp;T):</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>クラウド(&amp;L):</translation>
    </message>
    <message>
        <source>leap.example.com</source>
        <translation>leap.example.com</translation>
    </message>
    <message>
        <source>Leap server</source>
        <translation>Leap サーバー</translation>
    </message>
    <message>
        <source>The host name people use to reach Leap, with a port if it is not 443.</source>
        <translation>ユーザーが Leap にアクセスするときのホスト名 (443 以外の場合はポート付き)。</translation>
    </message>
    <message>
        <source>Leap &amp;server:</source>
        <translation>Leap サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>リダイレクト URI</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>リダイレクト URI をコピー</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>リダイレクト URI:</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>その他のオプション(&amp;M)</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>その他のオプション</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>アプリケーション名</translation>
    </message>
    <message>
        <source>Credential alias</source>
        <translation>資格情報エイリアス</translation>
    </message>
    <message>
        <source>The name under which Leap finds the client ID and secret (J2C alias or Kubernetes secret keys).</source>
        <translation>Leap がクライアント ID とシークレットを見つけるための名前 (J2C エイリアスまたは Kubernetes シークレットのキー)。</translation>
    </message>
    <message>
        <source>Credential &amp;alias:</source>
        <translation>資格情報エイリアス(&amp;A):</translation>
    </message>
    <message>
        <source>Custom endpoints (%1)</source>
        <translation>カスタム エンドポイント (%1)</translation>
    </message>
    <message>
        <source>https://&lt;Leap server&gt;/oidcclient/redirect/oidc</source>
        <translation>https://&lt;Leap サーバー&gt;/oidcclient/redirect/oidc</translation>
    </message>
    <message>
        <source>Appl&amp;ication name:</source>
        <translation>アプリケーション名(&amp;I):</translation>
    </message>
</context>
<context>
    <name>leap::ui::WelcomePage</name>
    <message>
        <source>Set up Microsoft Entra ID for HCL Leap</source>
        <translation>HCL Leap 用に Microsoft Entra ID をセットアップ</translation>
    </message>
    <message>
        <source>This wizard registers HCL Leap in your Microsoft Entra ID tenant so that people can sign in to Leap with their work accounts.</source>
        <translation>このウィザードは HCL Leap を Microsoft Entra ID テナントに登録し、ユーザーが職場アカウントで Leap にサインインできるようにします。</translation>
    </message>
    <message>
        <source>&lt;p&gt;It follows the three steps of the Leap documentation:&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;register HCL Leap as an application, with your Leap server&apos;s redirect URI;&lt;/li&gt;&lt;li&gt;create a client secret and keep it in this computer&apos;s keychain;&lt;/li&gt;&lt;li&gt;grant the permissions Leap needs: User.ReadBasic.All and Group.Read.All (application), openid and profile (delegated).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Then it checks that the result works and gives you what to paste into Leap.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Leap のドキュメントにある 3 つの手順に従います:&lt;/p&gt;&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Leap サーバーのリダイレクト URI を指定して、HCL Leap をアプリケーションとして登録する&lt;/li&gt;&lt;li&gt;クライアント シークレットを作成し、このコンピューターのキーチェーンに保存する&lt;/li&gt;&lt;li&gt;Leap に必要なアクセス許可を付与する: User.ReadBasic.All と Group.Read.All (アプリケーション)、openid と profile (委任)&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;その後、結果が機能するかを確認し、Leap に貼り付ける内容を示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;You need&lt;/b&gt; a Microsoft Entra ID tenant and an account that may register applications there. Granting the application permissions needs the &lt;b&gt;Privileged Role Administrator&lt;/b&gt; or &lt;b&gt;Global Administrator&lt;/b&gt; role; without it, the wizard gives you a link to send to someone who has it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;必要なもの:&lt;/b&gt; Microsoft Entra ID テナントと、そこでアプリケーションを登録できるアカウント。アプリケーションの許可を付与するには &lt;b&gt;特権ロール管理者&lt;/b&gt; または &lt;b&gt;グローバル管理者&lt;/b&gt; のロールが必要です。ロールがない場合は、ロールを持つユーザーに送るリンクをウィザードが表示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up &amp;automatically (recommended)</source>
        <translation>自動でセットアップ (推奨)(&amp;A)</translation>
    </message>
    <message>
        <source>Set up automatically</source>
        <translation>自動でセットアップ</translation>
    </message>
    <message>
        <source>Sign in as an administrator; the wizard does each step through Microsoft Graph and shows you what it will change before it changes it.</source>
        <translation>管理者としてサインインしてください。ウィザードが各手順を Microsoft Graph で実行し、変更前に変更内容を表示します。</translation>
    </message>
    <message>
        <source>&amp;Guide me through the admin center</source>
        <translation>管理センターでの操作を案内(&amp;G)</translation>
    </message>
    <message>
        <source>Guide me through the admin center</source>
        <translation>管理センターでの操作を案内</translation>
    </message>
    <message>
        <source>For tenants where no tool may sign in: you do each step in the Microsoft Entra admin center, the wizard shows you where and checks what you paste.</source>
        <translation>ツールのサインインが許可されていないテナント向け: 各手順を Microsoft Entra 管理センターで自分で行い、ウィザードが場所を示して貼り付けた内容を確認します。</translation>
    </message>
</context>
<context>
    <name>leap::ui::WizardPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>leap-entra-setup: the saved sandbox tenant (%1) could not be read (%2); starting from a fresh one.</source>
        <translation>leap-entra-setup: 保存されたサンドボックス テナント (%1) を読み取れませんでした (%2)。新しいテナントで開始します。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>127.0.0.1 で待ち受けできません。</translation>
    </message>
    <message>
        <source>leap-entra-setup: could not save the sandbox tenant: %1</source>
        <translation>leap-entra-setup: サンドボックス テナントを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: using the offline sandbox tenant (%1); nothing reaches Microsoft. Sign-in is approved automatically as %2.</source>
        <translation>leap-entra-setup: オフラインのサンドボックス テナント (%1) を使用します。Microsoft には何も送信されません。サインインは %2 として自動的に承認されます。</translation>
    </message>
    <message>
        <source>leap-entra-setup: error: %1</source>
        <translation>leap-entra-setup: エラー: %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: the offline sandbox could not start: %1</source>
        <translation>leap-entra-setup: オフライン サンドボックスを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>leap-entra-setup: this build has no graphical wizard. Use a command instead; `leap-entra-setup --help` lists them.</source>
        <translation>leap-entra-setup: このビルドにはグラフィカル ウィザードがありません。代わりにコマンドを使用してください。`leap-entra-setup --help` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>leap-entra-setup: this build has no offline sandbox (--sandbox).</source>
        <translation>leap-entra-setup: このビルドにはオフライン サンドボックス (--sandbox) がありません。</translation>
    </message>
</context>
</TS>
