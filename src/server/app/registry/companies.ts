// Partner companies (REG-1): create and update through one path, used by the company.* mutations and the importer.
// Companies are public to registry readers (pull's visibility), so their change-log entries are public.
import { applyCompanyStatus, type CompanyStatusFacts } from '../../../domain/registry/company-status';
import type { ArgsOf } from '../../../protocol/sync';
import { raise } from '../../http/problem-error';
import type { Row } from '../../store/store';
import { recordChange } from '../../sync/change-log';
import { recordAudit } from '../audit';
import {
  chinaDay,
  columnsOf,
  insertRecord,
  loadRow,
  type RegistryWriter,
  type SaveResult,
  toField,
  updateChanged,
} from './record-writes';
import { assertCategories, assertDistrict } from './references';

export type CompanyCreate = ArgsOf<'company.create'>;
export type CompanyUpdate = ArgsOf<'company.update'>;

async function checkReferences(w: RegistryWriter, args: CompanyUpdate): Promise<void> {
  if (args.districtId) await assertDistrict(w.tx, args.districtId, 'districtId');
  if (args.categoryIds) await assertCategories(w.tx, args.categoryIds, 'categoryIds');
}

function statusFacts(row: Row): CompanyStatusFacts {
  return {
    status: row.status as CompanyStatusFacts['status'],
    suspendedOn: (row.suspended_on as string | null) ?? null,
    exitedOn: (row.exited_on as string | null) ?? null,
  };
}

async function logChange(w: RegistryWriter, id: string, action: string, fields: string[]): Promise<void> {
  await recordChange(w.tx, {
    tbl: 'companies',
    rowId: id,
    op: 'put',
    companyId: id,
    isPublic: true,
    mutationId: w.mutationId,
  });
  await recordAudit(w.tx, w.audit, { action, entity: 'company', entityId: id, detail: { fields, ...w.origin } });
}

export async function createCompany(w: RegistryWriter, args: CompanyCreate): Promise<SaveResult> {
  if (await loadRow(w.tx, 'companies', args.id)) raise('record.exists', 'id', { entity: 'company', id: args.id });
  await checkReferences(w, args);
  const status = applyCompanyStatus(null, args, chinaDay(w.now));
  const values = {
    ...columnsOf(args),
    status: status.status,
    suspended_on: status.suspendedOn,
    exited_on: status.exitedOn,
  };
  await insertRecord(w.tx, 'companies', { id: args.id, ...values }, w.now);
  const fields = Object.keys(values).map(toField);
  await logChange(w, args.id, 'company.create', fields);
  return { id: args.id, outcome: 'created', fields };
}

export async function updateCompany(w: RegistryWriter, args: CompanyUpdate): Promise<SaveResult> {
  const current = await loadRow(w.tx, 'companies', args.id);
  if (!current) return raise('resource.not_found', 'id', { entity: 'company' });
  await checkReferences(w, args);
  const values = columnsOf(args);
  if (args.status !== undefined || args.suspendedOn !== undefined || args.exitedOn !== undefined) {
    const status = applyCompanyStatus(statusFacts(current), args, chinaDay(w.now));
    Object.assign(values, { status: status.status, suspended_on: status.suspendedOn, exited_on: status.exitedOn });
  }
  const changed = await updateChanged(w.tx, 'companies', current, values, w.now);
  if (!changed.length) return { id: args.id, outcome: 'unchanged', fields: [] };
  const fields = changed.map(toField);
  await logChange(w, args.id, 'company.update', fields);
  return { id: args.id, outcome: 'updated', fields };
}
