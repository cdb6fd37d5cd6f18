import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

const first = (text: string) => {
  const [s] = speakers(text);
  return [s?.text, s?.attributes.role];
};

describe('Arabic speaker phrases: names the word reader could not see', () => {
  it('takes a foreign name left in Latin script after a role, with or without commas', () => {
    expect(first('قال المدير التنفيذي للمصنع Thomas Weber إن الإنتاج سيتضاعف.')).toEqual(['Thomas Weber', 'المدير التنفيذي للمصنع']);
    expect(first('وقالت رئيسة البعثة، Helen Park، إن الفريق وصل.')).toEqual(['Helen Park', 'رئيسة البعثة']);
  });

  it('gives a Latin first name its gender, so a later feminine verb finds her', () => {
    const qs = quotes(
      'قالت مديرة المشروع Sarah Collins إن العمل بدأ. ثم قال مهندس الموقع أحمد سالم إن التربة صلبة. وأضافت أن التمويل مضمون.',
    );
    expect(qs.map((q) => q.attributes.speakerName)).toEqual(['Sarah Collins', 'أحمد سالم', 'Sarah Collins']);
  });

  it('keeps a hyphenated name whole', () => {
    expect(first('وأكد المدرب الفرنسي بيار-إيف دوران أن الفريق جاهز.')[0]).toBe('بيار-إيف دوران');
  });

  it('reads a noun in construct with a title as the head of a role, not as a name', () => {
    expect(first('وقال مستشار وزير الزراعة، المهندس رامي خوري، إن الموسم جيد.')).toEqual(['رامي خوري', 'مستشار وزير الزراعة']);
  });

  it('reads علي as a name when a name follows, and as the preposition otherwise', () => {
    expect(first('صرح النائب في البرلمان علي الحسيني بأن القانون سيمرر.')).toEqual(['علي الحسيني', 'النائب في البرلمان']);
    expect(first('وأكد وزير النقل علي عبد الكريم أن الطريق سيفتح.')[0]).toBe('علي عبد الكريم');
    expect(first('وشدد الوزير على ضرورة أن تلتزم الشركات بالمواعيد.')[0]).toBe('الوزير');
  });

  it('knows more given names, including women’s names in ة', () => {
    expect(first('وقالت مديرة المدرسة نبيلة الشامي إن الدوام سيستأنف.')).toEqual(['نبيلة الشامي', 'مديرة المدرسة']);
  });

  it('leaves the statement event out of an institution speaker: في حيثيات حكمها، في تقريرها', () => {
    expect(first('وذكرت المحكمة في حيثيات حكمها أن الأدلة كافية.')[0]).toBe('المحكمة');
    expect(first('وقالت المنظمة في تقريرها السنوي إن الفقر ازداد.')[0]).toBe('المنظمة');
    // A place after في still belongs to an institution's name.
    expect(first('وقالت وزارة الصحة في غزة إن المستشفيات مكتظة.')[0]).toBe('وزارة الصحة في غزة');
  });

  it('lets a verb of speaking without a clause make its subject the latest speaker', () => {
    const qs = quotes('قال الطبيب سمير حداد إن الأدوية نفدت. وتحدثت الممرضة هالة نصار عن ساعات العمل الطويلة. وأضافت أن الإرهاق واضح.');
    expect(qs.map((q) => q.attributes.speakerName)).toEqual(['سمير حداد', 'هالة نصار']);
  });
});
