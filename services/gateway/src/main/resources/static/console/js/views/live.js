/**
 * The live stream view: newest first; pause keeps what arrives (and counts it) without showing it; the filters
 * (type, region prefix, USCC, text) restart the stream with them; a click opens the event's case timeline. The
 * stream itself runs while the regulator is logged in, whichever view is shown.
 */
import { token } from '../auth.js';
import { h, clear } from '../dom.js';
import { t, formatTime } from '../i18n.js';
import { openStream } from '../stream.js';
import { shortType } from '../entries.js';
import { showProblem } from '../problem.js';

const KEEP = 500;
const state = {
  api: '/api/monitor/v1',
  entries: [],
  pending: [],
  paused: false,
  filters: { types: '', region: '', uscc: '', q: '' },
  stream: null,
  connection: { state: 'connecting' },
  view: null,
};

export function configure(api) {
  state.api = api;
}

function streamUrl() {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(state.filters)) {
    if (value.trim()) query.set(name, value.trim());
  }
  const text = query.toString();
  return `${state.api}/stream${text ? `?${text}` : ''}`;
}

export function start() {
  if (state.stream) return;
  state.stream = openStream(streamUrl(), token, {
    onEntry: (entry, id) => arrived({ ...entry, streamId: id }),
    onDropped: (reason) => notice('dropped', t('stream.dropped', { reason })),
    onState: (connection, detail) => {
      state.connection = { state: connection, detail };
      if (connection === 'unauthorized') {
        stop();
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }
      renderStatus();
    },
  });
}

export function stop() {
  state.stream?.close();
  state.stream = null;
}

function restart() {
  stop();
  state.entries = [];
  state.pending = [];
  start();
  renderList();
}

function arrived(entry) {
  if (state.paused) {
    state.pending.unshift(entry);
    state.pending.length = Math.min(state.pending.length, KEEP);
  } else {
    state.entries.unshift(entry);
    state.entries.length = Math.min(state.entries.length, KEEP);
  }
  renderList();
}

function notice(kind, text) {
  const area = document.getElementById('notices');
  const item = h('p', { class: `notice ${kind}` }, text,
    h('button', { type: 'button', class: 'quiet close', 'aria-label': '×', onclick: () => item.remove() }, '×'));
  area.append(item);
}

function togglePause() {
  state.paused = !state.paused;
  if (!state.paused) {
    state.entries = [...state.pending, ...state.entries].slice(0, KEEP);
    state.pending = [];
  }
  renderList();
}

function row(entry) {
  // an event that names no case (a credit class change) opens its enterprise
  const subject = entry.subjects?.[0];
  const target = subject ? `#/timeline/${encodeURIComponent(subject)}`
    : entry.uscc ? `#/enterprise/${encodeURIComponent(entry.uscc)}` : null;
  const open = () => { if (target) location.hash = target; };
  return h('li', {
    class: `event${target ? ' clickable' : ''}`, tabindex: target ? 0 : null,
    dataset: { type: entry.type ?? '', eventId: entry.eventId ?? '', subjects: (entry.subjects ?? []).join(' ') },
    onclick: open, onkeydown: (e) => { if (e.key === 'Enter') open(); },
  },
  h('time', { datetime: entry.time }, formatTime(entry.time)),
  h('span', { class: 'type', title: entry.type }, shortType(entry.type)),
  h('span', { class: 'service' }, entry.service ?? ''),
  h('span', { class: 'summary' }, entry.summary ?? ''),
  h('span', { class: 'region' }, entry.region ?? ''),
  h('span', { class: 'uscc' }, entry.uscc ?? ''));
}

function renderStatus() {
  const status = state.view?.querySelector('.stream-status');
  if (!status) return;
  const { state: connection, detail } = state.connection;
  status.className = `stream-status ${connection}`;
  clear(status);
  if (connection === 'open') status.append(t('stream.connected'));
  else if (connection === 'waiting') status.append(t('stream.reconnecting', { s: detail }));
  else if (connection === 'failed') status.append(showProblem(detail));
  else status.append(t('stream.connecting'));
}

function renderList() {
  if (!state.view?.isConnected) return;
  const list = state.view.querySelector('.events');
  clear(list);
  if (!state.entries.length) list.append(h('li', { class: 'empty' }, t('live.empty')));
  list.append(...state.entries.map(row));
  state.view.querySelector('.count').textContent = t('live.count', { n: state.entries.length });
  const pause = state.view.querySelector('.pause');
  pause.textContent = state.paused ? t('live.resume') : t('live.pause');
  pause.classList.toggle('paused', state.paused);
  const pending = state.view.querySelector('.pending');
  pending.hidden = !state.paused;
  pending.textContent = t('live.pending', { n: state.pending.length });
}

function filterField(name, labelKey) {
  return h('label', {}, h('span', {}, t(labelKey)),
    h('input', { name, value: state.filters[name], autocomplete: 'off', spellcheck: 'false' }));
}

export function render(container) {
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    for (const name of Object.keys(state.filters)) state.filters[name] = String(data.get(name) ?? '');
    restart();
  } },
  filterField('types', 'live.types'), filterField('region', 'live.region'), filterField('uscc', 'live.uscc'),
  filterField('q', 'live.text'),
  h('button', { type: 'submit' }, t('live.apply')),
  h('button', { type: 'button', class: 'quiet', onclick: () => {
    state.filters = { types: '', region: '', uscc: '', q: '' };
    form.querySelectorAll('input').forEach((input) => { input.value = ''; });
    restart();
  } }, t('live.reset')));
  state.view = h('section', { class: 'live', 'data-view': 'live' },
    h('div', { class: 'heading' },
      h('h1', {}, t('live.title')),
      h('span', { class: 'stream-status' }),
      h('span', { class: 'count' }),
      h('button', { type: 'button', class: 'pause', onclick: togglePause }, t('live.pause')),
      h('span', { class: 'pending', hidden: true })),
    form,
    h('ol', { class: 'events' }));
  clear(container).append(state.view);
  renderStatus();
  renderList();
  return () => { state.view = null; };
}
