import type { Translations } from '../en';

/** French strings for the spokespeople lookup page and palette. */
export const spokespeople: Translations['spokespeople'] = {
  title: 'Porte-parole',
  place: 'Pays ou région',
  placePlaceholder: 'Saisissez un pays ou une région…',
  language: 'Langue',
  languagePlaceholder: 'Saisissez une langue…',
  regions: 'Régions',
  countries: 'Pays',
  noOption: 'Rien ne correspond à «\u00a0{{text}}\u00a0».',
  chooseTitle: 'Qui parle pour nous, où, dans quelle langue\u202f?',
  chooseBody:
    'Choisissez un pays ou une région et une langue\u00a0: les porte-parole et chargés de presse qui les couvrent s’affichent, bureau le plus proche en premier.',
  found_one: '{{count, number}} personne pour {{place}} en {{language}}',
  found_many: '{{count, number}} personnes pour {{place}} en {{language}}',
  found_other: '{{count, number}} personnes pour {{place}} en {{language}}',
  shown: 'les {{count, number}} premières affichées',
  column: {
    name: 'Nom',
    title: 'Fonction',
    office: 'Bureau',
    localTime: 'Heure locale',
    reach: 'Téléphone et courriel',
    copy: 'Ligne du bloc contact',
  },
  role: {
    spokesperson: 'Porte-parole',
    press_officer: 'Chargé(e) de presse',
    media_focal_point: 'Point focal médias',
  },
  proximity: {
    in_place: 'Pays\u00a0: {{place}}',
    regional: 'Bureau régional',
    elsewhere: 'Couvre {{place}}',
  },
  inLanguage: 'en {{language}}',
  fallbackTitle: 'Pas de fonction en {{language}}\u00a0: affichée en {{used}}.',
  noTimeZone: 'Fuseau horaire inconnu',
  timeThere: 'Heure locale, fuseau {{zone}}',
  copy: 'Copier la ligne',
  copyLabel: 'Copier la ligne du bloc contact de {{name}}',
  copied: 'Ligne du bloc contact de {{name}} copiée',
  copyFailed: 'La ligne n’a pas pu être copiée',
  copyFailedBody:
    'Le système a refusé l’accès au presse-papiers. Sélectionnez la ligne dans la fiche du contact et copiez-la.',
  openContact: 'Ouvrir {{name}}',
  loadFailed: 'La recherche a échoué.',
  empty: {
    title: 'Personne ne parle {{language}} pour {{place}}',
    nobodyCovers:
      'Aucun porte-parole, chargé de presse ou point focal médias ne couvre {{place}} ni n’y travaille dans un bureau.',
    noneSpeak_one: '{{count, number}} personne parle pour {{place}}, mais pas en {{language}}.',
    noneSpeak_many: '{{count, number}} personnes parlent pour {{place}}, aucune en {{language}}.',
    noneSpeak_other: '{{count, number}} personnes parlent pour {{place}}, aucune en {{language}}.',
    doNotContact_one:
      '{{count, number}} locuteur ({{language}}) pour {{place}} est marqué «\u00a0ne pas contacter\u00a0».',
    doNotContact_many:
      '{{count, number}} locuteurs ({{language}}) pour {{place}} sont marqués «\u00a0ne pas contacter\u00a0».',
    doNotContact_other:
      '{{count, number}} locuteurs ({{language}}) pour {{place}} sont marqués «\u00a0ne pas contacter\u00a0».',
    archived_one: '{{count, number}} locuteur ({{language}}) pour {{place}} est archivé.',
    archived_many: '{{count, number}} locuteurs ({{language}}) pour {{place}} sont archivés.',
    archived_other: '{{count, number}} locuteurs ({{language}}) pour {{place}} sont archivés.',
    otherRoles_one:
      '{{count, number}} autre contact parle {{language}} pour {{place}}, mais n’est ni porte-parole, ni chargé de presse, ni point focal médias.',
    otherRoles_many:
      '{{count, number}} autres contacts parlent {{language}} pour {{place}}, mais ne sont ni porte-parole, ni chargés de presse, ni points focaux médias.',
    otherRoles_other:
      '{{count, number}} autres contacts parlent {{language}} pour {{place}}, mais ne sont ni porte-parole, ni chargés de presse, ni points focaux médias.',
    closest: 'Le plus proche\u00a0:',
    region_one: '{{count, number}} locuteur ({{language}}) couvrant {{region}}',
    region_many: '{{count, number}} locuteurs ({{language}}) couvrant {{region}}',
    region_other: '{{count, number}} locuteurs ({{language}}) couvrant {{region}}',
    otherLanguage_one: '{{count, number}} personne pour {{place}} qui parle {{language}}',
    otherLanguage_many: '{{count, number}} personnes pour {{place}} qui parlent {{language}}',
    otherLanguage_other: '{{count, number}} personnes pour {{place}} qui parlent {{language}}',
    nothingClose: 'Renseignez les langues et la couverture de vos porte-parole dans leurs fiches pour les trouver ici.',
  },
  palette: {
    group: 'Porte-parole · {{place}} · {{language}}',
    open: 'Porte-parole pour {{place}} en {{language}}',
    copyHint: 'Entrée copie la ligne',
    none: 'Personne pour {{place}} en {{language}}\u00a0: voir pourquoi',
  },
};
