// What the console specs share: the browser (Debian's Chromium, never a downloaded one), logins through identity's
// real login page, the API calls a phone and a lab make, fresh USCCs and screenshots.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID, randomInt } from 'node:crypto';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));

export const GATEWAY = (process.env.QSP_GATEWAY_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const PASSWORD = process.env.QSP_DEMO_PASSWORD ?? 'qsp-demo';
export const SCREENSHOTS = resolve(process.env.QSP_SCREENSHOTS ?? join(here, '..', '..', 'target', 'screenshots'));
const CHROMIUM = process.env.QSP_CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'qsp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1360, height: 900 },
    locale: 'zh-CN',
  });
  return {
    context,
    browser: context.browser(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A separate browser profile for another user (its own identity session, its own sessionStorage). */
export async function otherProfile() {
  return launch();
}

/** Logs in through the console's button and identity's login form; returns the page on the console. */
export async function login(context, user) {
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(`${GATEWAY}/console/`);
  await page.locator('#login').click();
  await page.waitForURL(/\/login/);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/console\/#/);
  await page.locator('#logout').waitFor();
  return page;
}

/** The access token the console keeps in sessionStorage. */
export async function tokenOf(page) {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('qsp.console.token')).accessToken);
}

/** A token of a user, got the way the console gets one (the console's client, PKCE), in a profile of its own. */
export async function tokenFor(user) {
  const profile = await launch();
  try {
    return await tokenOf(await login(profile.context, user));
  } finally {
    await profile.close();
  }
}

export async function call(method, path, token, body) {
  const response = await fetch(`${GATEWAY}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json, application/problem+json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  return { status: response.status, body: json, text };
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A fresh valid USCC (GB 32100) registered in the region. */
export function uscc(region) {
  let first17 = `91${region}`;
  while (first17.length < 17) first17 += ALPHABET[randomInt(ALPHABET.length)];
  const sum = [...first17].reduce((total, c, i) => total + ALPHABET.indexOf(c) * WEIGHTS[i], 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

const SAMPLED_AT = new Date(Date.now() - 2 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * The inspector records a sampling form through the gateway and the lab a result: what makes sample.failed; with
 * the enterprise's token, the enterprise accepts a FAIL, which makes it final (and after that come a rectification
 * task and a credit change). inspectors: the pair whose authority covers the region.
 */
export async function recordSample({ inspector, inspectors, lab, enterprise, region, verdict = 'FAIL',
  enterpriseToken }) {
  const sampleId = randomUUID();
  const form = await call('PUT', `/api/inspection/v1/samples/${sampleId}`, inspector, {
    enterprise: { uscc: enterprise, name: '示例食品有限公司', region, role: 'PRODUCER' },
    product: { name: '速冻水饺', brand: '好味', model: '500g/袋', batch: '20261101' },
    sampledAt: SAMPLED_AT,
    inspectorIds: inspectors,
  });
  if (form.status !== 200 && form.status !== 201) throw new Error(`form of ${sampleId}: ${form.status} ${form.text}`);
  const result = await call('PUT', `/api/inspection/v1/samples/${sampleId}/result`, lab, {
    items: [{ item: '菌落总数', limit: '≤100000', measured: verdict === 'FAIL' ? '350000' : '2000', unit: 'CFU/g',
      verdict, safetyRelated: false }],
    overallVerdict: verdict,
  });
  if (result.status !== 200 && result.status !== 201) {
    throw new Error(`result of ${sampleId}: ${result.status} ${result.text}`);
  }
  if (verdict === 'FAIL' && enterpriseToken) {
    // the enterprise accepts the result: the FAIL is final, and rectification and credit act on it (ADR 0019)
    const accepted = await call('POST', `/api/inspection/v1/samples/${sampleId}/result/acceptance`, enterpriseToken);
    if (accepted.status !== 200 && accepted.status !== 201) {
      throw new Error(`acceptance of ${sampleId}: ${accepted.status} ${accepted.text}`);
    }
  }
  return sampleId;
}

/** Polls until check() returns something truthy, at most timeout ms; returns it. */
export async function eventually(check, { timeout = 30_000, interval = 500, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`${what} not met within ${timeout} ms${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
