import { describe, expect, it } from 'vitest';
import { quotes } from './helpers';

// Sentences written for these tests (no article's wording): issue 12, speech reported with no verb of saying,
// «وجاء في البيان أن …» (it came in the statement that …).
const found = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);

describe('جاء في + a statement + أن', () => {
  it('quotes the clause and credits the issuer of the statement', () => {
    expect(found('وجاء في بيان صادر عن وزارة الزراعة أن المحصول تضاعف.')).toEqual([['المحصول تضاعف', 'وزارة الزراعة']]);
  });

  it('credits a ruling’s grounds across an aside between commas', () => {
    const text = 'وأصدرت المحكمة حكمها أمس. وجاء في حيثيات الحكم، التي اطلعت عليها الصحيفة، أن المتهم «استغل منصبه».';
    expect(found(text)[0]).toEqual(['المتهم «استغل منصبه»', 'حيثيات الحكم']);
  });

  it('quotes nothing when what follows في is no statement or source', () => {
    expect(found('وجاء في المرتبة الثانية أن الفريق خسر مرتين.')).toEqual([]);
    expect(found('وجاء اللاعب في الوقت المناسب.')).toEqual([]);
  });
});
