// Importing volunteers and skilled individuals (REG-2, ADM-3): columns and the natural key (an id column, else phone).
// Must not hold volunteer rules: rows go through volunteer.create/update's schemas and app/registry/volunteers.ts.
import { randomUUID } from 'node:crypto';
import { normalizePhone } from '../../../domain/registry/phone';
import { serviceModes, supportSystems, volunteerKinds } from '../../../domain/registry/registry-kinds';
import { registryMutationArgs } from '../../../protocol/registry';
import { createVolunteer, updateVolunteer } from '../registry/volunteers';
import { type Column, labelled, listOf, number, text, yesNo } from './columns';
import { checkArgs, type ImportKind } from './import-kind';

export const serviceModeLabels = { paid: ['有偿'], low_cost: ['低偿'], free: ['无偿'] } as const;

const columns: readonly Column[] = [
  { key: 'id', zh: '编号', arg: 'id', read: text, example: '' },
  { key: 'name', zh: '姓名', arg: 'name', read: text, example: '李建国' },
  { key: 'phone', zh: '电话', aliases: ['手机'], arg: 'phone', read: text, example: '13991000001' },
  { key: 'district', zh: '区县', arg: 'districtId', read: (c, l) => l.district(c), example: '秦都区' },
  {
    key: 'community',
    zh: '社区',
    arg: 'communityId',
    read: (c, l, row) => l.community(c, row.district ? l.district(row.district) : undefined),
    example: '',
  },
  { key: 'lat', zh: '纬度', arg: 'lat', read: number, example: '34.3301' },
  { key: 'lng', zh: '经度', arg: 'lng', read: number, example: '108.7102' },
  {
    key: 'skills',
    zh: '技能',
    aliases: ['服务类别'],
    arg: 'skillIds',
    read: (c, l) => listOf((x) => l.category(x))(c),
    example: '助餐;陪护',
  },
  {
    key: 'service_mode',
    zh: '服务方式',
    arg: 'serviceMode',
    read: labelled(serviceModes, serviceModeLabels),
    example: '无偿',
  },
  {
    key: 'support_system',
    zh: '支撑体系',
    arg: 'supportSystem',
    read: labelled(supportSystems, { market: ['市场'], organisation: ['组织'], volunteer: ['志愿'] }),
    example: '志愿',
  },
  {
    key: 'kind',
    zh: '类型',
    arg: 'kind',
    read: labelled(volunteerKinds, {
      volunteer: ['志愿者'],
      skilled: ['技能人员'],
      care_aide: ['护理员'],
      technician: ['技术员'],
    }),
    example: '志愿者',
  },
  { key: 'company', zh: '所属企业', arg: 'companyId', read: (c, l) => l.company(c), example: '' },
  { key: 'active', zh: '在册', arg: 'active', read: yesNo, example: '是' },
];

export const volunteersImport: ImportKind = {
  name: 'volunteers',
  columns,
  keyColumns: ['id', 'phone'],
  naturalKey: (a) => (a.id ? `id:${a.id}` : a.phone ? `phone:${normalizePhone(String(a.phone))}` : null),
  async findExisting(tx, a) {
    const [row] = a.id
      ? await tx.query<{ id: string }>('select id from volunteers where id = $1', [a.id])
      : await tx.query<{ id: string }>('select id from volunteers where phone = $1 order by created_at, id limit 1', [
          normalizePhone(String(a.phone ?? '')),
        ]);
    return row?.id ?? null;
  },
  save(w, a, existingId) {
    if (existingId)
      return updateVolunteer(w, checkArgs(registryMutationArgs['volunteer.update'], { ...a, id: existingId }));
    return createVolunteer(w, checkArgs(registryMutationArgs['volunteer.create'], { ...a, id: a.id ?? randomUUID() }));
  },
};
