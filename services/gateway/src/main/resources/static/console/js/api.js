/** The monitor's API through the gateway, with the bearer token; every refusal becomes a Problem (RFC 9457). */
import { token } from './auth.js';
import { t } from './i18n.js';

let base = '/api/monitor/v1';
let onUnauthorized = () => {};

export function configure(api, unauthorized) {
  base = api;
  onUnauthorized = unauthorized;
}

export function apiBase() {
  return base;
}

export class Problem extends Error {
  constructor(status, title, detail, code) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.code = code;
  }
}

/** Reads a problem+json answer (or whatever came) into a Problem. */
export async function problemOf(response) {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text);
    return new Problem(response.status, body.title || response.statusText, body.detail || '', body.code);
  } catch {
    return new Problem(response.status, response.statusText || `HTTP ${response.status}`, text.slice(0, 200));
  }
}

async function call(method, path, root = base) {
  let response;
  try {
    response = await fetch(root + path, {
      method,
      headers: { Authorization: `Bearer ${token()}`, Accept: 'application/json, application/problem+json' },
    });
  } catch (e) {
    throw new Problem(0, t('error.network'), e.message);
  }
  if (response.status === 401) onUnauthorized();
  if (!response.ok) throw await problemOf(response);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export const get = (path) => call('GET', path);
export const post = (path) => call('POST', path);

/** Another service's API through the gateway (/api/<service>/v1), with the same token and the same problems. */
export function serviceApi(service) {
  const root = `/api/${encodeURIComponent(service)}/v1`;
  return { get: (path) => call('GET', path, root), post: (path) => call('POST', path, root) };
}
