/**
 * Our own articles for search, speaker and fact-check tests (nothing from ../shared).
 * The first ends with a keyword line typed on a Persian keyboard (ی and ک), as scraped
 * Arabic pages often do.
 */
export const AR_DIPLOMACY = [
  'وصل وزير الخارجية الأمريكي إلى الدوحة اليوم الثلاثاء لاستكمال المفاوضات.',
  '',
  'وقال سامويل وربيرج، المتحدث باسم الخارجية الأمريكية، إن «الاجتماعات كانت بنّاءة».',
  '',
  'وأضاف وربيرج أن العلاقات مستمرة منذ ٧٥ عامًا، وأن ١٢ مسؤولاً شاركوا في الاجتماع.',
  '',
  'كلمات دلالية: الدوحة وزیر الخارجیة الأمریکی مفاوضات',
].join('\n');

export const AR_CAIRO = [
  'التقى وزير الخارجية الأمريكي نظيره المصري في القاهرة.',
  '',
  'وقال المتحدث باسم الخارجية الأمريكية سامويل وربيرج: «نحن نبذل ما في وسعنا».',
  '',
  'وأشار إلى أن 35 شاحنة مساعدات عبرت المعبر، وأن المحادثات وبالخارجية المصرية مستمرة.',
].join('\n');

export const AR_HEALTH = [
  'أعلنت وزارةُ الصحّة ارتفاع عدد الضحايا إلى 120 شخصًا.',
  '',
  'وقال خالد العمري، المتحدث باسم الوزارة: «الوضع تحت السيطرة».',
].join('\n');

export const EN_STATE = [
  'The US Secretary of State arrived in Doha on Tuesday.',
  '',
  '"We are doing everything we can," said Samuel Werberg, the State Department spokesman.',
  '',
  'He said 75 years of relations would not end, and that 12 officials attended.',
].join('\n');

export const EN_BUDGET = [
  'The city council approved a budget of $4.5 million on Tuesday.',
  '',
  '"We listened to every neighbourhood," said Maria Lopez, the council chair.',
].join('\n');
