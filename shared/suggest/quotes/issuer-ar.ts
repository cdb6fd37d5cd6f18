import { AR_INSTITUTIONS } from '../lexicon/ar';
import { foldedSet, words } from '../lexicon/util';
import { tokenIndexAt } from '../ranges';
import type { Token } from '../tokens';
import type { Analysis, SpeakerPhrase } from '../types';
import { type KnownNames, parseArabicSubject } from '../speakers/arabic-subject';

/** Documents and figures that are someone's: a report, a survey, estimates, figures. */
const DOCUMENTS = foldedSet(words('تقرير تقديرات بيانات أرقام إحصاءات إحصائيات معطيات دراسة مسح مراجعة نشرة إحصائية تقريرها تقريره'));
/** Verbs by which a body issues a document, with the document's pronoun (نشرتها، قدمتها، أعدها). */
const ISSUING = foldedSet(words('نشر نشرت أصدر أصدرت قدم قدمت أعد أعدت أجرى أجرت وزع وزعت أعلن أعلنت رفع رفعت عرض عرضت'));
const DATIVE = foldedSet(words('قدم قدمت رفع رفعت وزع وزعت'));
const RELATIVES = new Set(['التي', 'الذي', 'اللذين', 'اللتين']);
/** صدر، الصادر، نشرت: the document's own verb, after the body's name. */
const ISSUED = /^(?:و)?(?:ال)?(?:صدر|صدرت|صادر|صادرة|نشر|نشرت|أصدر|أصدرت|قدم|قدمت|في|خلال|أمس|اليوم)$/u;

const bare = (w: string) => w.replace(/^(لل|ال|ل)/u, '');
/** Bodies that issue reports but share their noun with other things (a TV programme): a body only after a document. */
const ISSUING_BODIES = foldedSet(words('برنامج'));
const issuingBody = (w: string) => AR_INSTITUTIONS.has(w) || ISSUING_BODIES.has(w);

/**
 * "وفقاً للتقديرات السريعة التي نشرتها الهيئة"، "بحسب أرقام قدمتها الوزارة للجنة"، "بحسب تقرير لبرنامج
 * الأغذية": a document followed by the body that issued it, through a relative verb or a glued ل.
 * The body is the source; the document alone is what the source said it in. `end` is the last
 * token of the attribution (before its comma).
 */
export function issuerOfDocument(a: Analysis, s: SpeakerPhrase, end: number, known: KnownNames): SpeakerPhrase {
  const head = s.role ?? s.mention;
  const tokens = a.tokens;
  const first = tokenIndexAt(tokens, head.start);
  if (!DOCUMENTS.has(bare((tokens[first] as Token).text))) return s;
  for (let k = first + 1; k <= end && k - first <= 4; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return s;
    let from = -1;
    let skip = 0;
    if (RELATIVES.has(t.text) && ISSUING.has((tokens[k + 1]?.text ?? '').replace(/(ها|ه)$/u, ''))) from = k + 2;
    else if (/(ها|ه)$/u.test(t.text) && ISSUING.has(t.text.replace(/(ها|ه)$/u, ''))) from = k + 1;
    else if (t.text.startsWith('ل') && !t.text.startsWith('لل') && issuingBody(t.text.slice(1))) {
      from = k;
      skip = 1;
    }
    if (from < 0) continue;
    // "قدمتها الوزارة للجنة": after a verb of handing over, the ل phrase is who received it.
    const dative = DATIVE.has((tokens[from - 1] as Token).text.replace(/(ها|ه)$/u, ''));
    // The body's name ends before a verb of its own (تقرير لمنظمة … صدر في يناير).
    let last = from;
    while (
      last + 1 <= end &&
      (tokens[last + 1] as Token).kind === 'word' &&
      !ISSUED.test((tokens[last + 1] as Token).text) &&
      !(dative && (tokens[last + 1] as Token).text.startsWith('ل'))
    )
      last++;
    // "تقرير لبرنامج الأغذية": the name parser would skip لبرنامج as a channel's programme; here it is the body.
    if (skip && ISSUING_BODIES.has(bare(t.text)) && last > from) return namedBody(a, from, last);
    const body = from <= last ? parseArabicSubject(a, from, last, known, skip > 0) : null;
    const bodyHead = body && a.text.slice((body.role ?? body.mention).start, (body.role ?? body.mention).end).split(/\s+/)[0];
    if (!body || (!body.name && !issuingBody(bare(bodyHead ?? '')))) return s;
    if (!skip || body.mention.start !== (tokens[from] as Token).start) return body;
    return {
      ...body,
      mention: { ...body.mention, start: body.mention.start + skip },
      role: body.role && { ...body.role, start: body.role.start + skip },
    };
  }
  return s;
}

/** The body from its glued ل to `last` (لبرنامج الأغذية العالمي): one role phrase, spoken of as "he". */
function namedBody(a: Analysis, from: number, last: number): SpeakerPhrase {
  const range = { start: (a.tokens[from] as Token).start + 1, end: (a.tokens[last] as Token).end };
  return { mention: range, name: null, role: range, kind: 'role', plural: false, gender: 'male', definite: true, sameAsBefore: false };
}
