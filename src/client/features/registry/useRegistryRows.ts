// The rows of one registry list from the device, each with its search key, sorted by name (pinyin order).
// Must not write; the keys are built once per change of the table, not per keystroke.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { LocalRow } from '../../../local/local-db';
import { useSync } from '../../app/sync/useSync';
import type { RegistryKind } from './registry-path';
import { compareKeys, type SearchKey, searchKeyOf } from './search';

export interface KeyedRows {
  rows: LocalRow[];
  keys: SearchKey[];
}

export function useRegistryRows(kind: RegistryKind): KeyedRows | undefined {
  const { db } = useSync();
  const raw = useLiveQuery(() => db.table<LocalRow, string>(kind).toArray(), [db, kind]);
  return useMemo(() => {
    if (!raw) return undefined;
    const keyed = raw.map((row) => ({ row, key: searchKeyOf(String(row.name ?? ''), [String(row.phone ?? '')]) }));
    keyed.sort((a, b) => compareKeys(a.key, b.key));
    return { rows: keyed.map((k) => k.row), keys: keyed.map((k) => k.key) };
  }, [raw]);
}
