// Cell values of registry CSV files (ADM-3): lists, yes/no, numbers and enum labels in English or Chinese.
// Pure text rules; must not look up catalogues or stores (the importer resolves names to ids).

/** A list cell: items separated by ';', '；' or '、', trimmed, empties dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;；、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const yes = new Set(['1', 'true', 'yes', 'y', '是', '有', '√']);
const no = new Set(['0', 'false', 'no', 'n', '否', '无', '×']);

/** A yes/no cell; null when it is neither. */
export function parseYesNo(cell: string): boolean | null {
  const v = cell.trim().toLowerCase();
  if (yes.has(v)) return true;
  if (no.has(v)) return false;
  return null;
}

/** A number cell (decimal point, optional sign); null when it is not a finite number. */
export function parseNumber(cell: string): number | null {
  const v = cell.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(v)) return null;
  return Number(v);
}

/** A date cell as YYYY-MM-DD, also accepting 2026/3/5 and 2026.3.5; null when it is not one. */
export function parseDay(cell: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An enum cell given by its value or by one of its labels (e.g. '有偿' for paid); null when unknown. */
export function parseLabelled<T extends string>(
  cell: string,
  values: readonly T[],
  labels: Partial<Record<T, readonly string[]>>,
): T | null {
  const v = cell.trim().toLowerCase();
  for (const value of values) {
    if (value === v || labels[value]?.some((label) => label.toLowerCase() === v)) return value;
  }
  return null;
}
