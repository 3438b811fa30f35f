import type { Translations } from '../en';

/** French strings for loading the demo directory into an empty database. */
export const sampleData: Translations['sampleData'] = {
  title: 'Données d’exemple',
  hint: 'Essayez PressDesk avec un annuaire de démonstration réaliste\u00a0: organisations, bureaux dans plusieurs régions et personnes qui y travaillent. Les mêmes données que `pressdesk seed-demo`.',
  size: 'Taille',
  sizeOption_one: '{{count, number}} contact',
  sizeOption_other: '{{count, number}} contacts',
  sizeOption_many: '{{count, number}} de contacts',
  load: 'Charger les données d’exemple',
  cancel: 'Annuler',
  notEmpty: 'Les données d’exemple ne se chargent que dans une base vide\u202f; celle-ci contient déjà des données.',
  progressLabel: 'Chargement des données d’exemple',
  phase: {
    planning: 'Préparation de l’annuaire…',
    writing: 'Écriture des contacts\u00a0: {{done, number}} sur {{total, number}}',
    indexing: 'Indexation pour la recherche…',
    done: 'Terminé',
    cancelled: 'Annulé',
    failed: 'Échec',
  },
  loaded: 'Données d’exemple chargées\u00a0: {{contacts, number}} contacts dans {{offices, number}} bureaux',
  cancelled: 'Chargement annulé\u00a0; rien n’a été ajouté.',
};
