import type { BlockPerson } from './render';

/**
 * The person Settings lays out with a template being edited: a title, an office that does not name its city, an
 * office phone and a mobile, so every label and separator of the template shows. Invented, in each shipped language.
 */
export const samplePerson: BlockPerson = {
  name: 'Camille Laurent',
  title: { en: 'Spokesperson', fr: 'Porte-parole', es: 'Portavoz', ar: 'متحدثة رسمية' },
  officeName: {
    en: 'Regional Office for Europe',
    fr: 'Bureau régional pour l’Europe',
    es: 'Oficina Regional para Europa',
    ar: 'المكتب الإقليمي لأوروبا',
  },
  officeCity: { en: 'Brussels', fr: 'Bruxelles', es: 'Bruselas', ar: 'بروكسل' },
  organisationName: {},
  phones: [
    { display: '+32 2 287 71 15', kind: 'office' },
    { display: '+32 470 13 10 28', kind: 'mobile' },
  ],
  emails: ['press@example.org'],
};
