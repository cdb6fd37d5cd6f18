import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// A quotation inside someone's words is a quote of its own (guidelines: nested quotes), whoever opens
// it: a named subject, a pronoun or a dropped subject, the quoted person in the first person, or a
// quotation inside an interview answer. Invented sentences.
const found = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);
const texts = (text: string) => quotes(text).map((q) => q.text);

describe('nested quotes opened by any verb of saying', () => {
  it('finds an Arabic quotation opened by a verb with no written subject (قالت لي، وقال لنا)', () => {
    expect(texts('وقالت الممرضة هدى سالم: «جاءت جارتنا مساء الأمس وقالت لي: “البئر جفّت تماماً”. لم أصدق ذلك».')).toContain(
      'البئر جفّت تماماً',
    );
    expect(texts('وأضاف المزارع: «ابني الأكبر عاد من المدينة وقال لنا: “لن أترك الأرض بعد اليوم”، ففرحنا كثيراً».')).toContain(
      'لن أترك الأرض بعد اليوم',
    );
  });

  it('finds an Arabic quotation opened after the subject (الطبيب قال لي) and a habitual verb (كانت جدتي تقول)', () => {
    expect(texts("وروت الأم: «الطبيب قال لي بعد الفحص 'الطفل يحتاج إلى راحة طويلة'، لكننا لا نملك الوقت».")).toContain(
      'الطفل يحتاج إلى راحة طويلة',
    );
    expect(texts('وقال الحرفي يوسف: «كانت جدتي تقول لي: "الصبر مفتاح كل صنعة". وما زلت أذكرها».')).toContain('الصبر مفتاح كل صنعة');
  });

  it('credits a first-person opening (I told him, قلت لهم) to the person whose words hold it', () => {
    expect(
      found('"My son wanted to leave, but I told him, \'We stay until the water goes down.\' He listened," Rosa Varga said.'),
    ).toContainEqual(['We stay until the water goes down', 'Rosa Varga']);
    expect(found('وقال المدرب كريم الحسني: «قلت للاعبين في الاستراحة: “المباراة لم تنتهِ بعد”، وقد فهموا الرسالة».')).toContainEqual([
      'المباراة لم تنتهِ بعد',
      'كريم الحسني',
    ]);
  });

  it('finds an English quotation opened by a pronoun or a described person inside a quote', () => {
    expect(
      texts(
        '“My grandmother ran the bakery, and she used to say, ‘Bread forgives nobody who hurries.’ I think of it daily,” Tom Reyes said.',
      ),
    ).toContain('Bread forgives nobody who hurries');
    expect(
      texts('"A bus driver stopped me and said, \'Nobody told us the route was closing.\' He was angry," the councillor said.'),
    ).toContain('Nobody told us the route was closing');
  });

  it('finds a quotation inside an interview answer', () => {
    const text = [
      'Harbour chief on the new quay',
      '',
      'Q: Why now?',
      '',
      'A: Because the boats got bigger. My first skipper, God rest him, used to say, "A harbour that cannot grow is a harbour that dies." He was right.',
    ].join('\n');
    expect(texts(text)).toContain('A harbour that cannot grow is a harbour that dies');
  });

  it('does not make a quote of a title, a one-word term or marks with no verb of saying before them', () => {
    const title = texts('“She wrote a book called ‘The Salt Roads’ and it sold well,” her editor said.');
    expect(title).toEqual(['She wrote a book called ‘The Salt Roads’ and it sold well']);
    const term = texts('“We call this the ‘quiet season’ here, and it lasts two months,” the guide said.');
    expect(term).toEqual(['We call this the ‘quiet season’ here, and it lasts two months']);
    const noVerb = texts('وقال المهندس: «المشروع الذي سمّاه الأهالي “جسر الأمل” تأخر عامين عن موعده المحدد».');
    expect(noVerb).toEqual(['المشروع الذي سمّاه الأهالي “جسر الأمل” تأخر عامين عن موعده المحدد']);
  });
});
