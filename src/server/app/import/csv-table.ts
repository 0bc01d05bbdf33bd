// Reads an import CSV (ADM-3): UTF-8 with or without BOM, comma separated, quoted fields, CRLF or LF. Gives each
// record the file line it starts on (the header is line 1). Must not interpret cells: the import kinds do.
import { parse } from 'csv-parse/sync';
import { raise } from '../../http/problem-error';

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  records: CsvRecord[];
}

export function readCsv(text: string): CsvTable {
  let rows: { info: { lines: number }; record: string[] }[];
  try {
    rows = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof rows;
  } catch (err) {
    return raise('import.unreadable', undefined, { detail: err instanceof Error ? err.message : String(err) });
  }
  const [head, ...rest] = rows;
  if (!head) return raise('import.unreadable', undefined, { detail: 'the file is empty' });
  const records = rest
    .map(({ info, record }) => {
      // info.lines is the line the record ends on; quoted line breaks inside it move its start up.
      const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      return { line: info.lines - breaks, cells: record.map((c) => c.trim()) };
    })
    .filter((r) => r.cells.some((c) => c !== ''));
  return { headers: head.record.map((h) => h.trim()), records };
}

/** CSV text of rows, quoting where needed, with a BOM so spreadsheet programs read it as UTF-8. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}
