/** How a timeline or stream entry reads: time, service, Chinese summary, type, trace id, its subjects and enterprise. */
import { h } from './dom.js';
import { t, formatTime } from './i18n.js';

/** {@code org.qsp.inspection.sample.failed.v1} -> {@code sample.failed}: what a regulator scans for. */
export function shortType(type) {
  const parts = (type ?? '').split('.');
  if (parts.length >= 5 && parts[0] === 'org' && parts[1] === 'qsp') return parts.slice(3, -1).join('.');
  return type ?? '';
}

export function subjectLink(subject, current) {
  if (subject === current) return h('span', { class: 'subject current' }, subject);
  return h('a', { class: 'subject', href: `#/timeline/${encodeURIComponent(subject)}` }, subject);
}

export function enterpriseLink(uscc) {
  return uscc ? h('a', { class: 'uscc', href: `#/enterprise/${uscc}` }, uscc) : null;
}

/** One entry of a timeline, as a list item. */
export function timelineEntry(entry, current) {
  const related = (entry.subjects ?? []).filter((s) => s !== current);
  return h('li', { class: 'entry', dataset: { type: entry.type ?? '', eventId: entry.eventId ?? '' } },
    h('div', { class: 'when' },
      h('time', { datetime: entry.time }, formatTime(entry.time)),
      h('span', { class: 'service' }, entry.service ?? '')),
    h('div', { class: 'what' },
      h('p', { class: 'summary' }, entry.summary ?? ''),
      h('p', { class: 'meta' },
        h('span', { class: 'type', title: entry.type }, shortType(entry.type)),
        entry.traceId ? h('span', { class: 'trace', title: t('entry.trace') }, `${t('entry.trace')} ${entry.traceId}`) : null),
      related.length || entry.uscc ? h('p', { class: 'links' },
        related.length ? h('span', { class: 'label' }, `${t('timeline.related')}:`) : null,
        related.map((s) => subjectLink(s, current)),
        entry.uscc ? enterpriseLink(entry.uscc) : null) : null));
}

export function timelineList(entries, current) {
  if (!entries?.length) return h('p', { class: 'empty' }, t('timeline.empty'));
  return h('ol', { class: 'timeline' }, entries.map((entry) => timelineEntry(entry, current)));
}
