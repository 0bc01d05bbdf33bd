// The admin CSV import (ADM-3) over HTTP: check (dry run) or run `POST /api/admin/import/<kind>` with the file as
// text/csv, and fetch the kind's template. Must not touch React or storage; the token and language are passed in.
import type { Lang } from '../../../domain/common/problems';
import { ApiProblemError, OfflineError, requestApi } from '../../app/api';

export const importKinds = ['companies', 'volunteers', 'residents', 'devices'] as const;
export type ImportKind = (typeof importKinds)[number];

export interface RejectedRow {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface ImportReport {
  kind: string;
  total: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
}

// A city's whole registry can take a while to check on a small server.
const importTimeoutMs = 120_000;

export function isImportReport(value: unknown): value is ImportReport {
  const r = value as Partial<ImportReport> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.total === 'number' &&
    typeof r.imported === 'number' &&
    Array.isArray(r.rejected)
  );
}

export async function runImport(
  kind: ImportKind,
  csv: string,
  options: { dryRun: boolean; token: string; lang: Lang },
): Promise<ImportReport> {
  const body = await requestApi(`/api/admin/import/${kind}${options.dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    text: { body: csv, contentType: 'text/csv; charset=utf-8' },
    token: options.token,
    lang: options.lang,
    timeoutMs: importTimeoutMs,
  });
  // The report may come bare or as { report }; anything else is unreadable.
  const report = isImportReport(body) ? body : (body as { report?: unknown } | null)?.report;
  if (!isImportReport(report)) throw new ApiProblemError(200, 'client.bad_response', 'Unreadable import report');
  return { ...report, unchanged: report.unchanged ?? 0, updated: report.updated ?? 0 };
}

/** The template CSV as a file the browser saves (the route needs the bearer token, so a plain link cannot). */
export async function downloadTemplate(kind: ImportKind, token: string, lang: Lang): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/admin/import/${kind}/template`, {
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': lang },
      cache: 'no-store',
    });
  } catch {
    throw new OfflineError('offline');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { problem?: { code?: string; message?: string } } | null;
    const p = body?.problem;
    throw p?.code && p.message
      ? new ApiProblemError(response.status, p.code, p.message)
      : new ApiProblemError(response.status, 'client.http_status', `HTTP ${response.status}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `anxin-${kind}-template.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
