import type { Page } from '@playwright/test';
import { callApi } from './pages/api';
import { expect, test } from './pages/app-fixture';
import { seriousViolations } from './pages/axe-check';
import { SpokespeoplePage } from './pages/spokespeople-page';

/** Yemen: a country office in Sana’a, the regional office in Amman over it, headquarters in Geneva. */
async function seedYemen(page: Page) {
  const mena = await callApi(page, 'regions:create', {
    name: { en: 'Middle East and North Africa', fr: 'Moyen-Orient et Afrique du Nord' },
    countries: ['YE', 'JO'],
  });
  const iom = await callApi(page, 'organisations:create', { name: { en: 'IOM', fr: 'OIM' }, kind: 'un_agency' });
  const office = (fields: Parameters<typeof callApi<'offices:create'>>[2]) => callApi(page, 'offices:create', fields);
  const geneva = await office({
    organisationId: iom.id,
    kind: 'hq',
    name: { en: 'IOM Headquarters', fr: 'Siège de l’OIM' },
    city: { en: 'Geneva', fr: 'Genève' },
    country: 'CH',
    timeZone: 'Europe/Zurich',
  });
  const amman = await office({
    organisationId: iom.id,
    kind: 'regional',
    name: { en: 'IOM Regional Office for the Middle East', ar: 'المكتب الإقليمي للمنظمة الدولية للهجرة' },
    city: { en: 'Amman', ar: 'عمّان' },
    country: 'JO',
    regionId: mena.id,
    timeZone: 'Asia/Amman',
  });
  const sanaa = await office({
    organisationId: iom.id,
    parentId: amman.id,
    name: { en: 'IOM Yemen', ar: 'المنظمة الدولية للهجرة في اليمن' },
    city: { en: 'Sana’a', ar: 'صنعاء' },
    country: 'YE',
    timeZone: 'Asia/Aden',
  });
  const person = (fields: Parameters<typeof callApi<'contacts:create'>>[2]) => callApi(page, 'contacts:create', fields);
  // Created farthest first: the page must rank them, not the order they were typed in.
  await person({
    givenName: 'Dana',
    familyName: 'Haddad',
    officeId: geneva.id,
    roles: ['spokesperson'],
    languages: ['ar', 'en'],
    countries: ['YE'],
    title: { en: 'Senior Spokesperson' },
    emails: [{ address: 'dhaddad@iom.int' }],
  });
  await person({
    givenName: 'Chadi',
    familyName: 'Nasser',
    officeId: amman.id,
    roles: ['press_officer'],
    languages: ['ar'],
    regionIds: [mena.id],
    title: { en: 'Regional Press Officer', ar: 'مسؤول الإعلام الإقليمي' },
  });
  await person({
    givenName: 'Bilal',
    familyName: 'Saleh',
    officeId: sanaa.id,
    roles: ['spokesperson'],
    languages: ['ar', 'en'],
    title: { en: 'Spokesperson', ar: 'المتحدث الرسمي' },
    phones: [{ raw: '+967 1 234 567', kind: 'office' }],
    emails: [{ address: 'bsaleh@iom.int' }],
  });
  await person({
    givenName: 'Omar',
    familyName: 'Blocked',
    officeId: sanaa.id,
    roles: ['spokesperson'],
    languages: ['ar'],
    doNotContact: true,
  });
}

test('looks up Yemen in Arabic from the keyboard: nearest office first, local time, the block line copied', async ({
  app,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedYemen(page);
  await app.openRoute('#/spokespeople');
  await page.reload();
  const lookup = new SpokespeoplePage(page);
  await expect(app.heading('Spokespeople')).toBeVisible();

  await lookup.choose(lookup.place, 'yem', 'Yemen');
  await expect(lookup.language).toBeFocused();
  await lookup.choose(lookup.language, 'arab', 'Arabic');

  await expect(lookup.summary).toHaveText('3 people for Yemen in Arabic');
  await expect(lookup.rows()).toHaveCount(3);
  await expect(lookup.rows().nth(0)).toContainText('Bilal Saleh');
  await expect(lookup.rows().nth(0)).toContainText('In Yemen');
  await expect(lookup.rows().nth(1)).toContainText('Chadi Nasser');
  await expect(lookup.rows().nth(1)).toContainText('Regional office');
  await expect(lookup.rows().nth(2)).toContainText('Dana Haddad');
  await expect(lookup.table).not.toContainText('Omar Blocked');

  // The local time in Aden as the window computes it from the office's zone.
  const aden = await page.evaluate(() =>
    new Intl.DateTimeFormat('en', { timeStyle: 'short', timeZone: 'Asia/Aden' }).format(new Date()),
  );
  await expect(lookup.rows().nth(0).locator('time')).toHaveText(aden);

  // Enter on the language moved the focus to the first copy button; Enter copies.
  const copy = page.getByRole('button', { name: 'Copy the contact block line of Bilal Saleh' });
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.toast('Contact block line of Bilal Saleh copied')).toBeVisible();
  const copied = await lookup.clipboard();
  expect(copied).toBe(
    'Bilal Saleh، المتحدث الرسمي، المنظمة الدولية للهجرة في اليمن، صنعاء، هاتف: +967 1 234 567، البريد الإلكتروني: bsaleh@iom.int',
  );
  // The same line the contact block renderer gives for this person.
  const block = await callApi(page, 'contact-blocks:render', { lang: 'ar', contacts: ['bsaleh@iom.int'] });
  expect(block.text.split('\n')[1]).toBe(copied);

  expect(await seriousViolations(page, 'spokespeople')).toEqual([]);

  // The last lookup is remembered.
  await page.reload();
  await expect(lookup.place).toHaveValue('Yemen');
  await expect(lookup.language).toHaveValue('Arabic');
  await expect(lookup.rows()).toHaveCount(3);
});

test('an empty lookup says why and offers the closest ones', async ({ app, page }) => {
  await seedYemen(page);
  await app.openRoute('#/spokespeople');
  await page.reload();
  const lookup = new SpokespeoplePage(page);
  await lookup.choose(lookup.place, 'yemen', 'Yemen');
  await lookup.choose(lookup.language, 'french', 'French');

  const why = page.getByRole('region', { name: 'Nobody speaks French for Yemen' });
  await expect(why).toBeVisible();
  await expect(why).toContainText('3 people speak for Yemen, none of them in French.');
  await expect(why.getByRole('button', { name: '3 people for Yemen who speak Arabic' })).toBeVisible();
  await why.getByRole('button', { name: '2 people for Yemen who speak English' }).click();
  await expect(lookup.language).toHaveValue('English');
  await expect(lookup.rows()).toHaveCount(2);
  await expect(lookup.rows().nth(0)).toContainText('Bilal Saleh');
});

test('the Ctrl+K palette finds spokespeople by place and language and copies a line', async ({
  app,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedYemen(page);
  await page.reload();
  await app.openPalette();
  await page.keyboard.type('yemen arabic');
  const first = app.palette.getByRole('option', { name: /Bilal Saleh/ });
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(app.palette).toBeHidden();
  await expect(app.toast('Contact block line of Bilal Saleh copied')).toBeVisible();
  expect(await new SpokespeoplePage(page).clipboard()).toContain('Bilal Saleh، المتحدث الرسمي');

  await app.openPalette();
  await page.keyboard.type('spokes yemen arabic');
  await app.palette.getByRole('option', { name: 'Spokespeople for Yemen in Arabic' }).click();
  await expect(app.heading('Spokespeople')).toBeVisible();
  await expect(new SpokespeoplePage(page).rows()).toHaveCount(3);
});
