// The error catalogue (SEC-3): every refusal the product can give, with a stable code and both languages.
// Owns codes and wording only; it must not decide when a problem applies (the rules that raise them do).

export type Lang = 'zh-CN' | 'en';

interface ProblemDef {
  /** HTTP status when the problem answers a request directly. */
  status: number;
  'zh-CN': string;
  en: string;
}

// {field} and other {names} are filled from the problem's params; keep messages short and plain.
const catalogue = {
  'field.required': { status: 400, 'zh-CN': '缺少必填项：{field}', en: 'Missing required field: {field}' },
  'field.invalid': { status: 400, 'zh-CN': '{field} 的值无效：{detail}', en: 'Invalid value for {field}: {detail}' },
  'field.too_long': {
    status: 400,
    'zh-CN': '{field} 太长（最多 {max} 个字符）',
    en: '{field} is too long (at most {max} characters)',
  },
  'request.invalid': { status: 400, 'zh-CN': '请求格式无效', en: 'The request is not valid' },
  'auth.required': { status: 401, 'zh-CN': '请先登录', en: 'Please sign in first' },
  'auth.invalid_credentials': { status: 401, 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  'auth.session_expired': {
    status: 401,
    'zh-CN': '登录已过期，请重新登录',
    en: 'Your session has expired; please sign in again',
  },
  'auth.account_disabled': { status: 401, 'zh-CN': '该账号已停用', en: 'This account is disabled' },
  'auth.too_many_attempts': {
    status: 429,
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins; try again in {minutes} minutes',
  },
  'auth.forbidden': { status: 403, 'zh-CN': '您的角色无权执行此操作', en: 'Your role may not do this' },
  'auth.out_of_scope': {
    status: 403,
    'zh-CN': '该记录不在您的负责范围内',
    en: 'This record is outside your area of work',
  },
  'resource.not_found': { status: 404, 'zh-CN': '找不到该{entity}', en: 'No such {entity}' },
  'user.username_taken': { status: 409, 'zh-CN': '用户名 {username} 已被使用', en: 'The username {username} is taken' },
  'user.scope_mismatch': {
    status: 400,
    'zh-CN': '{role} 角色需要 {field}',
    en: 'The role {role} needs {field}',
  },
  'protocol.client_too_old': {
    status: 426,
    'zh-CN': '应用版本过旧，请刷新页面后再试；未同步的更改会保留',
    en: 'This app is out of date; please reload. Unsynced changes are kept',
  },
  'sync.unknown_mutation': {
    status: 400,
    'zh-CN': '服务器不认识此操作（{name}），请刷新应用',
    en: 'The server does not know this action ({name}); please reload the app',
  },
  'sync.mutation_id_reused': {
    status: 409,
    'zh-CN': '此操作编号已被另一项操作使用',
    en: 'This action id was already used for another action',
  },
  'record.exists': {
    status: 409,
    'zh-CN': '{entity} {id} 已存在，请改用修改',
    en: 'The {entity} {id} already exists; update it instead',
  },
  'resident.service_card_taken': {
    status: 409,
    'zh-CN': '服务卡号 {cardNo} 已属于另一位老人',
    en: 'Service card {cardNo} belongs to another resident',
  },
  'import.unreadable': {
    status: 400,
    'zh-CN': 'CSV 文件无法读取：{detail}',
    en: 'The CSV file cannot be read: {detail}',
  },
  'import.unknown_column': {
    status: 400,
    'zh-CN': '不认识的列：{field}（请对照导入模板）',
    en: 'Unknown column: {field} (compare with the import template)',
  },
  'import.duplicate_row': {
    status: 400,
    'zh-CN': '与第 {line} 行是同一条记录',
    en: 'Same record as line {line}',
  },
  'alarm.taken': { status: 409, 'zh-CN': '已由{name}接单', en: 'Already accepted by {name}' },
  'alarm.closed': { status: 409, 'zh-CN': '该警情已结束', en: 'This alarm is already closed' },
  'alarm.not_accepted': { status: 409, 'zh-CN': '该警情尚未有人接单', en: 'Nobody has accepted this alarm yet' },
  'alarm.invalid_transition': {
    status: 409,
    'zh-CN': '警情当前状态（{from}）不能执行此操作（{action}）',
    en: 'This alarm is {from}; {action} is not possible now',
  },
  'alarm.offer_closed': { status: 409, 'zh-CN': '该派单已处理（{status}）', en: 'This offer is already {status}' },
  'alarm.not_responder': {
    status: 403,
    'zh-CN': '您不是该警情的接单人',
    en: 'You are not the responder of this alarm',
  },
  'alarm.no_position': {
    status: 400,
    'zh-CN': '该老人没有登记位置，无法派单',
    en: 'This resident has no recorded position; responders cannot be picked',
  },
  'device.technical_alarm_closed': {
    status: 409,
    'zh-CN': '该设备告警已解除',
    en: 'This device alert is already cleared',
  },
  'device.resident_unknown': {
    status: 400,
    'zh-CN': '绑定的老人不存在：{id}',
    en: 'The resident to bind does not exist: {id}',
  },
  'order.not_visible': { status: 403, 'zh-CN': '您无权查看该工单', en: 'You may not see this order' },
  'order.reassigned': {
    status: 409,
    'zh-CN': '该工单已改派给其他单位或人员，不再由您处理',
    en: 'This order has been given to another unit or person; it is no longer yours',
  },
  'order.taken': {
    status: 409,
    'zh-CN': '同单位的另一位同事已接了这张工单',
    en: 'Another member of your company has already accepted this order',
  },
  'order.cancelled': {
    status: 409,
    'zh-CN': '该工单已被中心撤销，未做任何更改',
    en: 'The centre cancelled this order; nothing was changed',
  },
  'order.finished': {
    status: 409,
    'zh-CN': '该工单已办结（{status}），不能再更改',
    en: 'This order is already finished ({status}); it cannot change now',
  },
  'order.accept_first': {
    status: 409,
    'zh-CN': '请先接单，再进行此操作',
    en: 'Accept this order first',
  },
  'order.already_accepted': { status: 409, 'zh-CN': '该工单已接单', en: 'This order has already been accepted' },
  'order.invalid_transition': {
    status: 409,
    'zh-CN': '工单当前状态（{from}）不能执行此操作（{action}）',
    en: 'This order is {from}; {action} is not possible now',
  },
  'order.return_too_late': {
    status: 409,
    'zh-CN': '退单时限已于 {due} 截止，请致电中心改派，或提交"无法完成"',
    en: 'The time to return this order ended at {due}; call the centre to redispatch it, or report that it cannot be completed',
  },
  'order.extension_pending': {
    status: 409,
    'zh-CN': '已有一个延期申请在等待审批',
    en: 'An extension request is already waiting for a decision',
  },
  'order.no_extension_request': {
    status: 409,
    'zh-CN': '该工单没有待审批的延期申请',
    en: 'This order has no extension request waiting',
  },
  'order.assignee_not_staff': {
    status: 400,
    'zh-CN': '{field} 不是本单位在岗的服务人员',
    en: '{field} is not an active field worker of this company',
  },
  'order.company_unavailable': {
    status: 409,
    'zh-CN': '该企业当前状态为"{status}"，不能派单',
    en: 'This company is {status}; orders cannot be dispatched to it',
  },
  'server.unavailable': {
    status: 503,
    'zh-CN': '服务暂时不可用，请稍后再试',
    en: 'The service is unavailable; try again shortly',
  },
  'server.internal': {
    status: 500,
    'zh-CN': '服务器内部错误，已记录',
    en: 'Something went wrong on the server; it has been logged',
  },
} as const satisfies Record<string, ProblemDef>;

export type ProblemCode = keyof typeof catalogue;

export interface Problem {
  code: ProblemCode;
  field?: string;
  params?: Record<string, string | number>;
}

export const problemCodes = Object.keys(catalogue) as ProblemCode[];

export function problem(code: ProblemCode, field?: string, params?: Record<string, string | number>): Problem {
  return { code, ...(field === undefined ? {} : { field }), ...(params === undefined ? {} : { params }) };
}

export function problemStatus(code: ProblemCode): number {
  return catalogue[code].status;
}

/** The message of a problem in one language, with {field} and params filled in. */
export function problemMessage(p: Problem, lang: Lang): string {
  const values: Record<string, string | number> = { ...(p.field === undefined ? {} : { field: p.field }), ...p.params };
  return catalogue[p.code][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(catalogue, code);
}

/** Picks the catalogue language from an Accept-Language header or a navigator language: Chinese asks → zh-CN. */
export function pickLang(accept: string | undefined | null): Lang {
  return accept && /^\s*zh\b/i.test(accept.split(',')[0] ?? '') ? 'zh-CN' : 'en';
}
