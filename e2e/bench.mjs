// Lede's WASM benchmark: the analysis in the page's worker (release build in dist/, headless
// Chromium) against the same core natively at the same optimisation level, on the example
// article and on generated news of 10 KB … 10 MB. A benchmark, not a test: it prints a table.
//
//     cargo build --release -p lede-analysis --example cost && node e2e/bench.mjs
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { start, open, ready, here, paste } from './support.mjs';

const cost = join(here, '..', 'target', 'release', 'examples', 'cost');
const SIZES = (process.env.SIZES ?? '10000,100000,1000000,10000000').split(',').map(Number);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The worker's own measure of the analysis shown, in ms. */
async function elapsed(page) {
  return Number(await page.locator('.summary').getAttribute('data-elapsed-us')) / 1000;
}

/** Analyses the current input again (Ctrl+Enter) and returns the worker's time. */
async function again(page) {
  // the page numbers its runs (main[data-run]): wait for a newer one to be shown
  const before = await page.locator('main').getAttribute('data-run');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction((b) => {
    const main = document.querySelector('main');
    return main.dataset.run !== b && main.dataset.status === 'ready';
  }, before, { timeout: 600000 });
  await ready(page, 600000);
  return elapsed(page);
}

/** Gives the page `text`: typed in when small, pasted when large (as a reader would). */
async function input(page, text) {
  const typed = await page.evaluate((t) => {
    const area = document.getElementById('article');
    if (t.length >= 1e6 || area.readOnly) return false;
    area.value = t;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }, text);
  if (!typed) await paste(page, text);
  await page.waitForTimeout(400);
  await ready(page, 600000);
}

const env = await start();
try {
  const context = await env.browser.newContext();
  const { page } = await open(context, env.base);
  await page.locator('#example').click();
  await ready(page);
  const cold = await elapsed(page);
  await page.locator('body').click();
  const warm = [];
  for (let i = 0; i < 9; i++) warm.push(await again(page));
  const nativeExample = Number(execFileSync(cost, ['example', '0', 'time']).toString());
  console.log(`example article in the worker: first ${cold.toFixed(2)} ms (after the worker's warm-up), then median ${median(warm).toFixed(2)} ms; natively ${nativeExample.toFixed(2)} ms`);
  console.log(`${'bytes'.padStart(10)} ${'native ms'.padStart(10)} ${'wasm ms'.padStart(10)} ${'wasm MB/s'.padStart(10)} ${'wasm/native'.padStart(12)}`);
  for (const size of SIZES) {
    const text = execFileSync(cost, ['news', String(size), 'text'], { maxBuffer: 1 << 30 }).toString();
    const native = Number(execFileSync(cost, ['news', String(size), 'time']).toString());
    await input(page, text);
    const summary = await page.locator('.summary').textContent();
    if (!summary.includes(' quotes')) throw new Error(`no analysis shown for ${size} bytes`);
    await page.locator('body').click();
    const runs = [];
    for (let i = 0; i < (size >= 1e6 ? 2 : 5); i++) runs.push(await again(page));
    const wasm = Math.min(...runs);
    console.log(`${String(size).padStart(10)} ${native.toFixed(1).padStart(10)} ${wasm.toFixed(1).padStart(10)} ${(size / 1e3 / wasm).toFixed(1).padStart(10)} ${(wasm / native).toFixed(2).padStart(11)}x`);
  }
} finally {
  await env.stop();
}
