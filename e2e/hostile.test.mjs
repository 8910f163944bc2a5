// Hostile input: script, handler, URL, SVG and CSS payloads pasted as HTML or as text are shown
// as text and never run. A canary on window and dialog listeners catch any execution.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, open, ready, here, paste } from './support.mjs';

const payloads = readFileSync(join(here, 'hostile-payloads.html'), 'utf8');
let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

for (const mode of ['html', 'text']) {
  test(`hostile payloads pasted as ${mode} never execute`, async () => {
    const context = await env.browser.newContext();
    const { page, errors } = await open(context, env.base);
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.evaluate(() => { window.__ledeCanary = 0; });
    if (mode === 'html') await paste(page, 'payloads', payloads);
    else await page.locator('#article').fill(payloads);
    await ready(page);
    await page.waitForTimeout(500);
    const canary = await page.evaluate(() => window.__ledeCanary);
    assert.equal(canary, 0, 'no payload ran');
    assert.deepEqual(dialogs, []);
    const injected = await page.evaluate(() => document.querySelectorAll('.article script, .article img, .article svg, .article iframe, .article object, .article style').length);
    assert.equal(injected, 0, 'no markup from the input reached the DOM');
    const shownText = await page.locator('.article').textContent();
    if (mode === 'text') assert.ok(shownText.includes('<script>'), 'the payload is shown as text');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
