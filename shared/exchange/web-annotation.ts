import type { ExportedAnnotation, ExportedDocument } from './schema';

/**
 * W3C Web Annotation export (the model Hypothesis and Recogito use). Each annotation
 * targets its document (`urn:isnad:document:<id>`, with the article's URL as `scope`)
 * through two selectors:
 * - TextQuoteSelector: `exact`, `prefix`, `suffix` (the 32 code units Isnad keeps each side);
 * - TextPositionSelector: `start`/`end` in Unicode **code points**, the unit the
 *   Recommendation requires (§4.2.3–4.2.4: "in terms of unicode code points … not in terms
 *   of code units"), so Python's `text[start:end]` is `exact`. (Hypothesis itself counts
 *   UTF-16 units; its positions differ from ours after an emoji.)
 * Bodies (all TextualBody, told apart by `purpose`), documented in README.md:
 * - tagging: the type, `quote`, `speaker` or `figure`;
 * - identifying: the speaker's name (a quote's speaker, a speaker's resolved name);
 * - assessing: the verdict status, when checked; commenting: the verdict's note;
 * - describing, `format: application/json`: every Isnad field (id, type, attributes,
 *   verdict, origin), so a re-import restores the annotation exactly.
 */

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ISNAD_BODY_FORMAT = 'application/json';
/** Marks the describing body that carries Isnad's own fields. */
export const ISNAD_BODY_SCHEMA = 'isnad-annotation/1';

export function documentUrn(documentId: string): string {
  return `urn:isnad:document:${documentId}`;
}

export function annotationUrn(documentId: string, annotationId: string): string {
  return `urn:isnad:annotation:${documentId}:${annotationId}`;
}

function bodiesOf(a: ExportedAnnotation): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.type }];
  const speaker = a.type === 'quote' ? (a.speaker?.name ?? '') : a.type === 'speaker' ? a.resolvedName : '';
  if (speaker) bodies.push({ type: 'TextualBody', purpose: 'identifying', value: speaker });
  if (a.verdict.status !== 'unchecked') bodies.push({ type: 'TextualBody', purpose: 'assessing', value: a.verdict.status });
  if (a.verdict.note) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: a.verdict.note });
  const own = { schema: ISNAD_BODY_SCHEMA, id: a.id, type: a.type, attributes: a.attributes, verdict: a.verdict, origin: a.origin };
  bodies.push({ type: 'TextualBody', purpose: 'describing', format: ISNAD_BODY_FORMAT, value: JSON.stringify(own) });
  return bodies;
}

export function webAnnotationOf(doc: ExportedDocument, a: ExportedAnnotation): Record<string, unknown> {
  return {
    id: annotationUrn(doc.id, a.id),
    type: 'Annotation',
    motivation: 'tagging',
    created: a.createdAt,
    modified: a.updatedAt,
    body: bodiesOf(a),
    target: {
      source: documentUrn(doc.id),
      ...(doc.source.url ? { scope: doc.source.url } : {}),
      selector: [
        { type: 'TextQuoteSelector', exact: a.text, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.startCodePoint, end: a.endCodePoint },
      ],
    },
  };
}

const q = JSON.stringify;

/** The lines of one TextualBody, as JSON.stringify(…, null, 2) writes it inside an annotation's `body`. */
const BODY_OPEN = `
          {
            "type": "TextualBody",
            "purpose": `;
const BODY_VALUE = `,
            "value": `;
const BODY_CLOSE = `
          }`;

/** The describing body's JSON (Isnad's own fields), as bodiesOf makes it and stringify would escape it. */
function describingValue(a: ExportedAnnotation): string {
  const own = { schema: ISNAD_BODY_SCHEMA, id: a.id, type: a.type, attributes: a.attributes, verdict: a.verdict, origin: a.origin };
  return q(JSON.stringify(own));
}

/**
 * bodiesOf(a) as JSON.stringify(…, null, 2) writes the array's items ten spaces deep, with
 * the bodies' keys spelled out: building each body as an object to walk its keys again cost
 * a third of the W3C export's time.
 */
function bodiesText(a: ExportedAnnotation): string {
  let out = `${BODY_OPEN}"tagging"${BODY_VALUE}${q(a.type)}${BODY_CLOSE}`;
  const speaker = a.type === 'quote' ? (a.speaker?.name ?? '') : a.type === 'speaker' ? a.resolvedName : '';
  if (speaker) out += `,${BODY_OPEN}"identifying"${BODY_VALUE}${q(speaker)}${BODY_CLOSE}`;
  if (a.verdict.status !== 'unchecked') out += `,${BODY_OPEN}"assessing"${BODY_VALUE}${q(a.verdict.status)}${BODY_CLOSE}`;
  if (a.verdict.note) out += `,${BODY_OPEN}"commenting"${BODY_VALUE}${q(a.verdict.note)}${BODY_CLOSE}`;
  return `${out},${BODY_OPEN}"describing",
            "format": "${ISNAD_BODY_FORMAT}"${BODY_VALUE}${describingValue(a)}${BODY_CLOSE}`;
}

/**
 * webAnnotationOf(doc, a) as JSON.stringify(…, null, 2) writes it six spaces deep (an item of
 * the collection's page), byte for byte, written out by hand: the generic indenting
 * stringify of each annotation was most of the W3C export's time (147 MB for 100,000
 * annotations). `source` is the document's part, the same for each of its annotations.
 * tests/unit/exchange/web-annotation.test.ts holds the two to the same bytes.
 */
function webAnnotationText(a: ExportedAnnotation, urnPrefix: string, source: string): string {
  return `{
        "id": "${urnPrefix}${q(a.id).slice(1)},
        "type": "Annotation",
        "motivation": "tagging",
        "created": ${q(a.createdAt)},
        "modified": ${q(a.updatedAt)},
        "body": [${bodiesText(a)}
        ],
        "target": {${source}
          "selector": [
            {
              "type": "TextQuoteSelector",
              "exact": ${q(a.text)},
              "prefix": ${q(a.prefix)},
              "suffix": ${q(a.suffix)}
            },
            {
              "type": "TextPositionSelector",
              "start": ${a.startCodePoint},
              "end": ${a.endCodePoint}
            }
          ]
        }
      }`;
}

/**
 * The export as one AnnotationCollection whose first (and only) page embeds every
 * annotation, written a document at a time; `total` comes last because it is known only
 * at the end (JSON key order carries no meaning).
 */
export function webAnnotationWriter() {
  let written = 0;
  return {
    opening: () =>
      `{\n  "@context": "${WEB_ANNOTATION_CONTEXT}",\n  "type": "AnnotationCollection",\n  "label": "Isnad annotations",\n  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [`,
    document(doc: ExportedDocument): string[] {
      // What every annotation of the document repeats, escaped once: the annotation URN up to
      // the annotation's id (whose escaped form, less its opening quote, completes it), the
      // target's source and scope.
      const urnPrefix = q(annotationUrn(doc.id, '')).slice(1, -1);
      const scope = doc.source.url ? `\n          "scope": ${q(doc.source.url)},` : '';
      const source = `\n          "source": ${q(documentUrn(doc.id))},${scope}`;
      // One piece per annotation, never joined: each is a rope of short strings, and joining
      // a document's ropes into one string cost twice what encoding them one by one does
      // (the writer encodes each piece straight into its buffer).
      const pieces: string[] = [];
      for (const a of doc.annotations) pieces.push(`${written++ > 0 ? ',' : ''}\n      ${webAnnotationText(a, urnPrefix, source)}`);
      return pieces;
    },
    closing: () => `${written > 0 ? '\n    ' : ''}]\n  },\n  "total": ${written}\n}\n`,
  };
}
