/**
 * Login with identity: authorization code + PKCE (S256) with the public client of the console. The access token is
 * kept in sessionStorage only (this tab, until it closes or the regulator logs out).
 */
const TOKEN = 'qsp.console.token';
const PENDING = 'qsp.console.login';

let config;

export function configure(consoleConfig) {
  config = consoleConfig;
}

function redirectUri() {
  return `${location.origin}/console/callback`;
}

function base64url(bytes) {
  let text = '';
  bytes.forEach((b) => { text += String.fromCharCode(b); });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(size) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Sends the browser to identity's login; it comes back to /console/callback with a code. */
export async function login(returnTo) {
  const verifier = randomText(48);
  const state = randomText(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid profile',
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  });
  location.assign(`${config.issuer}/oauth2/authorize?${query}`);
}

export class LoginError extends Error {
}

/** On /console/callback: exchanges the code for a token; returns where the regulator was going. */
export async function completeLogin(url) {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  const error = url.searchParams.get('error');
  if (error) throw new LoginError(url.searchParams.get('error_description') || error);
  if (!pending || url.searchParams.get('state') !== pending.state) {
    throw new LoginError('state mismatch: start the login again');
  }
  const response = await fetch(`${config.issuer}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: url.searchParams.get('code') ?? '',
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || !body.access_token) {
    throw new LoginError(body.error_description || body.error || `token endpoint answered ${response.status}`);
  }
  const expiresAt = Date.now() + (Number(body.expires_in) || 3600) * 1000;
  sessionStorage.setItem(TOKEN, JSON.stringify({ accessToken: body.access_token, expiresAt }));
  return pending.returnTo || '#/live';
}

/** The access token while it is valid for at least another 30 s, else null. */
export function token() {
  const stored = JSON.parse(sessionStorage.getItem(TOKEN) ?? 'null');
  if (!stored || stored.expiresAt - Date.now() < 30_000) return null;
  return stored.accessToken;
}

/** What the token says about its holder: subject, roles, region. */
export function caller() {
  const value = token();
  if (!value) return null;
  try {
    const payload = value.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)));
    const claims = JSON.parse(json);
    return { subject: claims.sub, roles: claims.roles ?? [], region: claims.region ?? '' };
  } catch {
    return null;
  }
}

export function logout() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(PENDING);
}
