import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { datasetTitle, detailTitle, expect, listRows, openApp, query, test, waitReady } from './fixtures';

type Json = Record<string, any>;
const bundled = async (page: Page): Promise<Json> =>
  (await (await page.request.get('./dataset.json')).json()) as Json;

/** Opens a file as a reader would: the Dataset menu, then its file field. */
async function openFromMenu(page: Page, name: string, body: string): Promise<void> {
  await page
    .locator('summary')
    .filter({ hasText: /^Dataset$/ })
    .click();
  await page
    .getByLabel('Open a dataset file…', { exact: true })
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

const PAYLOADS = [
  '<img src=x-pixel onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  'javascript:window.__pwned=4',
  '</style><style>*{display:none}</style>',
  "{{constructor.constructor('window.__pwned=5')()}}",
  'Tom & Jerry <b>bold</b>',
];

/** The bundled dataset with a payload in every free text field. */
function hostile(d: Json): Json {
  let i = 0;
  const p = (): string => PAYLOADS[i++ % PAYLOADS.length]!;
  d.title = { ar: p(), en: p() };
  for (const s of d.sources) s.outlet = { ar: p(), en: p() };
  for (const e of d.entities) e.name = { ar: `${e.name.ar} ${p()}`, en: `${e.name.en} ${p()}` };
  for (const e of d.events) {
    e.title = { ar: p(), en: p() };
    e.summary = { ar: p(), en: p() };
    e.basisNote = { ar: p(), en: p() };
    for (const c of e.claims) c.text = { ar: p(), en: p() };
    for (const a of e.accounts) for (const q of a.quotes) q.en = p();
  }
  return d;
}

async function serve(page: Page, path: string, body: unknown): Promise<void> {
  await page.route(`**/${path}`, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

test('?data= draws that dataset directly, and every hostile text stays text', async ({ page }) => {
  const data = hostile(await bundled(page));
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await serve(page, 'hostile.json', data);
  await openApp(page, 'lang=en&data=hostile.json');
  // Item labels on the timeline are literal text: each is exactly its event's title.
  await expect.poll(() => page.locator('.vis-item.vis-box').count()).toBeGreaterThan(5);
  const drawn = await page
    .locator('.vis-item.vis-box')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-id'), e.querySelector('.item-label')?.textContent]),
    );
  for (const [id, label] of drawn) expect(label).toBe(data.events.find((e: Json) => e.id === id).title.en);
  // So are the panels.
  const target = data.events.find((e: Json) => e.kind === 'defence-call' && e.accounts.length > 1);
  await listRows(page, target.id).click();
  await expect(detailTitle(page)).toHaveText(target.title.en);
  await expect(page.locator('.detail-summary')).toHaveText(target.summary.en);
  await expect(datasetTitle(page, data.title.en)).toBeVisible();
  // Titled by the site the article names, else by the report it credits, else by its description.
  const first = data.sources.find((x: Json) => x.id === target.accounts[0].source);
  const credited = first.restsOn?.find((r: Json) => r.basis === 'credited');
  await expect(page.locator('.source-panel h3').first()).toContainText(
    first.outletBasis !== 'stated' && credited !== undefined ? credited.name.en : first.outlet.en,
  );
  // Nothing ran, nothing was injected, nothing was fetched for the payloads.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x-pixel"], svg[onload], script:not([src])').count()).toBe(0);
  expect(requested.filter((u) => u.includes('x-pixel'))).toEqual([]);
  await expect(page.getByRole('region', { name: 'Timeline of events', exact: true })).toBeVisible();
});

test('a broken file is refused with its paths, and the view on screen survives', async ({ page }) => {
  const good = await bundled(page);
  await openApp(page, 'lang=en&event=call-2024-06-25');
  const open = (name: string, body: string): Promise<void> => openFromMenu(page, name, body);
  const alert = page.getByRole('alert');

  await open('not-json.json', '{"format": "riwayat-dataset", ');
  await expect(alert).toContainText('“not-json.json” was not opened');
  await expect(alert).toContainText('not valid JSON');
  await expect(detailTitle(page)).toHaveText(
    good.events.find((e: Json) => e.id === 'call-2024-06-25').title.en,
  );

  const shifted = structuredClone(good);
  shifted.events[0].accounts[0].quotes[0].start += 2;
  shifted.events[1].actors.push('nobody');
  await open('shifted.json', JSON.stringify(shifted));
  await expect(alert).toContainText('“shifted.json” was not opened');
  await expect(alert).toContainText('$.events[0].accounts[0].quotes[0].text');
  await expect(alert).toContainText("a quote that is not its article's text");
  await expect(alert).toContainText('$.events[1].actors');
  await expect(alert).toContainText('refers to something that does not exist');

  const disguised = structuredClone(good);
  disguised.events[2].title.en = 'Hidden \u202Eright-to-left override';
  disguised.events[3].summary.ar = 'x'.repeat(30_000);
  await open('disguised.json', JSON.stringify(disguised));
  await expect(alert).toContainText('$.events[2].title.en');
  await expect(alert).toContainText('hidden control characters');
  await expect(alert).toContainText('$.events[3].summary.ar');
  await expect(alert).toContainText('too long');
  // The previous dataset, selection and timeline are untouched.
  await expect(detailTitle(page)).toHaveText(
    good.events.find((e: Json) => e.id === 'call-2024-06-25').title.en,
  );
  await expect(page.locator('.vis-item.vis-box.vis-selected')).toHaveCount(1);
  expect(query(page).get('event')).toBe('call-2024-06-25');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
});

test('(ar) the refusal speaks Arabic, and the bundled dataset is one step away', async ({ page }) => {
  await serve(page, 'wrong.json', { hello: 'world' });
  await page.goto('./?lang=ar&data=wrong.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('لم يُفتح');
  await expect(alert).toContainText('صيغة لا يقرؤها');
  // The whole file is named in words, not as a bare "$", and the explanation is in Arabic too.
  await expect(alert).toContainText('الملف كله');
  await expect(alert).toContainText('ليس مجموعة بيانات «روايات»');
  await expect(alert).not.toContainText('is neither');
  await page.getByRole('button', { name: 'عُد إلى البيانات المرفقة' }).click();
  await waitReady(page);
  await expect(page.locator('.vis-item').first()).toBeVisible();
  expect(query(page).get('data')).toBeNull();
});

test('a TimelineJS3 file opens as events without quotes, clearly marked', async ({ page }) => {
  const timeline = {
    title: { text: { headline: 'Imported <i>timeline</i>' } },
    events: [
      {
        start_date: { year: '2024', month: '6', day: '25' },
        text: { headline: 'A call &amp; its echo', text: '<p>Two ministers spoke.</p>' },
        group: 'diplomacy',
        unique_id: 'tl-call',
      },
      { start_date: { year: '2023', month: '3' }, text: { headline: 'An earlier call' } },
    ],
  };
  await openApp(page, 'lang=en');
  await openFromMenu(page, 'tl.json', JSON.stringify(timeline));
  await waitReady(page, 2);
  await expect(listRows(page)).toHaveCount(2);
  await listRows(page).filter({ hasText: 'A call & its echo' }).click();
  await expect(detailTitle(page)).toHaveText('A call & its echo');
  await expect(page.locator('.no-quotes')).toContainText('Imported without source texts');
  await expect(page.locator('.accounts')).toContainText('No source in this dataset quotes this event.');
});

test('dropping a file onto the page opens it', async ({ page }) => {
  const d = await bundled(page);
  d.events = d.events.filter((e: Json) => e.kind === 'defence-call');
  delete d.briefings; // it names events cut here
  d.title = { ar: 'الاتصالات فقط', en: 'Calls only' };
  await openApp(page, 'lang=en');
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'calls.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(d));
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await waitReady(page, 2);
  await expect(datasetTitle(page, 'Calls only')).toBeVisible();
  await expect(listRows(page)).toHaveCount(d.events.length);
});

test('the dataset exports as Riwayat JSON, CSV and TimelineJS3 from the menu', async ({ page }) => {
  const d = await bundled(page);
  await openApp(page, 'lang=en');
  const grab = async (name: string): Promise<string> => {
    await page
      .locator('summary')
      .filter({ hasText: /^Dataset$/ })
      .click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    const file = await download;
    const { readFileSync } = await import('node:fs');
    return readFileSync((await file.path())!, 'utf8');
  };
  const json = JSON.parse(await grab('Riwayat dataset (JSON)'));
  expect(json.events.map((e: Json) => e.id)).toEqual(d.events.map((e: Json) => e.id));
  const csv = await grab('Events and quotes (CSV)');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('event_id');
  const tl = JSON.parse(await grab('TimelineJS3 (English)'));
  expect(tl.events).toHaveLength(d.events.length);
});

test('a version 1 file is shown as version 2: a briefing made on it downloads with the dataset', async ({
  page,
}) => {
  const d = await bundled(page);
  // Version 1: no briefings, outlets or claim variants.
  d.version = 1;
  delete d.briefings;
  delete d.outlets;
  for (const e of d.events) for (const c of e.claims ?? []) delete c.variantOf;
  d.title = { ar: 'نسخة أولى', en: 'A version 1 file' };
  await openApp(page, 'lang=en');
  await openFromMenu(page, 'v1.json', JSON.stringify(d));
  await waitReady(page, 2);
  await expect(datasetTitle(page, 'A version 1 file')).toBeVisible();
  await listRows(page, 'call-2024-06-25').click();
  await page.getByRole('button', { name: 'Add to briefing' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Briefing', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Build a briefing' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download the dataset with its briefings' }).click();
  const file = await download;
  const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as Json;
  expect(saved.version).toBe(2);
  expect(saved.briefings).toHaveLength(1);
  expect(saved.briefings[0].items.map((i: Json) => i.event)).toEqual(['call-2024-06-25']);
});
