/**
 * Our own fixtures for the document screen, written for these tests. The Arabic article is
 * shaped like a scraped news page: a spokesman named in full, then by surname only; a
 * direct quote in «»; figures; and boilerplate ("اقرأ أيضاً", "المصدر", keywords with
 * Persian ی and ک) that import marks as regions.
 */
export const ARABIC_NEWS = [
  'أعلن مكتب الأمم المتحدة في جنيف، اليوم الأربعاء، عن جولة جديدة من المحادثات بشأن الهدنة في السودان.',
  '',
  'وقال كريستوفر هالوران، المتحدث باسم المكتب، إن الوسطاء عقدوا اجتماعات مطولة مع الطرفين خلال الأسبوع الماضي.',
  '',
  'وأضاف المتحدث في تصريح لـ «إذاعة جنيف»: «نحن نعمل مع كل الشركاء لإنهاء هذه الحرب في أسرع وقت».',
  '',
  'وأشار إلى أن المنظمة تعمل في المنطقة منذ 75 عامًا، وأن فرقها الميدانية لن تغادر.',
  '',
  'وأوضح «هالوران» أن الخطة المقترحة تتضمن هدنة تستمر ما بين 40 و50 يوماً، تبدأ بتبادل المحتجزين.',
  '',
  'اقرأ أيضاًمحادثات جديدة في جنيف حول الهدنة',
  '',
  'المصدر: وكالات',
  '',
  'كلمات دلالية: جنيف الهدنة السودان الأمم المتحدة وزیر الخارجیة الأمریکی',
].join('\n');

export const QUOTE = '«نحن نعمل مع كل الشركاء لإنهاء هذه الحرب في أسرع وقت»';
export const FULL_NAME = 'كريستوفر هالوران';
export const SURNAME = 'هالوران';
export const FIGURE_YEARS = '75 عامًا';
export const FIGURE_RANGE = 'بين 40 و50 يوماً';

export const ENGLISH_NEWS = [
  'The harbour authority said on Monday that 1,200 containers were stuck after the storm.',
  '',
  '"We expect the backlog to clear within 10 days," said Ana Pereira, the authority\'s director.',
  '',
  'Pereira added that repairs would cost between $4 million and $5 million.',
].join('\n');

/** Right-to-left text with a Latin name and digits, and an emoji (two UTF-16 units) early on. */
export const MIXED = 'قال 😀 المدير John Smith إن 75 موظفاً غادروا الشركة في 2024.';

/** A long Arabic article (≥ 200 KB of text) for virtualization, made of numbered paragraphs. */
export function longArticle(minChars = 200 * 1024): string {
  const sentences = [
    'قال المتحدث باسم الوزارة إن الاجتماعات تناولت خفض التصعيد في المنطقة،',
    'وأكد أن 75 مسؤولاً شاركوا في المحادثات التي استمرت بين 40 و50 يوماً،',
    'مضيفاً: «نحن نبذل ما في وسعنا لإنهاء الأزمة» وفق ما نقلته وكالة Reuters.',
  ];
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < minChars; i++) {
    const p = `${i + 1}. ${sentences[i % 3]} ${sentences[(i + 1) % 3]} ${sentences[(i + 2) % 3]}`;
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

/**
 * Annotation edits spread over `longArticle()`: quotes, speakers and figures at the
 * phrases each paragraph repeats, in text order, `count` in all.
 */
export function longAnnotations(text: string, count = 2000) {
  const patterns: Array<[RegExp, 'quote' | 'speaker' | 'figure']> = [
    [/«نحن نبذل ما في وسعنا لإنهاء الأزمة»/g, 'quote'],
    [/المتحدث باسم الوزارة/g, 'speaker'],
    [/75 مسؤولاً/g, 'figure'],
    [/بين 40 و50 يوماً/g, 'figure'],
  ];
  const found: Array<{ start: number; end: number; type: 'quote' | 'speaker' | 'figure' }> = [];
  for (const [re, type] of patterns) for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, type });
  found.sort((a, b) => a.start - b.start);
  const step = found.length / count;
  if (step < 1) throw new Error(`only ${found.length} places to annotate`);
  return Array.from({ length: count }, (_, i) => {
    const f = found[Math.floor(i * step)] as (typeof found)[number];
    return { kind: 'create' as const, id: `bulk${i}`, type: f.type, start: f.start, end: f.end, text: text.slice(f.start, f.end) };
  });
}
