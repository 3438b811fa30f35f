import type { Api } from '../ipc/registry';

/**
 * The three people of the IOM release of 12 April 2018 (shared/samples/iom-release-fr-2018.txt), entered as a press
 * officer would: organisations and offices with French and English names, numbers as the release printed them.
 */
export async function loadIom2018Contacts(api: Api): Promise<{ contactIds: number[] }> {
  const call = async <T>(channel: string, input: unknown) => {
    const result = await api.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const organisation = (en: string, fr: string, acronymEn: string, acronymFr: string, kind: string) =>
    call<{ id: number }>('organisations:create', { name: { en, fr }, acronym: { en: acronymEn, fr: acronymFr }, kind });
  const office = (organisationId: number, en: string, fr: string) =>
    call<{ id: number }>('offices:create', {
      organisationId,
      kind: 'regional',
      name: { en, fr },
      city: { en: 'Brussels', fr: 'Bruxelles', es: 'Bruselas' },
      country: 'BE',
      timeZone: 'Europe/Brussels',
    });

  const iom = await organisation(
    'International Organization for Migration',
    'Organisation internationale pour les migrations',
    'IOM',
    'OIM',
    'un_agency',
  );
  const icmc = await organisation(
    'International Catholic Migration Commission',
    'Commission internationale catholique pour les migrations',
    'ICMC',
    'CICM',
    'ngo',
  );
  const unhcr = await organisation(
    'Office of the United Nations High Commissioner for Refugees',
    'Haut Commissariat des Nations unies pour les réfugiés',
    'UNHCR',
    'HCR',
    'un_agency',
  );
  const iomBrussels = await office(iom.id, 'IOM Regional Office in Brussels', 'Bureau régional de l’OIM à Bruxelles');
  const icmcEurope = await office(icmc.id, 'ICMC Europe', 'CICM Europe');
  const unhcrEurope = await office(unhcr.id, 'UNHCR Bureau for Europe', 'Bureau du HCR pour l’Europe');

  const person = (givenName: string, familyName: string, officeId: number, phones: string[], email: string) =>
    call<{ id: number }>('contacts:create', {
      givenName,
      familyName,
      officeId,
      phones: phones.map((raw) => ({ raw })),
      emails: [{ address: email }],
      languages: ['fr', 'en'],
      roles: ['spokesperson'],
      source: 'Extracted from the IOM release of 12 April 2018',
    });
  const jo = await person(
    'Jo',
    'De Backer',
    iomBrussels.id,
    ['+32 2 287 71 15', '+32 470 13 10 28'],
    'jdebacker@iom.int',
  );
  const petra = await person('Petra', 'Hueck', icmcEurope.id, ['+32 2 227 97 29', '+32 486 511 212'], 'hueck@icmc.net');
  const david = await person('David', 'Watt', unhcrEurope.id, ['0032 2 627 59 58'], 'wattd@unhcr.org');
  return { contactIds: [jo.id, petra.id, david.id] };
}
