import { type MessageFormatElement, TYPE, parse } from '@formatjs/icu-messageformat-parser';

/**
 * The pseudo-locale: every ASCII letter of a message's text swapped for an accented
 * look-alike, the whole wrapped in ⟦ ⟧. Only literal text changes (arguments, plurals and
 * tags keep their structure), so a screen shown through it reads the same, and any ASCII
 * letter left in the chrome is a string that did not go through the catalogs.
 */
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'áƀçðéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];

export function pseudoText(text: string): string {
  let out = '';
  for (const ch of text) {
    const at = PLAIN.indexOf(ch);
    out += at >= 0 ? ACCENTED[at] : ch;
  }
  return out;
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [key, { ...option, value: transform(option.value) }]),
      );
      return { ...element, options };
    }
    return element;
  });
}

/** One message in the pseudo-locale, as the parsed form FormatJS accepts in place of a string. */
export function pseudoMessage(message: string): MessageFormatElement[] {
  return [{ type: TYPE.literal, value: '⟦' }, ...transform(parse(message)), { type: TYPE.literal, value: '⟧' }];
}
