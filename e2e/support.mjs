// Shared set-up for Lede's end-to-end tests: serve dist/ on a free loopback port and drive
// Debian's Chromium with playwright-core. Nothing here reaches beyond 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const here = dirname(fileURLToPath(import.meta.url));
export const dist = process.env.DIST_DIR ?? join(here, '..', 'dist');
export const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { const r = await fetch(url); if (r.ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not come up`);
}

/** Starts a static server on dist/ and a headless Chromium. */
export async function start() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html missing: run scripts/build-page.sh first`);
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  await waitForHttp(base);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    base,
    browser,
    async stop() { await browser.close(); server.kill(); },
  };
}

/** Opens the page, collecting page errors; `prepare(page)` runs before it loads. */
export async function open(context, url, prepare = () => {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  prepare(page);
  await page.goto(url);
  await page.locator('#article').waitFor({ timeout: 20000 });
  return { page, errors };
}

/** Waits until the analysis on screen belongs to the current input. */
export async function ready(page, timeout = 20000) {
  await page.locator('main[data-status="ready"]').waitFor({ timeout });
}

/** Puts `text` (and `html`, when given) on the page ahead of a `paste(page)`, so that handing
 * a large text over is not counted as the page's own work. */
export async function stage(page, text, html = null) {
  await page.evaluate(([t, h]) => { window.__staged = t; window.__stagedHtml = h; }, [text, html]);
}

/** Pastes `text` (or the staged text), and `html` when given (or staged), into the article
 * field, as a browser's paste event carries them. */
export async function paste(page, text = null, html = null) {
  await page.evaluate(([t, h]) => {
    const data = new DataTransfer();
    const html = h ?? window.__stagedHtml ?? null;
    if (html !== null) data.setData('text/html', html);
    data.setData('text/plain', t ?? window.__staged);
    const area = document.getElementById('article');
    area.focus();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [text, html]);
}

/** Loads the example article and waits for its analysis. */
export async function example(page) {
  await page.locator('#example').click();
  await ready(page);
}

/** What the page shows: body, quotes with speakers, timeline values. */
export async function shown(page) {
  return page.evaluate(() => ({
    kept: [...document.querySelectorAll('.block.kept p')].map((p) => p.textContent),
    removed: [...document.querySelectorAll('.block.removed p')].map((p) => p.textContent),
    speakers: [...document.querySelectorAll('.speaker-group h3')].map((h) => h.textContent),
    quotes: [...document.querySelectorAll('.quote-item q, .quote-item .reported')].map((q) => q.textContent),
    timeline: [...document.querySelectorAll('.tl-item .value')].map((v) => v.textContent),
  }));
}
