/**
 * Our own articles for the suggestion review tests, written for them: each has quotes with
 * a reporting verb and a named speaker (named in full, then by surname), an attribution to
 * an institution, and figures (count, money, percent, duration, year).
 */
export const ARABIC_HEALTH = [
  'أعلنت وزارة الصحة في عمّان، يوم الخميس، عن خطة جديدة لتوسيع المستشفيات الحكومية في المحافظات الشمالية.',
  '',
  'وقالت سلمى الخطيب، وزيرة الصحة، إن الخطة تشمل بناء 12 مستشفى جديداً خلال ثلاث سنوات.',
  '',
  'وأضافت الخطيب: «لن نترك أي محافظة دون رعاية صحية لائقة».',
  '',
  'وبلغت كلفة المشروع نحو 450 مليون دينار، بحسب بيان الوزارة.',
  '',
  'وأشار مدير التخطيط في الوزارة، عمر الزعبي، إلى أن نسبة إشغال الأسرّة تجاوزت 95% في الشتاء الماضي.',
  '',
  'وقال الزعبي: «الضغط على المستشفيات الحالية لم يعد يُحتمل».',
].join('\n');

export const AR = {
  minister: 'سلمى الخطيب',
  ministerSurname: 'الخطيب',
  directQuote: 'لن نترك أي محافظة دون رعاية صحية لائقة',
  plannerQuote: 'الضغط على المستشفيات الحالية لم يعد يُحتمل',
  planner: 'عمر الزعبي',
  plannerSurname: 'الزعبي',
  hospitals: '12 مستشفى', // the counted noun is part of the figure (guidelines)
  years: 'ثلاث سنوات',
  cost: '450 مليون دينار',
  percent: '95%',
};

export const ENGLISH_WATER = [
  'The city council approved a plan on Tuesday to replace 3,400 lead water pipes before the end of 2026.',
  '',
  '"Every family deserves safe water from the tap," said Maria Okafor, the council\'s head of public works.',
  '',
  "The work will cost about $18 million, according to the council's budget office.",
  '',
  'Okafor said crews had already replaced 640 pipes in the eastern district.',
  '',
  '"We will publish the test results every month," added David Lindqvist, a council spokesman.',
].join('\n');

export const EN = {
  openingQuote: 'Every family deserves safe water from the tap',
  okafor: 'Maria Okafor',
  lastQuote: 'We will publish the test results every month',
  spokesman: 'David Lindqvist',
  pipes: '3,400',
  year: '2026',
  cost: '$18 million',
  replaced: '640',
};
