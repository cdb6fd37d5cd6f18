import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Sentences written for these tests (no article's wording): where the speaker of an Arabic
// report sits in apposition, before the verb, or behind who was spoken to.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic speakers in apposition, before the verb and behind an addressee', () => {
  it('takes the name after a title abbreviation over an unknown title read as a name (استشاري …، د. …)', () => {
    expect(
      speakerOf('من جانبه، قال استشاري جراحة القلب في المستشفى الجامعي، د. سمير خالد النعيمي، إن على السكان الابتعاد عن الشاطئ.'),
    ).toEqual(['سمير خالد النعيمي']);
  });

  it('gives a title opening the sentence to the name between commas before the verb (رئيس اللجنة، النائب …، قال)', () => {
    const text =
      'وصوّت المجلس على القانون.\nرئيس لجنة الزراعة النيابية، النائب سمير خالد النعيمي، قال في مؤتمر صحفي إن التعديل يحمي المزارعين.';
    expect(speakerOf(text)).toEqual(['سمير خالد النعيمي']);
  });

  it('reads a name after a possessive title (مديرها، أمينه العام) and keeps ولد inside a name', () => {
    expect(speakerOf('رفض الحزب النتائج، وقال مديرها، يوسف ولد الشيخ، إن الحزب سيطعن فيها.')).toEqual(['يوسف ولد الشيخ']);
  });

  it('does not take أحدهم or معاليه for a title with a name to follow', () => {
    expect(speakerOf('وتجمع السكان أمام البلدية. وقال أحدهم، وهو معلم متقاعد: «ننتظر الماء منذ شهر».')).toEqual(['أحدهم']);
  });

  it('takes the subject of a sentence opening with a word and a relative clause (الشمري، الذي …، قال)', () => {
    const text = 'وقال المدرب إن الفريق جاهز.\nالشمري، الذي سجل هدف الفوز، قال للصحفيين إن الفريق لعب بروح عالية.';
    expect(speakerOf(text)).toEqual(['المدرب', 'الشمري']);
  });

  it('gives an anonymous source after غير أن its report, not the outlet it spoke to', () => {
    for (const outlet of ['لقناة الغد', 'لشبكة نبض', 'لنبض الشارع'])
      expect(speakerOf(`غير أن مسؤولاً في وزارة الزراعة قال ${outlet} إن الوزارة لم توافق بعد على الخطة.`)).toEqual([
        'مسؤولاً في وزارة الزراعة',
      ]);
  });

  it('reads past an outlet’s whole name to the speaker after it (لوكالة الأنباء الرسمية وزير …)', () => {
    expect(speakerOf('وقال لوكالة الأنباء الرسمية وزير الصحة إن الوباء تحت السيطرة.')).toEqual(['وزير الصحة']);
  });

  it('still reads a given name that starts like a glued ل (لحسن)', () => {
    expect(speakerOf('وقال لحسن الداودي إن الحكومة ستواصل الإصلاح.')).toEqual(['لحسن الداودي']);
  });

  it('does not take a relative clause after “في بيان” for the speaker; كان’s subject speaks', () => {
    expect(speakerOf('وكان المصرف المركزي قد توقع، في بيان صدر عقب اجتماع مجلسه، أن يتراجع التضخم.')).toEqual(['المصرف المركزي']);
  });

  it('gives a participle after a non-reporting verb the title that is كان’s subject (وكان المدعي العام قد طالب …، معتبراً)', () => {
    const text =
      'وحسب لائحة الاتهام، فإن المتهم تلقى رشوة.\nوكان المدعي العام قد طالب، خلال الجلسة، بسجن المتهم، معتبراً أن الأدلة "قاطعة وكافية".';
    expect(new Set(speakerOf(text))).toEqual(new Set(['المدعي العام']));
  });

  it('does not read a clause after قبل أن / بعد أن as reported speech', () => {
    expect(quotes('وفي الشوط الثاني أضاف لاعب الوسط سامي العلي الهدف الثاني في الدقيقة 70، قبل أن يسجل المهاجم هدفاً ثالثاً.')).toEqual([]);
    expect(speakerOf('وقال الوزير بعد أن تفقد الموقع إن الأعمال ستنتهي قريباً.')).toEqual(['الوزير']);
  });

  it('takes a body after وفقاً with its glued ل (لوكالة الطاقة) as the source', () => {
    const text = 'وقال المدير إن الشركة ستتوسع.\nووفقاً لوكالة الطاقة الدولية، سيرتفع الطلب العالمي على الغاز بحلول عام 2030.';
    expect(speakerOf(text)).toEqual(['المدير', 'وكالة الطاقة الدولية']);
  });

  it('gives figures to whoever they belong to (وفقاً لبيانات X، حسب أرقام X), even an acronym spelt as a word', () => {
    expect(speakerOf('يملك البلد احتياطيات كبيرة من النفط، وفقا لبيانات أوبك.')).toEqual(['أوبك']);
    expect(speakerOf('وارتفعت الأسعار 5%، حسب أرقام الديوان الوطني للإحصاء.')).toEqual(['الديوان الوطني للإحصاء']);
  });

  it('takes the name between commas after بحسب and a title', () => {
    expect(speakerOf('بلغت نسبة البطالة 12%، بحسب رئيس الهيئة، سمير ولد عبد الرحمن، الذي أوضح في مؤتمر صحفي أن النسبة تراجعت.')).toEqual([
      'سمير ولد عبد الرحمن',
      'سمير ولد عبد الرحمن',
    ]);
  });

  it('reads the subject of a reported statement inside an interview question (س: الوزير قال …)', () => {
    const text = 'س: وزير المالية قال أمس إن الموازنة «لن تتأخر». هل توافقه؟\nج: لا أوافقه.';
    expect(quotes(text).find((q) => q.text.startsWith('الموازنة'))?.attributes.speakerText).toBe('وزير المالية');
  });

  it('starts the name after an honorific that follows a role (المزارع الحاج …), not after an adjective (الإعلامية)', () => {
    expect(speakerOf('وقال المزارع الحاج خلف صالح الجبوري إن الفلاح استدان لشراء البذور.')).toEqual(['خلف صالح الجبوري']);
    expect(speakerOf('وقالت الدائرة الإعلامية لمجلس النواب إن الجلسة رفعت.')).toEqual(['الدائرة الإعلامية لمجلس النواب']);
  });

  it('keeps a second title joined by و in the role (وزير المالية ووزير الدولة …)', () => {
    expect(speakerOf('وقال وزير المالية ووزير الدولة لشؤون الاقتصاد فهد سالم العتيبي إن الحكومة تعتزم الاقتراض.')).toEqual([
      'فهد سالم العتيبي',
    ]);
  });

  it('does not read “، على أن” (provided that) as a report or على as a name, unless the verb takes على', () => {
    expect(quotes('وأعلنت الوزارة تعليق الدوام في المدارس يوم غد، على أن يستأنف السبت.')).toEqual([]);
    expect(speakerOf('في المقابل، شدد رئيس اللجنة، النائب سامي العلي، على أن أي إصلاح «يجب ألا يمس الفقراء».')[0]).toBe('سامي العلي');
    expect(speakerOf('وقال علي إن الفريق جاهز.')).toEqual(['علي']);
  });

  it('keeps a ministry’s name whole through a noun joined by و (… والسمكية وموارد المياه), and a given name in و stays a name', () => {
    expect(speakerOf('وأعلنت وزارة الثروة الزراعية والسمكية وموارد المياه أن موسم الصيد سيبدأ الشهر المقبل.')).toEqual([
      'وزارة الثروة الزراعية والسمكية وموارد المياه',
    ]);
    expect(speakerOf('وقال الوزير وليد الحمد إن الحظر مؤقت.')).toEqual(['وليد الحمد']);
  });

  it('never takes a word opening an amount (بأكثر، نحو) for a speaker', () => {
    const text = 'ج: لا يمكن تحميل المودعين خسائر تقدر بأكثر من 70 مليار دولار ثم نقول لهم إن هذا هو الإصلاح.';
    expect(speakers(text).map((s) => s.text)).toEqual([]);
  });
});
