/**
 * `JSON.stringify(value, null, 2)` of an object, handed out in pieces: each element of a
 * top-level array is stringified on its own, so a report of 10,000 files is never one string of
 * tens of megabytes beside the report itself (the import's peak memory must not grow with the
 * file count). The pieces joined with '\n' are byte for byte what `JSON.stringify(value, null, 2)`
 * gives; a value that is not a plain object is stringified whole.
 */
export function* jsonLines(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value) {
    const whole = JSON.stringify(value, null, 2);
    if (whole !== undefined) yield whole;
    return;
  }
  // Keys JSON.stringify leaves out (undefined, functions, symbols) are left out here too.
  const entries = Object.entries(value).filter(([, v]) => Array.isArray(v) || JSON.stringify(v) !== undefined);
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, [key, v]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    const name = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      yield `${name}[`;
      for (let k = 0; k < v.length; k++) {
        // An element JSON cannot hold (undefined, a function) is `null` in an array, as JSON.stringify writes it.
        const element = JSON.stringify(v[k], null, 2) ?? 'null';
        yield `    ${indent(element, '    ')}${k < v.length - 1 ? ',' : ''}`;
      }
      yield `  ]${comma}`;
    } else {
      yield `${name}${indent(JSON.stringify(v, null, 2) as string, '  ')}${comma}`;
    }
  }
  yield '}';
}

/** Every line after the first moved right by `by`: JSON strings never hold a raw newline, so lines are JSON's own. */
function indent(text: string, by: string): string {
  return text.replaceAll('\n', `\n${by}`);
}
