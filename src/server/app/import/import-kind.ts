// What each import kind supplies to the shared runner (ADM-3): its columns, how to find the stored record a row
// describes (natural key), and how to save it through the same write path and argument schemas as the mutations.
import type { ZodType, z } from 'zod';
import { ProblemError, problemFromZod } from '../../http/problem-error';
import type { Queryable } from '../../store/store';
import type { RegistryWriter, SaveResult } from '../registry/record-writes';
import type { Cells, Column } from './columns';

export const importKindNames = ['companies', 'volunteers', 'residents', 'devices'] as const;
export type ImportKindName = (typeof importKindNames)[number];

export interface ImportKind {
  name: ImportKindName;
  columns: readonly Column[];
  /** Identifies a record within one file, to refuse the same record twice; null when the row has no key. */
  naturalKey(args: Record<string, unknown>, cells: Cells): string | null;
  /** Columns of the natural key, in order: a duplicate row is reported on the first the file has. */
  keyColumns: readonly string[];
  /** The stored record's id this row describes, or null when it is new. */
  findExisting(tx: Queryable, args: Record<string, unknown>): Promise<string | null>;
  /** Checks the arguments with the mutation schema and writes; throws a ProblemError to refuse the row. */
  save(w: RegistryWriter, args: Record<string, unknown>, existingId: string | null): Promise<SaveResult>;
}

/** Checks arguments with a mutation schema; a failure refuses the row naming the argument (the runner maps it). */
export function checkArgs<S extends ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ProblemError(problemFromZod(parsed.error, input));
  return parsed.data;
}
