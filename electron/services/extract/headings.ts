import { foldWithMap, originalSlice } from './normalize';

export interface HeadingMatch {
  /** The heading as written. */
  readonly heading: string;
  readonly language: string | null;
  /** Whatever follows the heading on its line: often the first contact ("…please contact Dr. X at IOM Egypt."). */
  readonly rest: string;
}

// Patterns are written against folded text: lower case, no accents or Arabic diacritics, apostrophes as '.
const SUBJECT = '[^:\\n]{0,120}?';
const EN_INTRO =
  '(?:for|to obtain|to get) (?:further|more|additional|any further|any additional) (?:information|info|details)';
const EN_VERB =
  '(?:please\\s+)?(?:do not hesitate to\\s+)?(?:contact|call|e-?mail|get in touch with|reach out to|reach|write to|speak (?:to|with))';
const FR_INTRO =
  "pour (?:en savoir plus|plus d'\\s?informations?|(?:de )?plus amples informations?|toute (?:autre )?(?:information|demande)(?: complementaire| d'information)?(?: des medias| media)?|obtenir (?:plus d'informations?|de plus amples informations?)|plus de (?:details|precisions)|les demandes (?:des medias|d'interviews?|d'entretiens?))";
const FR_VERB =
  "(?:(?:veuillez|merci de|priere de|vous pouvez|n'hesitez pas a)\\s+)?(?:contacter|contactez|joindre|vous adresser a|s'adresser a|adressez-vous a|ecrire a|ecrivez a|appeler|appelez)";
const ES_INTRO =
  '(?:para|por) (?:mas|mayor(?:es)?|obtener mas|obtener mayor|cualquier) (?:informacion|informaciones|detalles|info|consulta)';
const ES_VERB =
  '(?:(?:por favor|favor de|le rogamos|les rogamos|puede|pueden|sirvase)\\s+)?(?:contact(?:e|ar|en|arse|ese)|comuniquese|comunicarse|pongase en contacto|ponerse en contacto|dirigirse|dirijase|escribir|escriba|llamar|llame)(?:\\s+(?:a|con))?';
const PT_INTRO = '(?:para )?(?:mais|maiores|obter mais) (?:informacoes|informacao|detalhes)';
const PT_VERB =
  '(?:(?:por favor|favor|queira|pode|podem)\\s+)?(?:contat(?:e|ar)|contact(?:e|ar)|entre em conta(?:c)?to|entrar em conta(?:c)?to|fale|falar|ligue|ligar|escreva|escrever)(?:\\s+(?:com|a|para|o|os))?';
const AR_INTRO = '(?:و?لل?مزيد من المعلومات|للحصول على (?:مزيد من|المزيد من) المعلومات)';
const AR_VERB = '(?:(?:يرجى|يرجي|الرجاء|يمكنكم|يمكن|نرجو)\\s+)?(?:التواصل|الاتصال)(?:\\s+(?:مع|بـ|ب))?';
// The WFP heading carries its address pattern: "please contact (email address: firstname.lastname@wfp.org):".
const TAIL = '(?:\\s*\\([^()]*\\))?\\s*[:：.]?';
const END = '\\s*(?:[:：]|$)';

const PATTERNS: ReadonlyArray<readonly [string | null, RegExp]> = [
  ['en', new RegExp(`^${EN_INTRO}\\b${SUBJECT}(?:,\\s*|\\s+)${EN_VERB}\\b${TAIL}`, 'u')],
  ['en', new RegExp(`^${EN_INTRO}${END}`, 'u')],
  [
    'en',
    new RegExp(
      `^(?:for|to arrange|to request|to set up|to schedule) (?:an? )?(?:(?:media|press) (?:enquiries|inquiries|queries|requests|interviews?)|interviews?(?: requests?)?)\\b${SUBJECT}(?:(?:,\\s*|\\s+)${EN_VERB}\\b${TAIL}|${END})`,
      'u',
    ),
  ],
  [
    'en',
    new RegExp(
      `^(?:(?:media|press|news) (?:contacts?|enquiries|inquiries|queries)(?: (?:information|details))?|contacts? (?:for|with) (?:the )?(?:media|press|journalists))(?:(?:,\\s*|\\s+)${EN_VERB}\\b${TAIL}|${END})`,
      'u',
    ),
  ],
  ['fr', new RegExp(`^${FR_INTRO}\\b${SUBJECT}(?:,\\s*|\\s+)${FR_VERB}\\b${TAIL}`, 'u')],
  ['fr', new RegExp(`^${FR_INTRO}${END}`, 'u')],
  [
    'fr',
    new RegExp(
      `^(?:contacts? (?:presse|medias?|avec les medias|pour (?:la presse|les medias|les journalistes))|relations? (?:presse|medias))${END}`,
      'u',
    ),
  ],
  ['es', new RegExp(`^${ES_INTRO}\\b${SUBJECT}(?:,\\s*|\\s+)${ES_VERB}\\b${TAIL}`, 'u')],
  ['es', new RegExp(`^${ES_INTRO}${END}`, 'u')],
  [
    'es',
    new RegExp(
      `^(?:contactos? (?:(?:para|con|de) )?(?:los )?(?:medios(?: de comunicacion)?|prensa)|(?:para|por) (?:consultas|solicitudes) de (?:los )?(?:medios|prensa|entrevistas)(?:(?:,\\s*|\\s+)${ES_VERB}\\b)?)${END}`,
      'u',
    ),
  ],
  ['pt', new RegExp(`^${PT_INTRO}\\b${SUBJECT}(?:,\\s*|\\s+)${PT_VERB}\\b${TAIL}`, 'u')],
  ['pt', new RegExp(`^${PT_INTRO}${END}`, 'u')],
  [
    'pt',
    new RegExp(
      `^(?:conta(?:c)?tos? (?:(?:para|de|com) )?(?:a |os |o )?(?:imprensa|midia|media|jornalistas|comunicacao social)|assessoria de (?:imprensa|comunicacao)|(?:mais )?informacoes (?:para|a) (?:a )?imprensa|atendimento a imprensa)${END}`,
      'u',
    ),
  ],
  ['ar', new RegExp(`^${AR_INTRO}(?:\\s+(?:حول|عن|بشان)${SUBJECT})?(?:[،,]?\\s*${AR_VERB})?${TAIL}`, 'u')],
  [
    'ar',
    new RegExp(
      `^(?:(?:جهات|جهة) (?:ال)?اتصال(?: (?:ال)?اعلامية| لوسائل الاعلام| للاعلام)?|للتواصل(?: الاعلامي| مع وسائل الاعلام)?|للاستفسارات(?: الاعلامية)?)${END}`,
      'u',
    ),
  ],
  [null, /^(?:contacts?|contactos?|contatos?)\s*[:：]/u],
];

const DECORATION = /^[\s#>*_•·\-–—]*/u;

// Where a sentence may start inside a paragraph: "…the report said. For more information, please contact X, …".
const SENTENCE_START = /[.!?»"”]\s+(?=\S)/gu;

/**
 * A heading that opens a later sentence of a paragraph, for releases that run the contact sentence on at the end
 * of their last paragraph.
 */
export function matchHeadingInside(line: string): HeadingMatch | null {
  for (const boundary of line.matchAll(SENTENCE_START)) {
    const found = matchHeading(line.slice(boundary.index + boundary[0].length));
    if (found?.rest) return found;
  }
  return null;
}

// Every heading starts with one of these words; other lines are not worth the full patterns.
const FIRST_WORD =
  /^(?:for|to|media|press|news|contacts?|pour|relations?|para|por|mais|maiores|obter|assessoria|informa|atendimento|conta|و?لل?مزيد|للحصول|جه|للتواصل|للاستفسار)/iu;

/** The contact-block heading a line starts with, in English, French, Spanish, Portuguese or Arabic. */
export function matchHeading(line: string): HeadingMatch | null {
  const start = DECORATION.exec(line)?.[0].length ?? 0;
  const body = line.slice(start).replace(/[*_]+/g, (m) => ' '.repeat(m.length));
  if (!FIRST_WORD.test(body.trimStart())) return null;
  const folded = foldWithMap(body);
  for (const [language, pattern] of PATTERNS) {
    const match = pattern.exec(folded.text);
    if (!match || match[0].trim() === '') continue;
    const heading = originalSlice(body, folded, 0, match[0].length).trim();
    const restStart = match[0].length === 0 ? 0 : (folded.map[match[0].length - 1] ?? 0) + 1;
    return { heading, language, rest: body.slice(restStart).trim() };
  }
  return null;
}

const STOP =
  /^(?:#{2,}|\*{3,}|-{3,}|_{3,}|={3,}|~{3,}|-*\s*(?:ends?|fin|fim|end of (?:press )?release|fin du communique|fin del comunicado)\s*-*$|(?:notes? (?:to|for) (?:the )?editors?|editor'?s notes?|note aux redactions|notes? (?:a|aux) (?:l'intention des )?redac|nota(?:s)? (?:para|a|aos|a los) (?:los |os )?(?:editores|redactores|redatores|redacoes|editor)|posted\b|publie le|publicado (?:el|em)|share this|partager|compartir|compartilhar|related\b|voir aussi|ver tambien|veja tambem|tags?\s*:|themes?\s*:|region-country|download\b|telecharger|descargar|follow us|suivez-nous|siganos|siga-nos|copyright|all rights reserved|tous droits reserves|©|ملاحظات? للمحررين|ملاحظة الى المحررين))/u;
const ABOUT = /^(?:about|a propos d[eu']|acerca del?|sobre (?:el|la|a|o|os)?|نبذة عن|حول)\s*\S.{0,60}$/u;

/** A line that ends any contact block above it: an end mark, notes to editors, "About UNICEF", page chrome. */
export function isStopLine(line: string): boolean {
  const folded = foldWithMap(line).text.trim();
  const body = folded.replace(DECORATION, '');
  return STOP.test(folded) || STOP.test(body) || (ABOUT.test(body) && body.split(/\s+/).length <= 6);
}
