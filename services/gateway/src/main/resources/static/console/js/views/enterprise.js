/** An enterprise: its credit class and score and every event about it. */
import { get } from '../api.js';
import { h, clear } from '../dom.js';
import { t } from '../i18n.js';
import { timelineList } from '../entries.js';
import { showProblem } from '../problem.js';

export function render(container, uscc) {
  const section = h('section', { class: 'enterprise-view', 'data-view': 'enterprise' },
    h('h1', {}, t('enterprise.title')), h('p', { class: 'loading' }, t('loading')));
  clear(container).append(section);
  let current = true;
  get(`/enterprises/${encodeURIComponent(uscc)}/timeline`).then((enterprise) => {
    if (!current) return;
    section.querySelector('.loading').remove();
    section.querySelector('h1').textContent = enterprise.name || t('enterprise.title');
    const creditClass = enterprise.creditClass ?? '—';
    section.append(
      h('div', { class: 'credit' },
        h('div', { class: `credit-class class-${creditClass}` },
          h('span', { class: 'label' }, t('enterprise.class')),
          h('strong', { class: 'value' }, creditClass)),
        h('div', { class: 'credit-score' },
          h('span', { class: 'label' }, t('enterprise.score')),
          h('strong', { class: 'value' }, enterprise.creditScore ?? '—')),
        h('dl', { class: 'facts' },
          h('dt', {}, 'USCC'), h('dd', { class: 'uscc-id' }, enterprise.uscc),
          h('dt', {}, t('timeline.region')), h('dd', {}, enterprise.region ?? '—'))),
      h('p', { class: 'note' }, t('enterprise.scoreNote')),
      timelineList(enterprise.entries, null));
  }).catch((problem) => {
    if (!current) return;
    section.querySelector('.loading')?.remove();
    section.append(showProblem(problem));
  });
  return () => { current = false; };
}
