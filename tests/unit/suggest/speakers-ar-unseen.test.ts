import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Speaker phrases of kinds the unseen batch J showed the engine misreading; every sentence is our own.
describe('Arabic speakers: where a phrase ends and whose name it is', () => {
  it('ends a known surname where the verb’s object starts, and credits the next quote to him', () => {
    const text = 'قال المدرب سامر الخطيب إن الفريق جاهز. وانتقد الخطيب قرار الحكم طرد المدافع. «لم يكن خطأ».';
    expect(speakers(text).map((s) => s.text)).toEqual(['سامر الخطيب', 'الخطيب']);
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['سامر الخطيب', 'سامر الخطيب']);
  });

  it('still reads a full name that starts with a known surname’s given name', () => {
    const text = 'قال الوزير خالد العمر إن المشروع بدأ. وأكد عمر سعيد الجابري أن التمويل متوفر.';
    expect(speakers(text).map((s) => s.text)).toEqual(['خالد العمر', 'عمر سعيد الجابري']);
  });

  it('takes the name after a relative with a possessive (نجله الأكبر …) as the relative’s own', () => {
    const [s] = speakers('وقال نجله الأكبر سالم بن خميس العريمي إن والده ظل يعمل حتى أيامه الأخيرة.');
    expect([s?.text, s?.attributes.role]).toEqual(['سالم بن خميس العريمي', 'نجله الأكبر']);
    const [h] = speakers('وقالت حفيدته الصغرى مريم سعيد إن جدها كان يحكي لهم عن البحر.');
    expect(h?.text).toBe('مريم سعيد');
  });

  it('keeps the relative’s own kin word when the name after it is someone else’s', () => {
    expect(speakers('وقال شقيق الضحية أحمد إن العائلة تنتظر التحقيق.')[0]?.text).toBe('شقيق الضحية أحمد');
  });

  it('reads an indefinite plural of people placed by في / من as a role, not a name', () => {
    const [s] = speakers('وقال مزارعون في الغور إن المياه لا تكفي.');
    expect(s?.text).toBe('مزارعون في الغور');
  });

  it('ends a reported clause in an interview question before the interviewer’s own question', () => {
    const [q] = quotes('س: قال تجار في السوق إن الأسعار ترتفع كل أسبوع، فما ردكم؟\nج: نراقب الأسواق يومياً.');
    expect(q?.text).toBe('الأسعار ترتفع كل أسبوع');
  });
});

describe('Arabic headline speakers named in the article', () => {
  const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText, q.attributes.speakerName]);

  it('reads a headline role that holds an outlet or a body in «…», and credits the person the article names in that post', () => {
    const text =
      'رئيس شعبة الخضار لـ«قناة النيل»: «الأسعار هتنزل خلال أسبوعين»\nكتب محمود علي\nقال المهندس سامي عبد الله، رئيس شعبة الخضروات بالغرفة التجارية، إن الأسعار ستتراجع.';
    expect(credited(text)[0]).toEqual(['الأسعار هتنزل خلال أسبوعين', 'رئيس شعبة الخضار', 'سامي عبد الله']);
    const interview =
      'وكيل مساعد بـ«الزراعة»: «المخزون تعافى بنسبة 22%»\nحوار: هالة علي\nأكدت الدكتورة مريم سعيد الكعبي، الوكيل المساعد لقطاع الثروة السمكية في وزارة الزراعة، أن المخزون يتعافى.';
    expect(credited(interview)[0]).toEqual(['المخزون تعافى بنسبة 22%', 'وكيل مساعد بـ«الزراعة»', 'مريم سعيد الكعبي']);
  });

  it('keeps the post after the commas as the role rather than an honorific before the name', () => {
    const [s] = speakers('قال المهندس سامي عبد الله، رئيس شعبة الخضروات، إن الأسعار ستتراجع.');
    expect([s?.text, s?.attributes.role]).toEqual(['سامي عبد الله', 'رئيس شعبة الخضروات']);
  });

  it('splits a headline title from the surname of someone the article names', () => {
    const text =
      'النائب حداد لـ«المشهد»: «لا إصلاح على حساب المودعين»\nحاورته: ريتا خوري\nيرى النائب الدكتور جورج إلياس حداد أن المرحلة المقبلة صعبة.';
    expect(credited(text)[0]).toEqual(['لا إصلاح على حساب المودعين', 'حداد', 'جورج إلياس حداد']);
  });

  it('leaves a headline role unlinked when no one in the article holds that post', () => {
    const text = 'رئيس نقابة الخبازين: «الخبز لن يرتفع»\nقال وزير التموين سامي عبد الله إن الدعم مستمر.';
    expect(credited(text)[0]).toEqual(['الخبز لن يرتفع', 'رئيس نقابة الخبازين', 'رئيس نقابة الخبازين']);
  });
});

describe('Arabic unnamed speakers and the clauses about them', () => {
  it('ends an unnamed speaker where a verb describing them starts', () => {
    const text = 'وقالت عاملة فضّلت عدم ذكر اسمها: «نعمل هنا منذ 19 عاماً». وقال عامل ثالث يشتغل في قسم الخياطة: «لا نطلب المستحيل».';
    expect(speakers(text).map((s) => s.text)).toEqual(['عاملة', 'عامل ثالث']);
  });

  it('keeps adjectives that look like verbs (يمني، تنفيذي) and a body’s place name in the phrase', () => {
    expect(speakers('وقال مسؤول يمني إن الوضع صعب.')[0]?.text).toBe('مسؤول يمني');
    expect(speakers('وقال مدير تنفيذي في الشركة إن الأرباح تراجعت.')[0]?.text).toBe('مدير تنفيذي في الشركة');
    expect(speakers('وقالت وكالة تونس للأنباء إن الطائرات وصلت.')[0]?.text).toBe('وكالة تونس للأنباء');
  });

  it('credits a participle after "يوصي X بـ…" to the body that recommends', () => {
    const text = 'وقال المسؤول السابق إن التهريب مبالغ فيه. ويوصي المركز في تقريره بإنشاء صندوق سيادي، محذراً من أن التضخم سيرتفع.';
    expect(quotes(text).map((q) => q.attributes.speakerText)).toEqual(['المسؤول السابق', 'المركز']);
  });
});

describe('Arabic foreign names after a nationality adjective', () => {
  it('keeps a foreign family name that begins with ل, right before the reported clause', () => {
    expect(speakers('وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.')[0]?.text).toBe('سيرغي لافروف');
    expect(speakers('وقال الوزير الفرنسي جان إيف لودريان إن الحل سياسي.')[0]?.text).toBe('جان إيف لودريان');
  });

  it('still ends a name before who it was said to (لوكالة …، لعنب بلدي)', () => {
    expect(speakers('وقال محمد العلي لوكالة الأنباء إن الوضع هادئ.')[0]?.text).toBe('محمد العلي');
    expect(speakers('يقول أبو خالد لعنب بلدي: «رجعنا لأنه ما عاد في شي».')[0]?.text).toBe('أبو خالد');
  });
});
