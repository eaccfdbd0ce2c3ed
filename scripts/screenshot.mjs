// Takes a full-page screenshot of a built page, for reviewing layout by eye.
// Usage: npm run screenshot -- [path] [out.png] [width] [light|dark] [outDir]
//   e.g. npm run screenshot -- playbook/weekly-habits/ /tmp/habits.png 375 dark
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const [path = '', out = 'screenshot.png', width = '1280', scheme = 'light', dir = 'dist'] = process.argv.slice(2);
const server = await startStaticServer({ dir });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(server.url + path, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
console.log(`saved ${out}`);
