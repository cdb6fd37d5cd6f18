/** What is wrong at the place, a catalog id (errors.json): the reader sees it in their language. */
export type JsonProblem =
  | 'errors.json.expectedValue'
  | 'errors.json.expectedName'
  | 'errors.json.expectedColon'
  | 'errors.json.expectedCommaBrace'
  | 'errors.json.expectedCommaBracket'
  | 'errors.json.afterEnd'
  | 'errors.json.badUnicodeEscape'
  | 'errors.json.badEscape'
  | 'errors.json.stringOpenLine'
  | 'errors.json.controlCharacter'
  | 'errors.json.stringOpenFile'
  | 'errors.json.tooDeep'
  | 'errors.json.trailingCommaBrace'
  | 'errors.json.trailingCommaBracket'
  | 'errors.json.invalid';

export interface JsonErrorPlace {
  line: number;
  column: number;
  /** The problem's message id, and what stood there: the character (quoted), or `endOfFile` where the text ran out. */
  problem: JsonProblem;
  found: string;
}

/**
 * Finds the first syntax error in strict JSON and where it is. JSON.parse does not always
 * say (V8: `Unexpected token '}', "…" is not valid JSON`), and a journalist with a
 * 50,000-line file needs the line. Only called after JSON.parse has failed.
 */
export function locateJsonError(text: string): JsonErrorPlace {
  let i = 0;
  const fail = (problem: JsonProblem): never => {
    throw Object.assign(new Error(problem), { at: i, problem });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('errors.json.expectedValue');
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('errors.json.badUnicodeEscape');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('errors.json.badEscape');
      } else if (c < 0x20) {
        fail(c === 0x0a ? 'errors.json.stringOpenLine' : 'errors.json.controlCharacter');
      } else i++;
    }
    fail('errors.json.stringOpenFile');
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail('errors.json.expectedValue');
    i += (match as RegExpExecArray)[0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) fail('errors.json.tooDeep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('errors.json.expectedName');
        string();
        ws();
        if (text[i] !== ':') fail('errors.json.expectedColon');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') fail('errors.json.trailingCommaBrace');
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('errors.json.expectedCommaBrace');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') fail('errors.json.trailingCommaBracket');
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('errors.json.expectedCommaBracket');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  let problem: JsonProblem = 'errors.json.invalid';
  let at = 0;
  try {
    value(0);
    ws();
    if (i < text.length) fail('errors.json.afterEnd');
  } catch (err) {
    problem = (err as { problem?: JsonProblem }).problem ?? problem;
    at = (err as { at?: number }).at ?? i;
  }
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < at && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: at - lineStart + 1, problem, found: at < text.length ? JSON.stringify(text[at]) : 'endOfFile' };
}

/** A place inside one line of a file (JSON Lines): the line, not the file, is what ends early. */
export function lineEnds(place: JsonErrorPlace): JsonErrorPlace {
  if (place.problem === 'errors.json.stringOpenFile') return { ...place, problem: 'errors.json.stringOpenLine' };
  return place.found === 'endOfFile' ? { ...place, found: 'endOfLine' } : place;
}

/** The values of a message that names the place (line, column) and what is wrong there (`detailId`). */
export function jsonPlaceValues(
  what: string,
  place: JsonErrorPlace,
): { what: string; line: number; column: number; detailId: string; found: string } {
  return { what, line: place.line, column: place.column, detailId: place.problem, found: place.found };
}
