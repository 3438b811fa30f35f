/**
 * Countries and the cities where UN agencies and NGOs keep press officers, as release writers spell them in
 * English, French, Spanish, Portuguese and Arabic. One line per ISO 3166-1 country: `CC country names ; city names`.
 * A place is only ever used when a block names it; it is never inferred from a number.
 */
export const PLACE_TABLE = `
AF Afghanistan|Afganistán|Afeganistão|أفغانستان ; Kabul|Kaboul|Cabul|كابول|Herat|Hérat|Kandahar|Jalalabad|Mazar-i-Sharif
AL Albania|Albanie|Albânia ; Tirana|Tirane
DZ Algeria|Algérie|Argelia|Argélia|الجزائر ; Algiers|Alger|Argel|Tindouf|Tinduf
AO Angola|أنغولا ; Luanda|Dundo|Lunda Norte
AR Argentina|Argentine|الأرجنتين ; Buenos Aires
AM Armenia|Arménie|Armênia ; Yerevan|Erevan|Ereván
AU Australia|Australie|Austrália|أستراليا ; Canberra|Sydney|Melbourne
AT Austria|Autriche|Áustria|النمسا ; Vienna|Vienne|Viena|Wien|فيينا
AZ Azerbaijan|Azerbaïdjan|Azerbaiyán|Azerbaijão ; Baku|Bakou
BH Bahrain|Bahreïn|Baréin|Bahrein|البحرين ; Manama|المنامة
BD Bangladesh|بنغلاديش ; Dhaka|Dacca|Daca|دكا|Cox's Bazar|Cox Bazar|كوكس بازار|Kutupalong|Bhasan Char
BY Belarus|Bélarus|Biélorussie|Bielorrusia|Bielorrússia ; Minsk
BE Belgium|Belgique|Bélgica|بلجيكا ; Brussels|Bruxelles|Bruselas|Bruxelas|بروكسل|Antwerp|Anvers
BJ Benin|Bénin|Benín ; Cotonou|Porto-Novo
BO Bolivia|Bolivie|Bolívia ; La Paz|Santa Cruz de la Sierra
BA Bosnia and Herzegovina|Bosnie-Herzégovine|Bosnia y Herzegovina|Bósnia e Herzegovina ; Sarajevo|Bihac|Bihać
BW Botswana|Botsuana ; Gaborone
BR Brazil|Brésil|Brasil|البرازيل ; Brasília|Brasilia|São Paulo|Sao Paulo|Rio de Janeiro|Boa Vista|Pacaraima|Manaus|Belém|Recife|Salvador
BG Bulgaria|Bulgarie|Bulgária ; Sofia
BF Burkina Faso|بوركينا فاسو ; Ouagadougou|Bobo-Dioulasso|Kaya|Dori
BI Burundi ; Bujumbura|Gitega
KH Cambodia|Cambodge|Camboya|Camboja|كمبوديا ; Phnom Penh
CM Cameroon|Cameroun|Camerún|Camarões|الكاميرون ; Yaoundé|Yaounde|Douala|Maroua|Bertoua
CA Canada|Canadá|كندا ; Ottawa|Toronto|Montreal|Montréal
CV Cape Verde|Cabo Verde|Cap-Vert ; Praia
CF Central African Republic|République centrafricaine|Centrafrique|República Centroafricana|República Centro-Africana|جمهورية أفريقيا الوسطى ; Bangui
TD Chad|Tchad|Chade|تشاد ; N'Djamena|Ndjamena|N'Djaména|Abéché|Abeche|Farchana|انجامينا
CL Chile|Chili|تشيلي ; Santiago de Chile|Santiago|Arica|Iquique
CN China|Chine|الصين ; Beijing|Pékin|Pekín|Pequim|بكين|Shanghai
CO Colombia|Colombie|Colômbia|كولومبيا ; Bogotá|Bogota|Cúcuta|Cucuta|Medellín|Medellin|Cali|Barranquilla|Riohacha|Maicao|Necoclí|Cartagena
CG Republic of the Congo|Congo-Brazzaville|République du Congo ; Brazzaville
CD Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|RDC|RD Congo|République démocratique du Congo|República Democrática del Congo|República Democrática do Congo|جمهورية الكونغو الديمقراطية ; Kinshasa|Goma|Bukavu|Bunia|Kalemie|Lubumbashi|Beni|Kananga
CR Costa Rica|كوستاريكا ; San José|San Jose
CI Côte d'Ivoire|Cote d'Ivoire|Ivory Coast|Costa de Marfil|Costa do Marfim|كوت ديفوار ; Abidjan|Yamoussoukro
HR Croatia|Croatie|Croacia|Croácia ; Zagreb
CU Cuba ; Havana|La Havane|La Habana|Havana
CY Cyprus|Chypre|Chipre|قبرص ; Nicosia|Nicosie
CZ Czech Republic|Czechia|République tchèque|Tchéquie|Chequia|República Checa|Chéquia ; Prague|Praha|Praga
DK Denmark|Danemark|Dinamarca|الدنمارك ; Copenhagen|Copenhague|Copenhaga
DJ Djibouti|Yibuti|Djibuti|جيبوتي ; Djibouti-Ville|Obock
DO Dominican Republic|République dominicaine|República Dominicana ; Santo Domingo|Punta Cana
EC Ecuador|Équateur|Equador|الإكوادور ; Quito|Guayaquil|Tulcán|Huaquillas
EG Egypt|Égypte|Egipto|Egito|مصر ; Cairo|Le Caire|El Cairo|القاهرة|Alexandria|Alexandrie|Alejandría|الإسكندرية|Aswan|Assouan
SV El Salvador|السلفادور ; San Salvador
GQ Equatorial Guinea|Guinée équatoriale|Guinea Ecuatorial|Guiné Equatorial ; Malabo
ER Eritrea|Érythrée|Eritreia|إريتريا ; Asmara
EE Estonia|Estonie|Estônia ; Tallinn
SZ Eswatini|Swaziland ; Mbabane
ET Ethiopia|Éthiopie|Etiopía|Etiópia|إثيوبيا ; Addis Ababa|Addis-Abeba|Addis Abeba|أديس أبابا|Gambella|Gambela|Mekelle|Dollo Ado
FJ Fiji|Fidji|Fiyi ; Suva
FI Finland|Finlande|Finlandia|Finlândia|فنلندا ; Helsinki
FR France|Francia|França|فرنسا ; Paris|París|باريس|Lyon|Marseille|Strasbourg|Calais
GA Gabon|Gabón|Gabão ; Libreville
GM Gambia|The Gambia|Gambie|Gâmbia ; Banjul
GE Georgia|Géorgie|Geórgia ; Tbilisi|Tbilissi
DE Germany|Allemagne|Alemania|Alemanha|ألمانيا ; Berlin|Berlín|Bonn|Frankfurt|Munich|München|Hamburg
GH Ghana|Gana|غانا ; Accra
GR Greece|Grèce|Grecia|Grécia|اليونان ; Athens|Athènes|Atenas|أثينا|Lesvos|Lesbos|Mytilene|Thessaloniki|Samos
GT Guatemala|Guatémala ; Guatemala City|Ciudad de Guatemala|Tecún Umán|Tecun Uman
GN Guinea|Guinée|Guiné|غينيا ; Conakry
GW Guinea-Bissau|Guinée-Bissau|Guiné-Bissau ; Bissau
GY Guyana|Guiana ; Georgetown
HT Haiti|Haïti|Haití|هايتي ; Port-au-Prince|Puerto Príncipe|Porto Príncipe|Cap-Haïtien|Les Cayes|Jérémie
HN Honduras ; Tegucigalpa|San Pedro Sula
HK Hong Kong
HU Hungary|Hongrie|Hungría|Hungria ; Budapest
IS Iceland|Islande|Islandia|Islândia ; Reykjavik
IN India|Inde|Índia|الهند ; New Delhi|New-Delhi|Nueva Delhi|Nova Deli|Delhi|Mumbai
ID Indonesia|Indonésie|Indonésia|إندونيسيا ; Jakarta|Yakarta|Jacarta|جاكرتا
IR Iran|Irán|Irão|Islamic Republic of Iran|إيران ; Tehran|Téhéran|Teherán|Teerã|طهران
IQ Iraq|Irak|Iraque|العراق ; Baghdad|Bagdad|Bagdá|بغداد|Erbil|Irbil|أربيل|اربيل|Mosul|Mossoul|الموصل|Dohuk|Duhok|دهوك|Basra|البصرة|Sulaymaniyah
IE Ireland|Irlande|Irlanda|أيرلندا ; Dublin
IL Israel|Israël|إسرائيل ; Jerusalem|Jérusalem|Jerusalén|Jerusalém|القدس|Tel Aviv
IT Italy|Italie|Italia|Itália|إيطاليا ; Rome|Roma|روما|Milan|Milano|Catania|Palermo|Lampedusa|Brindisi|Naples|Napoli
JM Jamaica|Jamaïque ; Kingston
JP Japan|Japon|Japón|Japão|اليابان ; Tokyo|Tokio|Tóquio|طوكيو
JO Jordan|Jordanie|Jordania|Jordânia|الأردن ; Amman|Ammán|Amã|عمان|Zaatari|Za'atari|الزعتري|Azraq|الأزرق|Irbid|إربد
KZ Kazakhstan|Kazajistán|Cazaquistão ; Almaty|Astana
KE Kenya|Kenia|Quénia|Quênia|كينيا ; Nairobi|نيروبي|Kakuma|Dadaab|Mombasa
KR Republic of Korea|South Korea|Corée du Sud|Corea del Sur|Coreia do Sul ; Seoul|Séoul|Seúl
XK Kosovo ; Pristina|Prishtina
KW Kuwait|Koweït|الكويت ; Kuwait City
KG Kyrgyzstan|Kirghizistan|Kirguistán|Quirguistão ; Bishkek|Bichkek
LA Laos|Lao PDR ; Vientiane
LV Latvia|Lettonie|Letonia|Letônia ; Riga
LB Lebanon|Liban|Líbano|لبنان ; Beirut|Beyrouth|Beirute|بيروت|Zahle|Zahlé|Bekaa|Beqaa|البقاع
LS Lesotho|Lesoto ; Maseru
LR Liberia|Libéria|ليبيريا ; Monrovia
LY Libya|Libye|Libia|Líbia|ليبيا ; Tripoli|Trípoli|طرابلس|Benghazi|بنغازي|Misrata
LT Lithuania|Lituanie|Lituania|Lituânia ; Vilnius
LU Luxembourg|Luxemburgo
MO Macau|Macao
MG Madagascar|Madagáscar ; Antananarivo
MW Malawi|Malaui|Malávi ; Lilongwe|Blantyre|Dzaleka
MY Malaysia|Malaisie|Malasia|Malásia|ماليزيا ; Kuala Lumpur
MV Maldives|Maldivas ; Malé
ML Mali|مالي ; Bamako|Mopti|Gao|Tombouctou|Timbuktu|Ménaka
MT Malta|Malte ; Valletta|La Valette
MR Mauritania|Mauritanie|Mauritânia|موريتانيا ; Nouakchott|نواكشوط|Mbera|M'bera|Bassikounou
MX Mexico|Mexique|México|المكسيك ; Mexico City|Ciudad de México|Tapachula|Tijuana|Ciudad Juárez|Monterrey|Guadalajara
MD Moldova|Republic of Moldova|Moldavie|Moldavia|Moldávia ; Chisinau|Chișinău|Chişinău
MN Mongolia|Mongolie|Mongólia ; Ulaanbaatar
ME Montenegro|Monténégro ; Podgorica
MA Morocco|Maroc|Marruecos|Marrocos|المغرب ; Rabat|الرباط|Casablanca|الدار البيضاء|Tangier|Tanger|Oujda|Nador
MZ Mozambique|Moçambique|موزمبيق ; Maputo|Pemba|Beira|Cabo Delgado|Nampula
MM Myanmar|Birmanie|Burma|ميانمار ; Yangon|Rangoon|Naypyitaw|Nay Pyi Taw|Sittwe
NA Namibia|Namibie|Namíbia ; Windhoek
NP Nepal|Népal|نيبال ; Kathmandu|Katmandou|Katmandú
NL Netherlands|The Netherlands|Pays-Bas|Países Bajos|Países Baixos|هولندا ; The Hague|La Haye|La Haya|Haia|Amsterdam
NZ New Zealand|Nouvelle-Zélande|Nueva Zelanda|Nova Zelândia ; Wellington|Auckland
NI Nicaragua ; Managua
NE Niger|النيجر ; Niamey|Agadez|Diffa|Tillabéri|Tillaberi
NG Nigeria|Nigéria|نيجيريا ; Abuja|Lagos|Maiduguri|Yola
MK North Macedonia|Macédoine du Nord|Macedonia del Norte|Macedônia do Norte ; Skopje
NO Norway|Norvège|Noruega|النرويج ; Oslo
OM Oman|Omán|Omã|سلطنة عمان ; Muscat|Mascate|مسقط
PK Pakistan|Pakistán|Paquistão|باكستان ; Islamabad|إسلام آباد|Peshawar|Karachi|Quetta|Lahore
PS Palestine|State of Palestine|Palestina|Occupied Palestinian Territory|Territoire palestinien occupé|فلسطين|الأرض الفلسطينية المحتلة ; Gaza|Gaza City|غزة|Ramallah|رام الله|West Bank|Cisjordanie|Cisjordania|Cisjordânia|الضفة الغربية|Khan Younis|خان يونس|Rafah|رفح|Jenin|Hebron|Nablus
PA Panama|Panamá|بنما ; Panama City|Ciudad de Panamá|Cidade do Panamá|Darién|Darien
PG Papua New Guinea|Papouasie-Nouvelle-Guinée ; Port Moresby
PY Paraguay|Paraguai ; Asunción|Asuncion
PE Peru|Pérou|Perú|بيرو ; Lima|Tumbes|Cusco
PH Philippines|Filipinas|الفلبين ; Manila|Manille|Cotabato|Tacloban|Marawi
PL Poland|Pologne|Polonia|Polônia|Polónia|بولندا ; Warsaw|Varsovie|Varsovia|Varsóvia|Krakow|Kraków|Rzeszów|Przemyśl
PT Portugal|البرتغال ; Lisbon|Lisbonne|Lisboa|لشبونة|Porto
PR Puerto Rico ; San Juan
QA Qatar|Catar|قطر ; Doha|الدوحة
RO Romania|Roumanie|Rumania|Rumanía|Roménia|Romênia|رومانيا ; Bucharest|Bucarest|Bucareste
RU Russia|Russian Federation|Russie|Rusia|Rússia|روسيا ; Moscow|Moscou|Moscú|Moscovo|موسكو
RW Rwanda|Ruanda|رواندا ; Kigali
SA Saudi Arabia|Arabie saoudite|Arabia Saudita|Arábia Saudita|السعودية|المملكة العربية السعودية ; Riyadh|Riyad|Riad|الرياض|Jeddah|Djeddah|Yeda|جدة
SN Senegal|Sénégal|السنغال ; Dakar|داكار|Saint-Louis|Ziguinchor
RS Serbia|Serbie|Sérvia ; Belgrade|Belgrado
SL Sierra Leone|Serra Leoa|سيراليون ; Freetown
SG Singapore|Singapour|Singapur|Singapura
SK Slovakia|Slovaquie|Eslovaquia|Eslováquia ; Bratislava
SI Slovenia|Slovénie|Eslovenia|Eslovênia ; Ljubljana
SO Somalia|Somalie|Somália|الصومال ; Mogadishu|Mogadiscio|Mogadíscio|مقديشو|Hargeisa|Baidoa|Garowe
ZA South Africa|Afrique du Sud|Sudáfrica|África do Sul|جنوب أفريقيا ; Pretoria|Johannesburg|Johannesbourg|Joanesburgo|Cape Town|Le Cap|Ciudad del Cabo|Cidade do Cabo|Durban
SS South Sudan|Soudan du Sud|Sudán del Sur|Sudão do Sul|جنوب السودان ; Juba|جوبا|Malakal|Bentiu|Wau
ES Spain|Espagne|España|Espanha|إسبانيا ; Madrid|مدريد|Barcelona|Melilla|Ceuta|Almería|Almeria|Málaga|Malaga|Las Palmas|Canary Islands|Islas Canarias
LK Sri Lanka ; Colombo
SD Sudan|Soudan|Sudán|Sudão|السودان ; Khartoum|Jartum|Cartum|الخرطوم|Port Sudan|بورتسودان|Darfur|دارفور|El Fasher|Nyala
SR Suriname|Surinam ; Paramaribo
SE Sweden|Suède|Suecia|Suécia|السويد ; Stockholm|Estocolmo
CH Switzerland|Suisse|Suiza|Suíça|سويسرا ; Geneva|Genève|Geneve|Genf|Ginebra|Genebra|Ginevra|جنيف|Bern|Berne|Berna|Zurich|Zürich|Lausanne|Basel|Bâle
SY Syria|Syrian Arab Republic|Syrie|Siria|Síria|سوريا|سورية ; Damascus|Damas|Damasco|دمشق|Aleppo|Alep|Alepo|حلب|Homs|حمص|Idlib|Idleb|إدلب|ادلب|Qamishli|Deir ez-Zor|Raqqa|الرقة
TJ Tajikistan|Tadjikistan|Tayikistán|Tajiquistão ; Dushanbe|Douchanbé
TZ Tanzania|United Republic of Tanzania|Tanzanie|Tanzânia|تنزانيا ; Dar es Salaam|Dodoma|Kigoma
TH Thailand|Thaïlande|Tailandia|Tailândia|تايلاند ; Bangkok|Banguecoque|بانكوك|Mae Sot|Chiang Mai
TL Timor-Leste|East Timor|Timor Oriental ; Dili
TG Togo ; Lomé|Lome
TT Trinidad and Tobago|Trinité-et-Tobago|Trinidad y Tobago ; Port of Spain
TN Tunisia|Tunisie|Túnez|Tunísia|تونس ; Tunis|Sfax|Zarzis|Médenine|Medenine
TR Turkey|Türkiye|Turquie|Turquía|Turquia|تركيا ; Ankara|أنقرة|Istanbul|Estambul|Istambul|إسطنبول|اسطنبول|Gaziantep|غازي عنتاب|Hatay|Şanlıurfa|Izmir|İzmir
TM Turkmenistan|Turkménistan ; Ashgabat
UG Uganda|Ouganda|أوغندا ; Kampala|Kiryandongo|Arua|Bidibidi
UA Ukraine|Ucrania|Ucrânia|أوكرانيا ; Kyiv|Kiev|Kyïv|Lviv|Odesa|Odessa|Kharkiv|Dnipro|Uzhhorod
AE United Arab Emirates|UAE|Émirats arabes unis|Emiratos Árabes Unidos|Emirados Árabes Unidos|الإمارات|الإمارات العربية المتحدة ; Dubai|Dubaï|Dubái|دبي|Abu Dhabi|Abou Dhabi|أبوظبي|أبو ظبي
GB United Kingdom|UK|Royaume-Uni|Reino Unido|المملكة المتحدة|Great Britain|England|Scotland ; London|Londres|لندن|Manchester|Edinburgh|Oxford|Huntingdon
US United States|United States of America|USA|États-Unis|Etats-Unis|Estados Unidos|الولايات المتحدة ; New York|New York City|NYC|Nueva York|Nova Iorque|Nova York|نيويورك|Washington|Washington DC|Washington D.C.|واشنطن|Miami|Los Angeles|Chicago|San Francisco|Boston|Atlanta|Houston
UY Uruguay|Uruguai ; Montevideo
UZ Uzbekistan|Ouzbékistan|Uzbekistán|Uzbequistão ; Tashkent|Tachkent
VE Venezuela|فنزويلا ; Caracas|Maracaibo|San Cristóbal
VN Viet Nam|Vietnam|Vietnã|فيتنام ; Hanoi|Hanói|Ho Chi Minh City
YE Yemen|Yémen|Iémen|Iêmen|اليمن ; Sana'a|Sanaa|Saná|صنعاء|Aden|Adén|Áden|عدن|Hodeidah|Al Hudaydah|الحديدة|Marib|مأرب|Taiz|تعز
ZM Zambia|Zambie|Zâmbia|زامبيا ; Lusaka
ZW Zimbabwe|Zimbábue|زيمبابوي ; Harare
`;

/** Regions a title or office may cover; they are not places a number can be dialled from. */
export const REGION_NAMES = [
  'Europe',
  'Africa',
  'Asia',
  'Americas',
  'the Americas',
  'Middle East',
  'North Africa',
  'Middle East and North Africa',
  'MENA',
  'West Africa',
  'Western Africa',
  'Central Africa',
  'West and Central Africa',
  'East Africa',
  'Eastern Africa',
  'East and Horn of Africa',
  'Southern Africa',
  'Horn of Africa',
  'Great Lakes',
  'Sahel',
  'Central Sahel',
  'Asia and the Pacific',
  'Asia-Pacific',
  'Asia Pacific',
  'Latin America',
  'Latin America and the Caribbean',
  'Caribbean',
  'Central America',
  'South America',
  'North America',
  'Central Asia',
  'South Asia',
  'South-East Asia',
  'Southeast Asia',
  'Eastern Europe',
  'Western Balkans',
  'Balkans',
  'Mediterranean',
  'Afrique',
  "Afrique de l'Ouest",
  'Afrique centrale',
  "Afrique de l'Ouest et du Centre",
  "Afrique de l'Est",
  'Afrique australe',
  'Afrique du Nord',
  'Moyen-Orient',
  'Moyen-Orient et Afrique du Nord',
  'Amérique latine',
  'Amérique latine et Caraïbes',
  'Amériques',
  'Asie',
  'Asie-Pacifique',
  'Caraïbes',
  'Grands Lacs',
  'África',
  'África Occidental',
  'África Ocidental',
  'África Central',
  'África Oriental',
  'África Austral',
  'Oriente Medio',
  'Oriente Médio',
  'Médio Oriente',
  'Oriente Próximo',
  'América Latina',
  'América Latina y el Caribe',
  'América Latina e Caribe',
  'América Latina e o Caribe',
  'Centroamérica',
  'América Central',
  'Sudamérica',
  'América del Sur',
  'América do Sul',
  'Caribe',
  'las Américas',
  'Américas',
  'Europa',
  'أوروبا',
  'أفريقيا',
  'الشرق الأوسط',
  'شمال أفريقيا',
  'الشرق الأوسط وشمال أفريقيا',
  'آسيا',
];
