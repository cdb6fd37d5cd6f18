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
  'وقال المتحدث باسم الخارجية الأمريكية سامویل وربیرج: «نحن نبذل ما في وسعنا».',
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

interface Annotator {
  createAnnotation(input: {
    documentId: string;
    type: 'quote' | 'speaker' | 'figure';
    start: number;
    end: number;
    text: string;
    attributes?: Record<string, unknown>;
  }): Promise<{ annotation: { id: string } }>;
  getDocument(id: string): Promise<{ text: string }>;
}

/** Marks the first occurrence of `text` (after `after`, if given) and returns the annotation id. */
export async function mark(
  store: Annotator,
  documentId: string,
  type: 'quote' | 'speaker' | 'figure',
  text: string,
  attributes: Record<string, unknown> = {},
  after = '',
): Promise<string> {
  const doc = await store.getDocument(documentId);
  const from = after ? doc.text.indexOf(after) : 0;
  const start = doc.text.indexOf(text, from);
  if (start < 0) throw new Error(`fixture text not found: ${text}`);
  const result = await store.createAnnotation({ documentId, type, start, end: start + text.length, text, attributes });
  return result.annotation.id;
}

/**
 * Three documents about the same spokesman, spelled three ways, with quotes and figures:
 * the corpus for speaker, filter and fact-check tests.
 */
export async function seedSpokesmanCorpus(
  store: Annotator & { addDocument(input: { title: string; text: string; source?: Record<string, string> }): Promise<{ id: string }> },
) {
  const diplomacy = (
    await store.addDocument({ title: 'بلينكن في الدوحة', text: AR_DIPLOMACY, source: { outlet: 'الأسبوع', publishedAt: '2024-08-20' } })
  ).id;
  const cairo = (
    await store.addDocument({ title: 'لقاء القاهرة', text: AR_CAIRO, source: { outlet: 'الاتحاد', publishedAt: '2024-08-22' } })
  ).id;
  const state = (
    await store.addDocument({ title: 'Secretary in Doha', text: EN_STATE, source: { outlet: 'Wire', publishedAt: '2024-08-21' } })
  ).id;
  const health = (await store.addDocument({ title: 'الصحة', text: AR_HEALTH, source: { outlet: 'الأسبوع', publishedAt: '2024-07-01' } }))
    .id;

  const s1 = await mark(store, diplomacy, 'speaker', 'سامويل وربيرج', { name: 'سامويل وربيرج', role: 'المتحدث باسم الخارجية الأمريكية' });
  const q1 = await mark(store, diplomacy, 'quote', '«الاجتماعات كانت بنّاءة»', { speakerId: s1 });
  const s1b = await mark(store, diplomacy, 'speaker', 'وربيرج', { name: 'وربيرج', sameAs: s1 }, 'وأضاف');
  const f1 = await mark(store, diplomacy, 'figure', '٧٥ عامًا', { value: 75, unit: 'years', kind: 'duration' });
  const f2 = await mark(store, diplomacy, 'figure', '١٢ مسؤولاً', { value: 12, kind: 'count', counts: 'officials' });

  const s2 = await mark(store, cairo, 'speaker', 'سامویل وربیرج', { name: 'سامویل وربیرج' });
  const q2 = await mark(store, cairo, 'quote', '«نحن نبذل ما في وسعنا»', { speakerId: s2 });
  const f3 = await mark(store, cairo, 'figure', '35 شاحنة', { value: 35, kind: 'count', counts: 'trucks' });

  const s3 = await mark(store, state, 'speaker', 'Samuel Werberg', { name: 'Samuel Werberg', role: 'State Department spokesman' });
  const q3 = await mark(store, state, 'quote', '"We are doing everything we can,"', { speakerId: s3 });
  const f4 = await mark(store, state, 'figure', '12 officials', { value: 12, kind: 'count', counts: 'officials' });

  const s4 = await mark(store, health, 'speaker', 'خالد العمري', { name: 'خالد العمري', role: 'المتحدث باسم الوزارة' });
  const q4 = await mark(store, health, 'quote', '«الوضع تحت السيطرة»', { speakerId: s4 });
  const f5 = await mark(store, health, 'figure', '120 شخصًا', { value: 120, kind: 'count', counts: 'victims' });

  return {
    documents: { diplomacy, cairo, state, health },
    speakers: { s1, s1b, s2, s3, s4 },
    quotes: { q1, q2, q3, q4 },
    figures: { f1, f2, f3, f4, f5 },
  };
}
