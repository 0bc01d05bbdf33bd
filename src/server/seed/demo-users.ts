// The demo accounts (ARCHITECTURE §7): one per role, linked to seeded volunteers and tech1's company (tech1, tech2,
// vendor1), plus scopes.
// Must not hash passwords itself: demo.ts hashes `anxin-demo` once and passes the hash in.
import type { Role } from '../../domain/access/roles';
import type { CompanyRow } from './demo-companies';
import { type DemoContext, isoAfterMinutes } from './demo-context';
import { TECH1_POSITION, TECH2_POSITION, type VolunteerRow, WORKER_POSITIONS } from './demo-volunteers';
import type { Random } from './random';

export const DEMO_PASSWORD = 'anxin-demo';

export interface DemoAccount {
  username: string;
  role: Role;
  zh: string;
  en: string;
}

export const demoAccounts: readonly DemoAccount[] = [
  {
    username: 'admin',
    role: 'admin',
    zh: '系统管理员：用户、登记、目录与价格',
    en: 'Admin: users, registry, catalogues, prices',
  },
  {
    username: 'dispatcher1',
    role: 'dispatcher',
    zh: '座席：接听来电、开单、派单',
    en: 'Dispatcher: takes calls, opens and dispatches orders',
  },
  {
    username: 'supervisor1',
    role: 'supervisor',
    zh: '值班长：督办、延期审批、红黄灯',
    en: 'Supervisor: reminders, extensions, SLA lights',
  },
  {
    username: 'liaison1',
    role: 'liaison',
    zh: '社区联络员：秦都区全部社区',
    en: 'Community liaison: every community of Qindu',
  },
  {
    username: 'liaison2',
    role: 'liaison',
    zh: '社区联络员：渭城区全部社区',
    en: 'Community liaison: every community of Weicheng',
  },
  { username: 'worker1', role: 'field_worker', zh: '服务人员：秦都区助老员', en: 'Field worker: care aide in Qindu' },
  { username: 'worker2', role: 'field_worker', zh: '服务人员：秦都区志愿者', en: 'Field worker: volunteer in Qindu' },
  { username: 'worker3', role: 'field_worker', zh: '服务人员：秦都区助老员', en: 'Field worker: care aide in Qindu' },
  {
    username: 'tech1',
    role: 'field_worker',
    zh: '维修技师：秦都区加盟企业',
    en: 'Technician of a Qindu partner company',
  },
  {
    username: 'tech2',
    role: 'field_worker',
    zh: '维修技师：与 tech1 同一企业',
    en: 'Technician of the same company as tech1',
  },
  {
    username: 'vendor1',
    role: 'vendor_manager',
    zh: '企业管理员：tech1 所在企业',
    en: "Vendor manager of tech1's company",
  },
];

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  company_id: string | null;
  volunteer_id: string | null;
  phone: string;
  password_hash: string;
  active: boolean;
  created_at: string;
  updated_at: string;
}

export interface UserCommunityRow {
  user_id: string;
  community_id: string;
}

export interface DemoUsers {
  users: UserRow[];
  userCommunities: UserCommunityRow[];
  byUsername: ReadonlyMap<string, UserRow>;
}

// Staff of the centre get fixed names so the README and screenshots can name them.
const staffNames: Readonly<Record<string, string>> = {
  admin: '周敏',
  dispatcher1: '李娜',
  supervisor1: '王建军',
  liaison1: '张丽',
  liaison2: '刘芳',
};

export function buildUsers(
  random: Random,
  ctx: DemoContext,
  passwordHash: string,
  companies: readonly CompanyRow[],
  volunteers: readonly VolunteerRow[],
): DemoUsers {
  const techCompany = companies[0]!;
  const linked: Readonly<Record<string, VolunteerRow>> = {
    worker1: volunteers[WORKER_POSITIONS[0]]!,
    worker2: volunteers[WORKER_POSITIONS[1]]!,
    worker3: volunteers[WORKER_POSITIONS[2]]!,
    tech1: volunteers[TECH1_POSITION]!,
    tech2: volunteers[TECH2_POSITION]!,
  };
  const at = isoAfterMinutes(ctx.now, -90 * 1440);
  const users = demoAccounts.map((account): UserRow => {
    const volunteer = linked[account.username];
    const isVendorStaff = linked[account.username]?.company_id === techCompany.id || account.role === 'vendor_manager';
    return {
      id: random.uuid(),
      username: account.username,
      display_name: volunteer?.name ?? staffNames[account.username] ?? techCompany.contact_person,
      role: account.role,
      company_id: isVendorStaff ? techCompany.id : null,
      volunteer_id: volunteer?.id ?? null,
      phone: volunteer?.phone ?? ctx.phones.mobile(),
      password_hash: passwordHash,
      active: true,
      created_at: at,
      updated_at: at,
    };
  });
  const byUsername = new Map(users.map((u) => [u.username, u]));
  const scopeOf = (username: string, districtId: string): UserCommunityRow[] =>
    ctx.places.communities
      .filter((c) => c.districtId === districtId)
      .map((c) => ({ user_id: byUsername.get(username)!.id, community_id: c.id }));
  return {
    users,
    userCommunities: [...scopeOf('liaison1', '610402'), ...scopeOf('liaison2', '610404')],
    byUsername,
  };
}
