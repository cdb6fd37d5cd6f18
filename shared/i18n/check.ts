import { type MessageFormatElement, TYPE, parse } from '@formatjs/icu-messageformat-parser';

/**
 * What the catalog test checks (tests/unit/i18n/catalogs.test.ts), as pure functions so a
 * bad catalog can be shown to fail: every id in its area's file, the same ids in every
 * language, and the same ICU shape: argument names and kinds, tags, and plurals that give
 * each language the forms its grammar needs (Arabic six, English one and other).
 */

/** The plural categories (CLDR) a cardinal plural must spell out in each language. */
export const PLURAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  en: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};

const KIND: Record<number, string> = {
  [TYPE.argument]: 'argument',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
  [TYPE.tag]: 'tag',
};

/** The message's shape: `name:kind` for each argument and tag, sorted and without repeats. */
export function messageShape(elements: MessageFormatElement[]): string[] {
  const found = new Set<string>();
  const walk = (list: MessageFormatElement[]) => {
    for (const element of list) {
      const kind = KIND[element.type];
      if (kind && 'value' in element) found.add(`${element.value}:${kind}`);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(elements);
  return [...found].sort();
}

/** Plural arguments whose forms miss a category the language needs. */
function missingPluralForms(elements: MessageFormatElement[], language: string): string[] {
  const needed = PLURAL_FORMS[language] ?? ['other'];
  const problems: string[] = [];
  const walk = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        if (element.type === TYPE.plural && element.pluralType === 'cardinal') {
          const missing = needed.filter((form) => !(form in element.options));
          if (missing.length) problems.push(`{${element.value}, plural} lacks ${missing.join(', ')}`);
        }
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(elements);
  return problems;
}

export type AreaCatalogs = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>>;

/**
 * Every problem with a set of catalogs (language → area → id → message), one line each,
 * naming the file and the id: empty when they agree. The first language is the reference.
 */
export function catalogProblems(catalogs: AreaCatalogs): string[] {
  const problems: string[] = [];
  const languages = Object.keys(catalogs);
  const reference = languages[0];
  if (!reference) return problems;
  const shapes = new Map<string, string>();
  for (const language of languages) {
    for (const [area, messages] of Object.entries(catalogs[language] ?? {})) {
      const file = `${language}/${area}.json`;
      for (const [id, text] of Object.entries(messages)) {
        if (!id.startsWith(`${area}.`)) problems.push(`${file}: ${id} does not start with "${area}."`);
        if (typeof text !== 'string' || text.trim() === '') {
          problems.push(`${file}: ${id} is empty`);
          continue;
        }
        let elements: MessageFormatElement[];
        try {
          elements = parse(text);
        } catch (err) {
          problems.push(`${file}: ${id} is not a valid ICU message (${(err as Error).message})`);
          continue;
        }
        for (const missing of missingPluralForms(elements, language)) problems.push(`${file}: ${id}: ${missing}`);
        const shape = messageShape(elements).join(' ');
        if (language === reference) shapes.set(id, shape);
        else if (!shapes.has(id)) problems.push(`${file}: ${id} is not in ${reference}/${area}.json`);
        else if (shapes.get(id) !== shape)
          problems.push(`${file}: ${id} has arguments [${shape}] but ${reference} has [${shapes.get(id)}]`);
      }
    }
  }
  for (const language of languages.slice(1)) {
    for (const [area, messages] of Object.entries(catalogs[reference] ?? {})) {
      const theirs = catalogs[language]?.[area] ?? {};
      for (const id of Object.keys(messages)) if (!(id in theirs)) problems.push(`${language}/${area}.json: ${id} is missing`);
    }
  }
  return problems;
}

/**
 * Message ids a source file uses: `t('area.x.y'…)`, `translate('…')`, `<T id="…"`, and
 * ids spelled in full as string literals (`'library.sort.title'`) where an area starts them.
 * Comments are left out: an example id in a comment is not a use.
 */
export function idsUsedIn(source: string, areas: readonly string[]): string[] {
  const ids = new Set<string>();
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const area = areas.join('|');
  const literal = new RegExp(`['"\`]((?:${area})\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)+)['"\`]`, 'g');
  for (const match of code.matchAll(literal)) if (match[1]) ids.add(match[1]);
  return [...ids];
}
