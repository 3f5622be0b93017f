// Swagger UI as a developer meets it, in Debian's headless Chromium (driven by playwright-core, which never
// downloads a browser of its own): authorize with a key, create an engagement with "Try it out", execute a GET
// exactly as prefilled, and check that the key survives a reload. Prints one line per step; exits non-zero on
// the first step that fails. Usage: node swagger-ui.mjs <base URL> <API key>   (see run.sh)
import { chromium } from 'playwright-core';

const [base, key] = process.argv.slice(2);
if (!base || !key) {
  console.error('usage: node swagger-ui.mjs <base URL> <API key>');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
const problems = [];
page.on('console', (message) => {
  if (message.type() === 'error') problems.push(message.text());
});

function step(text) {
  console.log(`  ok  ${text}`);
}

async function fail(text) {
  console.log(`FAIL  ${text}`);
  await page.screenshot({ path: 'swagger-ui-failure.png', fullPage: true });
  await browser.close();
  process.exit(1);
}

async function operation(id) {
  const block = page.locator(`#${id}`);
  await block.locator('.opblock-summary').first().click();
  // Swagger UI is configured with try-it-out on: an opened operation is ready to execute, its button says "Cancel".
  const tryOut = block.locator('.try-out__btn');
  if ((await tryOut.innerText()).trim() === 'Try it out') await tryOut.click();
  return block;
}

async function execute(block) {
  await block.locator('.btn.execute').click();
  const status = block.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  const body = await block.locator('.live-responses-table .response .highlight-code pre').first().innerText();
  return { status: (await status.innerText()).trim(), body };
}

await page.goto(`${base}/q/swagger-ui/`);
await page.locator('.opblock').first().waitFor({ timeout: 60000 });
step(`Swagger UI shows ${await page.locator('.opblock').count()} operations`);
if (await page.locator('.operation-filter-input').count() !== 1) await fail('Swagger UI has no filter box');
step('Swagger UI has a filter box');

await page.locator('.btn.authorize').first().click();
// The dialog offers two schemes (an API key; an organisation's identity provider): the key goes in the first.
const apiKeyForm = page.locator('.modal-ux form').filter({ hasText: 'apiKey' });
await apiKeyForm.locator('input').first().fill(key);
await apiKeyForm.locator('.btn.modal-btn.auth.authorize').click();
await page.locator('.modal-ux .btn-done').first().click();
step('authorized with the API key');

const create = await operation('operations-Missions-createEngagement');
const created = await execute(create);
if (!created.status.startsWith('201')) await fail(`POST /v1/missions/{missionId}/engagements -> ${created.status}: ${created.body}`);
step(`POST /v1/missions/{missionId}/engagements, as prefilled -> ${created.status}, id ${JSON.parse(created.body).id}`);

// the later modules' writes and reads, as prefilled: a form of Interband's, a sample of its 2023 mission, a webhook
// subscription of Interband's
for (const [id, label, expected] of [
  ['operations-Observation_forms-createObservationForm', 'POST /v1/observation-forms', '201'],
  ['operations-Observation_forms-getFormStats', 'GET /v1/elections/{electionId}/form-stats', '200'],
  ['operations-Tabulation-createSample', 'POST /v1/samples', '201'],
  ['operations-Tabulation-getStationResultTotals', 'GET /v1/elections/{electionId}/station-result-totals', '200'],
  ['operations-Webhooks-createWebhook', 'POST /v1/webhooks', '201'],
  ['operations-Webhooks-listWebhooks', 'GET /v1/webhooks', '200'],
]) {
  const answer = await execute(await operation(id));
  if (!answer.status.startsWith(expected)) await fail(`${label} -> ${answer.status}: ${answer.body}`);
  step(`${label}, as prefilled -> ${answer.status}`);
}

const list = await operation('operations-Reference-listElections');
const listed = await execute(list);
const items = JSON.parse(listed.body).items ?? [];
if (!listed.status.startsWith('200') || items.length === 0) await fail(`GET /v1/elections as prefilled -> ${listed.status}, ${items.length} items`);
step(`GET /v1/elections, as prefilled -> ${listed.status}, ${items.length} elections (${items.map((e) => e.id).join(', ')})`);

const stations = await operation('operations-Polling_stations-listPollingStations');
const stationPage = await execute(stations);
const stationCount = (JSON.parse(stationPage.body).items ?? []).length;
if (!stationPage.status.startsWith('200') || stationCount === 0) await fail(`GET /v1/polling-stations as prefilled -> ${stationPage.status}, ${stationCount} items`);
step(`GET /v1/polling-stations, as prefilled -> ${stationPage.status}, ${stationCount} stations`);

await page.reload();
await page.locator('.opblock').first().waitFor({ timeout: 60000 });
const stillAuthorized = await page.locator('.btn.authorize.locked').count();
if (stillAuthorized === 0) await fail('the key was lost on reload');
step('the key is still there after a reload');

const blocked = problems.filter((text) => /Content Security Policy|Refused to/i.test(text));
if (blocked.length > 0) await fail(`the browser refused something: ${blocked.join(' | ')}`);
step('nothing was refused by the Content-Security-Policy');

await page.screenshot({ path: 'swagger-ui.png' });
await browser.close();
console.log('Swagger UI works: writes with a key, prefilled reads return data.');
