// Batched multi-row parameterised inserts for the seed: one statement per chunk instead of one per row.
// Must not take table or column names from outside the seed: they are spliced into SQL (quoted, but trusted).
import type { Queryable } from '../store/store';

/** Well under PostgreSQL's 65,535 bind parameters; bigger statements parse no faster per row. */
const MAX_PARAMS = 30_000;
const MAX_ROWS = 1000;

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Inserts rows whose keys are the column names (the first row's keys name the columns; every row must have them).
 * Arrays go to text[] columns as JS arrays (both drivers serialise them); undefined is not allowed, use null.
 */
export async function insertRows(q: Queryable, table: string, rows: readonly object[]): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const columns = Object.keys(first);
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns.length)));
  const head = `insert into ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) values `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        const value = (row as Record<string, unknown>)[column];
        if (value === undefined) throw new Error(`${table}: a row has no ${column}`);
        return `$${params.push(value)}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await q.query(head + tuples.join(', '), params);
  }
  return rows.length;
}
