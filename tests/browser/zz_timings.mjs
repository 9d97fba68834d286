import { launchBrowser, startServer, openPage, waitReady, query } from './harness.mjs';
const server = await startServer('timings');
const { browser } = await launchBrowser();
for (let i = 0; i < 2; ++i) {
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await waitReady(page);
  const s = await query(page, 'state');
  console.log(JSON.stringify(s.timings_ms));
  await context.close();
}
await browser.close(); await server.stop(); process.exit(0);
