import type { Translations } from '../en';

/** French strings for contact-sheet exports. */
export const exports: Translations['exports'] = {
  open: 'Exporter…',
  title: 'Exporter une fiche de contacts',
  formatLegend: 'Format',
  format: {
    csv: 'CSV',
    'csv-semicolon': 'CSV avec points-virgules',
    xlsx: 'Classeur Excel (.xlsx)',
    vcf: 'vCard 4.0',
    vcf3: 'vCard 3.0',
    'pdf-A4': 'PDF, A4',
    'pdf-Letter': 'PDF, US Letter',
  },
  formatHint: {
    csv: 'UTF-8, virgules : Google Sheets, Numbers, la plupart des outils',
    'csv-semicolon': 'Pour Excel en français et d’autres langues européennes',
    xlsx: 'Ligne d’en-tête figée et filtrable ; chaque valeur en texte',
    vcf: 'Carnets d’adresses : macOS, iOS, Thunderbird, Google',
    vcf3: 'Carnets d’adresses plus anciens et Outlook',
    'pdf-A4': 'Fiche imprimable, groupée, avec numéros de page',
    'pdf-Letter': 'Fiche imprimable au format nord-américain',
  },
  formulaNote:
    'Une valeur qui commence par =, +, -, @, une tabulation ou un saut de ligne reçoit une apostrophe droite (U+0027) devant, pour que le tableur l’affiche comme du texte et ne l’exécute jamais comme une formule. Les numéros au format +41 … en font partie. L’import de PressDesk retire cette apostrophe.',
  optionsLegend: 'Fichier',
  fileName: 'Nom du fichier',
  savedAs: 'Enregistré sous {{name}} dans vos téléchargements.',
  grouping: 'Grouper les personnes par',
  groupBy: {
    region: 'Région, puis bureau',
    office: 'Bureau',
    none: 'Rien (une liste alphabétique)',
  },
  groupCard: 'Terminer par la liste en carte de groupe',
  includeDoNotContact: 'Inclure les personnes à ne pas contacter et archivées',
  columns: 'Colonnes ({{count}} sur {{total}}), de haut en bas comme de gauche à droite',
  allColumns: 'Cocher toutes les colonnes',
  run: 'Exporter',
  progressLabel: 'Avancement de l’export',
  preparing: 'Recherche des personnes à exporter…',
  progress: '{{done, number}} sur {{total, number}} écrites…',
  downloading: 'Transfert du fichier vers vos téléchargements…',
  cancelled: 'Export annulé. Aucun fichier n’a été écrit.',
  done_one: '{{name}} : {{count, number}} ligne, {{size}} Ko, dans vos téléchargements.',
  done_many: '{{name}} : {{count, number}} lignes, {{size}} Ko, dans vos téléchargements.',
  done_other: '{{name}} : {{count, number}} lignes, {{size}} Ko, dans vos téléchargements.',
  skipped_one:
    '{{count, number}} personne laissée de côté : {{doNotContact, number}} à ne pas contacter, {{archived, number}} archivée, {{missing, number}} plus dans l’annuaire.',
  skipped_many:
    '{{count, number}} personnes laissées de côté : {{doNotContact, number}} à ne pas contacter, {{archived, number}} archivées, {{missing, number}} plus dans l’annuaire.',
  skipped_other:
    '{{count, number}} personnes laissées de côté : {{doNotContact, number}} à ne pas contacter, {{archived, number}} archivées, {{missing, number}} plus dans l’annuaire.',
  downloadAgain: 'Télécharger à nouveau',
};
