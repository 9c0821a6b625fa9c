// A real OpenID provider on loopback for Helder's sign-in tests: `oidc-provider` (installed by
// `cargo xtask setup` into .tools/npm) with two clients, Helder's DigiD broker client and its
// staff single sign-on client, and test people with their claims. Its own login page takes a
// username and password (and has a cancel button, which ends the sign-in with access_denied).
//
// Environment: PORT (where to listen), HELDER_URL (Helder's address, for the redirect URLs),
// OIDC_PROVIDER_MODULE (optional: oidc-provider's lib/index.js). Prints one line when ready.

import { pathToFileURL } from 'node:url';

const port = Number(process.env.PORT);
const helder = process.env.HELDER_URL;
if (!port || !helder) {
  console.error('provider.mjs needs PORT and HELDER_URL');
  process.exit(2);
}
const modulePath = process.env.OIDC_PROVIDER_MODULE
  ?? new URL('../../.tools/npm/node_modules/oidc-provider/lib/index.js', import.meta.url).pathname;
const { default: Provider } = await import(pathToFileURL(modulePath).href);

// The test people: username → password and claims. Mehmet is demo client 04 (his BSN passes the
// elfproef); Fatima's broker sends demo client 01's BSN, which does not; Onbekend has a valid
// BSN no client of Helder has. Carla works at UWV's customer contact (staff in Helder), Anna
// is a client supporter, Piet has only a role Helder does not know.
const people = {
  mehmet: { password: 'mehmet-wachtwoord', claims: { bsn: '999990044', name: 'Mehmet Yilmaz' } },
  fatima: { password: 'fatima-wachtwoord', claims: { bsn: '999990011', name: 'Fatima El Amrani' } },
  onbekend: { password: 'onbekend-wachtwoord', claims: { bsn: '123456782', name: 'Onbekend' } },
  carla: { password: 'carla-wachtwoord', claims: { name: 'Carla Kok (SSO)', roles: ['uwv-klantcontact'] } },
  anna: { password: 'anna-wachtwoord', claims: { name: 'Anna de Vries (SSO)', roles: 'clientondersteuning' } },
  piet: { password: 'piet-wachtwoord', claims: { name: 'Piet Beheer', roles: ['beheer'] } },
};

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: 'helder-digid',
      client_secret: 'digid-geheim',
      redirect_uris: [`${helder}/api/v1/session/oidc/client/callback`],
    },
    {
      client_id: 'helder-sso',
      client_secret: 'sso-geheim',
      redirect_uris: [`${helder}/api/v1/session/oidc/staff/callback`],
    },
  ],
  // Scopes release claims; claims go into the ID token (where Helder reads them).
  claims: { openid: ['sub'], profile: ['name'], bsn: ['bsn'], roles: ['roles'] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  cookies: { keys: ['helder-test-provider-cookie-key'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, id) {
    const person = people[id];
    if (!person) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...person.claims }) };
  },
});

const page = (title, body) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

async function formBody(ctx) {
  let text = '';
  for await (const chunk of ctx.req) text += chunk;
  return new URLSearchParams(text);
}

// Every scope asked for is granted: the person signed in, so this test provider consents.
async function finish(ctx, details, accountId) {
  const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope);
  const grantId = await grant.save();
  const to = await provider.interactionResult(ctx.req, ctx.res, { login: { accountId }, consent: { grantId } },
    { mergeWithLastSubmission: false });
  ctx.redirect(to);
}

provider.use(async (ctx, next) => {
  const match = ctx.path.match(/^\/interaction\/([\w-]+)(\/login|\/abort)?$/);
  if (!match) return next();
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  const uid = match[1];
  if (ctx.method === 'GET' && !match[2]) {
    ctx.type = 'html';
    ctx.body = page('Inloggen bij de testprovider', `
      <form method="post" action="/interaction/${uid}/login">
        <label for="username">Gebruikersnaam</label> <input id="username" name="username" autocomplete="off">
        <label for="password">Wachtwoord</label> <input id="password" name="password" type="password">
        <button id="provider-sign-in" type="submit">Inloggen</button>
      </form>
      <form method="post" action="/interaction/${uid}/abort"><button id="provider-cancel" type="submit">Annuleren</button></form>`);
    return undefined;
  }
  if (ctx.method === 'POST' && match[2] === '/login') {
    const form = await formBody(ctx);
    const username = form.get('username') ?? '';
    const person = people[username];
    if (!person || person.password !== form.get('password')) {
      ctx.status = 401;
      ctx.type = 'html';
      ctx.body = page('Onjuiste gebruikersnaam of wachtwoord', `<p><a href="/interaction/${uid}">Opnieuw</a></p>`);
      return undefined;
    }
    return finish(ctx, details, username);
  }
  if (ctx.method === 'POST' && match[2] === '/abort') {
    const to = await provider.interactionResult(ctx.req, ctx.res,
      { error: 'access_denied', error_description: 'the person cancelled' }, { mergeWithLastSubmission: false });
    return ctx.redirect(to);
  }
  return next();
});

provider.listen(port, '127.0.0.1', () => {
  console.log(`oidc-provider listening on http://127.0.0.1:${port}`);
});
