// Launching Debian's Chromium through playwright-core (installed by
// scripts/browser-setup into a cache folder, never into the repository):
// headless, no sandbox (CI runs as root), nothing fetched in the background,
// a fresh profile each time.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';

const cache = process.env.TARIKH_NPM_CACHE || join(homedir(), '.cache', 'tarikh-npm');
const require = createRequire(join(cache, 'package.json'));
const { chromium } = require('playwright-core');

// A browser context on a fresh profile (playwright passes it to Chromium as
// --user-data-dir); close() removes the profile.
export async function launch(viewport = { width: 1600, height: 1200 }) {
  const profile = mkdtempSync(join(tmpdir(), 'tarikh-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.TARIKH_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const close = context.close.bind(context);
  context.close = async () => { await close(); rmSync(profile, { recursive: true, force: true }); };
  return context;
}
