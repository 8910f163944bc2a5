// The page end to end: the example, share links, the draft, exports, offline use, privacy,
// accessibility and hostile input, in a real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { start, open, ready, example, shown, artifacts } from './support.mjs';

const require = createRequire(import.meta.url);
let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('the example shows removed blocks, quotes with speakers and dated items', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, errors } = await open(context, env.base);
  await example(page);
  const s = await shown(page);
  assert.ok(s.removed.length > 0, 'some blocks are removed as boilerplate');
  assert.ok(s.kept.length > 0, 'the story is kept');
  assert.ok(s.removed.some((t) => /minutes read/.test(t)), 'the reading-time row is removed');
  assert.ok(s.kept.some((t) => t.startsWith('TALLINN, March 14')), 'the dateline paragraph is kept');
  assert.ok(s.quotes.length > 0, 'quotes are listed');
  assert.ok(s.speakers.some((h) => /Lehtinen|Saarepuu/.test(h)), `a named speaker is shown: ${s.speakers}`);
  assert.ok(s.timeline.some((v) => /^\d{4}/.test(v)), `a dated item is shown: ${s.timeline}`);
  await page.screenshot({ path: join(artifacts, 'example.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link restores the body, quotes, timeline and a block correction', async () => {
  const context = await env.browser.newContext();
  const { page } = await open(context, env.base);
  await example(page);
  // restore the first removed block, then share
  const firstRemoved = page.locator('.block.removed').first();
  const restoredText = await firstRemoved.locator('p').textContent();
  await firstRemoved.locator('.toggle').click();
  await page.locator('main[data-status="ready"]').waitFor();
  await page.waitForFunction((t) => [...document.querySelectorAll('.block.kept p')].some((p) => p.textContent === t), restoredText);
  const before = await shown(page);
  await page.locator('#share').click();
  await page.waitForFunction(() => location.hash.startsWith('#s=1.'));
  const link = page.url();

  const fresh = await env.browser.newContext();
  const { page: other } = await open(fresh, link);
  await ready(other);
  const after = await shown(other);
  assert.deepEqual(after, before);
  assert.ok(after.kept.includes(restoredText), 'the correction survived the link');
  await fresh.close();
  await context.close();
});

test('the draft comes back after a reload', async () => {
  const context = await env.browser.newContext();
  const { page } = await open(context, env.base);
  await page.locator('#article').fill('A draft about “things,” she said on Monday.');
  await ready(page);
  await page.reload();
  await page.locator('#article').waitFor();
  await page.waitForFunction(() => document.querySelector('#article').value.startsWith('A draft about'));
  await ready(page);
  await context.close();
});

test('every export downloads and parses; the HTML report renders without JavaScript', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page } = await open(context, env.base);
  await example(page);
  const files = {};
  for (const label of ['JSON', 'Markdown', 'Quotes CSV', 'Timeline CSV', 'Calendar (ICS)', 'TimelineJS', 'HTML report']) {
    await page.locator('#export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`#export-menu button[data-format="${label}"]`).click(),
    ]);
    files[label] = readFileSync(await download.path(), 'utf8');
  }
  const json = JSON.parse(files.JSON);
  assert.equal(json.version, 1);
  assert.ok(json.quotes.length > 0 && json.timeline.length > 0);
  assert.match(files.Markdown, /^---\n/);
  assert.match(files.Markdown, /## Quotes/);
  const quoteRows = files['Quotes CSV'].trim().split('\r\n');
  assert.equal(quoteRows[0], 'speaker,speaker_via,kind,cue,text,start,end,rule');
  assert.ok(quoteRows.length > 1);
  assert.match(files['Timeline CSV'], /^value,type,grain,text,sentence,start,end,rule\r\n/);
  // What the page writes by itself (CSV columns, the quote list's labels) names kinds as the
  // JSON does: the release build has no Debug formatting to lean on.
  json.quotes.forEach((q, i) => assert.ok(quoteRows[i + 1].includes(`,${q.speaker_via ?? ''},${q.kind},`), quoteRows[i + 1]));
  const timelineRows = files['Timeline CSV'].trim().split('\r\n').slice(1);
  json.timeline.forEach((t, i) => assert.ok(timelineRows[i].startsWith(`${t.value},${t.type},${t.grain},`), timelineRows[i]));
  const labelKinds = (await page.locator('.how').allTextContents()).map((label) => label.split(' · ')[0]);
  assert.deepEqual(labelKinds.sort(), json.quotes.map((q) => q.kind).sort());
  const ics = files['Calendar (ICS)'];
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `ICS line too long: ${line}`);
  assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, (ics.match(/END:VEVENT/g) ?? []).length);
  assert.ok(Array.isArray(JSON.parse(files.TimelineJS).events));

  const noScript = await env.browser.newContext({ javaScriptEnabled: false });
  const report = await noScript.newPage();
  await report.setContent(files['HTML report']);
  const quotes = await report.locator('#quotes li').count();
  const events = await report.locator('#timeline li').count();
  assert.equal(quotes, json.quotes.length);
  assert.equal(events, json.timeline.length);
  await noScript.close();
  await context.close();
});

test('no request leaves the page origin during a full session', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const { page } = await open(context, env.base);
  await example(page);
  await page.locator('#share').click();
  await page.locator('#export').click();
  await Promise.all([page.waitForEvent('download'), page.locator('#export-menu button[data-format="JSON"]').click()]);
  await page.locator('#article').fill('Another text, typed on Tuesday.');
  await ready(page);
  const origin = new URL(env.base).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  await context.close();
});

test('after one visit the page loads and analyses offline', async () => {
  const context = await env.browser.newContext();
  const { page } = await open(context, env.base);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller || true);
  await context.setOffline(true);
  await page.reload();
  await page.locator('#article').waitFor({ timeout: 20000 });
  await example(page);
  const s = await shown(page);
  assert.ok(s.quotes.length > 0);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`no serious or critical accessibility violations (${scheme})`, async () => {
    const context = await env.browser.newContext({ colorScheme: scheme });
    const { page } = await open(context, env.base);
    await example(page);
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const results = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of results.violations) console.log(`axe ${scheme}: ${v.impact} ${v.id} (${v.nodes.length}) ${v.help}`);
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), []);
    await context.close();
  });
}
