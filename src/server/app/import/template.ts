// The downloadable template of each import kind (ADM-3): the header row and one example row, in the requested
// language's headers. Must not read the store.
import type { Lang } from '../../../domain/common/problems';
import { writeCsv } from './csv-table';
import type { ImportKindName } from './import-kind';
import { importKinds } from './run-import';

export function importTemplate(kind: ImportKindName, lang: Lang): string {
  const columns = importKinds[kind].columns;
  return writeCsv([columns.map((c) => (lang === 'zh-CN' ? c.zh : c.key)), columns.map((c) => c.example)]);
}
