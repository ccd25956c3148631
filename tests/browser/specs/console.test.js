// The regulator console in Debian's Chromium against the running stack (QSP_GATEWAY_URL): login through identity,
// the live stream, a case timeline, the enterprise page, the KPI charts, alerts, the English labels, and the region
// rule of the stream. Screenshots of each view go to tests/target/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, eventually, GATEWAY, launch, login, recordSample, screenshot, tokenFor, tokenOf, uscc } from '../lib/console.js';

const REGULATOR = process.env.QSP_REGULATOR ?? 'regulator1';
const ENT_A = '91330100MA27XY012B';
/** Hangzhou (regulator1's city) and a county of it; Shenzhen, which regulator1 does not supervise. */
const CITY = '330100';
const COUNTY = '330106';
const ELSEWHERE = '440300';
const ELSEWHERE_COUNTY = '440305';
const SECONDS = 1000;

describe('the regulator console', { timeout: 240 * SECONDS }, () => {
  let profile;
  let page;
  let regulatorToken;
  const tokens = {};
  const problems = [];
  let liveSample;
  let resumedWith;
  /** Beyond any id the monitor gave yet: resuming after it replays nothing and misses nothing new. */
  const DROPPED_AT = '9007199254740991';
  // ConsoleBrowserSystemTest names a fresh enterprise of its user pool (user ent-<USCC>); against make run, ent-a
  const enterprise = process.env.QSP_CONSOLE_USCC ?? ENT_A;
  const enterpriseUser = process.env.QSP_CONSOLE_USCC ? `ent-${enterprise}` : 'ent-a';

  const sampleIn = (region, enterpriseUscc, verdict = 'FAIL') => {
    const national = !region.startsWith('3301');
    return recordSample({
      inspector: national ? tokens.inspectorCn : tokens.inspector,
      inspectors: national ? ['inspector-cn1', 'inspector-cn2'] : ['inspector1', 'inspector2'],
      lab: tokens.lab, enterprise: enterpriseUscc, region, verdict,
      enterpriseToken: enterpriseUscc === enterprise ? tokens.enterprise : undefined,
    });
  };
  const eventRow = (sampleId, type = 'sample.failed') =>
    page.locator(`.events li.event[data-type*="${type}"][data-subjects~="${sampleId}"]`);
  const show = async (hash) => {
    await page.evaluate((h) => { location.hash = h; }, hash);
  };

  before(async () => {
    // the enterprise's own user accepts its FAILs
    [tokens.inspector, tokens.inspectorCn, tokens.lab, tokens.national, tokens.enterprise] = await Promise.all(
      ['inspector1', 'inspector-cn1', 'lab1', 'regulator-cn', enterpriseUser].map(tokenFor));
    if (!process.env.QSP_CONSOLE_USCC) {
      // what ConsoleBrowserSystemTest does before: three failed samples take the enterprise from A to D (an alert)
      for (let i = 0; i < 3; i += 1) await sampleIn(COUNTY, enterprise);
    }
    profile = await launch();
    page = profile.context.pages()[0] ?? await profile.context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
  });

  after(async () => {
    await profile?.close();
  });

  test('a regulator logs in through identity’s login page', async () => {
    // the first stream the page opens is answered here: one event, then a drop, as a monitor drops a slow viewer
    let streams = 0;
    resumedWith = new Promise((resolve) => {
      page.route('**/api/monitor/v1/stream**', async (route) => {
        streams += 1;
        if (streams === 1) {
          await route.fulfill({ status: 200, contentType: 'text/event-stream', body: `: hello\n\nid: ${DROPPED_AT}\n`
            + 'event: dropped\ndata: {"reason":"slow-viewer-test"}\n\n' });
          return;
        }
        resolve(route.request().headers()['last-event-id']);
        await route.continue();
        await page.unroute('**/api/monitor/v1/stream**');
      });
    });
    await page.goto(`${GATEWAY}/console/`);
    await page.locator('#login').waitFor();
    await screenshot(page, 'login');
    page = await login(profile.context, REGULATOR);
    regulatorToken = await tokenOf(page);
    assert.match(await page.locator('#user').textContent(), new RegExp(`${REGULATOR} · 辖区 ${CITY}`));
    assert.equal(new URL(page.url()).pathname, '/console/', 'the code is gone from the address bar');
    assert.equal(await page.evaluate(() => localStorage.getItem('qsp.console.token')), null, 'nothing in localStorage');
  });

  test('a stream the server dropped is announced, and the page resumed it with Last-Event-ID', async () => {
    assert.equal(await resumedWith, DROPPED_AT);
    const notice = page.locator('#notices .notice.dropped');
    assert.match(await notice.first().textContent(), /slow-viewer-test/);
    await page.locator('.stream-status.open').waitFor({ timeout: 30 * SECONDS });
    await notice.first().locator('button.close').click();
    assert.equal(await notice.count(), 0);
  });

  test('the stream parser reads events split anywhere, with CRLF, comments and multi-line data', async () => {
    const events = await page.evaluate(async () => {
      const { EventStreamParser } = await import('/console/js/stream.js');
      const seen = [];
      const parser = new EventStreamParser((e) => seen.push(e));
      const text = ': heartbeat\r\n\r\nid: 41\r\nevent: qsp\r\ndata: {"a":\r\ndata: 1}\r\n\r\nid: 42\nevent: dropped\ndata: {"reason":"slow"}\n\n';
      for (let i = 0; i < text.length; i += 3) parser.push(text.slice(i, i + 3));
      return seen;
    });
    assert.deepEqual(events, [
      { id: '41', event: 'qsp', data: '{"a":\n1}' },
      { id: '42', event: 'dropped', data: '{"reason":"slow"}' },
    ]);
  });

  test('the live stream shows a failed sample recorded while the page is open', async () => {
    await page.locator('.stream-status.open').waitFor({ timeout: 30 * SECONDS });
    liveSample = await sampleIn(COUNTY, enterprise);
    const row = eventRow(liveSample);
    await row.waitFor({ timeout: 30 * SECONDS });
    assert.match(await row.locator('.summary').textContent(), /\S/, 'the event has a summary');
    assert.equal(await row.locator('.uscc').textContent(), enterprise);
    await eventRow(liveSample, 'task.opened').waitFor({ timeout: 30 * SECONDS });
    await screenshot(page, 'live');
  });

  test('pause keeps what arrives and counts it; resume shows it', async () => {
    await page.locator('button.pause').click();
    const paused = await sampleIn(COUNTY, enterprise);
    await eventually(async () => /[1-9]/.test(await page.locator('.pending').textContent()),
      { what: 'a pending count while paused' });
    assert.equal(await eventRow(paused).count(), 0, 'not shown while paused');
    await screenshot(page, 'live-paused');
    await page.locator('button.pause').click();
    await eventRow(paused).waitFor({ timeout: 5 * SECONDS });
    assert.ok(await page.locator('.pending').isHidden());
  });

  test('a click on the event opens its case timeline: sample failed, then the task it opened, linked', async () => {
    await show('#/live');
    await eventRow(liveSample).click();
    await page.locator('[data-view=timeline]').waitFor();
    assert.equal(await page.locator('.subject-id').textContent(), liveSample);
    await eventually(async () => {
      if (await page.locator('.entry[data-type*="task.opened"]').count()) return true;
      await page.reload();
      await page.locator('[data-view=timeline] .timeline, [data-view=timeline] .problem').first().waitFor();
      return false;
    }, { what: 'the task in the sample’s timeline', interval: 1000 });
    await page.locator('.entry[data-type*="sample.failed"]').waitFor();
    const task = page.locator('.entry[data-type*="task.opened"] a.subject').first();
    const taskId = await task.textContent();
    await screenshot(page, 'timeline');
    await task.click();
    await eventually(async () => (await page.locator('.subject-id').textContent()) === taskId,
      { what: 'the task’s own timeline' });
    await page.locator('.entry[data-type*="task.opened"]').waitFor();
    await page.locator(`.entry a.subject:text-is("${liveSample}")`).first().click();
    await eventually(async () => (await page.locator('.subject-id').textContent()) === liveSample,
      { what: 'back on the sample’s timeline through the task’s link' });
  });

  test('a search by USCC opens the enterprise page with its credit class', async () => {
    await page.locator('#search-input').fill(enterprise.toLowerCase());
    await page.locator('#search button[type=submit]').click();
    await page.locator('[data-view=enterprise]').waitFor();
    await eventually(async () => {
      const cls = await page.locator('.credit-class .value').textContent().catch(() => '');
      if (/^[ABCD]$/.test(cls) && await page.locator('.entry[data-type*="class.changed"]').count()) return true;
      await page.reload();
      await page.locator('[data-view=enterprise] .timeline, [data-view=enterprise] .problem').first().waitFor();
      return false;
    }, { what: 'the enterprise’s credit class and its change', interval: 1000 });
    assert.equal(await page.locator('.uscc-id').textContent(), enterprise);
    assert.ok(await page.locator('.entry[data-type*="sample.failed"]').count() >= 1);
    await screenshot(page, 'enterprise');
  });

  test('a search for an unknown id shows the problem readably', async () => {
    await page.locator('#search-input').fill('no-such-case');
    await page.locator('#search button[type=submit]').click();
    const problem = page.locator('[data-view=timeline] .problem');
    await problem.waitFor();
    assert.match(await problem.textContent(), /404/);
  });

  test('the KPI page draws its charts against the targets and shows the numbers', async () => {
    await show('#/kpis');
    await page.locator('[data-view=kpis] .chart canvas').first().waitFor({ timeout: 15 * SECONDS });
    assert.ok(await page.locator('[data-view=kpis] .chart canvas').count() >= 4, 'a chart per KPI');
    const figures = await page.locator('.figures').textContent();
    assert.match(figures, /\d+\/\d+/, 'numbers of the month');
    assert.match(figures, /目标/, 'against the target');
    assert.ok(await page.locator('.class-row').count() === 4);
    await screenshot(page, 'kpis');
  });

  test('the alert of the enterprise’s move to class D can be acknowledged', async () => {
    const open = await eventually(async () => {
      const answer = await call('GET', '/api/monitor/v1/alerts?state=OPEN', regulatorToken);
      const ours = answer.status === 200 ? answer.body.alerts.filter((a) => a.uscc === enterprise) : [];
      return ours.length ? ours : null;
    }, { what: `an open alert about ${enterprise}`, timeout: 90 * SECONDS, interval: 2000 });
    await show('#/alerts/OPEN');
    const card = page.locator(`.alert[data-alert-id="${open[0].alertId}"]`);
    await card.waitFor();
    await screenshot(page, 'alerts');
    await card.locator('button.acknowledge').click();
    await card.waitFor({ state: 'detached' });
    await show('#/alerts/ACKNOWLEDGED');
    const acknowledged = page.locator(`.alert[data-alert-id="${open[0].alertId}"]`);
    await acknowledged.waitFor();
    assert.match(await acknowledged.textContent(), new RegExp(REGULATOR));
    const again = await call('POST', `/api/monitor/v1/alerts/${open[0].alertId}/acknowledgement`, regulatorToken);
    assert.equal(again.status, 409, 'a second acknowledgement is refused');
  });

  test('the English toggle switches the labels, and back', async () => {
    await show('#/live');
    await page.locator('#lang').click();
    assert.equal(await page.locator('[data-route=live]').textContent(), 'Live stream');
    assert.equal(await page.locator('[data-view=live] h1').textContent(), 'Live event stream');
    await screenshot(page, 'english');
    await page.locator('#lang').click();
    assert.equal(await page.locator('[data-route=live]').textContent(), '实时事件流');
  });

  test('a regulator does not see an event of a region they do not supervise', async () => {
    await show('#/live');
    await page.locator('.stream-status.open').waitFor({ timeout: 30 * SECONDS });
    const elsewhere = await sampleIn(ELSEWHERE_COUNTY, uscc(ELSEWHERE));
    await eventually(async () => (await call('GET', `/api/monitor/v1/timeline?subject=${elsewhere}`, tokens.national))
      .status === 200, { what: 'the monitor has the Shenzhen sample (as the national regulator sees it)' });
    const forbidden = await call('GET', `/api/monitor/v1/timeline?subject=${elsewhere}`, regulatorToken);
    assert.ok([403, 404].includes(forbidden.status), `regulator1 may not read it (${forbidden.status})`);
    const after = await sampleIn(COUNTY, enterprise);
    await eventRow(after).waitFor({ timeout: 30 * SECONDS });
    assert.equal(await page.locator(`.events li[data-subjects~="${elsewhere}"]`).count(), 0);
  });

  test('logout forgets the token', async () => {
    await page.locator('#logout').click();
    await page.locator('#login').waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('qsp.console.token')), null);
    assert.deepEqual(problems, [], 'no script error and no content security policy violation');
  });
});
