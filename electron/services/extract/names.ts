import { fold, keywordPattern } from './normalize';
import { findOrganisation, isOrganisationAcronym, mentionsOffice } from './organisations';
import { mentionsRegion, placeField } from './places';
import { mentionsTitle, mentionsUnit } from './titles';

export interface PersonName {
  readonly name: string;
  readonly honorific: string | null;
}

const HONORIFIC =
  /^(?:(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Mme|Mmes|Mlle|Sr|Sra|Srta|Dra|Dña|Doña|Eng)\.?|(M|Pr|Me)\.)\s+/u;
// Honorifics that are also given names ("Dona") count only before at least two more words.
const WEAK_HONORIFIC = /^(Dona)\s+(?=\S+\s+\S)/u;
// Arabic honorifics may carry the preposition of the sentence before them: "يرجى الاتصال بالسيد …".
const ARABIC_HONORIFIC = /^(?:ب|بـ|و|ل)?(السيدة|السيد|الدكتورة|الدكتور|الأستاذة|الأستاذ|المهندسة|المهندس|د\.)\s+/u;

const PARTICLES = new Set(
  'de da das do dos di del della der den van von ten ter la le du des y e bin ibn bint al el abu ben mac st. st'.split(
    ' ',
  ),
);

// Words found in the name-like lines of a block that are never part of a person's name.
const NOT_NAME_WORDS = keywordPattern([
  'tel',
  'tél',
  'phone',
  'telephone',
  'téléphone',
  'teléfono',
  'telefone',
  'mobile',
  'mob',
  'cell',
  'portable',
  'móvil',
  'celular',
  'whatsapp',
  'fax',
  'email',
  'e-mail',
  'mail',
  'courriel',
  'correo',
  'contact',
  'contacts',
  'contacto',
  'contactos',
  'contato',
  'contatos',
  'for',
  'pour',
  'para',
  'please',
  'hotline',
  'duty',
  'permanence',
  'guardia',
  'plantão',
  'switchboard',
  'standard',
  'newsroom',
  'general',
  'général',
  'enquiries',
  'inquiries',
  'mailbox',
  'website',
  'twitter',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'skype',
  'follow',
  'share',
  'print',
  'home',
  'news',
  'notes',
  'editors',
  'region',
  'région',
  'country',
  'themes',
  'posted',
  'related',
  'download',
  'photo',
  'video',
  'avenue',
  'rue',
  'route',
  'chemin',
  'street',
  'road',
  'boulevard',
  'calle',
  'rua',
  'avenida',
  'palais',
  'building',
  'floor',
  'box',
  'nations',
  'international',
  'internationale',
  'internacional',
  'committee',
  'council',
  'comité',
  'conseil',
  'fund',
  'fonds',
  'fondo',
  'fundo',
  'agency',
  'agence',
  'agencia',
  'agência',
  'programme',
  'program',
  'programa',
  'organization',
  'organisation',
  'organización',
  'organização',
  'ministry',
  'ministère',
  'ministerio',
  'ministério',
  'government',
  'gouvernement',
  'gobierno',
  'governo',
  'foundation',
  'fondation',
  'fundación',
  'fundação',
  'relief',
  'aid',
  'médecins',
  'médicos',
  'doctors',
  'monde',
  'mundo',
  'world',
  'secours',
  'solidarité',
  'solidarités',
  'association',
  'société',
  'society',
  'sociedad',
  'federation',
  'fédération',
  'federación',
  'alliance',
  'network',
  'réseau',
  'institute',
  'institut',
  'instituto',
  'university',
  'université',
  'universidad',
  'universidade',
  'children',
  'child',
  'women',
  'femmes',
  'mujeres',
  'mulheres',
  'war',
  'human',
  'rights',
  'watch',
  'global',
  'worldwide',
  'concern',
  'urgence',
  'emergency',
  'emergencia',
  'emergência',
  'منظمة',
  'المنظمة',
  'برنامج',
  'صندوق',
  'لجنة',
  'مجلس',
  'وكالة',
  'الدولية',
  'الدولي',
  'العالمي',
  'العالمية',
  'الإقليمي',
  'الإقليمية',
  'الوطني',
  'الوطنية',
  'جمعية',
  'الهلال',
  'الصليب',
  'الأحمر',
  'الإنسانية',
  'الإنساني',
  'الشؤون',
  'المهاجرين',
  'الهجرة',
  'الطفولة',
  'الغذاء',
  'الأغذية',
  'الصحة',
  'وزارة',
  'حكومة',
  'قسم',
  'وحدة',
  'فريق',
  'إدارة',
  'شعبة',
  'الإعلام',
  'العلاقات',
  'الخارجية',
  'الرسمي',
  'الرسمية',
  'حول',
  'قطاع',
  'مدينة',
  'محافظة',
  'مخيم',
  'الصحفي',
  'الصحفية',
  'المكتب',
  'الطوارئ',
  'رقم',
  'refugee',
  'refugees',
  'réfugiés',
  'refugiados',
  'migration',
  'migrations',
  'migraciones',
  'migrações',
  'regional',
  'national',
  'nacional',
  'centre',
  'center',
  'centro',
  'هاتف',
  'الهاتف',
  'جوال',
  'البريد',
  'الإلكتروني',
  'بريد',
  'فاكس',
  'في',
  'من',
  'مع',
  'إلى',
  'على',
  'عن',
  'باسم',
  'لدى',
  'لمزيد',
  'المعلومات',
  'يرجى',
  'التواصل',
  'الاتصال',
  'واتساب',
  'للاستفسارات',
  'لشؤون',
  'اللاجئين',
  'الأمم',
  'المتحدة',
]);

const INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;
// "De Backer", "N’Diaye", "O'Brien", "d'Almeida", "al-Hassan", "Jean-Pierre", "DUPONT".
const NAME_WORD = /^(?:[dDlLO]['’])?(?:(?:al|el|Al|El|ul|bin|ibn|Abu|Abd)-)?\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*$/u;

function isNameWord(word: string): boolean {
  if (!NAME_WORD.test(word)) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const allCaps = letters === letters.toUpperCase();
  return !(allCaps && isOrganisationAcronym(word));
}

function latinName(text: string, hasHonorific: boolean): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6) return false;
  let real = 0;
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase();
    const isLast = i === words.length - 1;
    if (INITIAL.test(word)) {
      if (isLast) return false;
      continue;
    }
    if (PARTICLES.has(lower) && (i > 0 || hasHonorific) && !isLast) continue;
    if (!isNameWord(word)) return false;
    real += 1;
  }
  return real >= (hasHonorific ? 1 : 2);
}

function arabicName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((word) => /^\p{Script=Arabic}{2,}$/u.test(word));
}

function looksLikeSomethingElse(text: string): boolean {
  return (
    NOT_NAME_WORDS.test(fold(text)) ||
    mentionsTitle(text) ||
    mentionsUnit(text) ||
    mentionsOffice(text) ||
    findOrganisation(text) !== null ||
    placeField(text) !== null ||
    mentionsRegion(text)
  );
}

/** Reads a person's name, with its honorific kept apart; null for anything else (a team, a title, a place). */
export function parsePersonName(field: string): PersonName | null {
  let text = field
    .replace(/^["“«*_\s]+|["”»*_\s]+$/g, '')
    .replace(/[.,:;]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  let honorific: string | null = null;
  const match = HONORIFIC.exec(text) ?? WEAK_HONORIFIC.exec(text) ?? ARABIC_HONORIFIC.exec(text);
  if (match) {
    honorific = (match[1] ?? match[2] ?? match[0]).trim();
    if (match[0].trimEnd().endsWith('.') && !honorific.endsWith('.')) honorific += '.';
    text = text.slice(match[0].length).trim();
  }
  if (text === '' || /\d|@/.test(text) || looksLikeSomethingElse(text)) return null;
  const ok = /\p{Script=Arabic}/u.test(text)
    ? arabicName(text) || (honorific !== null && !/\s/.test(text))
    : latinName(text, honorific !== null);
  return ok ? { name: text, honorific } : null;
}
