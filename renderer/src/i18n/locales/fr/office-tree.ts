import type { Translations } from '../en';

/** French strings for the offices hierarchy tree. */
export const officeTree: Translations['officeTree'] = {
  view: 'Affichage',
  viewTree: 'Arborescence',
  viewTable: 'Tableau',
  label: 'Bureaux par hiérarchie',
  localTime: 'Heure locale {{time}} ({{zone}})',
  noZone: 'Pas de fuseau horaire',
  contacts_one: '{{count, number}} contact',
  contacts_other: '{{count, number}} contacts',
  contacts_many: '{{count, number}} de contacts',
  truncated: 'Les {{shown, number}} premiers bureaux sur {{total, number}} sont affichés\u202f; recherchez les autres.',
  loading: 'Chargement des bureaux…',
};
