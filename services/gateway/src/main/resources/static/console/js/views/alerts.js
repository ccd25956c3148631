/** Alerts by state, with acknowledge (open ones) and resolve (open or acknowledged ones). */
import { get, post } from '../api.js';
import { h, clear } from '../dom.js';
import { t, label, formatTime } from '../i18n.js';
import { enterpriseLink, subjectLink } from '../entries.js';
import { showProblem } from '../problem.js';

const STATES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];

export function render(container, requested) {
  const selected = STATES.includes(requested) ? requested : 'OPEN';
  const list = h('div', { class: 'alerts' }, h('p', { class: 'loading' }, t('loading')));
  const messages = h('div', { class: 'messages' });
  const section = h('section', { class: 'alerts-view', 'data-view': 'alerts' },
    h('h1', {}, t('alerts.title')),
    h('nav', { class: 'tabs' }, STATES.map((state) => h('a', {
      href: `#/alerts/${state}`, class: state === selected ? 'active' : null, dataset: { state } },
    t(`alerts.${state}`)))),
    messages, list);
  clear(container).append(section);
  let current = true;

  const act = async (path) => {
    clear(messages);
    try {
      await post(path);
    } catch (problem) {
      messages.append(showProblem(problem));
    }
    load();
  };

  const card = (alert) => h('article', { class: `alert severity-${alert.severity}`, dataset: { alertId: alert.alertId, state: alert.state } },
    h('header', {},
      h('span', { class: 'severity' }, label('severity', alert.severity)),
      h('strong', { class: 'title' }, alert.title),
      h('span', { class: 'rule', title: t('alerts.rule') }, alert.rule)),
    alert.detail ? h('p', { class: 'detail' }, alert.detail) : null,
    h('p', { class: 'meta' },
      h('span', {}, `${t('alerts.raisedAt')} ${formatTime(alert.raisedAt)}`),
      alert.region ? h('span', {}, `${t('timeline.region')} ${alert.region}`) : null,
      alert.uscc ? enterpriseLink(alert.uscc) : null,
      alert.subject ? subjectLink(alert.subject) : null,
      alert.acknowledgedBy ? h('span', {}, `${t('alerts.acknowledgedBy')} ${alert.acknowledgedBy} · ${formatTime(alert.acknowledgedAt)}`) : null),
    h('div', { class: 'actions' },
      alert.state === 'OPEN' ? h('button', { type: 'button', class: 'acknowledge',
        onclick: () => act(`/alerts/${encodeURIComponent(alert.alertId)}/acknowledgement`) }, t('alerts.acknowledge')) : null,
      alert.state !== 'RESOLVED' ? h('button', { type: 'button', class: 'resolve quiet',
        onclick: () => act(`/alerts/${encodeURIComponent(alert.alertId)}/resolution`) }, t('alerts.resolve')) : null));

  function load() {
    get(`/alerts?state=${selected}`).then((answer) => {
      if (!current) return;
      clear(list);
      const alerts = answer.alerts ?? [];
      if (!alerts.length) list.append(h('p', { class: 'empty' }, t('alerts.empty')));
      list.append(...alerts.map(card));
    }).catch((problem) => {
      if (!current) return;
      clear(list).append(showProblem(problem));
    });
  }
  load();
  return () => { current = false; };
}
