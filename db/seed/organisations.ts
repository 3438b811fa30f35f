import { frIn, type City, type Country, type Names } from './geography';
import type { Culture } from './people';

export type OrganisationKind = 'own' | 'un_agency' | 'ngo' | 'government' | 'media' | 'other';

/** How a person's address is built on the organisation's domain: jdoe@, john.doe@ or doe@. */
export type EmailStyle = 'flast' | 'first.last' | 'last';

export interface OrganisationSpec {
  readonly key: string;
  readonly kind: OrganisationKind;
  readonly name: Names;
  readonly acronym: Partial<Names>;
  /** The short form used inside office names, per language: IOM / OIM / OIM. */
  readonly short: Names;
  /** "of the organisation" as it sits after a noun: "de l’OIM", "de la OIM", "للمنظمة الدولية للهجرة". */
  readonly of: { readonly fr: string; readonly es: string; readonly ar?: string };
  readonly website: string;
  readonly domain: string;
  readonly emailStyle: EmailStyle;
  readonly hq: string;
  readonly hqAddress?: string;
  readonly regional?: readonly string[];
  /** Offices that are neither geographic nor liaison (MSF's operational centres). */
  readonly centres?: readonly string[];
  readonly liaison?: readonly string[];
  /** Country offices (in the capital) by ISO code. */
  readonly countries?: readonly string[];
  readonly subOffices?: readonly string[];
  /** A media outlet's bureaus. */
  readonly bureaus?: readonly string[];
  /** Office names that follow no pattern ("ICMC Europe"), by city. */
  readonly namedOffices?: Readonly<Record<string, Names>>;
  /** ICRC has delegations, not offices. */
  readonly vocabulary?: 'delegation';
  readonly topics: readonly string[];
  /** Cultures over-represented among its staff (a Spanish daily's correspondents). */
  readonly staff?: Readonly<Partial<Record<Culture, number>>>;
}

const HUMANITARIAN_TOPICS = ['emergency response', 'displacement', 'protection', 'climate', 'health'];

export const ORGANISATIONS: readonly OrganisationSpec[] = [
  {
    key: 'iom',
    kind: 'own',
    name: {
      en: 'International Organization for Migration',
      fr: 'Organisation internationale pour les migrations',
      es: 'Organización Internacional para las Migraciones',
      ar: 'المنظمة الدولية للهجرة',
    },
    acronym: { en: 'IOM', fr: 'OIM', es: 'OIM' },
    short: { en: 'IOM', fr: 'OIM', es: 'OIM', ar: 'المنظمة الدولية للهجرة' },
    of: { fr: 'de l’OIM', es: 'de la OIM', ar: 'للمنظمة الدولية للهجرة' },
    website: 'https://www.iom.int',
    domain: 'iom.int',
    emailStyle: 'flast',
    hq: 'geneve',
    hqAddress: '17 route des Morillons, 1218 Le Grand-Saconnex',
    regional: ['bruxelles', 'vienne', 'dakar', 'nairobi', 'lecaire', 'bangkok', 'sanjose', 'buenosaires'],
    liaison: ['newyork', 'washington', 'berlin'],
    countries: ['IT', 'GR', 'ES', 'UA', 'MD', 'TR', 'SN', 'ML', 'NE', 'NG', 'TD', 'CD', 'BF', 'CI', 'MR', 'KE', 'ET', 'SO', 'DJ', 'SS', 'SD', 'EG', 'LY', 'TN', 'MA', 'YE', 'IQ', 'JO', 'LB', 'TH', 'BD', 'AF', 'PK', 'ID', 'PH', 'MM', 'MX', 'GT', 'CO', 'PE', 'EC', 'HT', 'PA'],
    subOffices: ['agadez', 'mopti', 'maiduguri', 'goma', 'gambela', 'hargeisa', 'aden', 'erbil', 'coxsbazar', 'tapachula', 'cucuta', 'gaziantep', 'odessa', 'lampedusa'],
    topics: ['migration', 'labour migration', 'counter-trafficking', 'returns', 'border management', 'remittances', ...HUMANITARIAN_TOPICS],
  },
  {
    key: 'unhcr',
    kind: 'un_agency',
    name: {
      en: 'Office of the United Nations High Commissioner for Refugees',
      fr: 'Haut Commissariat des Nations Unies pour les réfugiés',
      es: 'Alto Comisionado de las Naciones Unidas para los Refugiados',
      ar: 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين',
    },
    acronym: { en: 'UNHCR', fr: 'HCR', es: 'ACNUR', ar: 'المفوضية' },
    short: { en: 'UNHCR', fr: 'HCR', es: 'ACNUR', ar: 'المفوضية' },
    of: { fr: 'du HCR', es: 'del ACNUR', ar: 'للمفوضية' },
    website: 'https://www.unhcr.org',
    domain: 'unhcr.org',
    emailStyle: 'last',
    hq: 'geneve',
    hqAddress: 'Case postale 2500, 1211 Genève 2',
    regional: ['bruxelles', 'dakar', 'nairobi', 'amman', 'bangkok', 'panama'],
    liaison: ['newyork', 'washington', 'tokyo'],
    countries: ['FR', 'IT', 'GR', 'ES', 'UA', 'MD', 'TR', 'PL', 'HU', 'SN', 'ML', 'NE', 'NG', 'TD', 'CM', 'CD', 'CF', 'BF', 'KE', 'ET', 'SO', 'DJ', 'SS', 'SD', 'UG', 'RW', 'EG', 'LY', 'TN', 'MA', 'DZ', 'YE', 'IQ', 'JO', 'LB', 'SY', 'BD', 'AF', 'PK', 'MY', 'TH', 'MM', 'CO', 'VE', 'EC', 'PE', 'MX', 'GT', 'HN', 'SV', 'CR', 'BR'],
    subOffices: ['agadez', 'goma', 'kakuma', 'gambela', 'hargeisa', 'aden', 'erbil', 'coxsbazar', 'tapachula', 'cucuta', 'gaziantep', 'portsoudan', 'lesbos'],
    topics: ['refugees', 'asylum', 'resettlement', 'statelessness', ...HUMANITARIAN_TOPICS],
  },
  {
    key: 'icrc',
    kind: 'other',
    name: {
      en: 'International Committee of the Red Cross',
      fr: 'Comité international de la Croix-Rouge',
      es: 'Comité Internacional de la Cruz Roja',
      ar: 'اللجنة الدولية للصليب الأحمر',
    },
    acronym: { en: 'ICRC', fr: 'CICR', es: 'CICR' },
    short: { en: 'ICRC', fr: 'CICR', es: 'CICR', ar: 'اللجنة الدولية للصليب الأحمر' },
    of: { fr: 'du CICR', es: 'del CICR', ar: 'للجنة الدولية للصليب الأحمر' },
    website: 'https://www.icrc.org',
    domain: 'icrc.org',
    emailStyle: 'flast',
    hq: 'geneve',
    hqAddress: '19 avenue de la Paix, 1202 Genève',
    regional: ['dakar', 'nairobi', 'beyrouth', 'bangkok', 'mexico'],
    liaison: ['newyork', 'bruxelles', 'paris'],
    countries: ['ML', 'NE', 'NG', 'CD', 'CF', 'TD', 'BF', 'ET', 'SO', 'SS', 'SD', 'UG', 'SY', 'YE', 'IQ', 'LY', 'AF', 'PK', 'MM', 'BD', 'CO', 'VE', 'HT', 'UA'],
    subOffices: ['goma', 'aden', 'erbil', 'gambela', 'maiduguri', 'hargeisa'],
    vocabulary: 'delegation',
    topics: ['international humanitarian law', 'detention', 'missing persons', 'water and sanitation', ...HUMANITARIAN_TOPICS],
  },
  {
    key: 'wfp',
    kind: 'un_agency',
    name: {
      en: 'World Food Programme',
      fr: 'Programme alimentaire mondial',
      es: 'Programa Mundial de Alimentos',
      ar: 'برنامج الأغذية العالمي',
    },
    acronym: { en: 'WFP', fr: 'PAM', es: 'PMA' },
    short: { en: 'WFP', fr: 'PAM', es: 'PMA', ar: 'برنامج الأغذية العالمي' },
    of: { fr: 'du PAM', es: 'del PMA', ar: 'لبرنامج الأغذية العالمي' },
    website: 'https://www.wfp.org',
    domain: 'wfp.org',
    emailStyle: 'first.last',
    hq: 'rome',
    hqAddress: 'Via Cesare Giulio Viola 68/70, 00148 Roma',
    regional: ['dakar', 'nairobi', 'lecaire', 'bangkok', 'panama'],
    liaison: ['newyork', 'washington', 'bruxelles', 'berlin', 'tokyo'],
    countries: ['NE', 'ML', 'BF', 'TD', 'NG', 'CM', 'CD', 'CF', 'MR', 'ET', 'SO', 'SS', 'SD', 'KE', 'UG', 'DJ', 'YE', 'SY', 'LB', 'JO', 'IQ', 'LY', 'AF', 'BD', 'MM', 'PK', 'PH', 'HT', 'CO', 'GT', 'HN', 'VE', 'UA'],
    subOffices: ['coxsbazar', 'goma', 'aden', 'gambela', 'maiduguri'],
    topics: ['food security', 'nutrition', 'cash assistance', 'logistics', ...HUMANITARIAN_TOPICS],
  },
  {
    key: 'unicef',
    kind: 'un_agency',
    name: {
      en: 'United Nations Children’s Fund',
      fr: 'Fonds des Nations Unies pour l’enfance',
      es: 'Fondo de las Naciones Unidas para la Infancia',
      ar: 'منظمة الأمم المتحدة للطفولة',
    },
    acronym: { en: 'UNICEF', fr: 'UNICEF', es: 'UNICEF', ar: 'يونيسف' },
    short: { en: 'UNICEF', fr: 'UNICEF', es: 'UNICEF', ar: 'منظمة الأمم المتحدة للطفولة' },
    of: { fr: 'de l’UNICEF', es: 'de UNICEF', ar: 'لمنظمة الأمم المتحدة للطفولة' },
    website: 'https://www.unicef.org',
    domain: 'unicef.org',
    emailStyle: 'flast',
    hq: 'newyork',
    hqAddress: '3 United Nations Plaza, New York, NY 10017',
    regional: ['geneve', 'dakar', 'nairobi', 'amman', 'bangkok', 'panama'],
    liaison: ['bruxelles', 'tokyo'],
    countries: ['UA', 'MD', 'TR', 'GR', 'SN', 'ML', 'NE', 'NG', 'TD', 'CD', 'CF', 'BF', 'CM', 'ET', 'SO', 'SS', 'SD', 'KE', 'UG', 'RW', 'YE', 'SY', 'LB', 'JO', 'IQ', 'LY', 'EG', 'AF', 'BD', 'MM', 'PK', 'NP', 'PH', 'ID', 'HT', 'CO', 'VE', 'MX', 'GT', 'HN'],
    subOffices: ['goma', 'coxsbazar', 'aden', 'erbil', 'hargeisa', 'tapachula', 'cucuta', 'maiduguri'],
    topics: ['child protection', 'education', 'nutrition', 'vaccination', 'water and sanitation', ...HUMANITARIAN_TOPICS],
  },
  {
    key: 'ocha',
    kind: 'un_agency',
    name: {
      en: 'United Nations Office for the Coordination of Humanitarian Affairs',
      fr: 'Bureau de la coordination des affaires humanitaires des Nations Unies',
      es: 'Oficina de las Naciones Unidas para la Coordinación de Asuntos Humanitarios',
      ar: 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية',
    },
    acronym: { en: 'OCHA', fr: 'OCHA', es: 'OCHA' },
    short: { en: 'OCHA', fr: 'OCHA', es: 'OCHA', ar: 'مكتب تنسيق الشؤون الإنسانية' },
    of: { fr: 'd’OCHA', es: 'de OCHA', ar: 'لمكتب تنسيق الشؤون الإنسانية' },
    website: 'https://www.unocha.org',
    domain: 'un.org',
    emailStyle: 'last',
    hq: 'newyork',
    regional: ['dakar', 'nairobi', 'amman', 'bangkok', 'panama'],
    liaison: ['geneve', 'bruxelles'],
    countries: ['ML', 'NE', 'NG', 'TD', 'BF', 'CD', 'CF', 'CM', 'ET', 'SO', 'SS', 'SD', 'YE', 'SY', 'IQ', 'LY', 'AF', 'MM', 'HT', 'CO', 'VE', 'UA'],
    subOffices: ['goma', 'maiduguri', 'aden', 'gaziantep'],
    topics: ['humanitarian access', 'coordination', 'humanitarian funding', ...HUMANITARIAN_TOPICS],
  },
  {
    key: 'icmc',
    kind: 'ngo',
    name: {
      en: 'International Catholic Migration Commission',
      fr: 'Commission internationale catholique pour les migrations',
      es: 'Comisión Católica Internacional de Migración',
    },
    acronym: { en: 'ICMC', fr: 'CICM', es: 'CCIM' },
    short: { en: 'ICMC', fr: 'CICM', es: 'CCIM' },
    of: { fr: 'de la CICM', es: 'de la CCIM' },
    website: 'https://www.icmc.net',
    domain: 'icmc.net',
    emailStyle: 'last',
    hq: 'geneve',
    regional: ['bruxelles'],
    liaison: ['washington'],
    countries: ['LB', 'JO', 'TR', 'MY', 'PK', 'GR'],
    namedOffices: { bruxelles: { en: 'ICMC Europe', fr: 'CICM Europe', es: 'CCIM Europa' } },
    topics: ['resettlement', 'migration', 'refugees', 'integration', 'protection'],
  },
  {
    key: 'msf',
    kind: 'ngo',
    name: {
      en: 'Doctors Without Borders',
      fr: 'Médecins Sans Frontières',
      es: 'Médicos Sin Fronteras',
      ar: 'أطباء بلا حدود',
    },
    acronym: { en: 'MSF', fr: 'MSF', es: 'MSF' },
    short: { en: 'MSF', fr: 'MSF', es: 'MSF', ar: 'أطباء بلا حدود' },
    of: { fr: 'de MSF', es: 'de MSF', ar: 'لمنظمة أطباء بلا حدود' },
    website: 'https://www.msf.org',
    domain: 'msf.org',
    emailStyle: 'first.last',
    hq: 'geneve',
    centres: ['bruxelles', 'paris', 'amsterdam', 'barcelone'],
    countries: ['CD', 'CF', 'SS', 'SD', 'ET', 'SO', 'KE', 'NE', 'ML', 'NG', 'TD', 'BF', 'CM', 'YE', 'SY', 'LB', 'IQ', 'AF', 'PK', 'BD', 'MM', 'HT', 'VE', 'UA', 'LY', 'GR'],
    subOffices: ['goma', 'coxsbazar', 'aden', 'maiduguri', 'lesbos'],
    topics: ['health', 'epidemics', 'mental health', 'malnutrition', 'surgery', 'migration'],
  },
  {
    key: 'afp',
    kind: 'media',
    name: { en: 'Agence France-Presse', fr: 'Agence France-Presse', es: 'Agence France-Presse', ar: 'وكالة فرانس برس' },
    acronym: { en: 'AFP', fr: 'AFP', es: 'AFP' },
    short: { en: 'AFP', fr: 'AFP', es: 'AFP', ar: 'وكالة فرانس برس' },
    of: { fr: 'de l’AFP', es: 'de la AFP', ar: 'لوكالة فرانس برس' },
    website: 'https://www.afp.com',
    domain: 'afp.com',
    emailStyle: 'first.last',
    hq: 'paris',
    bureaus: ['geneve', 'bruxelles', 'londres', 'dakar', 'abidjan', 'nairobi', 'lecaire', 'beyrouth', 'bangkok', 'manille', 'mexico', 'bogota', 'washington', 'newyork'],
    topics: ['migration', 'conflict', 'climate', 'politics', 'health', 'human rights'],
    staff: { french: 40 },
  },
  {
    key: 'reuters',
    kind: 'media',
    name: { en: 'Reuters', fr: 'Reuters', es: 'Reuters' },
    acronym: {},
    short: { en: 'Reuters', fr: 'Reuters', es: 'Reuters' },
    of: { fr: 'de Reuters', es: 'de Reuters' },
    website: 'https://www.reuters.com',
    domain: 'thomsonreuters.com',
    emailStyle: 'first.last',
    hq: 'londres',
    bureaus: ['geneve', 'bruxelles', 'paris', 'dakar', 'nairobi', 'lecaire', 'beyrouth', 'bangkok', 'newdelhi', 'mexico', 'washington', 'newyork'],
    topics: ['migration', 'conflict', 'economy', 'climate', 'politics', 'health'],
    staff: { english: 30 },
  },
  {
    key: 'rfi',
    kind: 'media',
    name: { en: 'Radio France Internationale', fr: 'Radio France Internationale', es: 'Radio France Internationale', ar: 'إذاعة فرنسا الدولية' },
    acronym: { en: 'RFI', fr: 'RFI', es: 'RFI' },
    short: { en: 'RFI', fr: 'RFI', es: 'RFI', ar: 'إذاعة فرنسا الدولية' },
    of: { fr: 'de RFI', es: 'de RFI', ar: 'لإذاعة فرنسا الدولية' },
    website: 'https://www.rfi.fr',
    domain: 'rfi.fr',
    emailStyle: 'first.last',
    hq: 'paris',
    bureaus: ['dakar', 'abidjan', 'bamako', 'kinshasa', 'nairobi', 'bruxelles', 'geneve', 'beyrouth'],
    topics: ['Africa', 'migration', 'conflict', 'politics', 'human rights'],
    staff: { french: 50, westafrica: 20 },
  },
  {
    key: 'aljazeera',
    kind: 'media',
    name: { en: 'Al Jazeera', fr: 'Al Jazeera', es: 'Al Jazeera', ar: 'الجزيرة' },
    acronym: {},
    short: { en: 'Al Jazeera', fr: 'Al Jazeera', es: 'Al Jazeera', ar: 'الجزيرة' },
    of: { fr: 'd’Al Jazeera', es: 'de Al Jazeera', ar: 'لقناة الجزيرة' },
    website: 'https://www.aljazeera.com',
    domain: 'aljazeera.net',
    emailStyle: 'first.last',
    hq: 'doha',
    bureaus: ['beyrouth', 'amman', 'nairobi', 'londres', 'washington', 'kaboul', 'islamabad', 'geneve'],
    topics: ['Middle East', 'conflict', 'migration', 'human rights', 'politics'],
    staff: { arabic: 40, maghreb: 15, english: 15 },
  },
  {
    key: 'elpais',
    kind: 'media',
    name: { en: 'El País', fr: 'El País', es: 'El País' },
    acronym: {},
    short: { en: 'El País', fr: 'El País', es: 'El País' },
    of: { fr: 'd’El País', es: 'de El País' },
    website: 'https://elpais.com',
    domain: 'elpais.es',
    emailStyle: 'flast',
    hq: 'madrid',
    bureaus: ['bruxelles', 'paris', 'mexico', 'bogota', 'buenosaires', 'washington', 'beyrouth'],
    topics: ['migration', 'Latin America', 'politics', 'climate', 'human rights'],
    staff: { spanish: 60, latam: 20 },
  },
  {
    key: 'lemonde',
    kind: 'media',
    name: { en: 'Le Monde', fr: 'Le Monde', es: 'Le Monde' },
    acronym: {},
    short: { en: 'Le Monde', fr: 'Le Monde', es: 'Le Monde' },
    of: { fr: 'du Monde', es: 'de Le Monde' },
    website: 'https://www.lemonde.fr',
    domain: 'lemonde.fr',
    emailStyle: 'last',
    hq: 'paris',
    bureaus: ['bruxelles', 'geneve', 'dakar', 'beyrouth', 'washington'],
    topics: ['migration', 'Africa', 'politics', 'climate', 'international'],
    staff: { french: 60 },
  },
];

export type OfficeKind = 'hq' | 'regional' | 'country' | 'sub_office' | 'liaison' | 'other';

interface Wording {
  readonly en: string;
  readonly fr: string;
  readonly es: string;
  /** Arabic puts the organisation after the noun with "li-" (المكتب الإقليمي للمنظمة …) or in construct (مكتب المفوضية). */
  readonly ar: ((o: OrganisationSpec) => string | undefined) | null;
}

const arOf = (noun: string) => (o: OrganisationSpec) => o.of.ar && `${noun} ${o.of.ar}`;

const WORDINGS: Readonly<Record<'regional' | 'sub_office' | 'liaison' | 'other', Wording>> = {
  regional: { en: 'Regional Office', fr: 'Bureau régional', es: 'Oficina Regional', ar: arOf('المكتب الإقليمي') },
  sub_office: { en: 'Sub-Office', fr: 'Sous-bureau', es: 'Suboficina', ar: arOf('المكتب الفرعي') },
  liaison: { en: 'Office', fr: 'Bureau', es: 'Oficina', ar: (o) => o.short.ar && `مكتب ${o.short.ar}` },
  other: { en: 'Operational Centre', fr: 'Centre opérationnel', es: 'Centro Operacional', ar: null },
};

const DELEGATION_WORDINGS: Readonly<Partial<Record<keyof typeof WORDINGS, Wording>>> = {
  regional: {
    en: 'Regional Delegation',
    fr: 'Délégation régionale',
    es: 'Delegación Regional',
    ar: arOf('البعثة الإقليمية'),
  },
  sub_office: { en: 'Sub-Delegation', fr: 'Sous-délégation', es: 'Subdelegación', ar: arOf('البعثة الفرعية') },
};

const withArabic = (base: Names, ar: string | undefined): Names => (ar ? { ...base, ar } : base);

/**
 * The office's name in each language the organisation and the place can both be named in:
 * "IOM Regional Office in Brussels" / "Bureau régional de l’OIM à Bruxelles" / "Oficina Regional de la OIM en Bruselas".
 */
export function officeName(o: OrganisationSpec, kind: OfficeKind, city: City, country: Country): Names {
  const named = o.namedOffices?.[city.key];
  if (named && kind !== 'hq') return named;
  if (kind === 'hq') {
    return withArabic(
      { en: `${o.short.en} Headquarters`, fr: `Siège ${o.of.fr}`, es: `Sede ${o.of.es}` },
      o.of.ar && `المقر الرئيسي ${o.of.ar}`,
    );
  }
  if (kind === 'country' && o.kind === 'media') {
    return withArabic(
      {
        en: `${o.short.en} ${city.name.en} Bureau`,
        fr: `Bureau ${o.of.fr} ${frIn(city)}`,
        es: `Delegación ${o.of.es} en ${city.name.es}`,
      },
      o.short.ar && city.name.ar && `مكتب ${o.short.ar} في ${city.name.ar}`,
    );
  }
  if (kind === 'country') {
    const ar = o.vocabulary === 'delegation' ? o.short.ar && `بعثة ${o.short.ar}` : arOf('المكتب القطري')(o);
    return withArabic(
      { en: `${o.short.en} ${country.name.en}`, fr: `${o.short.fr} ${country.name.fr}`, es: `${o.short.es} ${country.name.es}` },
      ar && country.name.ar && `${ar} في ${country.name.ar}`,
    );
  }
  const w = (o.vocabulary === 'delegation' ? DELEGATION_WORDINGS[kind] : undefined) ?? WORDINGS[kind];
  const ar = w.ar?.(o);
  return withArabic(
    {
      en: `${o.short.en} ${w.en} in ${city.name.en}`,
      fr: `${w.fr} ${o.of.fr} ${frIn(city)}`,
      es: `${w.es} ${o.of.es} en ${city.name.es}`,
    },
    ar && city.name.ar && `${ar} في ${city.name.ar}`,
  );
}
