/**
 * The console: login, the header, the router between the views. A REGULATOR sees the live stream, timelines,
 * enterprises, KPIs and alerts; an ADMIN the operations view only (the monitor answers an ADMIN's timeline, KPI and
 * alert requests with 403, and the stream it may read links to timelines it may not). A caller with both sees both.
 */
import * as auth from './auth.js';
import * as api from './api.js';
import { h, clear, USCC } from './dom.js';
import { t, toggle, onChange, translateStatic } from './i18n.js';
import { showProblem } from './problem.js';
import * as live from './views/live.js';
import * as timeline from './views/timeline.js';
import * as enterprise from './views/enterprise.js';
import * as kpis from './views/kpis.js';
import * as alerts from './views/alerts.js';
import * as operations from './views/operations.js';

const view = document.getElementById('view');
let cleanup = null;

/** Each view with the role it needs. */
const ROUTES = {
  live: { role: 'REGULATOR', show: (params) => live.render(view, params) },
  timeline: { role: 'REGULATOR', show: ([subject]) => timeline.render(view, subject) },
  enterprise: { role: 'REGULATOR', show: ([uscc]) => enterprise.render(view, uscc) },
  kpis: { role: 'REGULATOR', show: () => kpis.render(view) },
  alerts: { role: 'REGULATOR', show: ([state]) => alerts.render(view, state) },
  operations: { role: 'ADMIN', show: () => operations.render(view) },
};
const CONSOLE_ROLES = ['REGULATOR', 'ADMIN'];

function roles() {
  return auth.caller()?.roles ?? [];
}

function route() {
  if (!auth.token()) {
    showLogin();
    return;
  }
  const held = roles();
  const [requested, ...params] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const name = ROUTES[requested] && held.includes(ROUTES[requested].role) ? requested
    : (held.includes('REGULATOR') ? 'live' : 'operations');
  document.querySelectorAll('[data-route]').forEach((link) => {
    link.classList.toggle('active', link.dataset.route === name);
  });
  cleanup?.();
  cleanup = ROUTES[name].show(name === requested ? params : []) ?? null;
}

function showLogin(problem) {
  cleanup?.();
  cleanup = null;
  live.stop();
  document.querySelector('.nav').hidden = true;
  document.getElementById('search').hidden = true;
  document.getElementById('logout').hidden = true;
  document.getElementById('user').textContent = '';
  clear(view).append(h('section', { class: 'login', 'data-view': 'login' },
    h('h1', {}, t('app.title')),
    h('p', {}, t('auth.prompt')),
    problem ? showProblem(problem) : null,
    h('button', { type: 'button', id: 'login', class: 'primary',
      onclick: () => auth.login(location.hash || '#/live') }, t('auth.login'))));
}

function showSignedIn() {
  const caller = auth.caller();
  const held = caller?.roles ?? [];
  const regulator = held.includes('REGULATOR');
  document.querySelector('.nav').hidden = false;
  document.querySelectorAll('.nav [data-role]').forEach((link) => { link.hidden = !held.includes(link.dataset.role); });
  document.getElementById('search').hidden = !regulator;
  document.getElementById('logout').hidden = false;
  document.getElementById('user').textContent = !caller ? ''
    : regulator ? `${caller.subject} · ${t('auth.region')} ${caller.region || '—'}`
      : `${caller.subject} · ${t('auth.admin')}`;
  if (!CONSOLE_ROLES.some((role) => held.includes(role))) {
    clear(view).append(h('section', { class: 'login', 'data-view': 'not-regulator' },
      h('p', { class: 'problem', role: 'alert' }, t('auth.notRegulator'))));
    return;
  }
  if (regulator) live.start();
  route();
}

function search(event) {
  event.preventDefault();
  const input = document.getElementById('search-input');
  const value = input.value.trim();
  if (!value) return;
  const upper = value.toUpperCase();
  location.hash = USCC.test(upper) ? `#/enterprise/${upper}` : `#/timeline/${encodeURIComponent(value)}`;
}

async function boot() {
  translateStatic();
  document.getElementById('lang').textContent = t('lang.other');
  document.getElementById('lang').addEventListener('click', toggle);
  onChange(() => {
    translateStatic();
    document.getElementById('lang').textContent = t('lang.other');
    if (auth.token()) showSignedIn(); else showLogin();
  });
  document.getElementById('logout').addEventListener('click', () => {
    auth.logout();
    history.replaceState(null, '', '/console/');
    showLogin();
  });
  document.getElementById('search').addEventListener('submit', search);

  const config = await fetch('/console/config.json', { headers: { Accept: 'application/json' } })
    .then((response) => response.json());
  auth.configure(config);
  api.configure(config.api, () => {
    auth.logout();
    showLogin();
  });
  live.configure(config.api);

  if (location.pathname === '/console/callback') {
    try {
      const back = await auth.completeLogin(new URL(location.href));
      history.replaceState(null, '', `/console/${back}`);
    } catch (e) {
      history.replaceState(null, '', '/console/');
      showLogin(new api.Problem(0, t('auth.failed'), e.message));
      return;
    }
  }
  window.addEventListener('hashchange', () => { if (auth.token()) route(); });
  if (auth.token()) showSignedIn(); else showLogin();
}

boot();
