// Name handling: folding for comparisons, mojibake detection, country-name normalisation.

// Fold a name for comparison: strip diacritics, lower-case, unify punctuation and "&".
export function fold(s) {
  return String(s)
    .replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function slug(s) {
  return fold(s).replace(/ /g, '-');
}

// True when a string carries the typical traces of a wrong decoding: U+FFFD, "ï¿½" (UTF-8 of
// U+FFFD read as Latin-1), "Ã" + Latin-1 continuation, halfwidth-katakana noise "ï¾".
export function isMojibake(s) {
  return /\uFFFD|ï¿½|ï¾|Ã[\u0080-\u00BF]|Â[\u0080-\u00BF]/.test(String(s));
}

// Country names as the Wikipedia lists spell them -> ISO 3166-1 alpha-2. Variants such as
// "England, United Kingdom", "Scotland" or "Réunion, France" are resolved here.
const COUNTRY = {
  'afghanistan': 'AF', 'albania': 'AL', 'algeria': 'DZ', 'andorra': 'AD', 'angola': 'AO',
  'antigua and barbuda': 'AG', 'argentina': 'AR', 'armenia': 'AM', 'australia': 'AU', 'austria': 'AT',
  'azerbaijan': 'AZ', 'bahamas': 'BS', 'bahrain': 'BH', 'bangladesh': 'BD', 'barbados': 'BB',
  'belarus': 'BY', 'belgium': 'BE', 'belize': 'BZ', 'benin': 'BJ', 'bermuda': 'BM', 'bolivia': 'BO',
  'bosnia and herzegovina': 'BA', 'bosnia and hercegovina': 'BA', 'botswana': 'BW', 'brazil': 'BR',
  'brunei': 'BN', 'bulgaria': 'BG', 'burkina faso': 'BF', 'burundi': 'BI', 'cambodia': 'KH',
  'cameroon': 'CM', 'canada': 'CA', 'cape verde': 'CV', 'central african republic': 'CF', 'chad': 'TD',
  'chile': 'CL', 'china': 'CN', 'colombia': 'CO', 'congo': 'CG', 'cook islands': 'CK',
  'costa rica': 'CR', 'croatia': 'HR', 'cuba': 'CU', 'cyprus': 'CY', 'czech republic': 'CZ',
  'democratic republic of the congo': 'CD', 'denmark': 'DK', 'djibouti': 'DJ', 'dominica': 'DM',
  'dominican republic': 'DO', 'east timor': 'TL', 'timor leste': 'TL', 'ecuador': 'EC', 'egypt': 'EG',
  'el salvador': 'SV', 'equatorial guinea': 'GQ', 'estonia': 'EE', 'eswatini': 'SZ', 'ethiopia': 'ET',
  'falkland islands': 'FK', 'faroe islands': 'FO', 'federated states of micronesia': 'FM', 'micronesia': 'FM',
  'fiji': 'FJ', 'finland': 'FI', 'aland islands finland': 'AX', 'france': 'FR', 'french guiana france': 'GF',
  'french polynesia': 'PF', 'gabon': 'GA', 'gambia': 'GM', 'georgia': 'GE', 'georgia country': 'GE',
  'germany': 'DE', 'ghana': 'GH', 'gibraltar': 'GI', 'greece': 'GR', 'grece': 'GR', 'greenland': 'GL',
  'grenada': 'GD', 'guadeloupe france': 'GP', 'guam': 'GU', 'guatemala': 'GT', 'guinea': 'GN',
  'guinea bissau': 'GW', 'guyana': 'GY', 'haiti': 'HT', 'honduras': 'HN', 'hungary': 'HU',
  'iceland': 'IS', 'island': 'IS', 'india': 'IN', 'indonesia': 'ID', 'iran': 'IR', 'iraq': 'IQ',
  'ireland': 'IE', 'republic of ireland': 'IE', 'isle of man': 'IM', 'israel': 'IL', 'italy': 'IT',
  'in italy': 'IT', 'ivory coast': 'CI', 'jamaica': 'JM', 'japan': 'JP', 'japa': 'JP', 'jersey': 'JE',
  'jordan': 'JO', 'kazakhstan': 'KZ', 'kazakhstah': 'KZ', 'kenya': 'KE', 'kosovo': 'XK', 'kuwait': 'KW',
  'kyrgyzstan': 'KG', 'laos': 'LA', 'latvia': 'LV', 'lebanon': 'LB', 'lesotho': 'LS', 'liberia': 'LR',
  'libya': 'LY', 'lithuania': 'LT', 'luxembourg': 'LU', 'madagascar': 'MG', 'madagaskar': 'MG',
  'malawi': 'MW', 'malaysia': 'MY', 'maldives': 'MV', 'mali': 'ML', 'malta': 'MT',
  'marshall islands': 'MH', 'martinique france': 'MQ', 'mauritania': 'MR', 'mauritius': 'MU',
  'mayotte': 'YT', 'mexico': 'MX', 'moldova': 'MD', 'moldavia': 'MD', 'monaco': 'MC', 'mongolia': 'MN',
  'montenegro': 'ME', 'morocco': 'MA', 'mozambique': 'MZ', 'myanmar': 'MM', 'namibia': 'NA',
  'nepal': 'NP', 'netherlands': 'NL', 'new caledonia': 'NC', 'new zealand': 'NZ', 'nicaragua': 'NI',
  'niger': 'NE', 'nigeria': 'NG', 'north korea': 'KP', 'north macedonia': 'MK',
  'northern cyprus': 'CY', 'northern mariana islands': 'MP', 'norway': 'NO', 'oman': 'OM',
  'pakistan': 'PK', 'palau': 'PW', 'palestine': 'PS', 'west bank': 'PS', 'panama': 'PA',
  'papua new guinea': 'PG', 'paraguay': 'PY', 'peru': 'PE', 'philippines': 'PH', 'poland': 'PL',
  'portugal': 'PT', 'azores portugal': 'PT', 'algarve portugal': 'PT', 'puerto rico': 'PR', 'qatar': 'QA',
  'reunion france': 'RE', 'romania': 'RO', 'russia': 'RU', 'rwanda': 'RW', 'saint kitts and nevis': 'KN',
  'saint lucia': 'LC', 'saint vincent and the grenadines': 'VC', 'samoa': 'WS', 'san marino': 'SM',
  'sao tome and principe': 'ST', 'saudi arabia': 'SA', 'senegal': 'SN', 'serbia': 'RS', 'seychelles': 'SC',
  'sierra leone': 'SL', 'slovakia': 'SK', 'slovenia': 'SI', 'solomon islands': 'SB', 'somalia': 'SO',
  'south africa': 'ZA', 'south korea': 'KR', 'spain': 'ES', 'sri lanka': 'LK', 'sudan': 'SD',
  'suriname': 'SR', 'surinam': 'SR', 'sweden': 'SE', 'switzerland': 'CH', 'syria': 'SY', 'taiwan': 'TW',
  'tajikistan': 'TJ', 'tanzania': 'TZ', 'thailand': 'TH', 'togo': 'TG', 'tonga': 'TO',
  'trinidad and tobago': 'TT', 'tunisia': 'TN', 'turkey': 'TR', 'turkmenistan': 'TM', 'uganda': 'UG',
  'ukraine': 'UA', 'united arab emirates': 'AE', 'united kingdom': 'GB', 'england': 'GB',
  'scotland': 'GB', 'wales': 'GB', 'northern ireland': 'GB', 'united states': 'US', 'uruguay': 'UY',
  'uzbekistan': 'UZ', 'vanuatu': 'VU', 'venezuela': 'VE', 'vietnam': 'VN', 'western sahara': 'EH',
  'yemen': 'YE', 'zambia': 'ZM', 'zimbabwe': 'ZW', 'congo republic': 'CG',
};

// "England, United Kingdom", "England" and "United Kingdom" all give "GB"; "Brandenburg, Germany"
// gives "DE"; "Rauma, Norway" gives "NO". Returns '' when unknown.
export function countryCode(name) {
  const f = fold(name);
  if (!f) return '';
  if (COUNTRY[f]) return COUNTRY[f];
  const parts = String(name).split(',').map(s => fold(s)).filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) if (COUNTRY[parts[i]]) return COUNTRY[parts[i]];
  return '';
}

// UK nation from a list's country spelling ("Wales, United Kingdom" -> "Wales").
export function ukNation(name) {
  const f = fold(name);
  for (const n of ['england', 'scotland', 'wales', 'northern ireland']) if (f.startsWith(n)) return n;
  return '';
}
