/** Our own fixtures, written for the tests; nothing here comes from ../shared. */
export const ARABIC_ARTICLE = [
  'أعلنت وزارة الصحة، اليوم الأحد، ارتفاع عدد المصابين إلى 120 شخصاً.',
  '',
  'وقال المتحدث باسم الوزارة خالد العمري إن «الوضع تحت السيطرة».',
  '',
  'وأضاف العمري أن الفرق الطبية تعمل منذ 48 ساعة دون توقف.',
].join('\n');

export const ENGLISH_ARTICLE = [
  'The city council approved a budget of $4.5 million on Tuesday.',
  '',
  '"We listened to every neighbourhood," said Maria Lopez, the council chair.',
  '',
  'Lopez added that 30 percent of the money would go to schools.',
].join('\n');

/** RTL text with a Latin name, digits and an emoji before the interesting span. */
export const MIXED_RTL = 'قال 😀 المدير John Smith إن 75 موظفاً غادروا الشركة.';
