// index.html in a real browser (scripts/browser-test): Debian's Chromium,
// driven by playwright-core, opens what `tarikh build` writes for the five
// samples and two articles with urls, and uses the page as an analyst
// would: it loads with no console error, typing an actor filters the
// table, a date range hides the events outside it, a click on an actor
// filters by it, the links point to the articles' urls, and the timeline
// fits a 1,600 px window without scrolling sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { launch } from '../../scripts/browser/chromium.mjs';

const source = process.env.TARIKH_SOURCE_DIR || join(import.meta.dirname, '..', '..');
const binary = process.env.TARIKH_BINARY || join(source, 'build', 'tarikh');

// Two articles with a url, written for this test in ordinary news Arabic.
const articles = {
  'cairo-amman.md': `---
title: وزير الخارجية المصري يبحث مع نظيره الأردني العلاقات الثنائية
source: Example News
url: https://news.example.org/2023/05/04/cairo-amman?ref=tarikh&x=1
date: 2023-05-04
---
التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان اليوم الخميس، وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة.
`,
  'paris-berlin.md': `---
title: ماكرون وشولتس يبحثان هاتفيا الأزمة الأوكرانية
source: Example Wire
url: https://wire.example.com/world/macron-scholz-call
date: 2022-03-10
---
أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع المستشار الألماني أولاف شولتس اليوم الخميس، تناول الأزمة الأوكرانية.
`,
};

let dir, out, context, page, errors;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tarikh-browser-'));
  const input = join(dir, 'in');
  cpSync(join(source, 'samples'), input, { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(input, name), text);
  out = join(dir, 'out');
  execFileSync(binary, ['build', input, '-o', out, '--quiet'], { cwd: source, stdio: 'inherit' });
  context = await launch({ width: 1600, height: 1000 });
  page = await context.newPage();
  errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) errors.push('request ' + r.url()); });
  await page.goto(pathToFileURL(join(out, 'index.html')).href);
});

after(async () => {
  if (context) await context.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const visibleRows = () => page.$$eval('#events-table tr.ev', (rows) => rows.filter((r) => !r.hidden).length);
const allRows = () => page.$$eval('#events-table tr.ev', (rows) => rows.length);

async function clearFilters() {
  await page.click('#filters button[type=reset]');
  await page.waitForFunction(() => [...document.querySelectorAll('tr.ev')].every((r) => !r.hidden));
}

test('the page loads right to left with no console error and fetches nothing', async () => {
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.ok((await allRows()) > 10);
  assert.match(await page.textContent('#f-count'), /showing \d+ of \d+/);  // the script ran
  assert.deepEqual(errors, []);
});

test('the timeline fits a 1,600 px window without sideways scrolling', async () => {
  const svg = readFileSync(join(out, 'timeline.svg'), 'utf8');
  const width = Number(/<svg width="([\d.]+)pt"/.exec(svg)[1]);
  assert.ok(width <= 1600 && width * 4 / 3 <= 1600, `timeline.svg is ${width} pt wide`);
  const box = await page.$eval('#timeline-box svg', (s) => s.getBoundingClientRect().width);
  assert.ok(box <= 1600, `the inline timeline is ${box} px wide`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  const alone = await context.newPage();
  await alone.goto(pathToFileURL(join(out, 'timeline.svg')).href);
  assert.ok(await alone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await alone.close();
});

test('typing an actor filters the table', async () => {
  await clearFilters();
  const total = await allRows();
  await page.fill('#f-actor', 'ستولتنبرغ');
  const shown = await visibleRows();
  assert.ok(shown > 0 && shown < total, `${shown} of ${total}`);
  const names = await page.$$eval('#events-table tr.ev', (rows) =>
    rows.filter((r) => !r.hidden).map((r) => r.getAttribute('data-names')));
  for (const n of names) assert.ok(n.includes('ستولتنبرغ'), n);
  await page.fill('#f-actor', 'stoltenberg');  // the English name, any case
  assert.equal(await visibleRows(), shown);
});

test('a click on an actor filters by that actor', async () => {
  await clearFilters();
  const button = page.locator('#events-table button.actor[data-actor="jens-stoltenberg"]').first();
  await button.click();
  const ids = await page.$$eval('#events-table tr.ev', (rows) =>
    rows.filter((r) => !r.hidden).map((r) => r.getAttribute('data-actors')));
  assert.ok(ids.length > 0 && ids.length < (await allRows()));
  for (const a of ids) assert.ok(a.includes(' jens-stoltenberg '), a);
});

test('a date range hides the events outside it, and the undated', async () => {
  await clearFilters();
  await page.fill('#f-from', '2022-01-01');
  await page.fill('#f-to', '2022-12-31');
  const kept = await page.$$eval('tr.ev', (rows) => rows.filter((r) => !r.hidden).map((r) =>
    [r.getAttribute('data-first'), r.getAttribute('data-last')]));
  assert.ok(kept.length > 0 && kept.length < (await page.$$eval('tr.ev', (r) => r.length)));
  for (const [first, last] of kept) assert.ok(first && last >= '2022-01-01' && first <= '2022-12-31', `${first} ${last}`);
  assert.equal(await page.$$eval('#undated-table tr.ev', (rows) => rows.filter((r) => !r.hidden).length), 0);
});

test('the type and text filters', async () => {
  await clearFilters();
  await page.selectOption('#f-type', 'class:rupture');
  for (const c of await page.$$eval('tr.ev', (rows) => rows.filter((r) => !r.hidden).map((r) => r.getAttribute('data-class'))))
    assert.equal(c, 'rupture');
  await clearFilters();
  await page.fill('#f-text', 'جنيف');
  const shown = await visibleRows();
  assert.ok(shown > 0 && shown < (await allRows()));
});

test('every article with a url is linked, with its outlet', async () => {
  for (const text of Object.values(articles)) {
    const url = /url: (.*)/.exec(text)[1];
    const outlet = /source: (.*)/.exec(text)[1];
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes(url) || hrefs.includes(url), url);
    const sources = await page.$$eval('.source', (s) => s.map((x) => x.textContent));
    assert.ok(sources.some((s) => s.includes(outlet) && s.includes('.md')), outlet);
  }
  // Links only ever go to the web or to the diagrams beside the page.
  for (const href of await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href'))))
    assert.match(href, /^(https?:\/\/|#|[a-z-]+\.svg$)/, href);
});

test('zoom enlarges a diagram and fit brings it back', async () => {
  const before = await page.$eval('#people-box svg', (s) => s.getBoundingClientRect().width);
  await page.click('.tools[data-for=people-box] button[data-zoom=in]');
  const zoomed = await page.$eval('#people-box svg', (s) => s.getBoundingClientRect().width);
  assert.ok(zoomed > before * 1.2, `${before} → ${zoomed}`);
  await page.click('.tools[data-for=people-box] button[data-zoom=fit]');
  assert.equal(await page.$eval('#people-box svg', (s) => s.getBoundingClientRect().width), before);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
});

test('no TIMEX3 code in what a person reads', async () => {
  const text = await page.evaluate(() => document.body.innerText);
  for (const code of [/\b\d{4}-\d{2}-\d{2}\b/, /\b\d{4}-(SP|SU|FA|WI|W\d\d|Q\d)\b/, /\bPRESENT_REF\b/, /\d{2}T(EV|MO|AF|NI)\b/]) {
    const hit = code.exec(text.replace(/\S+\.md/g, ''));  // file paths may hold dates
    assert.equal(hit, null, hit && text.slice(Math.max(0, hit.index - 60), hit.index + 60));
  }
  for (const name of readdirSync(out).filter((n) => n.endsWith('.svg'))) {
    const labels = [...readFileSync(join(out, name), 'utf8').matchAll(/<(?:text|title)[^>]*>([^<]*)<\/(?:text|title)>/g)].map((m) => m[1]).join('\n');
    assert.equal(/\b\d{4}-\d{2}(-\d{2})?\b|\b\d{4}-(SP|SU|FA|WI)\b/.exec(labels), null, name);
  }
  assert.deepEqual(errors, []);
});
