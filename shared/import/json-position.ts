export interface JsonErrorPlace {
  line: number;
  column: number;
  message: string;
}

/**
 * Finds the first syntax error in strict JSON and where it is. JSON.parse does not always
 * say (V8: `Unexpected token '}', "…" is not valid JSON`), and a journalist with a
 * 50,000-line file needs the line. Only called after JSON.parse has failed.
 */
export function locateJsonError(text: string): JsonErrorPlace {
  let i = 0;
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { at: i });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const describe = () => (i >= text.length ? 'the file ends too early' : `unexpected ${JSON.stringify(text[i])}`);
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`${describe()} (expected a value)`);
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
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('bad escape in a string');
      } else if (c < 0x20) {
        fail(c === 0x0a ? 'a string is not closed before the end of the line' : 'control character in a string');
      } else i++;
    }
    fail('a string is not closed before the end of the file');
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail(`${describe()} (expected a value)`);
    i += (match as RegExpExecArray)[0].length;
  };
  const value = (depth: number): void => {
    if (depth > 512) fail('nesting is too deep');
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
        if (text[i] !== '"') fail(`${describe()} (expected a "quoted" field name)`);
        string();
        ws();
        if (text[i] !== ':') fail(`${describe()} (expected ":" after a field name)`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') fail('a comma before "}" (trailing comma)');
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`${describe()} (expected "," or "}")`);
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
          if (text[i] === ']') fail('a comma before "]" (trailing comma)');
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`${describe()} (expected "," or "]")`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  let message = 'invalid JSON';
  let at = 0;
  try {
    value(0);
    ws();
    if (i < text.length) fail(`${describe()} after the end of the JSON value`);
  } catch (err) {
    message = (err as Error).message;
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
  return { line, column: at - lineStart + 1, message };
}
