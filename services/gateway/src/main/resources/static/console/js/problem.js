/** An error as the regulator reads it: the problem's title and detail (RFC 9457), never a stack trace. */
import { h } from './dom.js';
import { t } from './i18n.js';

export function showProblem(problem) {
  const title = problem.title || t('error.title');
  return h('div', { class: 'problem', role: 'alert' },
    h('strong', {}, problem.status ? `${title} (${problem.status})` : title),
    problem.detail ? h('span', { class: 'detail' }, problem.detail) : null);
}
