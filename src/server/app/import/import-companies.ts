// Importing partner companies (REG-1, ADM-3): columns and the natural key (an id column, else name within district).
// Must not hold company rules: rows go through company.create/update's schemas and app/registry/companies.ts.
import { randomUUID } from 'node:crypto';
import { companyStatuses, creditRatings } from '../../../domain/registry/registry-kinds';
import { registryMutationArgs } from '../../../protocol/registry';
import { createCompany, updateCompany } from '../registry/companies';
import { type Column, day, integer, labelled, listOf, number, text, yesNo } from './columns';
import { checkArgs, type ImportKind } from './import-kind';

const columns: readonly Column[] = [
  { key: 'id', zh: '编号', arg: 'id', read: text, example: '' },
  {
    key: 'name',
    zh: '名称',
    aliases: ['企业名称', 'company'],
    arg: 'name',
    read: text,
    example: '咸阳安居家政服务有限公司',
  },
  { key: 'district', zh: '区县', arg: 'districtId', read: (c, l) => l.district(c), example: '秦都区' },
  { key: 'address', zh: '地址', arg: 'address', read: text, example: '秦都区人民路 12 号' },
  { key: 'lat', zh: '纬度', arg: 'lat', read: number, example: '34.3299' },
  { key: 'lng', zh: '经度', arg: 'lng', read: number, example: '108.7093' },
  { key: 'phone', zh: '电话', arg: 'phone', read: text, example: '029-33210001' },
  { key: 'contact_person', zh: '联系人', arg: 'contactPerson', read: text, example: '王经理' },
  {
    key: 'categories',
    zh: '服务类别',
    arg: 'categoryIds',
    read: (c, l) => listOf((x) => l.category(x))(c),
    example: '保洁、管道疏通',
  },
  { key: 'service_radius_m', zh: '服务半径', arg: 'serviceRadiusM', read: integer, example: '5000' },
  { key: 'volunteer_company', zh: '志愿服务企业', arg: 'isVolunteerCompany', read: yesNo, example: '否' },
  { key: 'home_care_provider', zh: '居家养老服务商', arg: 'isHomeCareProvider', read: yesNo, example: '是' },
  { key: 'open_24h', zh: '24小时', aliases: ['is_24h'], arg: 'is24h', read: yesNo, example: '否' },
  { key: 'credit_rating', zh: '信用等级', arg: 'creditRating', read: labelled(creditRatings, {}), example: 'A' },
  {
    key: 'status',
    zh: '状态',
    arg: 'status',
    read: labelled(companyStatuses, { active: ['正常', '在册'], suspended: ['暂停'], exited: ['退出'] }),
    example: '正常',
  },
  { key: 'joined_on', zh: '加入日期', arg: 'joinedOn', read: day, example: '2025-03-01' },
  { key: 'suspended_on', zh: '暂停日期', arg: 'suspendedOn', read: day, example: '' },
  { key: 'exited_on', zh: '退出日期', arg: 'exitedOn', read: day, example: '' },
  { key: 'inspection_due_on', zh: '年检日期', arg: 'inspectionDueOn', read: day, example: '2026-12-31' },
  { key: 'remarks_recommend', zh: '特别推荐', arg: 'remarksRecommend', read: text, example: '' },
  { key: 'remarks_special', zh: '特别说明', arg: 'remarksSpecial', read: text, example: '' },
];

export const companiesImport: ImportKind = {
  name: 'companies',
  columns,
  keyColumns: ['id', 'name'],
  naturalKey: (a) => (a.id ? `id:${a.id}` : `${a.districtId ?? ''}|${String(a.name ?? '').toLowerCase()}`),
  async findExisting(tx, a) {
    if (a.id) {
      const rows = await tx.query<{ id: string }>('select id from companies where id = $1', [a.id]);
      return rows[0]?.id ?? null;
    }
    const rows = await tx.query<{ id: string }>(
      `select id from companies where lower(name) = lower($1) and district_id is not distinct from $2
        order by created_at, id limit 1`,
      [a.name ?? '', a.districtId ?? null],
    );
    return rows[0]?.id ?? null;
  },
  save(w, a, existingId) {
    if (existingId)
      return updateCompany(w, checkArgs(registryMutationArgs['company.update'], { ...a, id: existingId }));
    return createCompany(w, checkArgs(registryMutationArgs['company.create'], { ...a, id: a.id ?? randomUUID() }));
  },
};
