// The column vocabulary of import files (ADM-3): a column's English and Chinese header, the argument it fills and
// how a cell is read. Readers refuse a cell by throwing field.invalid; the runner names the column and the line.
import { problem } from '../../../domain/common/problems';
import { parseDay, parseLabelled, parseNumber, parseYesNo, splitList } from '../../../domain/registry/csv-values';
import { ProblemError } from '../../http/problem-error';
import type { Lookups } from './lookups';

export interface Column {
  /** English header, snake_case: the canonical name. */
  key: string;
  /** Chinese header. */
  zh: string;
  /** Further accepted headers. */
  aliases?: readonly string[];
  /** The argument it fills (camelCase); several columns may not fill one argument. */
  arg: string;
  /** Cell → argument value (a non-empty, trimmed cell). */
  read: (cell: string, lookups: Lookups, row: Cells) => unknown;
  /** Shown in the template's example row. */
  example: string;
}

/** A record's non-empty cells by column key. */
export type Cells = Record<string, string>;

export function cellInvalid(detail: string): never {
  throw new ProblemError(problem('field.invalid', undefined, { detail }));
}

export const text = (cell: string) => cell;

export function number(cell: string): number {
  return parseNumber(cell) ?? cellInvalid(cell);
}

export function integer(cell: string): number {
  const n = number(cell);
  return Number.isInteger(n) ? n : cellInvalid(cell);
}

export function yesNo(cell: string): boolean {
  return parseYesNo(cell) ?? cellInvalid(cell);
}

export function day(cell: string): string {
  return parseDay(cell) ?? cellInvalid(cell);
}

export function labelled<T extends string>(values: readonly T[], labels: Partial<Record<T, readonly string[]>>) {
  return (cell: string): T => parseLabelled(cell, values, labels) ?? cellInvalid(cell);
}

export function listOf<T>(item: (cell: string) => T) {
  return (cell: string): T[] => splitList(cell).map(item);
}

/** Header → column, matching the English key, the Chinese header or an alias, ignoring case and spaces. */
export function columnForHeader(columns: readonly Column[], header: string): Column | undefined {
  const h = header.replace(/\s/g, '').toLowerCase();
  return columns.find((c) => [c.key, c.zh, ...(c.aliases ?? [])].some((name) => name.toLowerCase() === h));
}
