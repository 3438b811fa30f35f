import type { Page } from '@playwright/test';
import { callApi } from './api';

/** One office of the sample directory, as the lists show it in each UI language. */
export const brusselsOffice = {
  name: { en: 'IOM Regional Office in Brussels', fr: 'Bureau régional de l’OIM à Bruxelles' },
  city: { en: 'Brussels', fr: 'Bruxelles' },
} as const;

/**
 * A small press directory in two languages, created through the API: three organisations, four offices, eight
 * contacts with titles, phones and emails, one of whom asked not to be contacted. Returns the contacts' ids in the
 * order created.
 */
export async function seedSampleDirectory(page: Page): Promise<number[]> {
  const iom = await callApi(page, 'organisations:create', {
    name: { en: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations' },
    acronym: { en: 'IOM', fr: 'OIM' },
    kind: 'un_agency',
    website: 'https://www.iom.int',
  });
  const unhcr = await callApi(page, 'organisations:create', {
    name: { en: 'UNHCR, the UN Refugee Agency', fr: 'HCR, l’Agence des Nations Unies pour les réfugiés' },
    acronym: { en: 'UNHCR', fr: 'HCR' },
    kind: 'un_agency',
  });
  const lesoir = await callApi(page, 'organisations:create', {
    name: { en: 'Le Soir', fr: 'Le Soir' },
    kind: 'media',
  });
  const brussels = await callApi(page, 'offices:create', {
    organisationId: iom.id,
    kind: 'regional',
    name: brusselsOffice.name,
    city: brusselsOffice.city,
    country: 'BE',
    timeZone: 'Europe/Brussels',
  });
  const nairobi = await callApi(page, 'offices:create', {
    organisationId: iom.id,
    kind: 'regional',
    name: { en: 'IOM Regional Office in Nairobi', fr: 'Bureau régional de l’OIM à Nairobi' },
    city: { en: 'Nairobi', fr: 'Nairobi' },
    country: 'KE',
    timeZone: 'Africa/Nairobi',
  });
  const geneva = await callApi(page, 'offices:create', {
    organisationId: unhcr.id,
    kind: 'hq',
    name: { en: 'UNHCR Headquarters', fr: 'Siège du HCR' },
    city: { en: 'Geneva', fr: 'Genève' },
    country: 'CH',
    timeZone: 'Europe/Zurich',
  });
  const newsroom = await callApi(page, 'offices:create', {
    organisationId: lesoir.id,
    kind: 'hq',
    name: { en: 'Le Soir newsroom', fr: 'Rédaction du Soir' },
    city: { en: 'Brussels', fr: 'Bruxelles' },
    country: 'BE',
  });

  const people = [
    {
      givenName: 'Amélie',
      familyName: 'Dupont-Laurent',
      officeId: brussels.id,
      title: { en: 'Senior Media Officer', fr: 'Chargée principale des médias' },
      phones: [{ raw: '02 287 71 15', kind: 'office' as const, preferred: true }],
      emails: [{ address: 'adupont@iom.int', kind: 'work' as const, preferred: true }],
      languages: ['fr', 'en', 'nl'],
      roles: ['spokesperson' as const],
    },
    {
      givenName: 'Joris',
      familyName: 'Van den Broeck',
      officeId: brussels.id,
      title: { en: 'Communications Assistant', fr: 'Assistant en communication' },
      phones: [{ raw: '+32 470 12 34 56', kind: 'mobile' as const }],
      emails: [{ address: 'jvandenbroeck@iom.int', kind: 'work' as const }],
      languages: ['nl', 'fr', 'en'],
      roles: ['press_officer' as const],
    },
    {
      givenName: 'Wanjiru',
      familyName: 'Kamau',
      officeId: nairobi.id,
      title: { en: 'Regional Spokesperson', fr: 'Porte-parole régionale' },
      phones: [{ raw: '+254 722 123 456', kind: 'mobile' as const }],
      emails: [{ address: 'wkamau@iom.int', kind: 'work' as const }],
      languages: ['en', 'sw'],
      roles: ['spokesperson' as const, 'media_focal_point' as const],
    },
    {
      givenName: 'Omar',
      familyName: 'Haddad',
      officeId: nairobi.id,
      title: { en: 'Media Focal Point', fr: 'Point focal médias' },
      phones: [{ raw: '020 422 1000', kind: 'office' as const }],
      emails: [{ address: 'ohaddad@iom.int', kind: 'work' as const }],
      languages: ['ar', 'en'],
      roles: ['media_focal_point' as const],
    },
    {
      givenName: 'Élodie',
      familyName: 'Gérôme-Nuñez',
      officeId: geneva.id,
      title: { en: 'Head of Media Relations', fr: 'Cheffe des relations avec les médias' },
      phones: [{ raw: '022 739 81 11', kind: 'office' as const }],
      emails: [{ address: 'gerome@unhcr.org', kind: 'work' as const }],
      languages: ['fr', 'es', 'en'],
      roles: ['spokesperson' as const],
    },
    {
      givenName: 'Tomasz',
      familyName: 'Kowalczyk',
      officeId: geneva.id,
      title: { en: 'Digital Editor', fr: 'Rédacteur numérique' },
      phones: [{ raw: '+41 79 123 45 67', kind: 'mobile' as const }],
      emails: [{ address: 'kowalczy@unhcr.org', kind: 'work' as const }],
      languages: ['pl', 'en'],
      roles: ['editor' as const],
    },
    {
      givenName: 'Claire',
      familyName: 'Lemaire',
      officeId: newsroom.id,
      title: { en: 'Migration Correspondent', fr: 'Correspondante migrations' },
      phones: [{ raw: '02 225 55 55', kind: 'office' as const }],
      emails: [{ address: 'claire.lemaire@lesoir.be', kind: 'work' as const }],
      languages: ['fr'],
      roles: ['journalist' as const],
    },
    {
      givenName: 'Bruno',
      familyName: 'Masson',
      officeId: newsroom.id,
      title: { en: 'Photographer', fr: 'Photographe' },
      phones: [],
      emails: [{ address: 'bruno.masson@example.org', kind: 'personal' as const }],
      languages: ['fr'],
      roles: ['journalist' as const],
      doNotContact: true,
      doNotContactReason: 'Asked to be left out of mailings',
    },
  ];
  const ids: number[] = [];
  for (const person of people) ids.push((await callApi(page, 'contacts:create', person)).id);
  return ids;
}
