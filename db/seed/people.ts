/** Names, titles and the small words around them, by the cultures a humanitarian press directory actually holds. */

/** A name as written, or in a non-Latin script with the Latin form used for email addresses and handles. */
export type Written = string | readonly [script: string, latin: string];

export type Culture =
  | 'french'
  | 'english'
  | 'spanish'
  | 'latam'
  | 'lusophone'
  | 'german'
  | 'italian'
  | 'nordic'
  | 'central'
  | 'turkish'
  | 'ukrainian'
  | 'arabic'
  | 'maghreb'
  | 'westafrica'
  | 'eastafrica'
  | 'southasia'
  | 'eastasia';

export interface NamePool {
  readonly female: readonly Written[];
  readonly male: readonly Written[];
  readonly family: readonly Written[];
  /** First language, then others they often also speak (ISO 639-1). */
  readonly languages: readonly string[];
  readonly also: readonly string[];
  /** Share of people with two family names: "Álvarez Núñez" (space) or "Lefèvre-Martin" (hyphen). */
  readonly doubleFamily?: { readonly share: number; readonly joiner: ' ' | '-' };
}

export const NAME_POOLS: Readonly<Record<Culture, NamePool>> = {
  french: {
    female: ['Zoé', 'Léa', 'Chloé', 'Élodie', 'Hélène', 'Amélie', 'Céline', 'Mathilde', 'Inès', 'Noémie', 'Camille', 'Margaux', 'Thérèse', 'Anaïs', 'Clémence', 'Agnès', 'Solène', 'Maëlle', 'Anne-Sophie', 'Marie-Hélène'],
    male: ['Jérôme', 'François', 'Rémi', 'Benoît', 'Étienne', 'Jean-Baptiste', 'Jean-Luc', 'Marc-Antoine', 'Loïc', 'Gaël', 'Théo', 'Hugo', 'Raphaël', 'Cédric', 'Sébastien', 'Aurélien', 'Frédéric', 'Joël', 'Noël', 'Pierre-Yves'],
    family: ['Lefèvre', 'Martin', 'Dubois', 'Moreau', 'Girard', 'Fournier', 'Bélanger', 'Rousseau', 'Lemaître', 'Chevalier', 'Mercier', 'Gauthier', 'Faure', 'Boucher', 'Bérard', 'Després', 'Côté', 'Lévesque', 'Ménard', 'Garnier', 'Laurent', 'Roche', 'Brémond', 'Séguin', 'Delacroix', 'Thibault', 'Aubert', 'Perrin', 'Pagès', 'Le Gall'],
    languages: ['fr'],
    also: ['en', 'es', 'de', 'it'],
    doubleFamily: { share: 0.12, joiner: '-' },
  },
  english: {
    female: ['Sarah', 'Emily', 'Olivia', 'Charlotte', 'Hannah', 'Siobhan', 'Niamh', 'Rebecca', 'Katherine', 'Megan', 'Imogen', 'Laura'],
    male: ['James', 'Michael', 'Liam', 'Oliver', 'Thomas', 'Patrick', 'Daniel', 'Christopher', 'Edward', 'Rory', 'Alistair', 'Matthew'],
    family: ["O'Brien", "O'Connor", 'Clarke-Smith', 'Whitfield', 'Brennan', 'Fitzgerald', 'McAllister', 'Thompson', 'Harris', 'Walker', 'Bennett', 'Hughes', 'Fraser', 'Campbell', 'Davies', 'Murphy', 'Ashworth', 'Nolan'],
    languages: ['en'],
    also: ['fr', 'es', 'ar', 'de'],
  },
  spanish: {
    female: ['María José', 'Sofía', 'Lucía', 'Begoña', 'Ángela', 'Mónica', 'Nuria', 'Pilar', 'Beatriz', 'Inmaculada', 'Rocío', 'Marta', 'Elena', 'Ainhoa', 'Maite'],
    male: ['José', 'Álvaro', 'Ramón', 'Jesús', 'Íñigo', 'Andrés', 'Martín', 'Raúl', 'Julián', 'Joaquín', 'Sergio', 'Jordi', 'Xavier', 'Óscar', 'Rubén'],
    family: ['Álvarez', 'Núñez', 'García', 'López', 'Martínez', 'Ibáñez', 'Rodríguez', 'Peña', 'Fernández', 'Muñoz', 'Sánchez', 'Ortega', 'Gómez', 'Durán', 'Pérez', 'Hernández', 'Ríos', 'Jiménez', 'Cortés', 'Castaño', 'Domínguez', 'Vázquez', 'Márquez', 'Gutiérrez', 'Benítez', 'Echeverría', 'Zubizarreta'],
    languages: ['es'],
    also: ['en', 'fr', 'ca', 'pt'],
    doubleFamily: { share: 0.75, joiner: ' ' },
  },
  latam: {
    female: ['Valentina', 'Camila', 'Ximena', 'Guadalupe', 'Luz Marina', 'Daniela', 'Paola', 'Yolanda', 'Itzel', 'Mariana'],
    male: ['Santiago', 'Sebastián', 'Mateo', 'Diego', 'Alejandro', 'Luis Fernando', 'Juan Pablo', 'Nicolás', 'Héctor', 'Rigoberto'],
    family: ['Restrepo', 'Mejía', 'Quispe', 'Mamani', 'Castillo', 'Vargas', 'Rojas', 'Morales', 'Ramírez', 'Flores', 'Herrera', 'Aguilar', 'Salazar', 'Zúñiga', 'Cárdenas', 'Villalobos', 'Chávez', 'Guzmán'],
    languages: ['es'],
    also: ['en', 'pt', 'fr'],
    doubleFamily: { share: 0.6, joiner: ' ' },
  },
  lusophone: {
    female: ['Conceição', 'Luíza', 'Fernanda', 'Júlia', 'Beatriz', 'Ana Clara', 'Inês'],
    male: ['João', 'Antônio', 'Rafael', 'Thiago', 'Luís', 'Sérgio', 'Gonçalo'],
    family: ['Gonçalves', 'Araújo', 'Magalhães', 'Simões', 'Ribeiro', 'Assunção', 'Brandão', 'Guimarães', 'Falcão', 'Carvalho'],
    languages: ['pt'],
    also: ['en', 'es', 'fr'],
  },
  german: {
    female: ['Zoë', 'Katharina', 'Sabine', 'Anneliese', 'Lena', 'Jördis'],
    male: ['Jürgen', 'Jörg', 'Lukas', 'Matthias', 'Stefan', 'Günther'],
    family: ['Müller', 'Schäfer', 'Groß', 'Weiß', 'Köhler', 'Böhm', 'Krüger', 'Schröder', 'Hoffmann', 'Bäcker'],
    languages: ['de'],
    also: ['en', 'fr'],
  },
  italian: {
    female: ['Giulia', 'Francesca', 'Chiara', 'Federica', 'Alessia'],
    male: ['Lorenzo', 'Niccolò', 'Matteo', 'Giuseppe', 'Andrea'],
    family: ['Ricci', 'Bianchi', 'Esposito', 'Colombo', 'Romano', 'De Luca', "D'Angelo", 'Galli', 'Mancini', 'Lombardi'],
    languages: ['it'],
    also: ['en', 'fr', 'es'],
  },
  nordic: {
    female: ['Åsa', 'Sigrid', 'Ingrid', 'Maja', 'Märta', 'Liv', 'Solveig'],
    male: ['Björn', 'Søren', 'Øystein', 'Håkan', 'Lars', 'Anders', 'Jørgen'],
    family: ['Ødegård', 'Lindqvist', 'Håland', 'Jørgensen', 'Kjær', 'Nyström', 'Åberg', 'Sørensen', 'Bergström', 'Løvstad'],
    languages: ['sv'],
    also: ['en', 'no', 'da', 'fr'],
  },
  central: {
    female: ['Małgorzata', 'Zsófia', 'Ioana', 'Kateřina', 'Agnieszka', 'Anikó', 'Ana-Maria'],
    male: ['Łukasz', 'Gergő', 'Ștefan', 'Tomáš', 'Jiří', 'Paweł', 'Bogdan'],
    family: ['Nowak', 'Kowalczyk', 'Kovács', 'Szabó', 'Popescu', 'Ionescu', 'Novák', 'Dvořák', 'Černý', 'Zieliński', 'Wójcik', 'Nagy', 'Horváth', 'Lăzărescu'],
    languages: ['pl'],
    also: ['en', 'de', 'fr', 'hu', 'ro', 'cs'],
  },
  turkish: {
    female: ['Ayşe', 'Zeynep', 'Elif', 'Gülşen', 'Özlem'],
    male: ['Mehmet', 'Mustafa', 'Emre', 'Oğuz', 'Çağlar'],
    family: ['Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Doğan', 'Aydın', 'Güneş', 'Kılıç', 'Arslan'],
    languages: ['tr'],
    also: ['en', 'ar', 'de'],
  },
  ukrainian: {
    female: ['Olena', 'Oksana', 'Iryna', 'Kateryna'],
    male: ['Oleksandr', 'Andriy', 'Dmytro', 'Taras'],
    family: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk'],
    languages: ['uk'],
    also: ['en', 'pl', 'de'],
  },
  arabic: {
    female: [['فاطمة', 'Fatima'], ['مريم', 'Mariam'], ['ليلى', 'Leila'], ['نور', 'Nour'], ['سارة', 'Sara'], ['رنا', 'Rana'], ['هبة', 'Hiba'], ['ياسمين', 'Yasmine'], ['آمنة', 'Amina'], ['زينب', 'Zeinab']],
    male: [['محمد', 'Mohammed'], ['أحمد', 'Ahmed'], ['يوسف', 'Youssef'], ['عمر', 'Omar'], ['خالد', 'Khaled'], ['حسن', 'Hassan'], ['علي', 'Ali'], ['سامر', 'Samer'], ['طارق', 'Tarek'], ['إبراهيم', 'Ibrahim']],
    family: [['العلي', 'Al-Ali'], ['الحسيني', 'Al-Husseini'], ['المصري', 'Al-Masri'], ['حداد', 'Haddad'], ['الخطيب', 'Al-Khatib'], ['النجار', 'Al-Najjar'], ['الشامي', 'Al-Shami'], ['العبدالله', 'Al-Abdullah'], ['السيد', 'El-Sayed'], ['الزعبي', 'Al-Zoubi'], ['الجبوري', 'Al-Jubouri'], ['القاسم', 'Al-Qasim'], ['منصور', 'Mansour'], ['عيسى', 'Issa'], ['الحلبي', 'Al-Halabi']],
    languages: ['ar'],
    also: ['en', 'fr'],
  },
  maghreb: {
    female: ['Yasmine', 'Samira', 'Nadia', 'Meriem', 'Khadija', 'Salma', 'Imane', 'Houda', 'Naïma'],
    male: ['Karim', 'Samir', 'Mehdi', 'Yassine', 'Abdelkader', 'Rachid', 'Hichem', 'Walid', 'Anouar', 'Nabil'],
    family: ['Benali', 'El-Khoury', 'Haddad', 'Ben Salah', 'Chraïbi', 'El Amrani', 'Belkacem', 'Ould Mohamed', 'Benjelloun', 'Zerrouki', 'Mansouri', 'Abdelrahman', 'Aït Ahmed', 'Benaïssa', 'Hadj-Ali'],
    languages: ['ar', 'fr'],
    also: ['en', 'es'],
  },
  westafrica: {
    female: ['Aïssatou', 'Fatoumata', 'Awa', 'Mariam', 'Adjoa', 'Ngozi', 'Aminata', 'Kadiatou', 'Rokia', 'Ndèye', 'Oumou'],
    male: ['Mamadou', 'Ousmane', 'Cheikh', 'Adama', 'Ibrahima', 'Boubacar', 'Kouamé', 'Chinedu', 'Oluwaseun', 'Amadou', 'Souleymane', 'Moussa'],
    family: ['Diallo', 'Ndiaye', 'Traoré', 'Sow', 'Coulibaly', 'Fall', 'Ouédraogo', 'Sy', 'Koné', 'Keïta', 'Yao', 'Mensah', 'Okafor', 'Adeyemi', 'Adebayo', 'Touré', 'Diop', 'Camara', 'Kaboré', 'Sawadogo', 'Bâ', 'Cissé', 'Sané'],
    languages: ['fr'],
    also: ['en', 'wo', 'bm', 'ha', 'ff', 'yo'],
  },
  eastafrica: {
    female: ['Wanjiru', 'Hiwot', 'Amina', 'Faith', 'Grace', 'Nyakim', 'Halima', 'Achieng', 'Selam', 'Mekdes'],
    male: ['Tesfaye', 'Abdirahman', 'Joseph', 'Yohannes', 'Deng', 'Kiprono', 'Mohamed', 'Dawit', 'Emmanuel', 'Samuel'],
    family: ['Kamau', 'Bekele', 'Alemu', 'Farah', 'Hassan', 'Otieno', 'Nakato', 'Gebremedhin', 'Warsame', 'Garang', 'Gatluak', 'Mwangi', 'Okello', 'Tadesse', 'Haile', 'Abdi', 'Wekesa', 'Nyambura'],
    languages: ['en'],
    also: ['sw', 'am', 'so', 'ti', 'ar', 'fr'],
  },
  southasia: {
    female: ['Priya', 'Ayesha', 'Sunita', 'Farzana', 'Nasrin', 'Anjali', 'Shabnam', 'Roshni', 'Tahmina'],
    male: ['Rahul', 'Farhan', 'Arjun', 'Imran', 'Sanjay', 'Rajesh', 'Zahid', 'Mohammad', 'Bilal'],
    family: ['Sharma', 'Nair', 'Siddiqui', 'Ahmed', 'Thapa', 'Rahman', 'Chowdhury', 'Khan', 'Hussain', 'Gurung', 'Perera', 'Fernando', 'Iyer', 'Akter', 'Hossain', 'Karimi', 'Ahmadzai', 'Popal'],
    languages: ['en'],
    also: ['bn', 'ur', 'hi', 'ne', 'ps', 'fa'],
  },
  eastasia: {
    female: ['Thị Lan', 'Thu Hà', 'Siti', 'Nur Aisyah', 'Yuki', 'Mei', 'Maricel', 'Aye Aye', 'Kanya', 'Hiroko'],
    male: ['Văn Minh', 'Đức Anh', 'Budi', 'Jian', 'Hiroshi', 'Somchai', 'Rodel', 'Aung Kyaw', 'Arief', 'Takeshi'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Santoso', 'Wijaya', 'Tanaka', 'Suzuki', 'Zhang', 'Wang', 'Dela Cruz', 'Santos', 'Reyes', 'Win', 'Thein', 'Chaiyaporn', 'Lim', 'Tan'],
    languages: ['en'],
    also: ['vi', 'id', 'ja', 'zh', 'tl', 'th', 'my', 'ms'],
  },
};

export const script = (w: Written) => (typeof w === 'string' ? w : w[0]);
export const latin = (w: Written) => (typeof w === 'string' ? w : w[1]);

export type Gender = 'female' | 'male';

/** A title in each language, masculine and feminine where the language makes the difference. */
export interface Title {
  readonly en: string;
  readonly fr: readonly [male: string, female: string];
  readonly es: readonly [male: string, female: string];
  readonly ar?: readonly [male: string, female: string];
}

const same = (s: string) => [s, s] as const;

export type Role = 'spokesperson' | 'press_officer' | 'media_focal_point' | 'journalist' | 'editor' | 'partner' | 'expert';

export const TITLES: Readonly<Record<Role, readonly Title[]>> = {
  spokesperson: [
    { en: 'Spokesperson', fr: same('Porte-parole'), es: same('Portavoz'), ar: ['المتحدث الرسمي', 'المتحدثة الرسمية'] },
    {
      en: 'Senior Spokesperson',
      fr: ['Porte-parole principal', 'Porte-parole principale'],
      es: same('Portavoz principal'),
      ar: ['كبير المتحدثين', 'كبيرة المتحدثين'],
    },
    {
      en: 'Regional Spokesperson',
      fr: ['Porte-parole régional', 'Porte-parole régionale'],
      es: same('Portavoz regional'),
      ar: ['المتحدث الإقليمي', 'المتحدثة الإقليمية'],
    },
  ],
  press_officer: [
    {
      en: 'Press Officer',
      fr: ['Chargé de presse', 'Chargée de presse'],
      es: same('Oficial de prensa'),
      ar: ['مسؤول إعلامي', 'مسؤولة إعلامية'],
    },
    {
      en: 'Communications Officer',
      fr: ['Chargé de communication', 'Chargée de communication'],
      es: same('Oficial de comunicación'),
      ar: ['مسؤول الاتصال', 'مسؤولة الاتصال'],
    },
    {
      en: 'Head of Media and Communications',
      fr: ['Chef des médias et de la communication', 'Cheffe des médias et de la communication'],
      es: ['Jefe de Medios y Comunicación', 'Jefa de Medios y Comunicación'],
      ar: ['رئيس قسم الإعلام والاتصال', 'رئيسة قسم الإعلام والاتصال'],
    },
    {
      en: 'Senior Regional Communications Officer',
      fr: ['Chargé principal de la communication régionale', 'Chargée principale de la communication régionale'],
      es: same('Oficial superior de comunicación regional'),
    },
  ],
  media_focal_point: [
    {
      en: 'Media Focal Point',
      fr: same('Point focal médias'),
      es: same('Punto focal de medios'),
      ar: same('جهة الاتصال الإعلامية'),
    },
    {
      en: 'Public Information Officer',
      fr: ['Chargé de l’information publique', 'Chargée de l’information publique'],
      es: same('Oficial de información pública'),
    },
  ],
  journalist: [
    { en: 'Correspondent', fr: ['Correspondant', 'Correspondante'], es: same('Corresponsal'), ar: ['مراسل', 'مراسلة'] },
    { en: 'Reporter', fr: same('Journaliste'), es: same('Periodista'), ar: ['صحفي', 'صحفية'] },
    {
      en: 'Bureau Chief',
      fr: ['Chef de bureau', 'Cheffe de bureau'],
      es: ['Jefe de la delegación', 'Jefa de la delegación'],
      ar: ['رئيس المكتب', 'رئيسة المكتب'],
    },
    {
      en: 'Migration Correspondent',
      fr: ['Journaliste spécialisé migrations', 'Journaliste spécialisée migrations'],
      es: same('Corresponsal de migraciones'),
    },
  ],
  editor: [
    { en: 'Editor', fr: ['Rédacteur', 'Rédactrice'], es: ['Editor', 'Editora'], ar: ['محرر', 'محررة'] },
    {
      en: 'Deputy Editor-in-Chief',
      fr: ['Rédacteur en chef adjoint', 'Rédactrice en chef adjointe'],
      es: ['Redactor jefe adjunto', 'Redactora jefa adjunta'],
    },
    {
      en: 'Africa Desk Editor',
      fr: ['Chef du desk Afrique', 'Cheffe du desk Afrique'],
      es: ['Editor de la sección de África', 'Editora de la sección de África'],
    },
  ],
  partner: [
    { en: 'Programme Manager', fr: same('Responsable de programme'), es: same('Gerente de programa') },
    { en: 'Partnerships Officer', fr: ['Chargé des partenariats', 'Chargée des partenariats'], es: same('Oficial de alianzas') },
    {
      en: 'Head of Office',
      fr: ['Chef de bureau', 'Cheffe de bureau'],
      es: ['Jefe de oficina', 'Jefa de oficina'],
      ar: ['رئيس المكتب', 'رئيسة المكتب'],
    },
    {
      en: 'Chief of Mission',
      fr: ['Chef de mission', 'Cheffe de mission'],
      es: ['Jefe de misión', 'Jefa de misión'],
      ar: ['رئيس البعثة', 'رئيسة البعثة'],
    },
  ],
  expert: [
    {
      en: 'Senior Protection Officer',
      fr: ['Administrateur principal chargé de la protection', 'Administratrice principale chargée de la protection'],
      es: same('Oficial superior de protección'),
    },
    {
      en: 'Migration Health Specialist',
      fr: same('Spécialiste de la santé des migrants'),
      es: same('Especialista en salud de los migrantes'),
    },
    {
      en: 'Climate and Displacement Adviser',
      fr: ['Conseiller climat et déplacements', 'Conseillère climat et déplacements'],
      es: ['Asesor sobre clima y desplazamiento', 'Asesora sobre clima y desplazamiento'],
    },
    {
      en: 'Legal Adviser',
      fr: ['Conseiller juridique', 'Conseillère juridique'],
      es: ['Asesor jurídico', 'Asesora jurídica'],
      ar: ['مستشار قانوني', 'مستشارة قانونية'],
    },
    { en: 'Nutrition Specialist', fr: same('Spécialiste en nutrition'), es: same('Especialista en nutrición') },
  ],
};

/** Honorifics as written in each language: [male, female, doctor male, doctor female]. */
export const HONORIFICS: Readonly<Record<string, readonly [string, string, string, string]>> = {
  en: ['Mr', 'Ms', 'Dr', 'Dr'],
  fr: ['M.', 'Mme', 'Dr', 'Dre'],
  es: ['Sr.', 'Sra.', 'Dr.', 'Dra.'],
  ar: ['السيد', 'السيدة', 'د.', 'د.'],
};

export const NOTES: Readonly<Record<'en' | 'fr' | 'es', readonly string[]>> = {
  en: [
    'Prefers WhatsApp for urgent requests.',
    'Available for radio interviews in English and French.',
    'Do not call before 9:00 local time.',
    'Travels often across the region; email first.',
    'Met at the Global Refugee Forum.',
  ],
  fr: [
    'Préfère être contacté·e par WhatsApp pour les demandes urgentes.',
    'Disponible pour des interviews radio en français et en anglais.',
    'Ne pas appeler avant 9 h, heure locale.',
    'Se déplace souvent dans la région : écrire d’abord.',
  ],
  es: [
    'Prefiere WhatsApp para solicitudes urgentes.',
    'Disponible para entrevistas en español e inglés.',
    'No llamar antes de las 9:00, hora local.',
  ],
};

export const DO_NOT_CONTACT_REASONS: readonly string[] = [
  'On leave until further notice',
  'Asked not to receive press releases',
  'Left the organisation; ask the office for a successor',
];
