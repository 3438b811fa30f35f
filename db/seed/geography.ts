/** Where the demo directory's offices are: regions, countries (ISO 3166-1) and cities with their names per language. */

export interface Names {
  readonly en: string;
  readonly fr: string;
  readonly es: string;
  readonly ar?: string;
}

export type RegionKey = 'europe' | 'wca' | 'ehoa' | 'mena' | 'asia' | 'americas';

export interface Country {
  readonly code: string;
  readonly region: RegionKey;
  readonly name: Names;
  /** The national trunk prefix people dial before an area code ("022 …"), or null where there is none. */
  readonly trunk: string | null;
  /**
   * Mobile numbers as national significant numbers, grouped the way they are written: `#` is any digit, `%` a
   * digit from 2 to 9. Every generated number is still checked with libphonenumber before it is kept.
   */
  readonly mobile: readonly string[];
}

export interface City {
  readonly key: string;
  readonly country: string;
  readonly name: Names;
  /** IANA time zone. */
  readonly timeZone: string;
  /** Landline numbers in this city, same notation as `Country.mobile`; null where only mobiles are used. */
  readonly fixed: string | null;
  /** French "in <city>" where it is not "à <city>" ("au Caire"). */
  readonly frIn?: string;
}

const names = ([fr, en, es, ar]: readonly [string, string, string, string?]): Names =>
  ar === undefined ? { fr, en, es } : { fr, en, es, ar };

const country = (
  code: string,
  region: RegionKey,
  name: readonly [string, string, string, string?],
  trunk: string | null,
  mobile: readonly string[],
): Country => ({ code, region, name: names(name), trunk, mobile });

const city = (
  key: string,
  countryCode: string,
  name: readonly [string, string, string, string?],
  timeZone: string,
  fixed: string | null,
  frIn?: string,
): City => ({ key, country: countryCode, name: names(name), timeZone, fixed, ...(frIn ? { frIn } : {}) });

export const REGIONS: Readonly<Record<RegionKey, Names>> = {
  europe: names(['Europe', 'Europe', 'Europa', 'أوروبا']),
  wca: names([
    'Afrique de l’Ouest et du Centre',
    'West and Central Africa',
    'África Occidental y Central',
    'غرب ووسط أفريقيا',
  ]),
  ehoa: names([
    'Afrique de l’Est et Corne de l’Afrique',
    'East and Horn of Africa',
    'África Oriental y Cuerno de África',
    'شرق أفريقيا والقرن الأفريقي',
  ]),
  mena: names([
    'Moyen-Orient et Afrique du Nord',
    'Middle East and North Africa',
    'Oriente Medio y Norte de África',
    'الشرق الأوسط وشمال أفريقيا',
  ]),
  asia: names(['Asie-Pacifique', 'Asia-Pacific', 'Asia-Pacífico', 'آسيا والمحيط الهادئ']),
  americas: names(['Amériques', 'Americas', 'Américas', 'الأمريكتان']),
};

export const COUNTRIES: readonly Country[] = [
  // Europe
  country('CH', 'europe', ['Suisse', 'Switzerland', 'Suiza', 'سويسرا'], '0', [
    '79 ### ## ##',
    '78 ### ## ##',
    '76 ### ## ##',
  ]),
  country('BE', 'europe', ['Belgique', 'Belgium', 'Bélgica', 'بلجيكا'], '0', [
    '47# ## ## ##',
    '48# ## ## ##',
    '49# ## ## ##',
  ]),
  country('FR', 'europe', ['France', 'France', 'Francia', 'فرنسا'], '0', [
    '6 1# ## ## ##',
    '6 7# ## ## ##',
    '7 8# ## ## ##',
  ]),
  country('GB', 'europe', ['Royaume-Uni', 'United Kingdom', 'Reino Unido', 'المملكة المتحدة'], '0', [
    '77## ######',
    '79## ######',
  ]),
  country('ES', 'europe', ['Espagne', 'Spain', 'España', 'إسبانيا'], null, ['6## ## ## ##']),
  country('IT', 'europe', ['Italie', 'Italy', 'Italia', 'إيطاليا'], null, ['3%# ### ####']),
  country('AT', 'europe', ['Autriche', 'Austria', 'Austria', 'النمسا'], '0', [
    '664 ### ####',
    '676 ### ####',
    '699 ### ####',
  ]),
  country('DE', 'europe', ['Allemagne', 'Germany', 'Alemania', 'ألمانيا'], '0', [
    '151 #### ####',
    '170 #######',
    '176 ########',
  ]),
  country('GR', 'europe', ['Grèce', 'Greece', 'Grecia', 'اليونان'], null, ['69# ### ####']),
  country('PL', 'europe', ['Pologne', 'Poland', 'Polonia'], null, ['50# ### ###', '60# ### ###', '69# ### ###']),
  country('HU', 'europe', ['Hongrie', 'Hungary', 'Hungría'], null, ['20 ### ####', '30 ### ####', '70 ### ####']),
  country('DK', 'europe', ['Danemark', 'Denmark', 'Dinamarca'], null, ['2# ## ## ##']),
  country('SE', 'europe', ['Suède', 'Sweden', 'Suecia'], '0', ['70 ### ## ##', '72 ### ## ##', '73 ### ## ##']),
  country('NO', 'europe', ['Norvège', 'Norway', 'Noruega'], null, ['4%# ## ###', '9%# ## ###']),
  country('PT', 'europe', ['Portugal', 'Portugal', 'Portugal'], null, ['91# ### ###', '93# ### ###', '96# ### ###']),
  country('NL', 'europe', ['Pays-Bas', 'Netherlands', 'Países Bajos'], '0', ['6 1# ## ## ##', '6 2# ## ## ##']),
  country('UA', 'europe', ['Ukraine', 'Ukraine', 'Ucrania', 'أوكرانيا'], '0', [
    '50 ### ## ##',
    '67 ### ## ##',
    '97 ### ## ##',
  ]),
  country('MD', 'europe', ['Moldavie', 'Moldova', 'Moldavia'], '0', ['6# ### ###', '79 ### ###']),
  country('RS', 'europe', ['Serbie', 'Serbia', 'Serbia'], '0', ['6# ### ####']),
  country('BA', 'europe', ['Bosnie-Herzégovine', 'Bosnia and Herzegovina', 'Bosnia y Herzegovina'], '0', [
    '61 ### ###',
    '62 ### ###',
  ]),
  country('TR', 'europe', ['Turquie', 'Türkiye', 'Turquía', 'تركيا'], '0', ['53# ### ## ##', '54# ### ## ##']),
  // West and Central Africa
  country('SN', 'wca', ['Sénégal', 'Senegal', 'Senegal', 'السنغال'], null, [
    '77 ### ## ##',
    '78 ### ## ##',
    '76 ### ## ##',
  ]),
  country('CI', 'wca', ['Côte d’Ivoire', 'Côte d’Ivoire', 'Costa de Marfil'], null, [
    '07 ## ## ## ##',
    '05 ## ## ## ##',
    '01 ## ## ## ##',
  ]),
  country('ML', 'wca', ['Mali', 'Mali', 'Malí', 'مالي'], null, ['7# ## ## ##', '6# ## ## ##']),
  country('NE', 'wca', ['Niger', 'Niger', 'Níger', 'النيجر'], null, ['9# ## ## ##', '8# ## ## ##']),
  country('BF', 'wca', ['Burkina Faso', 'Burkina Faso', 'Burkina Faso'], null, ['7# ## ## ##', '6# ## ## ##']),
  country('GN', 'wca', ['Guinée', 'Guinea', 'Guinea'], null, ['62# ## ## ##', '66# ## ## ##']),
  country('NG', 'wca', ['Nigeria', 'Nigeria', 'Nigeria', 'نيجيريا'], '0', [
    '803 ### ####',
    '806 ### ####',
    '813 ### ####',
  ]),
  country('GH', 'wca', ['Ghana', 'Ghana', 'Ghana'], '0', ['24 ### ####', '20 ### ####', '55 ### ####']),
  country('TD', 'wca', ['Tchad', 'Chad', 'Chad', 'تشاد'], null, ['66 ## ## ##', '99 ## ## ##']),
  country('CM', 'wca', ['Cameroun', 'Cameroon', 'Camerún'], null, ['6 7# ## ## ##', '6 9# ## ## ##']),
  country(
    'CD',
    'wca',
    ['République démocratique du Congo', 'Democratic Republic of the Congo', 'República Democrática del Congo'],
    '0',
    ['81 ### ####', '99 ### ####', '97 ### ####'],
  ),
  country('CF', 'wca', ['République centrafricaine', 'Central African Republic', 'República Centroafricana'], null, [
    '72 ## ## ##',
    '75 ## ## ##',
  ]),
  country('MR', 'wca', ['Mauritanie', 'Mauritania', 'Mauritania', 'موريتانيا'], null, ['2# ## ## ##', '4# ## ## ##']),
  // East and Horn of Africa
  country('KE', 'ehoa', ['Kenya', 'Kenya', 'Kenia', 'كينيا'], '0', ['72# ### ###', '71# ### ###', '11# ### ###']),
  country('ET', 'ehoa', ['Éthiopie', 'Ethiopia', 'Etiopía', 'إثيوبيا'], '0', ['91 ### ####', '92 ### ####']),
  country('SO', 'ehoa', ['Somalie', 'Somalia', 'Somalia', 'الصومال'], '0', ['61 ### ####', '90 ### ####']),
  country('DJ', 'ehoa', ['Djibouti', 'Djibouti', 'Yibuti', 'جيبوتي'], null, ['77 ## ## ##']),
  country('UG', 'ehoa', ['Ouganda', 'Uganda', 'Uganda'], '0', ['77# ######', '70# ######', '75# ######']),
  country('SS', 'ehoa', ['Soudan du Sud', 'South Sudan', 'Sudán del Sur', 'جنوب السودان'], '0', [
    '92# ### ###',
    '91# ### ###',
  ]),
  country('SD', 'ehoa', ['Soudan', 'Sudan', 'Sudán', 'السودان'], '0', ['91 ### ####', '99 ### ####', '12 ### ####']),
  country('ER', 'ehoa', ['Érythrée', 'Eritrea', 'Eritrea', 'إريتريا'], '0', ['7 ### ###']),
  country('TZ', 'ehoa', ['Tanzanie', 'Tanzania', 'Tanzania'], '0', ['75# ### ###', '71# ### ###']),
  country('RW', 'ehoa', ['Rwanda', 'Rwanda', 'Ruanda'], '0', ['78# ### ###', '72# ### ###']),
  // Middle East and North Africa
  country('EG', 'mena', ['Égypte', 'Egypt', 'Egipto', 'مصر'], '0', ['10 #### ####', '11 #### ####', '12 #### ####']),
  country('JO', 'mena', ['Jordanie', 'Jordan', 'Jordania', 'الأردن'], '0', [
    '79 ### ####',
    '77 ### ####',
    '78 ### ####',
  ]),
  country('LB', 'mena', ['Liban', 'Lebanon', 'Líbano', 'لبنان'], '0', ['3 ### ###', '71 ### ###', '76 ### ###']),
  country('SY', 'mena', ['Syrie', 'Syria', 'Siria', 'سوريا'], '0', ['93# ### ###', '94# ### ###', '99# ### ###']),
  country('IQ', 'mena', ['Irak', 'Iraq', 'Irak', 'العراق'], '0', ['770 ### ####', '750 ### ####', '780 ### ####']),
  country('LY', 'mena', ['Libye', 'Libya', 'Libia', 'ليبيا'], '0', ['91 ### ####', '92 ### ####']),
  country('TN', 'mena', ['Tunisie', 'Tunisia', 'Túnez', 'تونس'], null, ['2# ### ###', '5# ### ###', '9# ### ###']),
  country('MA', 'mena', ['Maroc', 'Morocco', 'Marruecos', 'المغرب'], '0', ['66# ## ## ##', '61# ## ## ##']),
  country('DZ', 'mena', ['Algérie', 'Algeria', 'Argelia', 'الجزائر'], '0', [
    '55# ## ## ##',
    '66# ## ## ##',
    '77# ## ## ##',
  ]),
  country('YE', 'mena', ['Yémen', 'Yemen', 'Yemen', 'اليمن'], '0', ['77# ### ###', '73# ### ###', '71# ### ###']),
  country('QA', 'mena', ['Qatar', 'Qatar', 'Catar', 'قطر'], null, ['33## ####', '55## ####', '66## ####']),
  // Asia-Pacific
  country('TH', 'asia', ['Thaïlande', 'Thailand', 'Tailandia'], '0', ['8# ### ####', '9# ### ####', '61 ### ####']),
  country('PH', 'asia', ['Philippines', 'Philippines', 'Filipinas'], '0', [
    '917 ### ####',
    '918 ### ####',
    '927 ### ####',
  ]),
  country('BD', 'asia', ['Bangladesh', 'Bangladesh', 'Bangladés'], '0', ['17## ######', '18## ######', '19## ######']),
  country('AF', 'asia', ['Afghanistan', 'Afghanistan', 'Afganistán', 'أفغانستان'], '0', ['70 ### ####', '79 ### ####']),
  country('PK', 'asia', ['Pakistan', 'Pakistan', 'Pakistán', 'باكستان'], '0', [
    '30# #######',
    '33# #######',
    '34# #######',
  ]),
  country('ID', 'asia', ['Indonésie', 'Indonesia', 'Indonesia'], '0', ['812 #### ####', '813 #### ####']),
  country('MY', 'asia', ['Malaisie', 'Malaysia', 'Malasia', 'ماليزيا'], '0', ['12 ### ####', '17 ### ####']),
  country('AU', 'asia', ['Australie', 'Australia', 'Australia'], '0', ['4## ### ###']),
  country('NP', 'asia', ['Népal', 'Nepal', 'Nepal'], '0', ['980 #######', '984 #######']),
  country('LK', 'asia', ['Sri Lanka', 'Sri Lanka', 'Sri Lanka'], '0', ['77 ### ####', '71 ### ####']),
  country('MM', 'asia', ['Myanmar', 'Myanmar', 'Myanmar'], '0', ['9 25# ### ###', '9 78# ### ###']),
  country('JP', 'asia', ['Japon', 'Japan', 'Japón'], '0', ['90 #### ####', '80 #### ####']),
  country('IN', 'asia', ['Inde', 'India', 'India'], '0', ['98### #####', '91### #####']),
  country('PG', 'asia', ['Papouasie-Nouvelle-Guinée', 'Papua New Guinea', 'Papúa Nueva Guinea'], null, ['7### ####']),
  country('FJ', 'asia', ['Fidji', 'Fiji', 'Fiyi'], null, ['7## ####', '9## ####']),
  // Americas
  country('US', 'americas', ['États-Unis', 'United States', 'Estados Unidos', 'الولايات المتحدة'], null, [
    '202 %## ####',
    '917 %## ####',
  ]),
  country('CA', 'americas', ['Canada', 'Canada', 'Canadá'], null, ['613 %## ####']),
  country('PA', 'americas', ['Panama', 'Panama', 'Panamá'], null, ['6### ####']),
  country('AR', 'americas', ['Argentine', 'Argentina', 'Argentina'], null, ['9 11 #### ####']),
  country('CR', 'americas', ['Costa Rica', 'Costa Rica', 'Costa Rica'], null, ['88## ####', '83## ####']),
  country('CO', 'americas', ['Colombie', 'Colombia', 'Colombia'], null, [
    '300 ### ####',
    '310 ### ####',
    '315 ### ####',
  ]),
  country('PE', 'americas', ['Pérou', 'Peru', 'Perú'], '0', ['9## ### ###']),
  country('EC', 'americas', ['Équateur', 'Ecuador', 'Ecuador'], '0', ['99 ### ####', '98 ### ####']),
  country('VE', 'americas', ['Venezuela', 'Venezuela', 'Venezuela'], '0', ['412 ### ####', '414 ### ####']),
  country('MX', 'americas', ['Mexique', 'Mexico', 'México'], null, ['55 #### ####']),
  country('GT', 'americas', ['Guatemala', 'Guatemala', 'Guatemala'], null, ['5### ####', '4### ####']),
  country('HT', 'americas', ['Haïti', 'Haiti', 'Haití'], null, ['3# ## ####', '4# ## ####']),
  country('CL', 'americas', ['Chili', 'Chile', 'Chile'], null, ['9 8### ####', '9 6### ####']),
  country('BR', 'americas', ['Brésil', 'Brazil', 'Brasil'], null, ['61 9#### ####']),
  country('HN', 'americas', ['Honduras', 'Honduras', 'Honduras'], null, ['9### ####', '3### ####']),
  country('SV', 'americas', ['Salvador', 'El Salvador', 'El Salvador'], null, ['7### ####']),
];

/** The first city of a country is its capital: country offices sit there, sub-offices in the others. */
export const CITIES: readonly City[] = [
  city('geneve', 'CH', ['Genève', 'Geneva', 'Ginebra', 'جنيف'], 'Europe/Zurich', '22 %## ## ##'),
  city('berne', 'CH', ['Berne', 'Bern', 'Berna', 'برن'], 'Europe/Zurich', '31 %## ## ##'),
  city('bruxelles', 'BE', ['Bruxelles', 'Brussels', 'Bruselas', 'بروكسل'], 'Europe/Brussels', '2 5## ## ##'),
  city('paris', 'FR', ['Paris', 'Paris', 'París', 'باريس'], 'Europe/Paris', '1 %# ## ## ##'),
  city('marseille', 'FR', ['Marseille', 'Marseille', 'Marsella'], 'Europe/Paris', '4 91 ## ## ##'),
  city('londres', 'GB', ['Londres', 'London', 'Londres', 'لندن'], 'Europe/London', '20 7### ####'),
  city('madrid', 'ES', ['Madrid', 'Madrid', 'Madrid', 'مدريد'], 'Europe/Madrid', '91 ### ## ##'),
  city('barcelone', 'ES', ['Barcelone', 'Barcelona', 'Barcelona', 'برشلونة'], 'Europe/Madrid', '93 ### ## ##'),
  city('rome', 'IT', ['Rome', 'Rome', 'Roma', 'روما'], 'Europe/Rome', '06 #### ####'),
  city('lampedusa', 'IT', ['Lampedusa', 'Lampedusa', 'Lampedusa'], 'Europe/Rome', null),
  city('vienne', 'AT', ['Vienne', 'Vienna', 'Viena', 'فيينا'], 'Europe/Vienna', '1 %## ####'),
  city('berlin', 'DE', ['Berlin', 'Berlin', 'Berlín', 'برلين'], 'Europe/Berlin', '30 %### ####'),
  city('athenes', 'GR', ['Athènes', 'Athens', 'Atenas', 'أثينا'], 'Europe/Athens', '21# ### ####'),
  city('lesbos', 'GR', ['Lesbos', 'Lesbos', 'Lesbos'], 'Europe/Athens', null),
  city('varsovie', 'PL', ['Varsovie', 'Warsaw', 'Varsovia'], 'Europe/Warsaw', '22 %## ## ##'),
  city('budapest', 'HU', ['Budapest', 'Budapest', 'Budapest'], 'Europe/Budapest', '1 %## ####'),
  city('copenhague', 'DK', ['Copenhague', 'Copenhagen', 'Copenhague'], 'Europe/Copenhagen', '33 ## ## ##'),
  city('stockholm', 'SE', ['Stockholm', 'Stockholm', 'Estocolmo'], 'Europe/Stockholm', '8 %## ### ##'),
  city('oslo', 'NO', ['Oslo', 'Oslo', 'Oslo'], 'Europe/Oslo', '22 ## ## ##'),
  city('lisbonne', 'PT', ['Lisbonne', 'Lisbon', 'Lisboa'], 'Europe/Lisbon', '21# ### ###'),
  city('lahaye', 'NL', ['La Haye', 'The Hague', 'La Haya', 'لاهاي'], 'Europe/Amsterdam', '70 %## ####'),
  city('amsterdam', 'NL', ['Amsterdam', 'Amsterdam', 'Ámsterdam'], 'Europe/Amsterdam', '20 %## ####'),
  city('kyiv', 'UA', ['Kyiv', 'Kyiv', 'Kiev', 'كييف'], 'Europe/Kyiv', '44 %## ## ##'),
  city('odessa', 'UA', ['Odessa', 'Odesa', 'Odesa'], 'Europe/Kyiv', '48 %## ## ##'),
  city('chisinau', 'MD', ['Chișinău', 'Chisinau', 'Chisináu'], 'Europe/Chisinau', '22 %# ## ##'),
  city('belgrade', 'RS', ['Belgrade', 'Belgrade', 'Belgrado'], 'Europe/Belgrade', '11 %## ####'),
  city('sarajevo', 'BA', ['Sarajevo', 'Sarajevo', 'Sarajevo'], 'Europe/Sarajevo', '33 2## ###'),
  city('ankara', 'TR', ['Ankara', 'Ankara', 'Ankara', 'أنقرة'], 'Europe/Istanbul', '312 %## ## ##'),
  city('istanbul', 'TR', ['Istanbul', 'Istanbul', 'Estambul', 'إسطنبول'], 'Europe/Istanbul', '212 %## ## ##'),
  city('gaziantep', 'TR', ['Gaziantep', 'Gaziantep', 'Gaziantep', 'غازي عنتاب'], 'Europe/Istanbul', '342 %## ## ##'),

  city('dakar', 'SN', ['Dakar', 'Dakar', 'Dakar', 'داكار'], 'Africa/Dakar', '33 8## ## ##'),
  city('abidjan', 'CI', ['Abidjan', 'Abidjan', 'Abiyán'], 'Africa/Abidjan', '27 22 4# ## ##'),
  city('bamako', 'ML', ['Bamako', 'Bamako', 'Bamako', 'باماكو'], 'Africa/Bamako', '20 2# ## ##'),
  city('mopti', 'ML', ['Mopti', 'Mopti', 'Mopti'], 'Africa/Bamako', null),
  city('niamey', 'NE', ['Niamey', 'Niamey', 'Niamey', 'نيامي'], 'Africa/Niamey', '20 72 ## ##'),
  city('agadez', 'NE', ['Agadez', 'Agadez', 'Agadez', 'أغاديز'], 'Africa/Niamey', null),
  city('ouagadougou', 'BF', ['Ouagadougou', 'Ouagadougou', 'Uagadugú'], 'Africa/Ouagadougou', '25 3# ## ##'),
  city('conakry', 'GN', ['Conakry', 'Conakry', 'Conakri'], 'Africa/Conakry', null),
  city('abuja', 'NG', ['Abuja', 'Abuja', 'Abuya'], 'Africa/Lagos', '209 %## ####'),
  city('maiduguri', 'NG', ['Maiduguri', 'Maiduguri', 'Maiduguri'], 'Africa/Lagos', null),
  city('accra', 'GH', ['Accra', 'Accra', 'Acra'], 'Africa/Accra', '30 2## ####'),
  city('ndjamena', 'TD', ['N’Djamena', 'N’Djamena', 'Yamena', 'نجامينا'], 'Africa/Ndjamena', '22 52 ## ##'),
  city('yaounde', 'CM', ['Yaoundé', 'Yaoundé', 'Yaundé'], 'Africa/Douala', '2 22 ## ## ##'),
  city('kinshasa', 'CD', ['Kinshasa', 'Kinshasa', 'Kinsasa'], 'Africa/Kinshasa', null),
  city('goma', 'CD', ['Goma', 'Goma', 'Goma'], 'Africa/Lubumbashi', null),
  city('bangui', 'CF', ['Bangui', 'Bangui', 'Bangui'], 'Africa/Bangui', '21 6# ## ##'),
  city('nouakchott', 'MR', ['Nouakchott', 'Nouakchott', 'Nuakchot', 'نواكشوط'], 'Africa/Nouakchott', '45 2# ## ##'),

  city('nairobi', 'KE', ['Nairobi', 'Nairobi', 'Nairobi', 'نيروبي'], 'Africa/Nairobi', '20 %## ####'),
  city('kakuma', 'KE', ['Kakuma', 'Kakuma', 'Kakuma'], 'Africa/Nairobi', null),
  city('addis', 'ET', ['Addis-Abeba', 'Addis Ababa', 'Adís Abeba', 'أديس أبابا'], 'Africa/Addis_Ababa', '11 5## ####'),
  city('gambela', 'ET', ['Gambela', 'Gambella', 'Gambela'], 'Africa/Addis_Ababa', null),
  city('mogadiscio', 'SO', ['Mogadiscio', 'Mogadishu', 'Mogadiscio', 'مقديشو'], 'Africa/Mogadishu', null),
  city('hargeisa', 'SO', ['Hargeisa', 'Hargeisa', 'Hargeisa', 'هرجيسا'], 'Africa/Mogadishu', null),
  city('djibouti', 'DJ', ['Djibouti', 'Djibouti City', 'Yibuti', 'جيبوتي'], 'Africa/Djibouti', '21 3# ## ##'),
  city('kampala', 'UG', ['Kampala', 'Kampala', 'Kampala'], 'Africa/Kampala', '41 4## ####'),
  city('juba', 'SS', ['Djouba', 'Juba', 'Yuba', 'جوبا'], 'Africa/Juba', null),
  city('khartoum', 'SD', ['Khartoum', 'Khartoum', 'Jartum', 'الخرطوم'], 'Africa/Khartoum', null),
  city('portsoudan', 'SD', ['Port-Soudan', 'Port Sudan', 'Puerto Sudán', 'بورتسودان'], 'Africa/Khartoum', null),
  city('asmara', 'ER', ['Asmara', 'Asmara', 'Asmara', 'أسمرة'], 'Africa/Asmara', '1 12 ## ##'),
  city(
    'dar',
    'TZ',
    ['Dar es Salaam', 'Dar es Salaam', 'Dar es-Salam', 'دار السلام'],
    'Africa/Dar_es_Salaam',
    '22 2## ####',
  ),
  city('kigali', 'RW', ['Kigali', 'Kigali', 'Kigali'], 'Africa/Kigali', null),

  city('lecaire', 'EG', ['Le Caire', 'Cairo', 'El Cairo', 'القاهرة'], 'Africa/Cairo', '2 %### ####', 'au Caire'),
  city('amman', 'JO', ['Amman', 'Amman', 'Ammán', 'عمّان'], 'Asia/Amman', '6 5%# ####'),
  city('beyrouth', 'LB', ['Beyrouth', 'Beirut', 'Beirut', 'بيروت'], 'Asia/Beirut', '1 %## ###'),
  city('damas', 'SY', ['Damas', 'Damascus', 'Damasco', 'دمشق'], 'Asia/Damascus', '11 %## ####'),
  city('bagdad', 'IQ', ['Bagdad', 'Baghdad', 'Bagdad', 'بغداد'], 'Asia/Baghdad', '1 %## ####'),
  city('erbil', 'IQ', ['Erbil', 'Erbil', 'Erbil', 'أربيل'], 'Asia/Baghdad', '66 %## ####'),
  city('tripoli', 'LY', ['Tripoli', 'Tripoli', 'Trípoli', 'طرابلس'], 'Africa/Tripoli', '21 %## ####'),
  city('tunis', 'TN', ['Tunis', 'Tunis', 'Túnez', 'تونس'], 'Africa/Tunis', '71 ### ###'),
  city('rabat', 'MA', ['Rabat', 'Rabat', 'Rabat', 'الرباط'], 'Africa/Casablanca', '537 ## ## ##'),
  city('alger', 'DZ', ['Alger', 'Algiers', 'Argel', 'الجزائر'], 'Africa/Algiers', '21 %# ## ##'),
  city('sanaa', 'YE', ['Sanaa', 'Sana’a', 'Saná', 'صنعاء'], 'Asia/Aden', '1 2## ###'),
  city('aden', 'YE', ['Aden', 'Aden', 'Adén', 'عدن'], 'Asia/Aden', '2 2## ###'),
  city('doha', 'QA', ['Doha', 'Doha', 'Doha', 'الدوحة'], 'Asia/Qatar', '44## ####'),

  city('bangkok', 'TH', ['Bangkok', 'Bangkok', 'Bangkok', 'بانكوك'], 'Asia/Bangkok', '2 %## ####'),
  city('manille', 'PH', ['Manille', 'Manila', 'Manila'], 'Asia/Manila', '2 8### ####'),
  city('dacca', 'BD', ['Dacca', 'Dhaka', 'Daca', 'دكا'], 'Asia/Dhaka', '2 55## ####'),
  city('coxsbazar', 'BD', ['Cox’s Bazar', 'Cox’s Bazar', 'Cox’s Bazar'], 'Asia/Dhaka', null),
  city('kaboul', 'AF', ['Kaboul', 'Kabul', 'Kabul', 'كابول'], 'Asia/Kabul', '20 2## ####'),
  city('islamabad', 'PK', ['Islamabad', 'Islamabad', 'Islamabad', 'إسلام آباد'], 'Asia/Karachi', '51 %### ###'),
  city('jakarta', 'ID', ['Jakarta', 'Jakarta', 'Yakarta'], 'Asia/Jakarta', '21 %### ####'),
  city(
    'kualalumpur',
    'MY',
    ['Kuala Lumpur', 'Kuala Lumpur', 'Kuala Lumpur', 'كوالالمبور'],
    'Asia/Kuala_Lumpur',
    '3 2### ####',
  ),
  city('canberra', 'AU', ['Canberra', 'Canberra', 'Canberra'], 'Australia/Sydney', '2 6%## ####'),
  city('katmandou', 'NP', ['Katmandou', 'Kathmandu', 'Katmandú'], 'Asia/Kathmandu', '1 4## ####'),
  city('colombo', 'LK', ['Colombo', 'Colombo', 'Colombo'], 'Asia/Colombo', '11 2## ####'),
  city('yangon', 'MM', ['Rangoun', 'Yangon', 'Rangún'], 'Asia/Yangon', '1 %## ###'),
  city('tokyo', 'JP', ['Tokyo', 'Tokyo', 'Tokio', 'طوكيو'], 'Asia/Tokyo', '3 %### ####'),
  city('newdelhi', 'IN', ['New Delhi', 'New Delhi', 'Nueva Delhi', 'نيودلهي'], 'Asia/Kolkata', '11 2### ####'),
  city('portmoresby', 'PG', ['Port Moresby', 'Port Moresby', 'Port Moresby'], 'Pacific/Port_Moresby', '32# ####'),
  city('suva', 'FJ', ['Suva', 'Suva', 'Suva'], 'Pacific/Fiji', '33# ####'),

  city('washington', 'US', ['Washington', 'Washington', 'Washington', 'واشنطن'], 'America/New_York', '202 %## ####'),
  city('newyork', 'US', ['New York', 'New York', 'Nueva York', 'نيويورك'], 'America/New_York', '212 %## ####'),
  city('ottawa', 'CA', ['Ottawa', 'Ottawa', 'Ottawa'], 'America/Toronto', '613 %## ####'),
  city('panama', 'PA', ['Panama', 'Panama City', 'Ciudad de Panamá'], 'America/Panama', '2## ####'),
  city(
    'buenosaires',
    'AR',
    ['Buenos Aires', 'Buenos Aires', 'Buenos Aires'],
    'America/Argentina/Buenos_Aires',
    '11 4### ####',
  ),
  city('sanjose', 'CR', ['San José', 'San José', 'San José'], 'America/Costa_Rica', '22## ####'),
  city('bogota', 'CO', ['Bogota', 'Bogotá', 'Bogotá'], 'America/Bogota', '601 %## ####'),
  city('cucuta', 'CO', ['Cúcuta', 'Cúcuta', 'Cúcuta'], 'America/Bogota', '607 5## ####'),
  city('lima', 'PE', ['Lima', 'Lima', 'Lima'], 'America/Lima', '1 %## ####'),
  city('quito', 'EC', ['Quito', 'Quito', 'Quito'], 'America/Guayaquil', '2 2## ####'),
  city('caracas', 'VE', ['Caracas', 'Caracas', 'Caracas'], 'America/Caracas', '212 %## ####'),
  city('mexico', 'MX', ['Mexico', 'Mexico City', 'Ciudad de México'], 'America/Mexico_City', '55 %### ####'),
  city('tapachula', 'MX', ['Tapachula', 'Tapachula', 'Tapachula'], 'America/Mexico_City', '962 %## ####'),
  city('guatemala', 'GT', ['Guatemala', 'Guatemala City', 'Ciudad de Guatemala'], 'America/Guatemala', '22## ####'),
  city(
    'portauprince',
    'HT',
    ['Port-au-Prince', 'Port-au-Prince', 'Puerto Príncipe'],
    'America/Port-au-Prince',
    '2 2## ####',
  ),
  city('santiago', 'CL', ['Santiago', 'Santiago', 'Santiago de Chile'], 'America/Santiago', '2 2### ####'),
  city('brasilia', 'BR', ['Brasilia', 'Brasília', 'Brasilia'], 'America/Sao_Paulo', '61 3### ####'),
  city('tegucigalpa', 'HN', ['Tegucigalpa', 'Tegucigalpa', 'Tegucigalpa'], 'America/Tegucigalpa', '22## ####'),
  city('sansalvador', 'SV', ['San Salvador', 'San Salvador', 'San Salvador'], 'America/El_Salvador', '22## ####'),
];

const countryByCode = new Map(COUNTRIES.map((c) => [c.code, c]));
const cityByKey = new Map(CITIES.map((c) => [c.key, c]));

export function countryOf(code: string): Country {
  const found = countryByCode.get(code);
  if (!found) throw new Error(`No demo country ${code}`);
  return found;
}

export function cityOf(key: string): City {
  const found = cityByKey.get(key);
  if (!found) throw new Error(`No demo city ${key}`);
  return found;
}

/** The capital: the first listed city of the country. */
export function capitalOf(code: string): City {
  const found = CITIES.find((c) => c.country === code);
  if (!found) throw new Error(`No demo city in ${code}`);
  return found;
}

/** "à Bruxelles", "au Caire". */
export const frIn = (c: City) => c.frIn ?? `à ${c.name.fr}`;
