// Units that follow (or precede) a number: currencies, percent, durations, measures.
import { foldedMap, foldedSet, words } from './util';
import { WORLD_CURRENCY_CODES } from './currencies';

function forms(list: Array<[string[], string]>): Map<string, string> {
  return foldedMap(list.flatMap(([ws, unit]) => ws.map((w) => [w, unit] as const)));
}

/** Arabic currency words (folded) → default ISO code; an adjective after it may refine the code. */
export const AR_CURRENCIES = forms([
  [['دولار', 'دولارا', 'دولاراً', 'دولارات', 'الدولارات'], 'USD'],
  [['يورو'], 'EUR'],
  [['جنيه', 'جنيها', 'جنيهاً', 'جنيهات'], 'EGP'],
  [['درهم', 'درهما', 'درهماً', 'دراهم'], 'AED'],
  [['ريال', 'ريالا', 'ريالاً', 'ريالات'], 'SAR'],
  [['دينار', 'دينارا', 'ديناراً', 'دنانير'], 'dinar'],
  [['ليرة', 'ليرات'], 'lira'],
  [['شيكل', 'شيكلا', 'شيكلاً', 'شواكل'], 'ILS'],
  [['روبية', 'روبيات'], 'rupee'],
  [['ين'], 'JPY'],
  [['يوان'], 'CNY'],
  [['فرنك', 'فرنكات'], 'franc'],
  // The Algerian dinar as Algerian papers abbreviate it after the amount: 7.000 دج.
  [['دج'], 'DZD'],
]);

/** Nationality adjectives after a currency word that fix its code (درهم مغربي, ريال قطري). */
export const AR_CURRENCY_ADJECTIVES = forms([
  [['أمريكي', 'أميركي'], 'USD'],
  [['كندي'], 'CAD'],
  [['أسترالي'], 'AUD'],
  [['مصري'], 'EGP'],
  [['إسترليني', 'استرليني'], 'GBP'],
  [['سوداني'], 'SDG'],
  [['مغربي'], 'MAD'],
  [['إماراتي'], 'AED'],
  [['قطري'], 'QAR'],
  [['عماني'], 'OMR'],
  [['سعودي'], 'SAR'],
  [['يمني'], 'YER'],
  [['إيراني'], 'IRR'],
  [['أردني'], 'JOD'],
  [['كويتي'], 'KWD'],
  [['عراقي'], 'IQD'],
  [['تونسي'], 'TND'],
  [['ليبي'], 'LYD'],
  [['بحريني'], 'BHD'],
  [['جزائري'], 'DZD'],
  [['لبنانية', 'لبناني'], 'LBP'],
  [['سورية', 'سوري'], 'SYP'],
  [['تركية', 'تركي'], 'TRY'],
  [['سويسري'], 'CHF'],
]);

export const EN_CURRENCY_WORDS = new Map<string, string>([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['riyal', 'SAR'],
  ['riyals', 'SAR'],
  ['dirham', 'AED'],
  ['dirhams', 'AED'],
  ['dinar', 'dinar'],
  ['dinars', 'dinar'],
  ['shekel', 'ILS'],
  ['shekels', 'ILS'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['rupee', 'rupee'],
  ['rupees', 'rupee'],
  ['lira', 'lira'],
  ['francs', 'franc'],
]);

export const CURRENCY_CODES = new Set([
  ...words('USD EUR GBP EGP SAR AED QAR KWD OMR BHD JOD LBP SYP IQD MAD DZD TND LYD SDG ILS TRY IRR JPY CNY CHF CAD AUD INR'),
  ...words(WORLD_CURRENCY_CODES),
]);

/** Symbols written before the amount. */
export const CURRENCY_SYMBOLS = new Map<string, string>([
  ['$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['₪', 'ILS'],
  ['₹', 'INR'],
]);

/** Scale abbreviations glued to an amount ($4.5m, £1.2bn, 30k). */
export const EN_SCALE_SUFFIXES = new Map<string, number>([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
  // Wire style: $4.5bln, 300mln.
  ['mln', 1e6],
  ['bln', 1e9],
  ['trln', 1e12],
]);

/** Arabic percent words after a number: بالمئة، بالمائة، بالمية (one token) or في المئة (two). */
export const AR_PERCENT_ONE = foldedSet(['بالمئة', 'بالمائة', 'بالمية', 'بالمئه', 'بالمائه']);
export const AR_PERCENT_TWO = foldedSet(['المئة', 'المائة', 'المية', 'المئه', 'المائه']);

export interface TimeUnit {
  unit: string;
  /** Dual forms mean two of the unit by themselves (يومين). */
  dual: boolean;
}

function timeForms(list: Array<[string[], string[], string]>): Map<string, TimeUnit> {
  return foldedMap<TimeUnit>(
    list.flatMap(([plain, duals, unit]): Array<readonly [string, TimeUnit]> => [
      ...plain.map((w) => [w, { unit, dual: false }] as const),
      ...duals.map((w) => [w, { unit, dual: true }] as const),
    ]),
  );
}

export const AR_TIME_UNITS = timeForms([
  [['ثانية', 'ثوان', 'ثواني', 'ثوانٍ'], ['ثانيتين', 'ثانيتان'], 'second'],
  [['دقيقة', 'دقائق'], ['دقيقتين', 'دقيقتان'], 'minute'],
  [['ساعة', 'ساعات'], ['ساعتين', 'ساعتان'], 'hour'],
  [['يوم', 'يوما', 'يوماً', 'أيام'], ['يومين', 'يومان'], 'day'],
  [['أسبوع', 'أسبوعا', 'أسبوعاً', 'أسابيع'], ['أسبوعين', 'أسبوعان'], 'week'],
  [['شهر', 'شهرا', 'شهراً', 'أشهر', 'شهور'], ['شهرين', 'شهران'], 'month'],
  [['سنة', 'سنوات', 'سنين', 'عام', 'عاما', 'عاماً', 'أعوام'], ['سنتين', 'سنتان', 'عامين', 'عامان'], 'year'],
  [['عقد', 'عقود'], ['عقدين', 'عقدان'], 'decade'],
  [['قرن', 'قرون'], ['قرنين', 'قرنان'], 'century'],
]);

/** Definite duals count only with these (العامين الماضيين = the past two years). */
export const AR_DUAL_TIME_QUALIFIERS = foldedSet(['الماضيين', 'المقبلين', 'الأخيرين', 'القادمين', 'الأولين']);

export const EN_TIME_UNITS = new Map<string, string>([
  ['second', 'second'],
  ['seconds', 'second'],
  ['minute', 'minute'],
  ['minutes', 'minute'],
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
  ['decade', 'decade'],
  ['decades', 'decade'],
  ['century', 'century'],
  ['centuries', 'century'],
  ['fortnight', 'fortnight'],
]);

export const AR_MEASURES = forms([
  [['كيلومتر', 'كيلومترا', 'كيلومترات', 'كم', 'كلم'], 'km'],
  [['متر', 'مترا', 'متراً', 'أمتار'], 'm'],
  [['سنتيمتر', 'سنتيمترات', 'سم'], 'cm'],
  [['مليمتر', 'مليمترات', 'ملم', 'مم', 'ملليمتر', 'ملليمترات'], 'mm'],
  [['ميلليلتر', 'مليلتر', 'مل'], 'ml'],
  [['قيراط', 'قراريط'], 'carat'],
  [['عقدة'], 'kn'],
  [['ميل', 'أميال'], 'mi'],
  [['كيلوغرام', 'كيلوجرام', 'كيلوغرامات', 'كغ', 'كلغ', 'كيلو'], 'kg'],
  [['غرام', 'جرام', 'غرامات'], 'g'],
  [['طن', 'طنا', 'طناً', 'أطنان'], 't'],
  [['لتر', 'لترا', 'لتراً', 'لترات'], 'l'],
  [['برميل', 'براميل'], 'barrel'],
  [['ميغاواط', 'ميجاوات', 'ميغاوات', 'ميجاواط', 'ميغاوط'], 'MW'],
  [['كيلوواط', 'كيلووات', 'كيلو واط'], 'kW'],
  [['غيغاواط', 'جيجاوات', 'غيغاوات', 'جيجاواط'], 'GW'],
  [['واط', 'وات'], 'W'],
  [['كيلوفولت', 'كيلو فولت'], 'kV'],
  [['فولت'], 'V'],
  [['أمبير', 'امبير', 'أمبيرات'], 'A'],
  [['قدم', 'أقدام'], 'ft'],
  [['بوصة', 'إنش', 'بوصات'], 'in'],
  [['ميل بحري'], 'nmi'],
  [['كيلوبايت'], 'kB'],
  [['ميغابايت', 'ميجابايت'], 'MB'],
  [['غيغابايت', 'جيجابايت'], 'GB'],
  [['هكتار', 'هكتارات'], 'ha'],
  [['دونم', 'دونمات', 'دونما'], 'dunam'],
  [['فدان', 'أفدنة', 'فدانا'], 'feddan'],
  [['درجة', 'درجات'], '°'],
  [['فهرنهايت'], '°F'],
  [['نقطة', 'نقاط'], 'point'],
]);

/** Qualifiers completing an Arabic measure (درجة مئوية, متر مربع). */
export const AR_MEASURE_QUALIFIERS = forms([
  [['مئوية'], '°C'],
  [['مربع', 'مربعا', 'مربعة'], '²'],
  [['مكعب', 'مكعبا'], '³'],
  [['أساس'], 'bp'],
  [['ساعة'], 'h'],
]);

export const EN_MEASURES = new Map<string, string>([
  ['km', 'km'],
  ['kilometre', 'km'],
  ['kilometres', 'km'],
  ['kilometer', 'km'],
  ['kilometers', 'km'],
  ['metre', 'm'],
  ['metres', 'm'],
  ['meter', 'm'],
  ['meters', 'm'],
  ['cm', 'cm'],
  ['centimetre', 'cm'],
  ['centimetres', 'cm'],
  ['centimeter', 'cm'],
  ['centimeters', 'cm'],
  ['mm', 'mm'],
  ['millimetre', 'mm'],
  ['millimetres', 'mm'],
  ['millimeter', 'mm'],
  ['millimeters', 'mm'],
  ['mile', 'mi'],
  ['miles', 'mi'],
  ['kg', 'kg'],
  ['kilogram', 'kg'],
  ['kilograms', 'kg'],
  ['kilos', 'kg'],
  ['gram', 'g'],
  ['grams', 'g'],
  ['tonne', 't'],
  ['tonnes', 't'],
  ['ton', 't'],
  ['tons', 't'],
  ['litre', 'l'],
  ['litres', 'l'],
  ['liter', 'l'],
  ['liters', 'l'],
  ['barrel', 'barrel'],
  ['barrels', 'barrel'],
  ['megawatt', 'MW'],
  ['megawatts', 'MW'],
  ['mw', 'MW'],
  ['gw', 'GW'],
  ['kwh', 'kWh'],
  ['hectare', 'ha'],
  ['hectares', 'ha'],
  ['acre', 'acre'],
  ['acres', 'acre'],
  ['inch', 'in'],
  ['inches', 'in'],
  ['foot', 'ft'],
  ['feet', 'ft'],
  ['degree', '°'],
  ['degrees', '°'],
  ['c', '°C'],
  ['f', '°F'],
  ['bp', 'bp'],
  ['bps', 'bp'],
  ['sq', '²'],
  ['square', '²'],
  ['ha', 'ha'],
  ['lb', 'lb'],
  ['lbs', 'lb'],
  ['pounds', 'lb'],
  ['celsius', '°C'],
  ['centigrade', '°C'],
  ['fahrenheit', '°F'],
  ['kilowatt', 'kW'],
  ['kilowatts', 'kW'],
  ['kw', 'kW'],
  ['kwh', 'kWh'],
  ['kilowatt-hour', 'kWh'],
  ['kilowatt-hours', 'kWh'],
  ['megawatt-hour', 'MWh'],
  ['megawatt-hours', 'MWh'],
  ['mwh', 'MWh'],
  ['gigawatt', 'GW'],
  ['gigawatts', 'GW'],
  ['gwh', 'GWh'],
  ['volt', 'V'],
  ['volts', 'V'],
  ['kv', 'kV'],
  ['kilovolt', 'kV'],
  ['kilovolts', 'kV'],
  ['amp', 'A'],
  ['amps', 'A'],
  ['ampere', 'A'],
  ['amperes', 'A'],
  ['watt', 'W'],
  ['watts', 'W'],
  ['yard', 'yd'],
  ['yards', 'yd'],
  ['ounce', 'oz'],
  ['ounces', 'oz'],
  ['oz', 'oz'],
  ['gallon', 'gal'],
  ['gallons', 'gal'],
  ['mph', 'mph'],
  ['km/h', 'km/h'],
  ['kph', 'km/h'],
  ['terabyte', 'TB'],
  ['terabytes', 'TB'],
  ['gigabyte', 'GB'],
  ['gigabytes', 'GB'],
  ['megabytes', 'MB'],
  ['megabyte', 'MB'],
  // Abbreviations and units of the South Asian and Gulf press (1,200 sq ft, 40 MCM, 500 MLD, 20 quintals, 2,000 cusecs).
  ['ft', 'ft'],
  ['sqft', 'ft²'],
  ['sqm', 'm²'],
  ['ml', 'ml'],
  ['millilitre', 'ml'],
  ['millilitres', 'ml'],
  ['kilolitre', 'kl'],
  ['kilolitres', 'kl'],
  ['megalitre', 'Ml'],
  ['megalitres', 'Ml'],
  ['mcm', 'mcm'],
  ['mld', 'MLD'],
  ['tmcft', 'tmcft'],
  ['tmc', 'tmcft'],
  ['cusecs', 'cusec'],
  ['cumecs', 'cumec'],
  ['quintal', 'quintal'],
  ['quintals', 'quintal'],
  ['knots', 'kn'],
  ['horsepower', 'hp'],
  ['hp', 'hp'],
]);

/** A number right after one of these is an identifier, not a figure (رقم 5، القرار 2334، Article 12). */
export const AR_IDENTIFIER_WORDS = foldedSet(
  words(`رقم الرقم برقم المادة مادة القرار قرار البند بند الفقرة فقرة الفصل صفحة ص الرحلة رحلة الطريق الخط خط
  شارع الشارع بشارع مبنى المبنى بوابة البوابة الطابق طابق منصة المنصة صالة الصالة رصيف الرصيف
  الحافلة غرفة الغرفة الكود كود الإصدار إصدار نسخة النسخة المرسوم مرسوم الحساب حساب الملف ملف القضية قضية`),
);
export const EN_IDENTIFIER_WORDS = new Set(
  words(`no no. number # id ref ref. article section chapter paragraph para page p. pp. flight route highway interstate
  bus room code version resolution decree case platform gate model apollo channel pin ext extension suite unit log
  reference incident docket ward`),
);

/** Words that turn nearby digits into phone numbers (للتواصل، هاتف، call). */
export const AR_PHONE_WORDS = foldedSet(
  words(`هاتف الهاتف هاتفي اتصال الاتصال بالاتصال اتصل للتواصل التواصل واتساب فاكس الساخن العملاء للاستفسار للتبليغ الأخضر الموحد
  للتبرع للحجز للشكاوى للاتصال المجاني`),
);
export const EN_PHONE_WORDS = new Set(
  words('phone telephone tel tel. call calling fax whatsapp hotline helpline text contact dial mobile'),
);

/** Words before a four-digit number that make it a year (عام 2023، in 2023). */
export const AR_YEAR_CUES = foldedSet(
  words(`عام العام لعام وعام سنة السنة منذ حتى بحلول مطلع نهاية بداية منتصف أواخر أوائل في خلال قبل بعد موازنة موسم`),
);
export const EN_YEAR_CUES = new Set(words('in since by until till before after of during early late mid from through around year'));

/**
 * Words before "from" / «من» that make "from X to Y" a spread of values (ranging from 5 to 9,
 * anywhere from four to eight weeks). Without one, "rose from £45 to £55" is a change: two
 * figures, where it started and where it ended (the blind writers split every such change).
 */
export const RANGE_SPREAD_CUES = new Set([
  ...words('ranging range ranges ranged varying vary varies varied anywhere spanning spans spanned lasting lasted lasts'),
  ...foldedSet(words('يتراوح تتراوح تراوح تراوحت يتراوحان تتراوحان ويتراوح وتتراوح وتراوح وتراوحت متراوحة')),
]);
