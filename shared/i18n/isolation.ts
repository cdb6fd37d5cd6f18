import { type MessageFormatElement, TYPE, parse } from '@formatjs/icu-messageformat-parser';

/**
 * Values put into a right-to-left sentence (a file name, a field, a date as typed, a reason
 * in English) may run the other way: "the file report-2024.txt is empty" in Arabic reorders
 * around a Latin name with digits unless the name is isolated. The translator isolates every
 * text value a message prints as it is (`{file}`), once, here, instead of every caller
 * remembering `isolate()`. Values a message chooses by (`{kind, select, …}`) and numbers
 * (formatted by the message, in the reader's digits) are left alone.
 */

const FSI = '\u2068';
const PDI = '\u2069';
/** A run already isolated inside a value (a file name in a translated clause): it cannot disturb anything. */
const ISOLATED_RUN = /\u2068[^\u2068\u2069]*\u2069/gu;
/** The first letter or digit of a value: its direction is what the sentence around it meets first. */
const FIRST_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** A letter of a left-to-right script anywhere in a value (the "pdf" of "تقرير.pdf"). */
const LEFT_TO_RIGHT_LETTER = /[^\P{L}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * Whether a value could reorder a right-to-left sentence around it: one that starts (outside
 * runs already isolated) with a Latin letter or a European digit (a file name, a field, a date
 * as typed), or one that holds a left-to-right letter further on: an Arabic file name ending in
 * ".pdf" ends in a Latin run, which a number or a Latin word after it in the sentence joins.
 * One written in Arabic only (a translated clause, an Arabic title) reads with the sentence and
 * is left as it is.
 */
export function mayRunLeftToRight(value: string): boolean {
  const outside = value.replace(ISOLATED_RUN, '');
  const first = FIRST_LETTER_OR_DIGIT.exec(outside)?.[0];
  if (first === undefined) return false;
  return !RIGHT_TO_LEFT.test(first) || LEFT_TO_RIGHT_LETTER.test(outside);
}

/**
 * The name under which a message prints a value it also selects by: `{lang, select, ar {…}
 * other {{lang}}}` must select by the value as given ("fr") and print it isolated. FormatJS
 * takes one value per name, so the printed places get a name of their own (`separated`).
 */
const COPY = 'printed:';
const copyOf = (name: string): string => `${COPY}${name}`;

function collect(elements: MessageFormatElement[], printed: Set<string>, chosen: Set<string>): void {
  for (const element of elements) {
    if (element.type === TYPE.argument) printed.add(element.value);
    else if (element.type === TYPE.tag) collect(element.children, printed, chosen);
    else if (element.type === TYPE.select || element.type === TYPE.plural) {
      chosen.add(element.value);
      for (const option of Object.values(element.options)) collect(option.value, printed, chosen);
    } else if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) chosen.add(element.value);
  }
}

/** How a message isolates its values: the arguments it prints as text, and its parsed form when some are renamed. */
export interface MessageIsolation {
  /** Arguments printed as text; one the message also selects by or formats is printed under its copy's name. */
  printed: ReadonlySet<string>;
  /** The message with the printed places of such arguments renamed to their copy; absent when there are none. */
  separated?: MessageFormatElement[];
}

function renamed(elements: MessageFormatElement[], names: ReadonlySet<string>): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.argument && names.has(element.value)) return { ...element, value: copyOf(element.value) };
    if (element.type === TYPE.tag) return { ...element, children: renamed(element.children, names) };
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [key, { ...option, value: renamed(option.value, names) }]),
      );
      return { ...element, options } as typeof element;
    }
    return element;
  });
}

/** Which arguments a message prints as given text, and the message to format when one of them is also selected by. */
export function messageIsolation(message: string): MessageIsolation {
  const printed = new Set<string>();
  const chosen = new Set<string>();
  let elements: MessageFormatElement[];
  try {
    elements = parse(message, { ignoreTag: false });
  } catch {
    // A broken message is reported by FormatJS when it is formatted; nothing is isolated here.
    return { printed };
  }
  collect(elements, printed, chosen);
  const both = new Set([...printed].filter((name) => chosen.has(name)));
  if (both.size === 0) return { printed };
  for (const name of both) {
    printed.delete(name);
    printed.add(copyOf(name));
  }
  return { printed, separated: renamed(elements, both) };
}

/** The arguments a message prints as given text (one it also selects by or formats under its copy's name). */
export function printedArguments(message: string): ReadonlySet<string> {
  return messageIsolation(message).printed;
}

/**
 * The values with each printed text wrapped in first-strong isolates (U+2068 … U+2069), the
 * plain-text form of `<bdi>`. A value already isolated, or one that cannot run left to right, is kept as it is.
 * A copy (a value also selected by) is always given, isolated or not, since the message prints it under that name.
 */
export function isolatePrinted<V extends Record<string, unknown>>(printed: ReadonlySet<string>, values: V): V {
  let out: Record<string, unknown> | undefined;
  for (const name of printed) {
    const copy = name.startsWith(COPY);
    const value = values[copy ? name.slice(COPY.length) : name];
    // A `detail` written from `detailId` is the catalog's own clause in the reader's language, not a value.
    const asGiven =
      (name === 'detail' && typeof values.detailId === 'string') ||
      typeof value !== 'string' ||
      value.startsWith(FSI) ||
      !mayRunLeftToRight(value);
    if (asGiven && !copy) continue;
    out ??= { ...values };
    out[name] = asGiven ? value : `${FSI}${value as string}${PDI}`;
  }
  return (out ?? values) as V;
}
