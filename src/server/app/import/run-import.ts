// The shared import runner (ADM-3): reads the CSV, maps headers, turns each record into mutation arguments, and
// saves the good rows in ONE transaction (a savepoint per row, so a refused row leaves no trace), then one audit
// entry summarising the import. A dry run does the same and rolls back. Must not hold per-kind rules.
import { type Lang, type Problem, problem, problemMessage } from '../../../domain/common/problems';
import { ProblemError, raise } from '../../http/problem-error';
import type { Queryable, Store } from '../../store/store';
import { lockChangeLog } from '../../sync/change-log';
import { type AuditContext, recordAudit } from '../audit';
import type { RegistryWriter } from '../registry/record-writes';
import { type Cells, type Column, columnForHeader } from './columns';
import { readCsv } from './csv-table';
import { companiesImport } from './import-companies';
import { devicesImport } from './import-devices';
import type { ImportKind, ImportKindName } from './import-kind';
import { residentsImport } from './import-residents';
import { volunteersImport } from './import-volunteers';
import { type Lookups, loadLookups } from './lookups';

export const importKinds: Record<ImportKindName, ImportKind> = {
  companies: companiesImport,
  volunteers: volunteersImport,
  residents: residentsImport,
  devices: devicesImport,
};

export interface RejectedRow {
  line: number;
  field?: string;
  code: string;
  message: string;
}

export interface ImportReport {
  kind: ImportKindName;
  total: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
  dryRun: boolean;
}

export interface ImportOptions {
  dryRun: boolean;
  lang: Lang;
  audit: AuditContext;
}

class DryRunDone extends Error {}

/** Header positions → columns; an unknown or repeated header refuses the whole file. */
function mapHeaders(kind: ImportKind, headers: readonly string[]): { column: Column; header: string }[] {
  const seen = new Set<string>();
  return headers.map((header) => {
    const column = columnForHeader(kind.columns, header);
    if (!column) return raise('import.unknown_column', header);
    if (seen.has(column.key)) raise('import.unreadable', header, { detail: `the column ${header} appears twice` });
    seen.add(column.key);
    return { column, header };
  });
}

export async function runImport(
  store: Store,
  kindName: ImportKindName,
  csv: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const kind = importKinds[kindName];
  const table = readCsv(csv);
  const layout = mapHeaders(kind, table.headers);
  const headerOf = new Map(layout.map((l) => [l.column.key, l.header]));
  const headerOfArg = new Map(layout.map((l) => [l.column.arg, l.header]));
  const report: ImportReport = {
    kind: kindName,
    total: table.records.length,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    dryRun: options.dryRun,
  };
  const reject = (line: number, p: Problem) => {
    // A problem names a column key or an argument path (categoryIds.2); report the header as the file writes it.
    const head = p.field?.split('.')[0];
    const field = (head && (headerOf.get(head) ?? headerOfArg.get(head))) ?? p.field;
    const named = field === undefined ? { ...p } : { ...p, field };
    report.rejected.push({
      line,
      ...(field ? { field } : {}),
      code: p.code,
      message: problemMessage(named, options.lang),
    });
  };
  try {
    await store.transaction(async (tx) => {
      await lockChangeLog(tx);
      const lookups = await loadLookups(tx);
      const w: RegistryWriter = { tx, audit: options.audit, now: new Date(), mutationId: null };
      const firstLine = new Map<string, number>();
      for (const record of table.records) {
        const cells: Cells = {};
        layout.forEach(({ column }, i) => {
          const cell = record.cells[i] ?? '';
          if (cell !== '') cells[column.key] = cell;
        });
        const args = readArgs(kind, cells, lookups, (p) => reject(record.line, p));
        if (!args) continue;
        const key = kind.naturalKey(args, cells);
        const earlier = key === null ? undefined : firstLine.get(key);
        if (earlier !== undefined) {
          const keyColumn = kind.keyColumns.find((k) => headerOf.has(k));
          reject(record.line, problem('import.duplicate_row', keyColumn, { line: earlier }));
          continue;
        }
        if (key !== null) firstLine.set(key, record.line);
        const outcome = await saveRow(tx, kind, { ...w, origin: { via: 'import', line: record.line } }, args);
        if ('problem' in outcome) reject(record.line, outcome.problem);
        else if (outcome.saved === 'created') report.imported++;
        else if (outcome.saved === 'updated') report.updated++;
        else report.unchanged++;
      }
      if (report.imported || report.updated) {
        await recordAudit(tx, options.audit, {
          action: 'registry.import',
          entity: 'import',
          entityId: kindName,
          detail: {
            kind: kindName,
            total: report.total,
            imported: report.imported,
            updated: report.updated,
            unchanged: report.unchanged,
            rejected: report.rejected.length,
          },
        });
      }
      if (options.dryRun) throw new DryRunDone();
    });
  } catch (err) {
    if (!(err instanceof DryRunDone)) throw err;
  }
  return report;
}

/** Cells → arguments; the first unreadable cell refuses the row, naming its column. */
function readArgs(
  kind: ImportKind,
  cells: Cells,
  lookups: Lookups,
  refuse: (p: Problem) => void,
): Record<string, unknown> | null {
  const args: Record<string, unknown> = {};
  for (const column of kind.columns) {
    const cell = cells[column.key];
    if (cell === undefined) continue;
    try {
      args[column.arg] = column.read(cell, lookups, cells);
    } catch (err) {
      if (!(err instanceof ProblemError)) throw err;
      refuse({ ...err.problem, field: column.key });
      return null;
    }
  }
  return args;
}

async function saveRow(
  tx: Queryable,
  kind: ImportKind,
  w: RegistryWriter,
  args: Record<string, unknown>,
): Promise<{ saved: 'created' | 'updated' | 'unchanged' } | { problem: Problem }> {
  await tx.query('savepoint import_row');
  try {
    const existing = await kind.findExisting(tx, args);
    const saved = await kind.save(w, args, existing);
    await tx.query('release savepoint import_row');
    return { saved: saved.outcome };
  } catch (err) {
    await tx.query('rollback to savepoint import_row');
    if (err instanceof ProblemError) return { problem: err.problem };
    throw err;
  }
}
