import type { AnnotationType, FigureValue, VerdictStatus } from '../domain/annotation';
import { describeFigureValue, yearlessDay } from '../domain/figure-value';
import type { MessageId } from './catalogs';

/**
 * The names every surface (the renderer, the CLI, reports) gives to the corpus's values:
 * annotation types, verdicts, quote and figure kinds, as message ids in the document area.
 * One list, so the app and `isnad annotations` call a verdict by the same word.
 */
export const TYPE_LABEL: Record<AnnotationType, MessageId> = {
  quote: 'document.type.quote',
  speaker: 'document.type.speaker',
  figure: 'document.type.figure',
};

export const VERDICT_LABEL: Record<VerdictStatus, MessageId> = {
  unchecked: 'document.verdict.unchecked',
  verified: 'document.verdict.verified',
  disputed: 'document.verdict.disputed',
  false: 'document.verdict.false',
  unverifiable: 'document.verdict.unverifiable',
};

export const QUOTE_KIND: Record<'direct' | 'indirect' | 'partial', MessageId> = {
  direct: 'document.quoteKind.direct',
  indirect: 'document.quoteKind.indirect',
  partial: 'document.quoteKind.partial',
};

export const FIGURE_KIND: Record<'count' | 'percent' | 'money' | 'date' | 'duration' | 'measure', MessageId> = {
  count: 'document.figureKind.count',
  percent: 'document.figureKind.percent',
  money: 'document.figureKind.money',
  date: 'document.figureKind.date',
  duration: 'document.figureKind.duration',
  measure: 'document.figureKind.measure',
};

/** The attributes whose labels the desk's agreement compares (desk area). */
export const AGREEMENT_ATTRIBUTE: Record<'quoteSpeaker' | 'figureValue' | 'verdict', MessageId> = {
  quoteSpeaker: 'desk.agreement.attr.quoteSpeaker',
  figureValue: 'desk.agreement.attr.figureValue',
  verdict: 'desk.agreement.attr.verdict',
};

/**
 * The unit words the suggestion engine writes (in English, as data: "year", "km"), named in
 * the interface's language at display. A unit the journalist typed, or one not listed here
 * (currency codes, "%"), is shown as it is.
 */
const UNIT_LABEL: Readonly<Record<string, MessageId>> = {
  year: 'document.unit.year',
  years: 'document.unit.year',
  month: 'document.unit.month',
  months: 'document.unit.month',
  week: 'document.unit.week',
  weeks: 'document.unit.week',
  day: 'document.unit.day',
  days: 'document.unit.day',
  hour: 'document.unit.hour',
  hours: 'document.unit.hour',
  minute: 'document.unit.minute',
  minutes: 'document.unit.minute',
  second: 'document.unit.second',
  seconds: 'document.unit.second',
  decade: 'document.unit.decade',
  decades: 'document.unit.decade',
  century: 'document.unit.century',
  centuries: 'document.unit.century',
  point: 'document.unit.point',
  points: 'document.unit.point',
  barrel: 'document.unit.barrel',
  barrels: 'document.unit.barrel',
  dinar: 'document.unit.dinar',
  dinars: 'document.unit.dinar',
  riyal: 'document.unit.riyal',
  riyals: 'document.unit.riyal',
  lira: 'document.unit.lira',
  feddan: 'document.unit.feddan',
  dunam: 'document.unit.dunam',
  km: 'document.unit.km',
  kg: 'document.unit.kg',
};

/** The count a unit word agrees with: the value, a range's upper end, else many (a plural form every language has). */
function agreeingCount(value: FigureValue): number {
  if (typeof value === 'number') return Math.abs(value);
  if (Array.isArray(value)) return Math.abs(value[1]);
  return 100;
}

/** Says a message with numbers, or a day, as its values. */
type Say = (id: MessageId, values?: Record<string, number | Date>) => string;

/**
 * "75 years" / "75 سنة": a figure's value and unit as the card shows them; '' when it has no
 * value. A day without its year is named in the reader's language ("١٩ يناير، دون سنة").
 */
export function figureText(t: Say, value: FigureValue, unit: string): string {
  const day = yearlessDay(value);
  const shown = day ? t('document.figure.yearless', { day }) : describeFigureValue(value);
  if (!shown) return '';
  const id = UNIT_LABEL[unit.trim().toLowerCase()];
  const word = id ? t(id, { count: agreeingCount(value) }) : unit.trim();
  return word ? `${shown} ${word}` : shown;
}

/** "12 KB" / "١٢ كيلوبايت": a file's size through Intl's units, in the locale's digits. */
export function sizeText(number: (value: number, options?: Record<string, unknown>) => string, bytes: number): string {
  const [value, unit] = bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 ** 2 ? [bytes / 1024, 'kilobyte'] : [bytes / 1024 ** 2, 'megabyte'];
  return number(value, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  });
}

/** When something happened (a history entry, a conflict's side): the day and minute in the reader's language and digits. */
export function moment(date: (value: string, options?: Record<string, string>) => string, iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  return date(iso, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/**
 * A calendar date (YYYY-MM-DD, or the day a timestamp was written with) in the reader's words:
 * "Oct 7, 2024" / "٧ أكتوبر ٢٠٢٤". The day as written, in UTC: a date without a time is no
 * instant, and no time zone may move it to the day before.
 */
export function calendarDay(date: (value: string, options?: Record<string, string>) => string, iso: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day || Number.isNaN(Date.parse(`${day[0]}T12:00:00Z`))) return iso;
  return date(`${day[0]}T12:00:00Z`, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** A figure's line in tables ("75 سنة deaths"): its value and unit as `figureText` names them, then what it counts. */
export function figureDetail(t: Say, figure: { value: FigureValue; unit: string; counts: string }): string {
  return [figureText(t, figure.value, figure.unit), figure.counts].filter(Boolean).join(' ');
}
