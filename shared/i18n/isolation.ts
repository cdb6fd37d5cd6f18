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

/**
 * Whether a value could reorder a right-to-left sentence around it: one that starts (outside
 * runs already isolated) with a Latin letter or a European digit (a file name, a field, a date
 * as typed). One that starts in Arabic (a translated clause, an Arabic title) reads with the
 * sentence and is left as it is.
 */
export function mayRunLeftToRight(value: string): boolean {
  const first = FIRST_LETTER_OR_DIGIT.exec(value.replace(ISOLATED_RUN, ''))?.[0];
  return first !== undefined && !RIGHT_TO_LEFT.test(first);
}

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

/** The arguments a message prints as given text (never one it also selects by or formats). */
export function printedArguments(message: string): ReadonlySet<string> {
  const printed = new Set<string>();
  const chosen = new Set<string>();
  try {
    collect(parse(message, { ignoreTag: false }), printed, chosen);
  } catch {
    // A broken message is reported by FormatJS when it is formatted; nothing is isolated here.
    return printed;
  }
  for (const name of chosen) printed.delete(name);
  return printed;
}

/**
 * The values with each printed text wrapped in first-strong isolates (U+2068 … U+2069), the
 * plain-text form of `<bdi>`. A value already isolated, or one that cannot run left to right, is kept as it is.
 */
export function isolatePrinted<V extends Record<string, unknown>>(printed: ReadonlySet<string>, values: V): V {
  let out: Record<string, unknown> | undefined;
  for (const name of printed) {
    // A `detail` written from `detailId` is the catalog's own clause in the reader's language, not a value.
    if (name === 'detail' && typeof values.detailId === 'string') continue;
    const value = values[name];
    if (typeof value !== 'string' || value.startsWith(FSI) || !mayRunLeftToRight(value)) continue;
    out ??= { ...values };
    out[name] = `${FSI}${value}${PDI}`;
  }
  return (out ?? values) as V;
}
