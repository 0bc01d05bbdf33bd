// `npm run anxin -- import <kind> <file.csv> [--dry-run]` (ADM-3): runs the registry import on the open store and
// prints its report. Returns the exit code (1 when rows were rejected); must not open or close the store.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pickLang } from '../domain/common/problems';
import { type ImportKindName, importKindNames } from './app/import/import-kind';
import { type ImportReport, runImport } from './app/import/run-import';
import { auditContextOf } from './cli-context';
import type { Store } from './store/store';

const isKind = (v: string | undefined): v is ImportKindName => (importKindNames as readonly string[]).includes(v ?? '');

export async function importFile(store: Store, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, lang: { type: 'string' } },
  });
  const [kind, file] = positionals;
  if (!isKind(kind) || !file) {
    console.error(`usage: import <${importKindNames.join('|')}> <file.csv> [--dry-run] [--lang zh-CN|en]`);
    return 2;
  }
  const lang = pickLang(values.lang ?? process.env.LANG?.replace('_', '-') ?? 'en');
  const report = await runImport(store, kind, readFileSync(file, 'utf8'), {
    dryRun: values['dry-run'] ?? false,
    lang,
    audit: auditContextOf(),
  });
  console.log(formatReport(report));
  return report.rejected.length ? 1 : 0;
}

export function formatReport(r: ImportReport): string {
  const lines = [
    `${r.dryRun ? 'dry run (nothing written): ' : ''}${r.kind}: ${r.total} rows — ${r.imported} imported, ` +
      `${r.updated} updated, ${r.unchanged} unchanged, ${r.rejected.length} rejected`,
  ];
  for (const x of r.rejected) lines.push(`  line ${x.line}${x.field ? ` [${x.field}]` : ''}: ${x.message} (${x.code})`);
  return lines.join('\n');
}
