import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests: the words after a verb's subject that used to be read as
// the speaker's name (the verb's object, a coordinated clause, a preposition's noun, where a
// court gave its reasons), and possessive titles (مراسلنا) before the name they introduce.
const speakerOf = (text: string) => quotes(text).map((q) => q.attributes.speakerText);

describe('Arabic speakers: what follows the subject is not a name', () => {
  it('a body’s statement: the object after the body and a time between commas is no speaker', () => {
    expect(speakerOf('أعلنت شركة الساحل للإسمنت، يوم الأحد، افتتاح خط إنتاج جديد، مؤكدة أن الإنتاج سيرتفع.')).toEqual([
      'شركة الساحل للإسمنت',
    ]);
  });

  it('a ministry’s announcement: the verbal noun after its name is its object, not a name', () => {
    const [speaker] = speakerOf('أعلنت وزارة الزراعة والري تأجيل موسم الحصاد، على أن الموعد الجديد «سيعلن لاحقاً».');
    expect(speaker ?? '').not.toContain('تأجيل');
  });

  it('a coordinated clause after a document (، وعُرضت نتائجها …،) names nobody', () => {
    const [speaker] = speakerOf('كشفت دراسة ميدانية أنجزتها جامعة القاهرة، ونُشرت نتائجها يوم الخميس الماضي، أن البطالة تراجعت.');
    expect(speaker ?? '').not.toContain('نتائجها');
  });

  it('a relative clause in the present after an anonymous speaker (، يعمل …،) is not his name', () => {
    const [speaker] = speakerOf('قال لي سائق أجرة في الخرطوم، يرسل لأهله في كسلا مالاً كل شهر: «الوقود صار حلماً».');
    expect(speaker ?? '').not.toContain('يرسل');
  });

  it('على before a noun (على سؤال، على هامش) is a preposition, never the name علي', () => {
    const text = 'وردّ الوزير على سؤال حول الأسعار. «لن نرفع سعر الخبز هذا العام».';
    expect(speakerOf(text).join(' ')).not.toContain('سؤال');
    expect(speakerOf('وقال علي حسن الراشد إن «المصنع سيغلق».')).toEqual(['علي حسن الراشد']);
  });

  it('where a court gave its reasons (في قرارها، في حكمها) is not part of the court', () => {
    expect(speakerOf('وقالت المحكمة في حكمها إن المتهم «تعمّد إخفاء الأدلة».')).toContain('المحكمة');
  });

  it('a possessive title (مراسلنا في …) introduces the name after it', () => {
    expect(speakerOf('وقال مراسلنا في حلب سامر يوسف الخطيب إن القصف توقف.')).toEqual(['سامر يوسف الخطيب']);
  });
});

describe('Arabic speakers named before the verb, and envoys', () => {
  it('a name, an aside in brackets and between commas, then the verb (أبو خالد (60 عاماً)، من سكان …، قال لنا)', () => {
    expect(speakerOf('١١:٣٠ — أبو خالد (٦٠ عاماً)، من سكان حي المنصورة، قال لنا عبر الهاتف: «بيتي غرق بالكامل».')).toEqual(['أبو خالد']);
    expect(speakerOf('سامي يوسف الخطيب، رئيس جمعية التجار، قال إن «الأسواق فارغة».')).toEqual(['سامي يوسف الخطيب']);
  });

  it('an envoy’s destination belongs to his title, and the name after a second title is his', () => {
    expect(speakerOf('وقال المبعوث الأممي إلى اليمن السفير خالد يوسف البدري لـ«الصحيفة»: «الهدنة صامدة».')).toEqual(['خالد يوسف البدري']);
  });
});

describe('Arabic kin who speak', () => {
  it('the mother of a named child is the speaker, not the child (والدة الطفلة سلمى)', () => {
    expect(speakerOf('وأضافت والدة الطفلة ريم، التي نُقلت أمس إلى المستشفى، أن «الأطفال يشربون من الآبار».')).toEqual(['والدة الطفلة ريم']);
  });
});

describe('Arabic names end before a phrase with ب', () => {
  it('ب before a common noun (بسؤال، ببيان) ends the name; a family name in ب stays (بركات)', () => {
    expect(speakerOf('وتوجه النائب سمير عبد الله بسؤال مباشر إلى الحكومة: «من أين سيأتي التمويل؟»')).toEqual(['سمير عبد الله']);
    expect(speakerOf('وقال محمد بركات إن «السوق هادئة».')).toEqual(['محمد بركات']);
  });
});
