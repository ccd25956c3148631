// The operations view of the console in Debian's Chromium against the running stack (QSP_GATEWAY_URL): admin logs in
// through identity and sees only the operations tab; every service's outbox is read; consumer lag per group and
// topic; the dead letter that ConsoleBrowserSystemTest made (QSP_DEAD_LETTER_KEY: a malformed record on the samples
// topic, refused by each group that reads it) is listed and replayed after a confirmation: it goes back to its
// topic, each group refuses it again, and the list then holds a second dead letter per group. regulator1 sees no
// operations tab and gets 403 from the API. Screenshots go to tests/target/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, eventually, launch, login, screenshot, tokenOf } from '../lib/console.js';

const SECONDS = 1000;
const SERVICES = ['complaint', 'credit', 'inspection', 'monitor', 'recall', 'rectification'];
const DEAD_LETTER_KEY = process.env.QSP_DEAD_LETTER_KEY;
const DEAD_LETTERS = 'inspection.samples-dlt';
/** The groups that read the samples topic: each dead-letters the malformed record once per delivery. */
const SAMPLE_GROUPS = ['credit', 'monitor', 'recall', 'rectification'];

describe('the operations view', { timeout: 180 * SECONDS }, () => {
  let profile;
  let page;
  const problems = [];
  const show = (hash) => page.evaluate((h) => { location.hash = h; }, hash);
  const lettersOfKey = () => page.locator(`.letters-table tr[data-key="${DEAD_LETTER_KEY}"]`);

  before(async () => {
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

  test('admin logs in and sees the operations tab only', async () => {
    page = await login(profile.context, 'admin');
    await page.locator('[data-view=operations]').waitFor();
    assert.equal(await page.locator('[data-route=operations]').isVisible(), true);
    for (const route of ['live', 'kpis', 'alerts']) {
      assert.equal(await page.locator(`[data-route=${route}]`).isVisible(), false, `no ${route} tab for an admin`);
    }
    assert.equal(await page.locator('#search').isVisible(), false, 'no case search for an admin');
    await show('#/kpis');
    await page.locator('[data-view=operations]').waitFor();
    assert.equal(await page.locator('[data-view=kpis]').count(), 0, 'a regulator view is not shown to an admin');
  });

  test('every service’s outbox is read and none is unreachable', async () => {
    await eventually(async () => {
      const rows = await page.locator('.outbox-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
        service: tr.dataset.service, reachable: tr.dataset.reachable, total: tr.dataset.total })));
      return SERVICES.every((s) => rows.some((r) => r.service === s && r.reachable === 'true' && /^\d+$/.test(r.total)))
        && rows.every((r) => r.reachable === 'true');
    }, { timeout: 60 * SECONDS, what: `the outbox of ${SERVICES.join(', ')} read` });
    assert.equal(await page.locator('.outbox-table tr.unreachable').count(), 0);
  });

  test('consumer lag is shown per group and topic, with the bound', async () => {
    await eventually(async () => await page.locator('.lag-table tr[data-group="monitor"][data-topic="inspection.samples"]')
      .count() === 1, { timeout: 60 * SECONDS, what: 'the monitor group’s lag on inspection.samples' });
    assert.match(await page.locator('.lag-table caption').textContent(), /1000/);
  });

  test('the dead letter made for this run is listed with the group that refused it', { skip: !DEAD_LETTER_KEY
    && 'QSP_DEAD_LETTER_KEY not set (ConsoleBrowserSystemTest makes the dead letter)' }, async () => {
    const row = page.locator(`.dead-letter-table tr[data-topic="${DEAD_LETTERS}"]`);
    await eventually(async () => Number(await row.getAttribute('data-count')) >= SAMPLE_GROUPS.length,
      { timeout: 60 * SECONDS, what: `the monitor counted the dead letters of ${DEAD_LETTERS}` });
    await row.locator('button.open-letters').click();
    await eventually(async () => await lettersOfKey().count() >= SAMPLE_GROUPS.length,
      { timeout: 30 * SECONDS, what: 'the dead letters of the malformed record listed' });
    const groups = await lettersOfKey().evaluateAll((trs) => trs.map((tr) => tr.dataset.group).sort());
    assert.deepEqual(groups, SAMPLE_GROUPS);
    await screenshot(page, 'operations');
  });

  test('a replay asks first, then answers; the record comes back, refused by every group again', { skip: !DEAD_LETTER_KEY
    && 'QSP_DEAD_LETTER_KEY not set' }, async () => {
    const letter = lettersOfKey().and(page.locator('[data-group="monitor"]'));
    const offset = await letter.getAttribute('data-offset');
    await letter.locator('button.replay').click();
    await letter.locator('button.cancel-replay').click();
    assert.equal(await page.locator('.replay-answer .replayed').count(), 0, 'cancel replays nothing');
    await letter.locator('button.replay').click();
    assert.match(await letter.locator('.confirm-text').textContent(), /inspection\.samples/);
    await letter.locator('button.confirm-replay').click();
    const answer = page.locator('.replay-answer .replayed');
    await answer.waitFor({ timeout: 30 * SECONDS });
    assert.equal(await answer.getAttribute('data-offset'), offset);
    const said = await answer.textContent();
    assert.ok(said.includes(`${DEAD_LETTERS}-`) && said.includes(`@${offset}`) && said.includes(' inspection.samples')
      && said.includes('monitor'), `the answer names the record, its topic and the service: ${said}`);
    await eventually(async () => {
      await page.locator('button.reload-letters').click();
      await page.locator('.letters-table').waitFor();
      return await lettersOfKey().count() >= 2 * SAMPLE_GROUPS.length;
    }, { timeout: 60 * SECONDS, interval: 2 * SECONDS, what: 'a second dead letter per group after the replay' });
    await screenshot(page, 'operations-replayed');
  });

  test('a replay the service refuses shows its problem', async () => {
    const token = await tokenOf(page);
    const missing = await call('POST', `/api/inspection/v1/admin/dead-letters/${DEAD_LETTERS}/0/999999999/replay`, token);
    assert.equal(missing.status, 404);
    // the page shows such an answer as it shows every problem: the title and detail, not a stack trace
    await page.route('**/admin/dead-letters/*/*/*/replay', (route) => route.fulfill({ status: 404,
      contentType: 'application/problem+json', body: JSON.stringify(missing.body) }));
    const first = page.locator('.letters-table tbody tr').first();
    if (await first.count()) {
      await first.locator('button.replay').click();
      await first.locator('button.confirm-replay').click();
      await page.locator('.replay-answer .problem').waitFor({ timeout: 10 * SECONDS });
      assert.match(await page.locator('.replay-answer .problem').textContent(), /404/);
    }
    await page.unroute('**/admin/dead-letters/*/*/*/replay');
  });

  test('the English toggle switches the operations view, and back', async () => {
    await page.locator('#lang').click();
    assert.equal(await page.locator('[data-route=operations]').textContent(), 'Operations');
    assert.match(await page.locator('[data-view=operations] h1').textContent(), /^Operations/);
    await screenshot(page, 'operations-english');
    await page.locator('#lang').click();
    assert.equal(await page.locator('[data-route=operations]').textContent(), '运维');
  });

  test('regulator1 sees no operations tab and the API refuses it', async () => {
    const other = await launch();
    try {
      const regulator = await login(other.context, 'regulator1');
      await regulator.locator('[data-view=live]').waitFor();
      assert.equal(await regulator.locator('[data-route=operations]').isVisible(), false);
      await regulator.evaluate(() => { location.hash = '#/operations'; });
      await regulator.locator('[data-view=live]').waitFor();
      assert.equal(await regulator.locator('[data-view=operations]').count(), 0);
      const refused = await call('GET', '/api/monitor/v1/operations', await tokenOf(regulator));
      assert.equal(refused.status, 403);
    } finally {
      await other.close();
    }
    assert.deepEqual(problems, [], 'no script error and no content security policy violation');
  });
});
