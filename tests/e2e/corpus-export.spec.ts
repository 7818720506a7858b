/**
 * A static corpus is not exported from the screen, which holds only the events it has fetched: the
 * Dataset menu says why, in the interface language, and offers no format (a partial CSV or TimelineJS
 * file, or a Riwayat file the app itself refuses, is never written).
 */
import { CORPUS } from './corpus-fixture';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 90_000 });

const REASON = {
  en: 'A corpus is not exported from this screen, which holds only the events it has fetched',
  ar: 'لا تُصدَّر المدوّنة من هذه الشاشة، فهي لا تحمل إلا الأحداث التي جُلبت منها',
};
const MENU = { en: 'Dataset', ar: 'البيانات' };
const EXPORT = { en: 'Export', ar: 'تصدير' };

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) with a corpus open, the Dataset menu refuses export and says why`, async ({ page }) => {
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.goto(`./?lang=${lang}&data=${CORPUS}`);
    await page.waitForFunction(() => performance.getEntriesByName('riwayat:ready').length > 0, null, {
      timeout: 60_000,
    });
    await page.locator('summary', { hasText: MENU[lang] }).click();
    const group = page.getByRole('group', { name: EXPORT[lang] });
    await expect(group).toBeVisible();
    await expect(group).toContainText(REASON[lang]);
    await expect(group.getByRole('button')).toHaveCount(0);
    expect(downloads).toBe(0);
  });

const SHARE = { en: 'Share', ar: 'مشاركة' };
const PARTS = {
  en: ['Present', 'Print handout', 'Copy link'],
  ar: ['عرض تقديمي', 'اطبع ورقة العرض', 'انسخ الرابط'],
} as const;

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) with a corpus open, neither Present nor Print handout is offered; Copy link is`, async ({
    page,
  }) => {
    await page.goto(`./?lang=${lang}&data=${CORPUS}`);
    await page.waitForFunction(() => performance.getEntriesByName('riwayat:ready').length > 0, null, {
      timeout: 60_000,
    });
    const share = page.getByRole('group', { name: SHARE[lang] });
    const [present, print, copy] = PARTS[lang];
    await expect(share.getByRole('button', { name: copy, exact: true })).toBeVisible();
    await expect(share.getByRole('button', { name: present, exact: true })).toHaveCount(0);
    await expect(share.getByRole('button', { name: print, exact: true })).toHaveCount(0);
  });
