// A real OpenID Connect provider (the certified `oidc-provider` package) mounted the way the
// Microsoft identity platform lays out its v2 endpoints, so the product's sign-in can be tested
// against an implementation nobody on the team wrote.
//
//   discovery  http://127.0.0.1:PORT/{tenant}/v2.0/.well-known/openid-configuration
//   issuer     http://127.0.0.1:PORT/{tenant}/v2.0
//
// The other endpoints (authorize, token, device authorization) are wherever oidc-provider puts
// them under the mount; the product must take them from the discovery document.
//
// Interactions (login and consent) are answered automatically for one fixed administrator, so a
// test that plays the browser only follows redirects. Everything else is oidc-provider's own
// behaviour: PKCE required for the public client, loopback redirect with any port, refresh
// tokens for offline_access, the device authorization grant.
//
// Usage: node server.mjs [--tenant GUID] [--access-token-ttl SECONDS]
// Prints one JSON line {"port":N,"issuer":"...","tenant":"..."} on stdout once listening.
// Stops on SIGTERM / SIGINT or when stdin closes (so a crashed test leaves nothing behind).

import http from 'node:http';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values: args } = parseArgs({
  options: {
    tenant: { type: 'string', default: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
    'access-token-ttl': { type: 'string', default: '3600' },
    'client-id': { type: 'string', default: '14d82eec-204b-4c2f-b7e8-296a70dab67e' },
  },
});

const tenant = args.tenant;
const mount = `/${tenant}/v2.0`;
const accessTokenTtl = Number.parseInt(args['access-token-ttl'], 10);
const graphScopes = [
  'Application.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'DelegatedPermissionGrant.ReadWrite.All',
].map((p) => `https://graph.microsoft.com/${p}`);

const account = {
  accountId: 'peer-admin',
  claims: {
    sub: 'peer-admin',
    name: 'Petra Peer',
    preferred_username: 'petra@peer.example',
    tid: tenant,
    oid: '0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f',
  },
};

let provider;

async function autoInteraction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session } = details;
  let result;
  if (prompt.name === 'login') {
    result = { login: { accountId: account.accountId } };
  } else if (prompt.name === 'consent') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope)
      grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims)
      grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes || {}))
      grant.addResourceScope(indicator, scopes.join(' '));
    result = { consent: { grantId: await grant.save() } };
  } else {
    result = { error: 'access_denied', error_description: `unexpected prompt ${prompt.name}` };
  }
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
}

// OpenID Connect Core §11 (and so oidc-provider) drops offline_access from an authorization
// request without prompt=consent. Entra keeps it and issues a refresh token whenever
// offline_access is asked for, so the product (rightly) sends no prompt. Mirror Entra at the
// mount: the consent is answered by autoInteraction either way.
function entraLikeOfflineAccess(req) {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (req.method !== 'GET' || !url.pathname.endsWith('/auth')) return;
  const scopes = (url.searchParams.get('scope') || '').split(' ');
  if (scopes.includes('offline_access') && !url.searchParams.has('prompt')) {
    url.searchParams.set('prompt', 'consent');
    req.url = url.pathname + url.search;
  }
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.url.startsWith(`${mount}/interaction/`)) {
      await autoInteraction(req, res);
      return;
    }
    if (req.url === mount || req.url.startsWith(`${mount}/`) || req.url.startsWith(`${mount}?`)) {
      // Mounted like Express does it: the provider sees the path below the mount and works out
      // the mount path from originalUrl when it builds its own URLs.
      entraLikeOfflineAccess(req);
      req.originalUrl = req.url;
      req.url = req.url.slice(mount.length) || '/';
      provider.callback()(req, res);
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not_found' }));
  } catch (err) {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'server_error', error_description: String(err?.message) }));
  }
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}${mount}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: args['client-id'],
        client_name: 'Graph Command Line Tools (peer)',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: ['http://localhost/'],
        grant_types: [
          'authorization_code',
          'refresh_token',
          'urn:ietf:params:oauth:grant-type:device_code',
        ],
        response_types: ['code'],
      },
    ],
    scopes: ['openid', 'profile', 'offline_access', ...graphScopes],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'tid', 'oid'],
    },
    conformIdTokenClaims: false,
    findAccount: async (_ctx, id) =>
      id === account.accountId ? { accountId: id, claims: async () => account.claims } : undefined,
    interactions: { url: (_ctx, interaction) => `${mount}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      deviceFlow: { enabled: true },
    },
    ttl: { AccessToken: accessTokenTtl },
    cookies: { keys: ['leap-oidc-peer-test-only'] },
  });
  provider.proxy = false;
  process.stdout.write(`${JSON.stringify({ port, issuer, tenant })}\n`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
