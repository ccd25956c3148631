/** One case across services: sample → result → task → credit → recall, with links to the related subjects. */
import { get } from '../api.js';
import { h, clear } from '../dom.js';
import { t } from '../i18n.js';
import { enterpriseLink, timelineList } from '../entries.js';
import { showProblem } from '../problem.js';

export function render(container, subject) {
  const section = h('section', { class: 'timeline-view', 'data-view': 'timeline' },
    h('h1', {}, t('timeline.title')), h('p', { class: 'loading' }, t('loading')));
  clear(container).append(section);
  let current = true;
  get(`/timeline?subject=${encodeURIComponent(subject)}`).then((timeline) => {
    if (!current) return;
    section.querySelector('.loading').remove();
    section.append(
      h('dl', { class: 'facts' },
        h('dt', {}, t('timeline.subject')), h('dd', { class: 'subject-id' }, timeline.subject),
        h('dt', {}, t('timeline.kind')), h('dd', {}, timeline.kind ?? '—'),
        h('dt', {}, t('timeline.enterprise')), h('dd', {}, enterpriseLink(timeline.uscc) ?? '—'),
        h('dt', {}, t('timeline.region')), h('dd', {}, timeline.region ?? '—')),
      timelineList(timeline.entries, timeline.subject));
  }).catch((problem) => {
    if (!current) return;
    section.querySelector('.loading')?.remove();
    section.append(showProblem(problem));
  });
  return () => { current = false; };
}
