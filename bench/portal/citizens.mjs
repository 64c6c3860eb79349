// Scripted citizens on the portal (docs/PERFORMANCE.md, "Portal under many citizens"): each citizen is a browser
// context of its own (own cookies, own Vaadin session) that logs in through the demo MitID, then loops until the
// end: Mine Konti, think, Kontoudskrift (the default report, the last 30 days), think. A page's time is from the
// navigation's start until its content shows (#accounts with a row / #statement-report): what a citizen waits for.
// Run by bench/portal-load.sh. Usage: node citizens.mjs <portal base url>; env CITIZENS (20), DURATION (60 s),
// THINK (2 s), USER (christian), PASSWORD (demo), RAMP (s over which the citizens start, 10), NAV (menu, the
// default: after the first page the citizen follows the menu's links, a router navigation inside the same Vaadin UI,
// as a citizen in the portal does; page: every page a full page load, a new UI each time, as after a reload),
// READY_FILE (written once every citizen has shown both pages, so the script can weigh the server's heap with every
// session and its UI open), MEASURE_FILE (written when the last citizen has logged in and the measured time starts).
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';

const base = process.argv[2];
const citizens = Number(process.env.CITIZENS || 20);
const duration = Number(process.env.DURATION || 60) * 1000;
const think = Number(process.env.THINK || 2) * 1000;
const ramp = Number(process.env.RAMP || 10) * 1000;
const user = process.env.USER_NAME || 'christian';
const password = process.env.PASSWORD || 'demo';
const nav = process.env.NAV || 'menu';
if (!['page', 'menu'].includes(nav)) throw new Error(`NAV must be page or menu, not ${nav}`);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  protocolTimeout: 180000,
});

const times = {'Log ind': [], 'Mine Konti': [], 'Kontoudskrift': []};
// the server's part of each page: the time to first byte of the page's requests to the portal (the document, Vaadin's
// init and UIDL requests), from the browser's resource timings; what the page would take with the browsers elsewhere
const serverTimes = {'Mine Konti': [], 'Kontoudskrift': []};
let errors = 0;
const firstErrors = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(name, action) {
  const start = performance.now();
  try {
    const server = await action();
    times[name].push(performance.now() - start);
    if (server !== undefined) serverTimes[name].push(server);
  } catch (e) {
    errors++;
    if (firstErrors.length < 5) firstErrors.push(`${name}: ${e.message.split('\n')[0]}`);
  }
}

async function logIn(page) {
  await page.goto(`${base}/login`, {waitUntil: 'domcontentloaded'});
  await page.waitForSelector('#login-mitid', {timeout: 60000});
  await Promise.all([page.waitForNavigation({timeout: 60000}), page.click('#login-mitid')]);
  await page.waitForSelector('input[name=username]', {timeout: 60000});
  await page.type('input[name=username]', user);
  await page.type('input[name=password]', password);
  await Promise.all([page.waitForNavigation({timeout: 60000}), page.click('button[type=submit]')]);
  await page.waitForFunction((b) => location.href.startsWith(b) && !location.pathname.startsWith('/login'),
    {timeout: 60000}, base);
}

// route as the menu's links have it ('' is the start page, linked as '.')
const visit = (page, route, selector) => async () => {
  if (nav === 'menu' && page.inPortal) {
    // the menu's router link: Vaadin's client asks the server for the new view over the open UI
    await page.evaluate((href) => {
      performance.clearResourceTimings();
      document.querySelector(`a[router-link][href="${href}"]`).click();
    }, route || '.');
  } else {
    await page.goto(`${base}/${route}`, {waitUntil: 'domcontentloaded', timeout: 60000});
    page.inPortal = true;
  }
  await page.waitForSelector(selector, {visible: true, timeout: 60000});
  return page.evaluate((b) => [...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource')]
    .filter((e) => e.name.startsWith(b) && (e.entryType === 'navigation' || e.name.includes('v-r=')))
    .reduce((sum, e) => sum + (e.responseStart - e.requestStart), 0), base);
};

let loggedIn = 0;
let roundsDone = 0;
let end = Infinity;
async function citizen(index) {
  await sleep((ramp * index) / citizens);
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({width: 412, height: 823});
  await timed('Log ind', () => logIn(page));
  loggedIn++;
  if (loggedIn === citizens) {
    end = performance.now() + duration;
    if (process.env.MEASURE_FILE) fs.writeFileSync(process.env.MEASURE_FILE, 'measuring\n');
    for (const list of [...Object.values(times), ...Object.values(serverTimes)]) {
      if (list !== times['Log ind']) list.length = 0; // ramp-up not counted
    }
  }
  while (loggedIn < citizens || performance.now() < end) {
    await timed('Mine Konti', visit(page, '', '#accounts vaadin-grid-cell-content'));
    await sleep(think);
    await timed('Kontoudskrift', visit(page, 'kontoudskrift', '#statement-report'));
    if (!page.counted && ++roundsDone === citizens && process.env.READY_FILE) {
      fs.writeFileSync(process.env.READY_FILE, 'ready\n');
    }
    page.counted = true;
    await sleep(think);
  }
  await context.close();
}

const started = performance.now();
await Promise.all(Array.from({length: citizens}, (_, i) => citizen(i)));
await browser.close();

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
console.log(`${citizens} citizens, pages by ${nav === 'menu' ? 'the menu' : 'full page loads'},`
  + ` ${think / 1000} s think time, ${duration / 1000} s measured after all were logged in`
  + ` (${((performance.now() - started) / 1000).toFixed(0)} s in all)`);
for (const [name, list] of Object.entries(times)) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${name.padEnd(14)} ${String(sorted.length).padStart(5)} pages  p50 ${percentile(sorted, 50).toFixed(0)} ms`
    + `  p95 ${percentile(sorted, 95).toFixed(0)} ms  p99 ${percentile(sorted, 99).toFixed(0)} ms`
    + `  max ${(sorted[sorted.length - 1] ?? NaN).toFixed(0)} ms`);
}
for (const [name, list] of Object.entries(serverTimes)) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`  ${name} on the server (time to first byte of its requests): p50 ${percentile(sorted, 50).toFixed(0)} ms`
    + `  p95 ${percentile(sorted, 95).toFixed(0)} ms  p99 ${percentile(sorted, 99).toFixed(0)} ms`);
}
console.log(`Errors: ${errors}${firstErrors.length ? ' (' + firstErrors.join('; ') + ')' : ''}`);
process.exit(errors === 0 ? 0 : 1);
