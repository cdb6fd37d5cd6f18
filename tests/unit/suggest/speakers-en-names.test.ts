import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

const summary = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerName]);

describe('English speaker phrases', () => {
  it('takes the person, not the organisation, in "X of Y"', () => {
    expect(speakers('Energy economist Laura Finch of Northgate Capital argued that prices would fall.')[0]?.text).toBe('Laura Finch');
    expect(speakers('Karim Nasser of the Beirut Policy Forum said the talks had stalled.')[0]?.text).toBe('Karim Nasser');
    // An organisation's staff stays a role: "Analysts at ING".
    expect(speakers('Analysts at Rabobank said demand was weak.')[0]?.text).toBe('Analysts at Rabobank');
  });

  it('reads transliterated Arabic surnames with a lower-case article', () => {
    expect(summary('Hassan al-Tamimi, a shopkeeper in Mosul, said prices had doubled. "We cannot cope," al-Tamimi said.')).toEqual([
      ['prices had doubled', 'Hassan al-Tamimi'],
      ['We cannot cope', 'Hassan al-Tamimi'],
    ]);
  });

  it('finds the clause after the object of "told", with or without "that"', () => {
    expect(summary('Nurse Ellen Frost told the Courier she had not slept in two days.')).toEqual([
      ['she had not slept in two days', 'Ellen Frost'],
    ]);
    expect(summary('The minister told state broadcaster RTE the border would stay open.').map((q) => q[0])).toEqual([
      'the border would stay open',
    ]);
    expect(summary('"We were not warned," the pilot told the Herald newspaper.').map((q) => q[0])).toEqual(['We were not warned']);
  });

  it('skips an adverb set off by commas between the verb and "that"', () => {
    expect(summary('The agency cautioned, however, that the data were incomplete.')).toEqual([['the data were incomplete', 'The agency']]);
  });

  it('lets a relative "who added that" speak for its antecedent', () => {
    expect(summary('The cost will rise, according to finance director Omar Said, who added that savings were expected later.')).toEqual([
      ['The cost will rise', 'Omar Said'],
      ['savings were expected later', 'Omar Said'],
    ]);
  });

  it('takes the name in apposition as the subject of a participle: "X\'s lawyer, Y, …, arguing that"', () => {
    expect(summary("Ortiz's lawyer, Dana Webb, asked for a lighter sentence, arguing that her client had repaid the money.")).toEqual([
      ['her client had repaid the money', 'Dana Webb'],
    ]);
  });

  it('keeps a postposed subject with its role out of the quote before it', () => {
    expect(quotes('The airline will hire 900 pilots, its chief executive, Lena Ortiz, said on Monday.')[0]?.text).toBe(
      'The airline will hire 900 pilots',
    );
  });

  it('does not read a noun object of "reported" as a reported clause', () => {
    expect(quotes('The retailer reported a 5% fall in quarterly sales on Tuesday.')).toEqual([]);
    expect(quotes('The company reported sales had fallen 5%.')).toHaveLength(1);
  });
});

describe('English attribution beyond the verb’s own subject', () => {
  it('reads "with X saying …" as X’s statement', () => {
    expect(summary('Markets rallied, with analyst Tom Reyes saying the worst was over.')).toEqual([['the worst was over', 'Tom Reyes']]);
  });

  it('keeps the clause after "said on Thursday" without "that"', () => {
    expect(quotes('The union said on Friday its members would walk out.')[0]?.text).toBe('its members would walk out');
  });

  it('ends a postposed attribution at trailing adjuncts: "…,” X wrote in a memo seen by Reuters.', () => {
    expect(summary('"We must move faster," chief executive Ana Ruiz wrote in an internal memo seen by Reuters.')).toEqual([
      ['We must move faster', 'Ana Ruiz'],
    ]);
  });

  it('keeps a place with a role ("Police in Lagos") and "and" inside an organisation’s name', () => {
    expect(speakers('Police in Accra said two men were arrested.')[0]?.text).toBe('Police in Accra');
    expect(speakers('According to a filing with the Food and Drug Administration, the trial was halted.')[0]?.text).toBe(
      'Food and Drug Administration',
    );
  });

  it('gives "he said" to a man introduced as a sentence subject after the last speaker', () => {
    const text = [
      '"The rent doubled," said Layla Haddad, who runs a café.',
      'Her husband, Karim, is less worried.',
      '"We will manage," he said.',
    ].join('\n');
    expect(summary(text).map((q) => q[1])).toEqual(['Layla Haddad', 'Karim']);
  });

  it('does not take an opening adverb for that subject', () => {
    const text = 'Sami Aziz was 12 when he arrived. Now 30, he teaches music. "Music saved me," he says.';
    expect(summary(text).map((q) => q[1])).toEqual(['Sami Aziz']);
  });
});

describe('English sentence edges', () => {
  it('leaves a dateline out of the quote before a postposed cue', () => {
    expect(quotes('HAVANA, Cuba (AP) — The power grid collapsed again overnight, officials said Monday.')[0]?.text).toBe(
      'The power grid collapsed again overnight',
    );
  });

  it('reads "said no one was hurt" as a clause but not "said no"', () => {
    expect(quotes('Fire chief Dan Marsh said no one was hurt.')[0]?.text).toBe('no one was hurt');
    expect(quotes('Fire chief Dan Marsh said no.')).toEqual([]);
  });

  it('keeps an organisation named with "for" or "of" whole', () => {
    expect(speakers('The Office for National Statistics said prices rose sharply.')[0]?.text).toBe('Office for National Statistics');
    expect(speakers('Bank of England Governor Andrew Bailey said rates would stay.')[0]?.text).toBe('Andrew Bailey');
  });

  it('does not take a noun used as a verb form for a cue after a past-tense verb', () => {
    expect(quotes('Shares fell after the firm missed delivery estimates.')).toEqual([]);
  });
});

describe('English roles with organisations', () => {
  it('keeps "a spokesperson for the European Commission" a role', () => {
    expect(speakers('The move was "unlawful", a spokesperson for the European Commission said.')[0]?.text).toBe(
      'a spokesperson for the European Commission',
    );
  });

  it('does not cut an inverted subject at a capitalized word inside its appositive', () => {
    const qs = quotes('"Rates will rise," said Omar Nasr, an analyst at a Dubai investment bank, who expects two more hikes.');
    expect(qs.map((q) => [q.text, q.attributes.speakerName])).toEqual([['Rates will rise', 'Omar Nasr']]);
  });

  it('leaves the writer’s comment and "at least" where they belong', () => {
    expect(quotes('Officials said at least 12 people died, a toll that could not be verified.')[0]?.text).toBe('at least 12 people died');
  });
});

describe('more English attribution', () => {
  it('reads "said about 40 people …" as a clause', () => {
    expect(quotes('Mayor Ruth Obi said about 40 people were evacuated.')[0]?.text).toBe('about 40 people were evacuated');
  });

  it('takes the name after "according to its chief executive,"', () => {
    expect(speakers('Output will double, according to its chief executive, Tariq Aziz.')[0]?.text).toBe('Tariq Aziz');
  });

  it('prefers a speaker of unknown gender in the same paragraph over a woman quoted paragraphs ago', () => {
    const text = [
      '"We need help," said Grace Mensah, a nurse.',
      'Officials were upbeat.',
      'Health minister Ama Owusu said supplies had arrived. More will come next week, she said.',
    ].join('\n');
    expect(quotes(text).map((q) => q.attributes.speakerName)).toEqual(['Grace Mensah', 'Ama Owusu', 'Ama Owusu']);
  });
});

describe('English: whose spokesman, party labels, documents', () => {
  it('gives the quote to the spokesman, not to the leader he speaks for', () => {
    expect(speakers('A spokeswoman for Governor Kathy Hochul said the budget was balanced.')[0]?.text).toBe(
      'A spokeswoman for Governor Kathy Hochul',
    );
  });

  it('does not end a sentence at the period of a party label: "Sen. X, D-Mass., said"', () => {
    expect(quotes('Sen. Ron Wyden, D-Ore., said the bill would fail.')[0]?.attributes.speakerName).toBe('Ron Wyden');
  });

  it('lets a court document speak', () => {
    expect(quotes('The complaint alleges that the firm hid losses from investors.')[0]?.attributes.speakerName).toBe('The complaint');
  });
});

describe('English descriptions of someone just introduced', () => {
  it('links "the 61-year-old" and "the mother of two" to the person the text just introduced', () => {
    expect(quotes('Tom Reed has fished here since 1980. "The river is dying," the 61-year-old said.')[0]?.attributes.speakerName).toBe(
      'Tom Reed',
    );
    expect(quotes('Nadia Aziz, a nurse, works double shifts. "I have no choice," says the mother of two.')[0]?.attributes.speakerName).toBe(
      'Nadia Aziz',
    );
  });

  it('knows more groups that speak: forecasters, investors, voters', () => {
    expect(quotes('But forecasters warned that the rain would return.')[0]?.attributes.speakerName).toBe('forecasters');
  });
});

describe('noun objects are not reported clauses', () => {
  it('leaves "claimed victory", "warned customers about scams" alone but keeps a real bare clause', () => {
    expect(quotes('They claimed victory after the vote. The bank warned customers about scams.')).toEqual([]);
    expect(quotes('The bank warned the economy would slow.')[0]?.text).toBe('the economy would slow');
  });
});
