// Importing elderly residents (REG-3, ADM-3): columns, contacts in one cell, gender and birth date taken from the id
// card when not given, and the natural key (an id column, else id card, else name + phone). Rules stay in the
// resident.create/update schemas and app/registry/residents.ts.
import { randomUUID } from 'node:crypto';
import { idCardBirthDate, isValidIdCard } from '../../../domain/registry/id-card';
import { normalizePhone } from '../../../domain/registry/phone';
import { contactRelations, identityCategories } from '../../../domain/registry/registry-kinds';
import { registryMutationArgs } from '../../../protocol/registry';
import { createResident, updateResident } from '../registry/residents';
import { type Column, cellInvalid, day, labelled, listOf, number, text, yesNo } from './columns';
import { checkArgs, type ImportKind } from './import-kind';

const relation = labelled(contactRelations, {
  family: ['家属', '亲属'],
  doctor: ['医生'],
  liaison: ['网格员', '社区联络员'],
  security: ['物业', '保安'],
  neighbour: ['邻居'],
  other: ['其他'],
});

/** "name phone relation" entries separated by ';' or '、', in calling order; relation defaults to family. */
function contacts(cell: string) {
  return listOf((entry) => {
    const [name, phone, rel, ...extra] = entry.split(/[\s|/，,]+/).filter(Boolean);
    if (!name || !phone || extra.length) return cellInvalid(entry);
    return { name, phone, relation: rel ? relation(rel) : 'family' };
  })(cell);
}

const columns: readonly Column[] = [
  { key: 'id', zh: '编号', arg: 'id', read: text, example: '' },
  { key: 'name', zh: '姓名', arg: 'name', read: text, example: '张秀兰' },
  {
    key: 'gender',
    zh: '性别',
    arg: 'gender',
    read: labelled(['male', 'female'] as const, { male: ['男'], female: ['女'] }),
    example: '女',
  },
  { key: 'birth_date', zh: '出生日期', arg: 'birthDate', read: day, example: '1941-05-12' },
  { key: 'id_card', zh: '身份证号', arg: 'idCard', read: (c) => c.toUpperCase(), example: '610402194105120025' },
  { key: 'phone', zh: '电话', arg: 'phone', read: text, example: '13891000002' },
  { key: 'address', zh: '地址', arg: 'address', read: text, example: '渭阳街道 3 号楼 2 单元 501' },
  {
    key: 'district',
    zh: '区县',
    arg: 'district',
    read: (c, l) => l.district(c),
    example: '秦都区',
  },
  {
    key: 'community',
    zh: '社区',
    arg: 'communityId',
    read: (c, l, row) => l.community(c, row.district ? l.district(row.district) : undefined),
    example: '',
  },
  { key: 'lat', zh: '纬度', arg: 'lat', read: number, example: '' },
  { key: 'lng', zh: '经度', arg: 'lng', read: number, example: '' },
  {
    key: 'identity_categories',
    zh: '身份类别',
    arg: 'identityCategories',
    read: listOf(
      labelled(identityCategories, {
        party_member: ['党员'],
        retired_cadre: ['离退休干部'],
        special_assistance: ['特困', '低保', '特殊救助'],
        disabled: ['残疾'],
        empty_nest: ['空巢'],
        veteran: ['退役军人'],
      }),
    ),
    example: '党员;空巢',
  },
  { key: 'lives_alone', zh: '独居', arg: 'livesAlone', read: yesNo, example: '是' },
  { key: 'health_conditions', zh: '健康状况', arg: 'healthConditions', read: text, example: '高血压' },
  { key: 'medication', zh: '用药', arg: 'medication', read: text, example: '' },
  { key: 'allergies', zh: '过敏', arg: 'allergies', read: text, example: '青霉素' },
  { key: 'access_notes', zh: '入户说明', arg: 'accessNotes', read: text, example: '' },
  { key: 'service_card_no', zh: '服务卡号', arg: 'serviceCardNo', read: text, example: '' },
  { key: 'contacts', zh: '紧急联系人', arg: 'contacts', read: contacts, example: '王强 13991000003 家属' },
  { key: 'active', zh: '在册', arg: 'active', read: yesNo, example: '是' },
];

/** Gender and birth date written in a valid id card fill those fields when the file leaves them empty. */
function withIdCardFacts(a: Record<string, unknown>): Record<string, unknown> {
  const card = typeof a.idCard === 'string' ? a.idCard : '';
  if (!isValidIdCard(card)) return a;
  return {
    ...a,
    birthDate: a.birthDate ?? idCardBirthDate(card),
    gender: a.gender ?? (Number(card[16]) % 2 === 1 ? 'male' : 'female'),
  };
}

/** The district column only narrows community names; residents take their district from the community. */
function argsOf(a: Record<string, unknown>): Record<string, unknown> {
  const { district: _district, ...rest } = withIdCardFacts(a);
  return rest;
}

export const residentsImport: ImportKind = {
  name: 'residents',
  columns,
  keyColumns: ['id', 'id_card', 'name'],
  naturalKey(a) {
    if (a.id) return `id:${a.id}`;
    if (a.idCard) return `card:${a.idCard}`;
    return a.name && a.phone ? `name:${a.name}|${normalizePhone(String(a.phone))}` : null;
  },
  async findExisting(tx, a) {
    let rows: { id: string }[] = [];
    if (a.id) rows = await tx.query('select id from residents where id = $1', [a.id]);
    else if (a.idCard)
      rows = await tx.query('select id from residents where id_card = $1 order by id limit 1', [a.idCard]);
    else if (a.name && a.phone)
      rows = await tx.query('select id from residents where name = $1 and phone = $2 order by id limit 1', [
        a.name,
        normalizePhone(String(a.phone)),
      ]);
    return rows[0]?.id ?? null;
  },
  save(w, a, existingId) {
    const args = argsOf(a);
    if (existingId)
      return updateResident(w, checkArgs(registryMutationArgs['resident.update'], { ...args, id: existingId }));
    return createResident(w, checkArgs(registryMutationArgs['resident.create'], { ...args, id: a.id ?? randomUUID() }));
  },
};
