/**
 * KPIs per month against the plan targets: sampling pass rate by product type vs its target, rectification
 * completion vs 100 %, overdue tasks and recalls, complaints, recalls; and the credit class distribution.
 */
import uPlot from '/webjars/uplot/dist/uPlot.esm.js';
import { get } from '../api.js';
import { caller } from '../auth.js';
import { h, clear } from '../dom.js';
import { t, label, formatPercent } from '../i18n.js';
import { showProblem } from '../problem.js';

const COLORS = ['#c92a2a', '#1971c2', '#2f9e44', '#e67700', '#7048e8', '#0c8599'];
const FONT = '12px "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';
const period = { from: null, to: null, region: null };

function month(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

function defaults() {
  const now = new Date();
  period.to ??= month(now);
  period.from ??= month(new Date(now.getFullYear(), now.getMonth() - 5, 1));
  period.region ??= caller()?.region ?? '';
}

function percentOf(value) {
  return value === null || value === undefined ? null : Number(value) * 100;
}

function chart(target, title, months, series, { percent = false } = {}) {
  const box = h('figure', { class: 'chart', dataset: { chart: title } }, h('figcaption', {}, title));
  target.append(box);
  const width = Math.max(320, Math.min(640, box.clientWidth || 560));
  const options = {
    width,
    height: 220,
    scales: {
      x: { time: false, range: (u, min, max) => [min - 0.3, max + 0.3] },
      y: percent
        ? { range: (u, min) => [Math.max(0, Math.floor(Math.min(min ?? 100, 90) / 10) * 10), 100.5] }
        : { range: (u, min, max) => [0, Math.max(1, Math.ceil((max ?? 0) * 1.2))] },
    },
    axes: [
      { font: FONT, incrs: [1, 2, 3, 6, 12], values: (u, splits) => splits.map((v) => (Number.isInteger(v) ? months[v] ?? '' : '')) },
      { font: FONT, incrs: percent ? undefined : [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
        values: (u, splits) => splits.map((v) => (percent ? `${v}%` : String(v))) },
    ],
    series: [{ label: t('kpis.month'), value: (u, v) => months[v] ?? '' }, ...series.map((s, i) => ({
      label: s.label,
      stroke: s.color ?? COLORS[i % COLORS.length],
      width: s.dash ? 1.5 : 2,
      dash: s.dash ? [6, 4] : undefined,
      points: { show: !s.dash, size: 6 },
      spanGaps: true,
      value: (u, v) => (v === null || v === undefined ? '—' : percent ? `${v.toFixed(1)}%` : String(v)),
    }))],
    legend: { show: true },
  };
  const data = [months.map((_, i) => i), ...series.map((s) => s.values)];
  return new uPlot(options, data, box);
}

function productTypes(months) {
  const types = [];
  months.forEach((m) => (m.sampling?.byType ?? []).forEach((row) => {
    if (!types.includes(row.productType)) types.push(row.productType);
  }));
  return types;
}

function charts(target, answer) {
  const months = answer.months ?? [];
  const labels = months.map((m) => m.month);
  const types = productTypes(months);
  const byType = (type, field) => months.map((m) => {
    const row = (m.sampling?.byType ?? []).find((r) => r.productType === type);
    return row ? percentOf(row[field]) : null;
  });
  const passRate = types.flatMap((type, i) => [
    { label: label('product', type), values: byType(type, 'passRate'), color: COLORS[i % COLORS.length] },
    { label: `${label('product', type)} ${t('kpis.target')}`, values: byType(type, 'target'),
      color: COLORS[i % COLORS.length], dash: true },
  ]);
  const plots = [];
  if (passRate.length) plots.push(chart(target, t('kpis.passRate'), labels, passRate, { percent: true }));
  plots.push(chart(target, t('kpis.rectification'), labels, [
    { label: t('kpis.completion'), values: months.map((m) => percentOf(m.rectification?.completionRate)) },
    { label: t('kpis.target'), values: months.map((m) => percentOf(m.rectification?.target ?? 1)), dash: true, color: '#495057' },
  ], { percent: true }));
  plots.push(chart(target, t('kpis.overdue'), labels, [
    { label: t('kpis.overdueTasks'), values: months.map((m) => m.rectification?.overdue ?? 0) },
    { label: t('kpis.overdueRecalls'), values: months.map((m) => m.recalls?.overdue ?? 0) },
  ]));
  plots.push(chart(target, t('kpis.complaints'), labels, [
    { label: t('kpis.received'), values: months.map((m) => m.complaints?.received ?? 0) },
    { label: t('kpis.accepted7'), values: months.map((m) => m.complaints?.acceptedWithin7WorkingDays ?? 0) },
    { label: t('kpis.mediationSucceeded'), values: months.map((m) => m.complaints?.mediationSucceeded ?? 0) },
  ]));
  plots.push(chart(target, t('kpis.recalls'), labels, [
    { label: t('kpis.open'), values: months.map((m) => m.recalls?.open ?? 0) },
    { label: t('kpis.completed'), values: months.map((m) => m.recalls?.completed ?? 0) },
    { label: t('kpis.overdue'), values: months.map((m) => m.recalls?.overdue ?? 0) },
  ]));
  return plots;
}

function creditClasses(classes = {}) {
  const total = Object.values(classes).reduce((sum, n) => sum + Number(n || 0), 0);
  return h('figure', { class: 'classes' }, h('figcaption', {}, t('kpis.credit')),
    ['A', 'B', 'C', 'D'].map((name) => {
      const count = Number(classes[name] ?? 0);
      const bar = h('span', { class: `fill class-${name}` });
      bar.style.width = `${total ? (count / total) * 100 : 0}%`;
      return h('div', { class: 'class-row', dataset: { creditClass: name } },
        h('span', { class: 'name' }, name), h('span', { class: 'track' }, bar), h('span', { class: 'number' }, count));
    }));
}

function latest(answer) {
  const last = answer.months?.at(-1);
  if (!last) return h('p', { class: 'empty' }, t('kpis.noData'));
  const row = (name, value) => h('tr', {}, h('th', {}, name), h('td', { class: 'number' }, value));
  return h('table', { class: 'figures' },
    h('caption', {}, t('kpis.latest', { month: last.month })),
    h('tbody', {},
      (last.sampling?.byType ?? []).map((r) => row(`${label('product', r.productType)} · ${t('kpis.passed')}/${t('kpis.tested')}`,
        `${r.passed}/${r.tested} = ${formatPercent(r.passRate)} (${t('kpis.target')} ${formatPercent(r.target)})`)),
      row(t('kpis.failed'), last.sampling?.failed ?? 0),
      row(`${t('kpis.completion')} (${t('kpis.closedOnTime')}/${t('kpis.due')})`,
        `${last.rectification?.closedOnTime ?? 0}/${last.rectification?.due ?? 0} = ${formatPercent(last.rectification?.completionRate)}`),
      row(t('kpis.overdueTasks'), last.rectification?.overdue ?? 0),
      row(`${t('kpis.complaints')} · ${t('kpis.received')}`, last.complaints?.received ?? 0),
      row(`${t('kpis.complaints')} · ${t('kpis.accepted7')}`, last.complaints?.acceptedWithin7WorkingDays ?? 0),
      row(`${t('kpis.complaints')} · ${t('kpis.mediationSucceeded')}/${t('kpis.mediationConcluded')}`,
        `${last.complaints?.mediationSucceeded ?? 0}/${last.complaints?.mediationConcluded ?? 0}`),
      row(`${t('kpis.recalls')} · ${t('kpis.open')}/${t('kpis.completed')}/${t('kpis.overdue')}`,
        `${last.recalls?.open ?? 0}/${last.recalls?.completed ?? 0}/${last.recalls?.overdue ?? 0}`)));
}

export function render(container) {
  defaults();
  const results = h('div', { class: 'kpi-results' }, h('p', { class: 'loading' }, t('loading')));
  let plots = [];
  let current = true;
  const field = (name, key, type) => h('label', {}, h('span', {}, t(key)),
    h('input', { name, type, value: period[name], required: name !== 'region' }));
  const form = h('form', { class: 'period', onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    period.from = String(data.get('from'));
    period.to = String(data.get('to'));
    period.region = String(data.get('region')).trim();
    load();
  } }, field('region', 'kpis.region', 'text'), field('from', 'kpis.from', 'month'), field('to', 'kpis.to', 'month'),
  h('button', { type: 'submit' }, t('kpis.show')));
  clear(container).append(h('section', { class: 'kpis-view', 'data-view': 'kpis' },
    h('h1', {}, t('kpis.title')), form, results));

  function load() {
    plots.forEach((p) => p.destroy());
    plots = [];
    clear(results).append(h('p', { class: 'loading' }, t('loading')));
    const query = new URLSearchParams({ from: period.from, to: period.to });
    if (period.region) query.set('region', period.region);
    get(`/kpis?${query}`).then((answer) => {
      if (!current) return;
      clear(results);
      const grid = h('div', { class: 'charts' });
      results.append(h('div', { class: 'kpi-summary' }, latest(answer), creditClasses(answer.creditClasses)), grid);
      plots = charts(grid, answer);
    }).catch((problem) => {
      if (!current) return;
      clear(results).append(showProblem(problem));
    });
  }
  load();
  return () => {
    current = false;
    plots.forEach((p) => p.destroy());
  };
}
