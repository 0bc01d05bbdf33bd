// The registry import (ADM-3) over HTTP, run on PGlite and on PostgreSQL: rejected rows named by line and column,
// good rows imported in one go, a re-import changes nothing, a dry run writes nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/store/store';
import { bearer, createTestApp, type TestApp } from '../helpers/app';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

interface Report {
  kind: string;
  total: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; field?: string; code: string; message: string }[];
}

export function runImportSuite(name: string, makeStore: () => Promise<Store>): void {
  describe(`import on ${name}`, () => {
    let t: TestApp;
    let admin: string;
    beforeAll(async () => {
      t = await createTestApp(await makeStore());
      admin = await t.login('admin');
    });
    afterAll(async () => {
      await t?.close();
    });

    const post = (kind: string, csv: string, opts: { lang?: string; dryRun?: boolean; token?: string } = {}) =>
      t.app.inject({
        method: 'POST',
        url: `/api/admin/import/${kind}${opts.dryRun ? '?dryRun=1' : ''}`,
        headers: {
          ...bearer(opts.token ?? admin),
          'content-type': 'text/csv; charset=utf-8',
          'accept-language': opts.lang ?? 'en',
        },
        payload: csv,
      });
    const importOk = async (kind: string, csv: string, opts: { lang?: string; dryRun?: boolean } = {}) => {
      const res = await post(kind, csv, opts);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Report;
    };
    const counts = async () =>
      (
        await t.store.query<{ c: number; a: number }>(
          'select (select count(*)::int from change_log) as c, (select count(*)::int from audit_log) as a',
        )
      )[0]!;
    const lines = (r: Report) => r.rejected.map((x) => [x.line, x.field, x.code]);

    it('[ADM-3] companies with Chinese headers: bad rows named by line and column, good rows in, one summary', async () => {
      const before = await counts();
      const r = await importOk('companies', fixture('companies-zh.csv'), { lang: 'zh-CN' });
      expect(r).toMatchObject({ kind: 'companies', total: 7, imported: 2, updated: 0, unchanged: 0 });
      expect(lines(r)).toEqual([
        [4, '区县', 'field.invalid'],
        [5, '服务类别', 'field.invalid'],
        [6, '名称', 'import.duplicate_row'],
        [7, '电话', 'field.invalid'],
        [8, '经度', 'field.required'],
      ]);
      expect(r.rejected[0]!.message).toBe('区县 的值无效：火星区');
      expect(r.rejected[2]!.message).toBe('与第 2 行是同一条记录');
      const rows = await t.store.query<Record<string, unknown>>(
        `select name, district_id, address, phone, category_ids, status, suspended_on, is_24h from companies
          where name like '咸阳导入%' order by name`,
      );
      expect(rows).toMatchObject([
        {
          name: '咸阳导入家政一号',
          district_id: '610402',
          address: '秦都区人民路 12 号, 2 楼',
          phone: '02933210101',
          category_ids: ['housekeeping.cleaning', 'repair.drain'],
          status: 'active',
        },
        { name: '咸阳导入维修二号', district_id: '610404', status: 'suspended', is_24h: true },
      ]);
      expect(rows[1]!.suspended_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const after = await counts();
      expect(after).toEqual({ c: before.c + 2, a: before.a + 3 });
      const [summary] = await t.store.query<{ detail: Record<string, unknown> }>(
        `select detail from audit_log where action = 'registry.import' order by id desc limit 1`,
      );
      expect(summary!.detail).toMatchObject({ kind: 'companies', imported: 2, rejected: 5 });
    });

    it('[ADM-3] re-importing the same file changes nothing', async () => {
      const before = await counts();
      const r = await importOk('companies', fixture('companies-zh.csv'));
      expect(r).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
      expect(r.rejected).toHaveLength(5);
      expect(r.rejected[0]!.message).toBe('Invalid value for 区县: 火星区');
      expect(await counts()).toEqual(before);
    });

    it('[ADM-3] a dry run reports without writing; the real run then imports the good volunteers', async () => {
      const before = await counts();
      const dry = await importOk('volunteers', fixture('volunteers.csv'), { dryRun: true });
      expect(dry).toMatchObject({ total: 5, imported: 2 });
      expect(await counts()).toEqual(before);
      expect(await t.store.query(`select 1 from volunteers where name like '%导入'`)).toEqual([]);
      const r = await importOk('volunteers', fixture('volunteers.csv'));
      expect(r).toMatchObject({ imported: 2, rejected: dry.rejected });
      expect(lines(r)).toEqual([
        [4, 'skills', 'field.invalid'],
        [5, 'phone', 'import.duplicate_row'],
        [6, 'community', 'field.invalid'],
      ]);
      const rows = await t.store.query(
        `select name, district_id, skill_ids, service_mode, kind from volunteers where name like '%导入' order by phone`,
      );
      expect(rows).toEqual([
        {
          name: '周导入',
          district_id: '610402',
          skill_ids: ['care.meal', 'care.companion'],
          service_mode: 'free',
          kind: 'volunteer',
        },
        { name: '吴导入', district_id: '610404', skill_ids: ['care.bath'], service_mode: 'paid', kind: 'skilled' },
      ]);
    });

    it('[ADM-3] residents: id-card facts, contacts in order, a taken card number refused; devices link to them', async () => {
      const r = await importOk('residents', fixture('residents-zh.csv'), { lang: 'zh-CN' });
      expect(r).toMatchObject({ total: 6, imported: 2 });
      expect(lines(r)).toEqual([
        [4, '身份证号', 'field.invalid'],
        [5, '身份证号', 'import.duplicate_row'],
        [6, '社区', 'field.invalid'],
        [7, '服务卡号', 'resident.service_card_taken'],
      ]);
      const [zhang] = await t.store.query<Record<string, unknown>>(
        `select id, gender, birth_date, district_id, street_id, identity_categories, lives_alone from residents
          where service_card_no = 'IMP0001'`,
      );
      expect(zhang).toMatchObject({
        gender: 'female',
        birth_date: '1941-05-12',
        district_id: '610402',
        identity_categories: ['party_member', 'empty_nest'],
        lives_alone: true,
      });
      const contacts = await t.store.query(
        'select position, name, phone, relation from resident_contacts where resident_id = $1 order by position',
        [zhang!.id],
      );
      expect(contacts).toEqual([
        { position: 1, name: '王强', phone: '13991000302', relation: 'family' },
        { position: 2, name: '李医生', phone: '13991000303', relation: 'doctor' },
      ]);
      const before = await counts();
      expect(await importOk('residents', fixture('residents-zh.csv'))).toMatchObject({ imported: 0, unchanged: 2 });
      expect(await counts()).toEqual(before);

      const d = await importOk('devices', fixture('devices.csv'));
      expect(d).toMatchObject({ total: 5, imported: 2 });
      expect(lines(d)).toEqual([
        [4, 'key', 'field.invalid'],
        [5, 'resident', 'field.invalid'],
        [6, 'account', 'import.duplicate_row'],
      ]);
      const devices = await t.store.query(
        // The demo's own devices (ANX…) are there too; these are the imported ones.
        `select account, resident_id, key_hex, strict_length from devices where account in ('1234', '1235')
          order by account`,
      );
      expect(devices).toEqual([
        { account: '1234', resident_id: zhang!.id, key_hex: '30313233343536373839616263646566', strict_length: false },
        { account: '1235', resident_id: null, key_hex: '00112233445566778899aabbccddeeff', strict_length: true },
      ]);
      const again = await counts();
      expect(await importOk('devices', fixture('devices.csv'))).toMatchObject({ imported: 0, unchanged: 2 });
      expect(await counts()).toEqual(again);
    });

    it('[ADM-3] a changed row is updated, not duplicated', async () => {
      const csv = 'name,district,phone,contact_person\n咸阳导入家政一号,秦都区,029-33210101,赵经理\n';
      const r = await importOk('companies', csv);
      expect(r).toMatchObject({ imported: 0, updated: 1 });
      expect(await t.store.query(`select contact_person from companies where name = '咸阳导入家政一号'`)).toEqual([
        { contact_person: '赵经理' },
      ]);
    });

    it('[ADM-3] unknown columns refuse the file; a liaison may not import; the template has BOM and headers', async () => {
      const bad = await post('companies', 'name,colour\nx,red\n');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().problem).toMatchObject({ code: 'import.unknown_column', field: 'colour' });
      const liaison = await t.login('liaison1');
      expect((await post('companies', fixture('companies-zh.csv'), { token: liaison })).statusCode).toBe(403);
      const tpl = await t.app.inject({
        method: 'GET',
        url: '/api/admin/import/residents/template',
        headers: { ...bearer(admin), 'accept-language': 'zh-CN' },
      });
      expect(tpl.statusCode).toBe(200);
      expect(tpl.headers['content-disposition']).toContain('attachment');
      expect(tpl.body.startsWith('\uFEFF编号,姓名,性别,出生日期')).toBe(true);
      expect(tpl.body.trim().split('\r\n')).toHaveLength(2);
    });
  });
}
