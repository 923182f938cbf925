// Pictures of a build's outputs as a reader sees them in Chromium, 1,600 px
// wide: the top of the timeline, the people's network, and index.html at its
// table of events. Usage: node screenshots.mjs OUTDIR PICTURES_DIR [PREFIX]
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { launch } from './chromium.mjs';

const [out, pictures, prefix = ''] = process.argv.slice(2).map((a, i) => (i < 2 ? resolve(a) : a));
const context = await launch({ width: 1600, height: 1300 });
const page = await context.newPage();
const url = (name) => pathToFileURL(join(out, name)).href;

await page.goto(url('timeline.svg'));
await page.screenshot({ path: join(pictures, `${prefix}timeline.png`), timeout: 180000 });

// A whole diagram: the window sized to it (a full-page screenshot of an SVG
// document never finishes in headless Chromium).
async function whole(name, picture) {
  await page.goto(url(name));
  const { width, height } = await page.evaluate(() => document.documentElement.getBoundingClientRect());
  await page.setViewportSize({ width: Math.ceil(width), height: Math.min(Math.ceil(height), 3000) });
  await page.screenshot({ path: join(pictures, picture), timeout: 180000 });
  await page.setViewportSize({ width: 1600, height: 1300 });
}
await whole('network.svg', `${prefix}network.png`);
await whole('network-countries.svg', `${prefix}network-countries.png`);

await page.goto(url('index.html'));
await page.evaluate(() => document.getElementById('events').scrollIntoView());
await page.screenshot({ path: join(pictures, `${prefix}page.png`), timeout: 180000 });

await context.close();
