// Lighthouse (mobile profile, performance) on the portal's pages: the login page and Hjælp without a login, then
// Mine Konti and Kontoudskrift after logging in through the demo MitID. Run by bench/lighthouse.sh.
// Usage: node flow.mjs <portal base url> <report dir>; env LH_USER (christian), LH_PASSWORD (demo).
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import {startFlow} from 'lighthouse';

const [base, reportDir] = process.argv.slice(2);
const user = process.env.LH_USER || 'christian';
const password = process.env.LH_PASSWORD || 'demo';

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const cdp = await page.createCDPSession();
const flow = await startFlow(page, {
  name: 'Kantinekort portal',
  config: {extends: 'lighthouse:default', settings: {onlyCategories: ['performance']}},
});

// public pages: a cold start each (storage and cache cleared by Lighthouse)
await flow.navigate(`${base}/login`, {name: 'Login'});
await flow.navigate(`${base}/hjaelp`, {name: 'Hjælp', disableStorageReset: false});

// log in through the demo MitID (not measured)
await page.setViewport({width: 412, height: 823});
await page.goto(`${base}/login`, {waitUntil: 'networkidle0'});
await page.waitForSelector('#login-mitid');
await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('#login-mitid')]);
await page.waitForSelector('input[name=username]');
await page.type('input[name=username]', user);
await page.type('input[name=password]', password);
await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('button[type=submit]')]);
await page.waitForFunction((b) => location.href.startsWith(b) && !location.pathname.startsWith('/login'),
  {timeout: 60000}, base);

// logged-in pages: the session cookie stays, the HTTP cache is emptied first so the bundle loads cold too
for (const [name, route] of [['Mine Konti', '/'], ['Kontoudskrift', '/kontoudskrift']]) {
  await cdp.send('Network.clearBrowserCache');
  await flow.navigate(`${base}${route}`, {name, disableStorageReset: true});
}

const result = await flow.createFlowResult();
fs.mkdirSync(reportDir, {recursive: true});
fs.writeFileSync(path.join(reportDir, 'flow.html'), await flow.generateReport());
fs.writeFileSync(path.join(reportDir, 'flow.json'), JSON.stringify(result));
await browser.close();

const ms = (lhr, id) => lhr.audits[id]?.numericValue;
console.log('page            score   FCP ms   LCP ms   TBT ms   CLS     bytes KiB  unused JS KiB  final URL');
for (const step of result.steps) {
  const lhr = step.lhr;
  const unusedJs = (lhr.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0) / 1024;
  const row = [
    step.name.padEnd(15),
    String(Math.round((lhr.categories.performance.score ?? 0) * 100)).padStart(5),
    String(Math.round(ms(lhr, 'first-contentful-paint'))).padStart(8),
    String(Math.round(ms(lhr, 'largest-contentful-paint'))).padStart(8),
    String(Math.round(ms(lhr, 'total-blocking-time'))).padStart(8),
    (ms(lhr, 'cumulative-layout-shift') ?? 0).toFixed(3).padStart(6),
    String(Math.round(ms(lhr, 'total-byte-weight') / 1024)).padStart(10),
    String(Math.round(unusedJs)).padStart(14),
    '  ' + lhr.finalDisplayedUrl,
  ];
  console.log(row.join(' '));
  const opportunities = Object.values(lhr.audits)
    .filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs ?? 0) > 0)
    .sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
    .slice(0, 4)
    .map((a) => `${a.title} (~${Math.round(a.details.overallSavingsMs)} ms)`);
  if (opportunities.length) console.log('    next: ' + opportunities.join('; '));
  if (lhr.runtimeError) console.log('    runtime error: ' + lhr.runtimeError.message);
}
