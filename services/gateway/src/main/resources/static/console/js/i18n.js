/** The console's words, Chinese first; the choice is kept in localStorage. */
const STRINGS = {
  zh: {
    'app.title': '质量监管平台 · 监管控制台',
    'nav.live': '实时事件流',
    'nav.kpis': 'KPI 看板',
    'nav.alerts': '预警',
    'search.placeholder': '样品 / 任务 / 案件 / 召回编号或统一社会信用代码',
    'search.go': '查询',
    'lang.other': 'English',
    'auth.login': '登录',
    'auth.logout': '退出',
    'auth.prompt': '请使用监管人员账号登录，查看本辖区的实时事件、案件时间线、KPI 与预警。',
    'auth.signingIn': '正在登录…',
    'auth.failed': '登录未完成',
    'auth.notRegulator': '此账号不是监管人员账号，控制台仅供监管人员使用。',
    'auth.region': '辖区',
    'live.title': '实时事件流',
    'live.pause': '暂停',
    'live.resume': '继续',
    'live.pending': '暂停期间收到 {n} 条新事件',
    'live.empty': '等待事件…',
    'live.filters': '筛选',
    'live.types': '事件类型（逗号分隔）',
    'live.region': '区划代码前缀',
    'live.uscc': '统一社会信用代码',
    'live.text': '文本',
    'live.apply': '应用',
    'live.reset': '清除',
    'live.count': '共 {n} 条',
    'stream.connected': '实时连接已建立',
    'stream.connecting': '正在连接实时事件流…',
    'stream.reconnecting': '连接中断，{s} 秒后重连',
    'stream.dropped': '服务器断开了事件流（{reason}），正在重新连接，期间的事件可能已遗漏。',
    'timeline.title': '案件时间线',
    'timeline.subject': '对象',
    'timeline.kind': '类别',
    'timeline.enterprise': '企业',
    'timeline.region': '区划',
    'timeline.related': '关联对象',
    'timeline.empty': '暂无记录',
    'entry.time': '时间',
    'entry.service': '服务',
    'entry.summary': '摘要',
    'entry.type': '类型',
    'entry.trace': '追踪编号',
    'enterprise.title': '企业',
    'enterprise.class': '信用风险分类',
    'enterprise.score': '信用分',
    'enterprise.scoreNote': '分数由信用记录逐条计算，时间线中的信用事件说明了每次变化。',
    'kpis.title': 'KPI 看板',
    'kpis.from': '起始月份',
    'kpis.to': '截止月份',
    'kpis.region': '区划',
    'kpis.show': '查看',
    'kpis.month': '月份',
    'kpis.passRate': '抽检合格率（按产品类别）与目标',
    'kpis.target': '目标',
    'kpis.rectification': '不合格整改完成率（目标 100%）',
    'kpis.completion': '完成率',
    'kpis.overdue': '逾期',
    'kpis.overdueTasks': '逾期整改任务',
    'kpis.overdueRecalls': '逾期召回',
    'kpis.complaints': '12315 投诉',
    'kpis.received': '收到',
    'kpis.accepted7': '7 个工作日内受理',
    'kpis.mediationConcluded': '调解终结',
    'kpis.mediationSucceeded': '调解成功',
    'kpis.recalls': '召回',
    'kpis.open': '进行中',
    'kpis.completed': '已完成',
    'kpis.credit': '信用风险分类分布',
    'kpis.latest': '{month} 月数据',
    'kpis.tested': '检验批次',
    'kpis.passed': '合格',
    'kpis.failed': '不合格批次',
    'kpis.due': '到期任务',
    'kpis.closedOnTime': '按期完成',
    'kpis.noData': '该期间无数据',
    'product.FOOD': '食品',
    'product.MANUFACTURED': '工业产品',
    'product.AGRICULTURAL': '食用农产品',
    'product.UNCLASSIFIED': '未分类',
    'alerts.title': '预警',
    'alerts.OPEN': '待处理',
    'alerts.ACKNOWLEDGED': '已确认',
    'alerts.RESOLVED': '已解决',
    'alerts.acknowledge': '确认',
    'alerts.resolve': '解决',
    'alerts.empty': '没有此状态的预警',
    'alerts.raisedAt': '产生时间',
    'alerts.acknowledgedBy': '确认人',
    'alerts.severity': '级别',
    'alerts.rule': '规则',
    'severity.CRITICAL': '严重',
    'severity.HIGH': '高',
    'severity.WARNING': '警告',
    'severity.MEDIUM': '中',
    'severity.LOW': '低',
    'severity.INFO': '提示',
    'error.title': '出错了',
    'error.network': '无法连接服务器',
    'loading': '加载中…',
  },
  en: {
    'app.title': 'QSP · Regulator console',
    'nav.live': 'Live stream',
    'nav.kpis': 'KPIs',
    'nav.alerts': 'Alerts',
    'search.placeholder': 'Sample / task / case / recall id or USCC',
    'search.go': 'Search',
    'lang.other': '中文',
    'auth.login': 'Log in',
    'auth.logout': 'Log out',
    'auth.prompt': 'Log in with a regulator account to follow your region’s live events, case timelines, KPIs and alerts.',
    'auth.signingIn': 'Logging in…',
    'auth.failed': 'Login did not complete',
    'auth.notRegulator': 'This account is not a regulator’s; the console is for regulators only.',
    'auth.region': 'Region',
    'live.title': 'Live event stream',
    'live.pause': 'Pause',
    'live.resume': 'Resume',
    'live.pending': '{n} new events arrived while paused',
    'live.empty': 'Waiting for events…',
    'live.filters': 'Filters',
    'live.types': 'Event types (comma-separated)',
    'live.region': 'Region code prefix',
    'live.uscc': 'USCC',
    'live.text': 'Text',
    'live.apply': 'Apply',
    'live.reset': 'Clear',
    'live.count': '{n} events',
    'stream.connected': 'Live connection open',
    'stream.connecting': 'Connecting to the live stream…',
    'stream.reconnecting': 'Connection lost; reconnecting in {s} s',
    'stream.dropped': 'The server dropped the stream ({reason}); reconnecting, events in between may be missing.',
    'timeline.title': 'Case timeline',
    'timeline.subject': 'Subject',
    'timeline.kind': 'Kind',
    'timeline.enterprise': 'Enterprise',
    'timeline.region': 'Region',
    'timeline.related': 'Related',
    'timeline.empty': 'No entries',
    'entry.time': 'Time',
    'entry.service': 'Service',
    'entry.summary': 'Summary',
    'entry.type': 'Type',
    'entry.trace': 'Trace id',
    'enterprise.title': 'Enterprise',
    'enterprise.class': 'Credit risk class',
    'enterprise.score': 'Credit score',
    'enterprise.scoreNote': 'The score is computed record by record; the credit events in the timeline explain each change.',
    'kpis.title': 'KPI dashboard',
    'kpis.from': 'From month',
    'kpis.to': 'To month',
    'kpis.region': 'Region',
    'kpis.show': 'Show',
    'kpis.month': 'Month',
    'kpis.passRate': 'Sampling pass rate by product type vs target',
    'kpis.target': 'target',
    'kpis.rectification': 'Rectification completion rate (target 100 %)',
    'kpis.completion': 'completion',
    'kpis.overdue': 'Overdue',
    'kpis.overdueTasks': 'overdue rectification tasks',
    'kpis.overdueRecalls': 'overdue recalls',
    'kpis.complaints': '12315 complaints',
    'kpis.received': 'received',
    'kpis.accepted7': 'accepted within 7 working days',
    'kpis.mediationConcluded': 'mediation concluded',
    'kpis.mediationSucceeded': 'mediation succeeded',
    'kpis.recalls': 'Recalls',
    'kpis.open': 'open',
    'kpis.completed': 'completed',
    'kpis.credit': 'Credit risk class distribution',
    'kpis.latest': 'Month {month}',
    'kpis.tested': 'tested',
    'kpis.passed': 'passed',
    'kpis.failed': 'failed samples',
    'kpis.due': 'tasks due',
    'kpis.closedOnTime': 'closed on time',
    'kpis.noData': 'No data for this period',
    'product.FOOD': 'Food',
    'product.MANUFACTURED': 'Manufactured products',
    'product.AGRICULTURAL': 'Agricultural products',
    'product.UNCLASSIFIED': 'Unclassified',
    'alerts.title': 'Alerts',
    'alerts.OPEN': 'Open',
    'alerts.ACKNOWLEDGED': 'Acknowledged',
    'alerts.RESOLVED': 'Resolved',
    'alerts.acknowledge': 'Acknowledge',
    'alerts.resolve': 'Resolve',
    'alerts.empty': 'No alerts in this state',
    'alerts.raisedAt': 'Raised',
    'alerts.acknowledgedBy': 'Acknowledged by',
    'alerts.severity': 'Severity',
    'alerts.rule': 'Rule',
    'severity.CRITICAL': 'critical',
    'severity.HIGH': 'high',
    'severity.WARNING': 'warning',
    'severity.MEDIUM': 'medium',
    'severity.LOW': 'low',
    'severity.INFO': 'info',
    'error.title': 'Something went wrong',
    'error.network': 'The server cannot be reached',
    'loading': 'Loading…',
  },
};

const KEY = 'qsp.console.lang';
let current = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
const listeners = new Set();

export function lang() {
  return current;
}

export function locale() {
  return current === 'zh' ? 'zh-CN' : 'en-GB';
}

/** The text of a key in the current language, with {name} placeholders filled; an unknown key shows as itself. */
export function t(key, values = {}) {
  const text = STRINGS[current][key] ?? STRINGS.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** A label for a value that may have one (a product type, a severity), or the value itself. */
export function label(prefix, value) {
  const key = `${prefix}.${value}`;
  return STRINGS[current][key] ?? value;
}

export function toggle() {
  current = current === 'zh' ? 'en' : 'zh';
  localStorage.setItem(KEY, current);
  listeners.forEach((listener) => listener(current));
}

export function onChange(listener) {
  listeners.add(listener);
}

/** Fills the static page's elements marked data-i18n / data-i18n-placeholder. */
export function translateStatic(root = document) {
  document.documentElement.lang = locale();
  document.title = t('app.title');
  root.querySelectorAll('[data-i18n]').forEach((element) => { element.textContent = t(element.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((element) => {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  });
}

export function formatTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hour12: false,
  }).format(date);
}

export function formatPercent(value) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return '—';
  return `${(Number(value) * 100).toFixed(1)} %`;
}
