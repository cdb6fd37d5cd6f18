import { describe, expect, it } from 'vitest';
import { suggest } from '../../../shared/suggest';
import type { QuoteSuggestion, SpeakerSuggestion } from '../../../shared/domain/suggestion';
import { speakers } from './helpers';

function run(text: string) {
  const all = suggest(text);
  const sp = all.filter((s): s is SpeakerSuggestion => s.type === 'speaker');
  const qs = all.filter((s): s is QuoteSuggestion => s.type === 'quote');
  return { sp, qs, byId: (id: string | null) => sp.find((s) => s.id === id) };
}

describe('finding the speaker of a reporting verb', () => {
  it.each([
    [
      'وقال المتحدث باسم الخارجية الأمريكية لـ«القاهرة الإخبارية»: «نحن نبذل ما في وسعنا».',
      'المتحدث باسم الخارجية الأمريكية',
      'المتحدث باسم الخارجية الأمريكية',
    ],
    ['وأكد سامويل وربيرج، المتحدث باسم الخارجية الأمريكية، أن الاجتماعات مثمرة.', 'سامويل وربيرج', 'المتحدث باسم الخارجية الأمريكية'],
    ['وقال المتحدث باسم الوزارة خالد العمري إن الوضع تحت السيطرة.', 'خالد العمري', 'المتحدث باسم الوزارة'],
    ['وقال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات مستمرة.', 'أنتوني بلينكن', 'وزير الخارجية الأمريكي'],
    ['بدورها، قال مسؤول في حماس، إن الحركة متمسكة بالاتفاق.', 'مسؤول في حماس', 'مسؤول في حماس'],
    ['قال مسؤولون إسرائيليون، أمس، إن تل أبيب اقترحت هدنة.', 'مسؤولون إسرائيليون', 'مسؤولون إسرائيليون'],
    ['وقال المسؤولون، الذين طلبوا عدم نشر أسمائهم، إن المقترحات جاهزة.', 'المسؤولون', 'المسؤولون'],
    ['وصرح وزير التجارة الطيب زيتوني بأن الدولة استوردت القمح.', 'الطيب زيتوني', 'وزير التجارة'],
    ['اعتبر مندوب إسرائيل لدى الأمم المتحدة جلعاد إردان أن الخطاب سيئ.', 'جلعاد إردان', 'مندوب إسرائيل لدى الأمم المتحدة'],
    [
      'قال قائد العمليات الفريق أول قوات خاصة عبد الأمير يار الله إن الوضع مستقر.',
      'عبد الأمير يار الله',
      'قائد العمليات الفريق أول قوات خاصة',
    ],
    ['"We listened," said Maria Lopez, the council chair.', 'Maria Lopez', 'council chair'],
    ['Transit director Omar Haddad said the agency faces a shortfall.', 'Omar Haddad', 'Transit director'],
    ['European Central Bank President Christine Lagarde said inflation had eased.', 'Christine Lagarde', 'European Central Bank President'],
    [
      "Egypt's foreign minister, Sameh Shoukry, told reporters that the crossing would reopen.",
      'Sameh Shoukry',
      "Egypt's foreign minister",
    ],
    [
      'A health ministry official, speaking on condition of anonymity, said the nurses would arrive.',
      'A health ministry official',
      'health ministry official',
    ],
    ['Analysts at ING said the bank would cut rates.', 'Analysts at ING', 'Analysts at ING'],
  ])('%s', (text, mention, role) => {
    const [first] = speakers(text);
    expect(first?.text).toBe(mention);
    expect(first?.attributes.role).toBe(role);
  });

  it('reads the affiliation inside a role', () => {
    expect(speakers('وقال المتحدث باسم الوزارة خالد العمري إن الوضع هادئ.')[0]?.attributes.affiliation).toBe('الوزارة');
    expect(speakers('"It burns," said Yiannis Artopios, a spokesman for the fire brigade.')[0]?.attributes.affiliation).toBe(
      'fire brigade',
    );
  });
});

describe('one speaker across mentions', () => {
  it('links a surname, a quoted surname, a title and a pronoun to the first full mention', () => {
    const text = [
      'وأكد سامويل وربيرج، المتحدث باسم الخارجية الأمريكية، أن الاجتماعات مثمرة.',
      'وأضاف «وربيرج» أن الولايات المتحدة قدمت مقترحاً.',
      'وأكد المتحدث باسم الخارجية الأمريكية، أن واشنطن تستطيع الضغط.',
      'وأشار إلى أن الجهود مستمرة.',
    ].join('\n');
    const { sp, qs, byId } = run(text);
    expect(sp.map((s) => [s.text, s.attributes.name])).toEqual([
      ['سامويل وربيرج', 'سامويل وربيرج'],
      ['وربيرج', 'سامويل وربيرج'],
      ['المتحدث باسم الخارجية الأمريكية', 'سامويل وربيرج'],
    ]);
    expect(sp.slice(1).every((s) => s.attributes.sameAs === sp[0]?.id)).toBe(true);
    expect(qs.map((q) => q.attributes.speakerName)).toEqual(['سامويل وربيرج', 'سامويل وربيرج', 'سامويل وربيرج', 'سامويل وربيرج']);
    // Pro-drop (وأشار) links to the latest mention of the same person.
    expect(byId(qs[3]?.attributes.speakerId ?? null)?.text).toBe('المتحدث باسم الخارجية الأمريكية');
  });

  it('a later definite plural refers back to the earlier indefinite plural; an indefinite role is someone new', () => {
    const text = [
      'قال مسؤولون إسرائيليون، أمس، إن تل أبيب اقترحت هدنة.',
      'وقال المسؤولون الإسرائيليون إن المقترحات تتضمن إعادة المحتجزين.',
      'بدورها، قال مسؤول في حماس، إن الحركة متمسكة بالاتفاق.',
      'وأشار إلى أن إسرائيل تواصل مخططاتها.',
    ].join('\n');
    const { sp, qs } = run(text);
    expect(sp[1]?.attributes.sameAs).toBe(sp[0]?.id);
    expect(sp[2]?.attributes.sameAs).toBeNull();
    expect(qs.map((q) => q.attributes.speakerName)).toEqual(['مسؤولون إسرائيليون', 'مسؤولون إسرائيليون', 'مسؤول في حماس', 'مسؤول في حماس']);
  });

  it('English: surname, pronoun and gender', () => {
    const text = [
      'Mayor Lisa Grant said the budget was balanced.',
      'Council member Tom Baker said the city was borrowing from the future.',
      'She added that taxes would not rise.',
      'He warned that property taxes could rise by 3 percent.',
      '"It is fair," Grant said.',
    ].join('\n');
    const { qs } = run(text);
    expect(qs.map((q) => q.attributes.speakerName)).toEqual(['Lisa Grant', 'Tom Baker', 'Lisa Grant', 'Tom Baker', 'Lisa Grant']);
  });

  it('a surname alone takes the full name given earlier outside any quote', () => {
    const { sp } = run('Curator Sarah Klein opened the show.\n"Every object tells a story," Klein said.');
    expect(sp.map((s) => [s.text, s.attributes.name])).toEqual([['Klein', 'Sarah Klein']]);
  });

  it('a definite title joins the earlier named speaker with that role', () => {
    const { sp } = run('قالت وزيرة البيئة ياسمين فؤاد إن المناخ يتغير.\nوأضافت الوزيرة أن مصر ستستضيف قمة.');
    expect(sp.map((s) => [s.text, s.attributes.name])).toEqual([
      ['ياسمين فؤاد', 'ياسمين فؤاد'],
      ['الوزيرة', 'ياسمين فؤاد'],
    ]);
  });
});
