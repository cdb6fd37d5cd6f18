import { describe, expect, it } from 'vitest';
import { quotes, speakers } from './helpers';

// Invented sentences (issue 12, round 16): English subjects wire, court and feature writing use.
const credited = (text: string) => quotes(text).map((q) => [q.text, q.attributes.speakerText]);
const mentions = (text: string) => speakers(text).map((s) => s.text);

describe('English speakers: a name with an age after a place the sentence opens in', () => {
  it('credits the name before the age, not the region after the town', () => {
    expect(credited('In Riverton, Lakeshire, Mara Quell, 52, said the roof of her house was torn off.')).toEqual([
      ['the roof of her house was torn off', 'Mara Quell'],
    ]);
  });

  it('credits a person described by a word before the name, not the county', () => {
    expect(credited('In Dunmore County, retiree Paul Agbaje, 71, said he voted for the levy because of rents.')).toEqual([
      ['he voted for the levy because of rents', 'Paul Agbaje'],
    ]);
  });

  it('still credits a name with a role after a place', () => {
    expect(credited('In Tamale, Ama Owusu, a trader, said prices had doubled.')).toEqual([['prices had doubled', 'Ama Owusu']]);
  });
});

describe('English speakers: the full names of bodies', () => {
  it('reads a police command as one body', () => {
    expect(mentions('The Marrow State Police Command said in a statement that it had arrested 12 suspects.')).toEqual([
      'Marrow State Police Command',
    ]);
  });

  it('keeps "on" inside a commission named for what it oversees', () => {
    expect(mentions('The Northland Commission on Public Ethics said it had documented 31 cases.')).toEqual([
      'Northland Commission on Public Ethics',
    ]);
  });

  it('does not join police to the street they were on', () => {
    expect(mentions('Police on Elm Street said two cars had collided.')).not.toContain('Police on Elm Street');
  });
});

describe('English speakers: "he said" after a sentence introducing a post and its holder', () => {
  it('credits the holder named between commas after the post, not the post', () => {
    const text =
      'Responding, the Majority Leader, Mr Felix Adomako, dismissed the walkout as theatre.\n\n"They are sitting at home," he said.';
    expect(credited(text)).toEqual([['They are sitting at home', 'Felix Adomako']]);
  });

  it('passes over a capitalized word opening a phrase ("Guest of honour", "Half a mile")', () => {
    const text = 'Guest of honour, Regional Commissioner Hon. Rose Mbeki, commended the partnership.\n\n"We welcome partners," she said.';
    expect(credited(text)[0]?.[1]).not.toBe('Guest');
    expect(mentions('Half a mile away, the clinic has doubled its hours.\n\n"We cannot keep up," she said.')).not.toContain('Half');
  });

  it('still reads a name whose age and role follow between commas', () => {
    const text =
      'Several pupils spoke. Kwame Ofori, 16, a student at Hillcrest, said the fares were too high.\n\n"That is my whole wage," he told council.';
    expect(credited(text).at(-1)).toEqual(['That is my whole wage', 'Kwame Ofori']);
  });
});

describe('English speakers: "he said" after someone new is brought in', () => {
  const LEAD = 'Sergeant Ola Fenn said the road was closed.\n\n';

  it('credits the unnamed person of the sentence before a quotation that ends in a question mark', () => {
    const text = `${LEAD}A youth leader in Dalton, who also spoke on condition of anonymity, laughed when the statement was read to him.\n\n"Report to who?" he said.`;
    expect(credited(text).at(-1)).toEqual(['Report to who?', 'A youth leader in Dalton']);
  });

  it('reads past an appositive that ends in a place', () => {
    const text = `${LEAD}Dr Ama Boateng, an economist at the University of Ghana, Legon, has been making this point for years. When I called her, she put it bluntly.\n\n"We have built a low-wage trap," she said.`;
    expect(credited(text).at(-1)).toEqual(['We have built a low-wage trap', 'Ama Boateng']);
  });

  it('credits a reader who sent something in', () => {
    const text = `${LEAD}A reader in Bridgewater sent us this photo of a fallen maple. "We heard it go at about 10," she wrote.`;
    expect(credited(text).at(-1)).toEqual(['We heard it go at about 10', 'A reader in Bridgewater']);
  });

  it('reads past a constituency in brackets after the name', () => {
    const text = `${LEAD}Tom Price (Wrexham Rural) wanted to know what it costs to fix one pothole. He had the answer ready. "It is £72," he said.`;
    expect(credited(text).at(-1)?.[0]).toBe('It is £72');
    expect(credited(text).at(-1)?.[1]).toContain('Tom Price');
  });
});

describe('English speakers: posts and adverbs at the head of a sentence', () => {
  it('credits a post made definite by a place in the possessive', () => {
    const text =
      '"The sea came over the wall," Gwen Parry said.\n\n15:58 GMT\n\nWales\'s First Minister has urged people not to travel.\n\n"Please, stay at home this evening," she said in a video.';
    expect(credited(text).at(-1)).toEqual(['Please, stay at home this evening', "Wales's First Minister"]);
  });

  it('never reads an adverb opening the sentence as a name', () => {
    const text =
      'Sunita Rao is already at the edge of the village with four pots. The tanker is due at six. Sometimes, she says, it does not come at all.';
    expect(mentions(text)).not.toContain('Sometimes');
    expect(credited(text).at(-1)?.[1]).toBe('Sunita Rao');
  });
});

describe('English speakers: "welcomed … but said" after a name with its post between commas', () => {
  it('credits the named subject, not the speaker before', () => {
    const text =
      '"We are proud of the building," said Ada Nwosu.\n\nCouncillor Tom Brenner, chair of the scrutiny committee, welcomed the opening but said the trust must do more.';
    expect(credited(text).at(-1)).toEqual(['the trust must do more', 'Tom Brenner']);
  });
});

describe('English speakers: an acronym of a post links to its holder', () => {
  it('links "The CS" to the cabinet secretary named before', () => {
    const text =
      'Health Cabinet Secretary Dr Miriam Otieno said the outbreak was under control. "It is preventable," Dr Otieno said.\n\nThe CS said a vaccination campaign would begin on March 9.';
    expect(quotes(text).at(-1)?.attributes.speakerName).toBe('Miriam Otieno');
  });

  it('links "The AG" to the attorney general named before', () => {
    const text =
      'Appearing before the court, Attorney General Rehan Malik said the ministry had acted on a threat.\n\nThe AG said the suspension had been limited to mobile data.';
    expect(quotes(text).at(-1)?.attributes.speakerName).toBe('Rehan Malik');
  });
});

describe('English speakers: groups that argue', () => {
  it('credits critics, defenders and proponents with the bare verb "argue"', () => {
    expect(credited('Critics argue that the levy is too costly.')).toEqual([['the levy is too costly', 'Critics']]);
    expect(credited('Defenders of the programme argue that these are teething problems.')).toEqual([
      ['these are teething problems', 'Defenders of the programme'],
    ]);
  });

  it('does not take an infinitive "to argue" for a report', () => {
    expect(credited('The firm plans to argue that the contract was void.')).toEqual([]);
  });
});
