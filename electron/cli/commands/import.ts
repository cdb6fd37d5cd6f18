import { open, stat } from 'node:fs/promises';
import { FIELD_TARGETS, FieldMapping } from '../../../shared/import/mapping';
import { offersOcr, parseByteSize } from '../../../shared/import/problems';
import { type FileOutcome, type ImportReport, describeOutcome, warningsOf } from '../../../shared/import/report';
import { maxFileBytesFromEnv } from '../../services/import/limits';
import { runImport } from '../../services/import/pipeline';
import { looksLikeIsnadExport } from '../../services/import/readers/isnad-export';
import { type ImportSource, pastedText, sourcesFromPaths } from '../../services/import/sources';
import type { CliIo, Command } from '../command';
import { USAGES } from '../usage';
import { UsageError, describeFailure, parseOptions } from '../command';
import { withServices } from '../corpus';
import { jsonLines } from '../json-lines';
import { StreamedJsonReport } from '../json-report';
import { cli } from '../language';
import { messageText, reasonText, whereText } from '../../../shared/error-text';
import { versionFromImported } from '../../services/versions/from-import';
import type { CorpusStore } from '../../services/corpus/store';
import { conflictPolicy, importDatasetFile, isDatasetPath } from '../dataset-import';

/** A .json file named on the command line that is our own export goes to the dataset importer. */
async function isIsnadExport(path: string): Promise<boolean> {
  if (!isDatasetPath(path)) return false;
  // Only a regular file is looked into: opening a named pipe would wait for a writer forever.
  if (
    !(await stat(path).then(
      (s) => s.isFile(),
      () => false,
    ))
  )
    return false;
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = new Uint8Array(65_536);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return looksLikeIsnadExport(head.subarray(0, bytesRead));
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

function parseMapping(value: string): FieldMapping {
  const mapping: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const [target, field] = pair.split('=').map((s) => s.trim());
    if (!target || !field || !(FIELD_TARGETS as readonly string[]).includes(target)) {
      throw new UsageError('cli.usage.mapPairs', { targets: FIELD_TARGETS.join(', '), pair });
    }
    mapping[target] = field;
  }
  const parsed = FieldMapping.safeParse(mapping);
  if (!parsed.success) throw new UsageError('cli.usage.mapText');
  return parsed.data;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf-8');
}

function details(doc: FileOutcome['documents'][number]): string {
  const { t } = cli();
  const parts: string[] = [];
  if (doc.pages) parts.push(t('cli.import.detail.pages', { count: doc.pages }));
  if (doc.ocr) parts.push(t('cli.import.detail.ocr'));
  if (doc.boilerplate) parts.push(t('cli.import.detail.boilerplate', { count: doc.boilerplate }));
  if (doc.outlet) parts.push(t('cli.import.detail.outlet', { outlet: doc.outlet }));
  if (doc.split) parts.push(t('cli.import.detail.split', { count: doc.split.articles.length }));
  if (doc.splitWith?.length) parts.push(t('cli.import.detail.splitWith', { ids: doc.splitWith.map((d) => d.id).join(', ') }));
  if (doc.nearDuplicateOf) {
    const { title, id, similarity } = doc.nearDuplicateOf;
    parts.push(t('cli.import.detail.nearDuplicate', { title, id, percent: Math.round(similarity * 100) }));
  }
  if (doc.sameUrlAs) parts.push(t('cli.import.detail.sameUrl', { title: doc.sameUrlAs.title, id: doc.sameUrlAs.id }));
  if (doc.sameUrlAs || doc.nearDuplicateOf) parts.push(t('cli.import.detail.asVersionHint'));
  return parts.join('; ');
}

/** One line per document or problem: stdout for what went in or was skipped, stderr for failures. */
function printOutcome(f: FileOutcome, io: CliIo): void {
  const { t } = cli();
  const reason = reasonText(cli(), f);
  for (const doc of f.documents) {
    const name = doc.where ? `${f.name} (${whereText(cli(), doc.where)})` : f.name;
    if (doc.becameVersion) {
      const { of, version, counts: c } = doc.becameVersion;
      const carried = t('cli.import.versionCarried', { version, title: of.title, ...c });
      io.out([t('cli.import.status.version'), name, of.id, carried].join('\t'));
      continue;
    }
    const line = [t('cli.import.status.imported'), name, doc.id, `${doc.lang}/${doc.dir}`, doc.title, details(doc)];
    io.out(line.join('\t').replace(/\t$/, ''));
  }
  for (const d of f.duplicates) {
    const name = d.where ? `${f.name} (${whereText(cli(), d.where)})` : f.name;
    io.out([t('cli.import.status.duplicate'), name, d.of.id, t('cli.import.alreadyAs', { title: d.of.title })].join('\t'));
  }
  for (const failure of f.failures)
    io.err([t('cli.import.status.failed'), `${f.name} (${whereText(cli(), failure.where)})`, reasonText(cli(), failure)].join('\t'));
  for (const warning of warningsOf(f)) io.err([t('cli.import.status.warning'), f.name, messageText(cli(), warning)].join('\t'));
  if (f.status === 'failed' && f.failures.length === 0) {
    const why = reason ?? describeOutcome(f);
    // A scan Tesseract can read: say how to ask for it here.
    io.err([t('cli.import.status.failed'), f.name, offersOcr(f) ? t('cli.import.ocrHint', { reason: why }) : why].join('\t'));
  }
  if (f.status === 'needs-mapping')
    io.err([t('cli.import.status.failed'), f.name, t('cli.import.needsMapping', { reason: reason ?? '' })].join('\t'));
  if (f.status === 'skipped' || f.status === 'cancelled')
    io.out([t(f.status === 'skipped' ? 'cli.import.status.skipped' : 'cli.import.status.cancelled'), f.name, reason ?? ''].join('\t'));
}

/** --report FILE: the report as JSON, written piece by piece (see jsonLines). */
async function writeReport(path: string, report: ImportReport): Promise<void> {
  const handle = await open(path, 'w');
  try {
    for (const piece of jsonLines(report)) await handle.write(`${piece}\n`);
  } finally {
    await handle.close();
  }
}

function asVersionPolicy(value: string | undefined): boolean {
  if (value === undefined || value === 'never') return false;
  if (value === 'auto') return true;
  throw new UsageError('cli.import.asVersionBad', { value });
}

/**
 * --as-version auto: each article that matches a stored document (same URL first, else a
 * near-duplicate) becomes that document's new version, its annotations carried over; the
 * separate copy the import made is removed. No prompt: the rule is the flag.
 */
async function importAsVersions(store: CorpusStore, report: ImportReport, io: CliIo): Promise<number> {
  let failed = 0;
  for (const file of report.files) {
    for (const doc of file.documents) {
      const target = doc.sameUrlAs ?? doc.nearDuplicateOf;
      if (!target) continue;
      try {
        const made = await versionFromImported(store, target.id, doc.id);
        doc.becameVersion = { of: { id: target.id, title: target.title }, version: made.version, counts: made.counts };
      } catch (err) {
        failed++;
        const why = cli().t('cli.import.versionFailed', { id: target.id, reason: describeFailure(err) });
        io.err([cli().t('cli.import.status.failed'), file.name, why].join('\t'));
      }
    }
  }
  return failed;
}

function summary(report: ImportReport): string {
  const { totals } = report;
  return cli().t('cli.import.totals', {
    cancelled: report.cancelled ? 'yes' : 'no',
    documents: totals.documents,
    files: totals.files,
    duplicates: totals.duplicates,
    failed: totals.failed + totals.needsMapping,
  });
}

export const importCommand: Command = {
  ...USAGES.import,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      corpus: { type: 'string' },
      split: { type: 'boolean' },
      ocr: { type: 'boolean' },
      map: { type: 'string' },
      'max-size': { type: 'string' },
      report: { type: 'string' },
      json: { type: 'boolean' },
      'on-conflict': { type: 'string' },
      'follow-links': { type: 'boolean' },
      'as-version': { type: 'string' },
      annotator: { type: 'string' },
    });
    const asVersion = asVersionPolicy(values['as-version']);
    const policy = conflictPolicy(values['on-conflict']);
    if (positionals.length === 0) throw new UsageError('cli.usage.noFiles', { usage: USAGES.import.usage });
    const maxFileBytes = values['max-size'] === undefined ? maxFileBytesFromEnv() : parseByteSize(values['max-size']);
    if (maxFileBytes === null) throw new UsageError('cli.usage.maxSize', { value: values['max-size'] });
    const mapping = values.map === undefined ? undefined : parseMapping(values.map);
    const sources: ImportSource[] = [];
    const datasets: string[] = [];
    const paths: string[] = [];
    for (const p of positionals) {
      if (p === '-') continue;
      if (await isIsnadExport(p)) datasets.push(p);
      else paths.push(p);
    }
    if (positionals.includes('-')) sources.push(pastedText(await readStdin()));
    sources.push(...(await sourcesFromPaths(paths, { ...(mapping ? { mapping } : {}), followLinks: values['follow-links'] === true })));

    const controller = new AbortController();
    const interrupt = () => controller.abort();
    process.once('SIGINT', interrupt);
    const tty = process.stderr.isTTY === true;
    // Plain text lines, or the JSON report, are printed as each file settles, and no report is
    // kept (memory stays flat however many files); --report and --as-version need the whole
    // report at the end.
    const streamed = values.report === undefined && !asVersion;
    const json = streamed && values.json ? new StreamedJsonReport((line) => io.out(line)) : null;
    let printed = 0;
    const printAsItComes = (outcome: FileOutcome) => {
      if (json) json.file(outcome);
      else {
        if (tty) process.stderr.write('\r\x1b[K');
        printOutcome(outcome, io);
      }
      printed++;
    };
    let report: ImportReport;
    let datasetsFailed = 0;
    try {
      report = await withServices(
        values.corpus,
        'import',
        async ({ ctx }) => {
          for (const file of datasets) {
            try {
              await importDatasetFile(ctx.store, file, policy, io);
            } catch (err) {
              datasetsFailed++;
              io.err(`${cli().t('cli.import.status.failed')}\t${file}\t${describeFailure(err)}`);
            }
          }
          const options = {
            maxFileBytes,
            split: values.split ? ('always' as const) : ('offer' as const),
            ...(mapping ? { mapping } : {}),
            ...(values.ocr ? { ocr: true } : {}),
          };
          const imported = await runImport(
            ctx.store,
            sources,
            options,
            {
              signal: controller.signal,
              update(done, total, current) {
                if (tty) process.stderr.write(`\r\x1b[K${done}/${total} ${current ?? ''}`.slice(0, process.stderr.columns || 80));
              },
            },
            streamed ? printAsItComes : undefined,
          );
          if (asVersion) datasetsFailed += await importAsVersions(ctx.store, imported, io);
          return imported;
        },
        values.annotator === undefined ? {} : { annotator: values.annotator },
      );
    } finally {
      process.off('SIGINT', interrupt);
      if (tty) process.stderr.write('\r\x1b[K');
    }
    // The JSON in pieces, one per file: never one string the size of the whole report.
    if (json) {
      if (json.files > 0 || datasets.length === 0) json.end(report);
    } else if (values.json) {
      if (report.files.length > 0 || datasets.length === 0) for (const piece of jsonLines(report)) io.out(piece);
    } else if (!streamed) for (const outcome of report.files) printOutcome(outcome, io);
    if (values.report) await writeReport(values.report, report);
    if (tty && report.files.length + printed > 0) io.err(summary(report));
    const failed = datasetsFailed + report.totals.failed + report.totals.needsMapping > 0;
    return failed || report.cancelled ? 1 : 0;
  },
};
