/**
 * The operators' view (ADMIN): consumer lag per group and topic (above the alert bound highlighted), dead letters per
 * topic with each topic's records and their replay, and each service's outbox backlog (unreachable services marked).
 * The figures are the monitor's last periodic check; the dead letters are read from the broker when opened, through
 * the services' own admin endpoints.
 */
import { get, serviceApi } from '../api.js';
import { h, clear } from '../dom.js';
import { t, formatTime } from '../i18n.js';
import { showProblem } from '../problem.js';

const REFRESH_MS = 5000;
/** The services with a consumer group of their name (every one but identity and the gateway). */
const SERVICES = ['inspection', 'rectification', 'credit', 'complaint', 'recall', 'monitor'];

/**
 * A dead-letter topic is `<topic>-dlt`, one per source topic, shared by every group that consumes it; the records say
 * which group refused them. It is listed through the service that publishes the topic (its name's first part), and a
 * record is replayed through the service whose group refused it. Any service's endpoint reads the same topic, and a
 * replay goes to the source topic, where every group reads it again (idempotent by natural keys, ADR 0004).
 */
export function producerOf(deadLetterTopic) {
  return deadLetterTopic.split('.')[0];
}

export function replayerOf(letter) {
  return SERVICES.includes(letter.consumerGroup) ? letter.consumerGroup : producerOf(letter.topic);
}

export function render(container) {
  const status = h('p', { class: 'checked' }, t('loading'));
  const lag = h('div', { class: 'lag' });
  const deadLetters = h('div', { class: 'dead-letters' });
  const letters = h('div', { class: 'letters' });
  const outbox = h('div', { class: 'outbox' });
  const section = h('section', { class: 'operations-view', 'data-view': 'operations' },
    h('div', { class: 'heading' }, h('h1', {}, t('ops.title')), status,
      h('button', { type: 'button', class: 'refresh quiet', onclick: () => load() }, t('ops.refresh'))),
    h('h2', {}, t('ops.outbox')), outbox,
    h('h2', {}, t('ops.lag')), lag,
    h('h2', {}, t('ops.deadLetters')), deadLetters, letters);
  clear(container).append(section);
  let current = true;
  let opened = null;

  const figure = (value) => h('td', { class: 'number' }, value ?? '—');

  function showOutbox(services, checkedAt) {
    clear(outbox);
    if (!services.length) {
      outbox.append(h('p', { class: 'empty' }, checkedAt ? t('ops.noServices') : t('ops.notChecked')));
      return;
    }
    outbox.append(h('table', { class: 'figures outbox-table' },
      h('thead', {}, h('tr', {}, h('th', {}, t('ops.service')), h('th', {}, t('ops.state')),
        h('th', {}, t('ops.pendingByCollection')), h('th', {}, t('ops.total')))),
      h('tbody', {}, services.map((s) => h('tr', {
        class: s.reachable ? (s.total > 0 ? 'pending' : 'ok') : 'unreachable',
        dataset: { service: s.service, reachable: String(s.reachable), total: s.reachable ? String(s.total) : '' },
      },
      h('td', {}, s.service),
      h('td', { class: 'state' }, s.reachable ? t('ops.reachable') : h('span', {},
        h('strong', {}, t('ops.unreachable')), ' ', h('span', { class: 'detail' }, s.error ?? ''))),
      h('td', {}, s.reachable
        ? (Object.keys(s.pending).length
          ? Object.entries(s.pending).map(([collection, n]) => h('span', { class: 'collection' }, `${collection}: ${n}`))
          : h('span', { class: 'empty' }, t('ops.noOutbox')))
        : '—'),
      figure(s.reachable ? s.total : null))))));
  }

  function showLag(rows, bound) {
    clear(lag);
    if (!rows.length) {
      lag.append(h('p', { class: 'empty' }, t('ops.noLag')));
      return;
    }
    lag.append(h('table', { class: 'figures lag-table' },
      h('caption', {}, t('ops.lagBound', { bound })),
      h('thead', {}, h('tr', {}, h('th', {}, t('ops.group')), h('th', {}, t('ops.topic')), h('th', {}, t('ops.lagRecords')))),
      h('tbody', {}, rows.map((row) => h('tr', {
        class: row.lag > bound ? 'over' : null, dataset: { group: row.group, topic: row.topic, lag: String(row.lag) },
      }, h('td', {}, row.group), h('td', {}, row.topic),
      h('td', { class: 'number' }, row.lag, row.lag > bound ? h('span', { class: 'badge' }, t('ops.overBound')) : null))))));
  }

  function showDeadLetters(rows) {
    clear(deadLetters);
    deadLetters.append(h('table', { class: 'figures dead-letter-table' },
      h('thead', {}, h('tr', {}, h('th', {}, t('ops.topic')), h('th', {}, t('ops.count')), h('th', {}, ''))),
      h('tbody', {}, rows.map((row) => h('tr', {
        class: row.count > 0 ? 'has-letters' : null, dataset: { topic: row.topic, count: String(row.count) },
      }, h('td', {}, row.topic), h('td', { class: 'number' }, row.count),
      h('td', {}, row.count > 0 ? h('button', { type: 'button', class: 'open-letters quiet',
        onclick: () => openLetters(row.topic) }, t('ops.show')) : null))))));
  }

  async function openLetters(topic) {
    opened = topic;
    clear(letters).append(h('h3', {}, t('ops.lettersOf', { topic })), h('p', { class: 'loading' }, t('loading')));
    let list;
    try {
      list = await serviceApi(producerOf(topic)).get(`/admin/dead-letters/${encodeURIComponent(topic)}?limit=500`);
    } catch (problem) {
      if (!current || opened !== topic) return;
      letters.querySelector('.loading')?.remove();
      letters.append(showProblem(problem));
      return;
    }
    if (!current || opened !== topic) return;
    const answer = h('div', { class: 'replay-answer', role: 'status' });
    clear(letters).append(
      h('div', { class: 'heading' }, h('h3', {}, t('ops.lettersOf', { topic })),
        h('button', { type: 'button', class: 'reload-letters quiet', onclick: () => openLetters(topic) }, t('ops.refresh'))),
      h('p', { class: 'note' }, t('ops.replayNote')),
      answer,
      list.length ? h('table', { class: 'figures letters-table', dataset: { topic } },
        h('thead', {}, h('tr', {}, ['ops.position', 'ops.time', 'ops.key', 'ops.group', 'ops.eventType', 'ops.error', '']
          .map((key) => h('th', {}, key ? t(key) : '')))),
        h('tbody', {}, list.map((letter) => letterRow(letter, answer))))
        : h('p', { class: 'empty' }, t('ops.noLetters')));
  }

  function letterRow(letter, answer) {
    const actions = h('td', { class: 'actions' });
    const ask = () => {
      clear(actions).append(
        h('span', { class: 'confirm-text' }, t('ops.confirmReplay', { topic: letter.originalTopic ?? '?' })),
        h('button', { type: 'button', class: 'confirm-replay', onclick: () => replay() }, t('ops.confirm')),
        h('button', { type: 'button', class: 'cancel-replay quiet', onclick: () => idle() }, t('ops.cancel')));
    };
    const idle = () => clear(actions).append(h('button', { type: 'button', class: 'replay', onclick: ask }, t('ops.replay')));
    const replay = async () => {
      clear(actions).append(h('span', { class: 'loading' }, t('ops.replaying')));
      clear(answer);
      const path = `/admin/dead-letters/${encodeURIComponent(letter.topic)}/${letter.partition}/${letter.offset}/replay`;
      try {
        const replayed = await serviceApi(replayerOf(letter)).post(path);
        answer.append(h('p', { class: 'replayed', dataset: { offset: String(letter.offset) } },
          t('ops.replayed', { position: `${letter.topic}-${replayed.partition}@${replayed.offset}`,
            topic: replayed.originalTopic ?? '?', service: replayerOf(letter) })));
      } catch (problem) {
        answer.append(showProblem(problem));
      }
      idle();
    };
    idle();
    return h('tr', { dataset: { key: letter.key ?? '', partition: String(letter.partition), offset: String(letter.offset),
      group: letter.consumerGroup ?? '' } },
    h('td', { class: 'number' }, `${letter.partition}@${letter.offset}`),
    h('td', {}, formatTime(letter.timestamp)),
    h('td', { class: 'key' }, letter.key ?? '—'),
    h('td', {}, letter.consumerGroup ?? '—'),
    h('td', { class: 'type' }, letter.ceType ?? '—'),
    h('td', { class: 'error' }, h('span', { title: letter.exceptionMessage ?? '' },
      (letter.exceptionClass ?? '').split('.').pop() || '—')),
    actions);
  }

  let timer = null;
  async function load() {
    clearTimeout(timer);
    try {
      const state = await get('/operations');
      if (!current) return;
      status.textContent = state.checkedAt || state.outboxCheckedAt
        ? t('ops.checkedAt', { time: formatTime(state.outboxCheckedAt ?? state.checkedAt) }) : t('ops.notChecked');
      showOutbox(state.outbox ?? [], state.outboxCheckedAt);
      showLag(state.consumerLag ?? [], state.lagBound);
      showDeadLetters(state.deadLetters ?? []);
    } catch (problem) {
      if (!current) return;
      clear(status).append(showProblem(problem));
    }
    if (current) timer = setTimeout(load, REFRESH_MS);
  }
  load();
  return () => { current = false; clearTimeout(timer); };
}
