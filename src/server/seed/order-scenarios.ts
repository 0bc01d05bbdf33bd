// The demo's 42 service orders as scenarios: who has each, how far along it is, and how old, so every light shows.
// Must not compute rows: demo-orders.ts turns each scenario into an order, its events and notes.
import type { OrderStatus, OrderType } from '../../domain/orders/order-kinds';
import type { ReturnReason } from '../../domain/orders/order-reasons';

/** techCompany: dispatched to tech1's company, not yet handed on; tech1: handed to tech1 by vendor1. */
export type OrderTarget = 'none' | 'techCompany' | 'tech1' | 'worker1' | 'company';
export type ScenarioGroup = 'repair' | 'housekeeping' | 'care' | 'other';
/** Who had the order first and returned it: tech1's company (vendor1 returns it) or another company (by phone). */
export type FirstHolder = 'techCompany' | 'company';

export interface OrderScenario {
  status: OrderStatus;
  type?: OrderType;
  target: OrderTarget;
  group?: ScenarioGroup;
  /** Minutes since dispatch (since creation for undispatched orders). */
  age: number;
  /** Contract customers get 24 h to service, others 48 h (ORD-4). */
  contract?: boolean;
  /** Completed after the service deadline: a red "done late". */
  late?: boolean;
  extension?: boolean;
  /** pending (待办) only: minutes from now to the reminder (negative: already due). */
  reminderIn?: number;
  /**
   * ORD-5: the order went first to this unit, which returned it; the centre redispatched it to the target, which did
   * the work. `age` then counts from the first dispatch, whose service deadline the redispatch keeps.
   */
  returnedBy?: FirstHolder;
}

const H = 60;

// Ages are chosen against the 30-minute confirm limit and the 24/48-hour service limits, so that each light shows:
// green well inside, yellow past 75% of the limit, red past it.
export const orderScenarios: readonly OrderScenario[] = [
  { status: 'new', target: 'none', group: 'repair', age: 4 },
  { status: 'new', target: 'none', group: 'housekeeping', age: 12 },
  { status: 'new', target: 'none', group: 'care', age: 35 },
  { status: 'new', target: 'none', type: 'complaint', age: 2 * H },
  { status: 'new', target: 'none', type: 'simple_matter', age: 20 },
  { status: 'new', target: 'none', type: 'pending', age: 3 * H, reminderIn: 2 * H },
  { status: 'new', target: 'none', type: 'pending', age: 26 * H, reminderIn: -30 },
  { status: 'closed', target: 'none', type: 'inquiry', age: 5 * H },
  { status: 'closed', target: 'none', type: 'inquiry', age: 27 * H },
  { status: 'dispatched', target: 'techCompany', age: 8 },
  { status: 'dispatched', target: 'techCompany', age: 24 },
  { status: 'dispatched', target: 'techCompany', age: 52 },
  { status: 'dispatched', target: 'company', age: 5 },
  { status: 'dispatched', target: 'company', age: 20 },
  { status: 'dispatched', target: 'company', age: 45 },
  { status: 'dispatched', target: 'company', age: 95 },
  { status: 'dispatched', target: 'worker1', age: 15, contract: true },
  { status: 'returned', target: 'techCompany', age: 70 },
  { status: 'returned', target: 'company', age: 30 },
  { status: 'returned', target: 'company', age: 200 },
  { status: 'accepted', target: 'tech1', age: 3 * H },
  { status: 'accepted', target: 'tech1', age: 40 * H },
  { status: 'accepted', target: 'company', age: 2 * H },
  { status: 'accepted', target: 'company', age: 30 * H, contract: true },
  { status: 'accepted', target: 'company', age: 50 * H, extension: true },
  { status: 'accepted', target: 'worker1', age: 60, contract: true },
  { status: 'en_route', target: 'tech1', age: 90 },
  { status: 'en_route', target: 'worker1', age: 45, contract: true },
  { status: 'en_route', target: 'company', age: 150 },
  { status: 'on_site', target: 'tech1', age: 200 },
  { status: 'on_site', target: 'worker1', age: 100, contract: true },
  { status: 'on_site', target: 'company', age: 20 * H, contract: true },
  { status: 'on_site', target: 'company', age: 5 * H },
  { status: 'completed', target: 'tech1', age: 26 * H },
  { status: 'completed', target: 'worker1', age: 30 * H, contract: true },
  { status: 'completed', target: 'worker1', age: 72 * H, contract: true },
  { status: 'completed', target: 'company', age: 48 * H },
  { status: 'completed', target: 'company', age: 96 * H, late: true },
  { status: 'completed', target: 'company', age: 24 * H },
  { status: 'completed', target: 'company', age: 120 * H },
  // Wrong returns (ORD-5): returned, redispatched to another company, and completed there.
  { status: 'completed', target: 'company', age: 28 * H, returnedBy: 'techCompany' },
  { status: 'completed', target: 'company', age: 60 * H, returnedBy: 'company' },
];

/** What callers ask for, by category (the description an agent types). */
export const orderDescriptions: Readonly<Record<string, readonly string[]>> = {
  'repair.drain': ['厨房下水道堵塞，水排不下去，请师傅上门疏通', '卫生间地漏返水，有异味'],
  'repair.plumbing': ['卫生间水管接头漏水，地面有积水', '水龙头关不紧，一直滴水'],
  'repair.electrical': ['家里一半插座没电，空气开关总跳闸', '客厅灯不亮了，换了灯泡也不行'],
  'repair.appliance': ['冰箱不制冷，想请人上门看看', '洗衣机不排水', '电视没有信号'],
  'repair.gas': ['燃气灶打不着火', '燃气灶火苗很小，老人担心漏气'],
  'locksmith.open': ['老人出门忘带钥匙，被锁在门外', '钥匙断在锁里，门打不开'],
  'locksmith.replace': ['防盗门锁芯坏了，需要换锁'],
  'housekeeping.cleaning': ['老人独居，需要每周打扫一次卫生', '年前想做一次全屋大扫除'],
  'housekeeping.nanny': ['老伴住院，想找个白天的保姆'],
  'housekeeping.maternity': ['女儿下月生产，想预约月嫂'],
  'housekeeping.windows': ['过年前想请人擦玻璃'],
  'housekeeping.appliance_cleaning': ['油烟机需要清洗', '空调需要清洗'],
  'housekeeping.laundry': ['冬季厚被褥需要清洗'],
  'care.meal': ['老人行动不便，需要每天送午餐', '想申请社区助餐，每天中午一餐'],
  'care.bath': ['老人腿脚不便，需要上门助浴'],
  'care.clean': ['老人独居，屋里需要收拾打扫'],
  'care.medical': ['需要人陪同去市中心医院复查', '明天上午要去医院取药，需要陪同'],
  'care.companion': ['子女在外地，希望有人每周陪老人聊聊天'],
  'care.rehab': ['脑梗出院后需要上门康复训练'],
  'medical.visit': ['老人血压偏高，请医生上门看看', '老人咳嗽好几天了，想请医生上门'],
  'medical.escort': ['老人摔倒后腿疼，需要陪同去医院'],
  'medical.nursing': ['术后伤口需要上门换药', '需要上门打针'],
  'moving.home': ['搬去女儿家住，需要搬家'],
  'moving.carry': ['帮忙把旧家具搬下楼'],
  'convenience.haircut': ['老人卧床，需要上门理发'],
  'convenience.shopping': ['帮忙代买米面油'],
  'convenience.bills': ['帮忙代缴水电费'],
  'convenience.mending': ['棉衣拉链坏了，需要缝补'],
};

/** Orders with no resident: what the caller said, by type. */
export const callerOnlyDescriptions: Readonly<Partial<Record<OrderType, readonly string[]>>> = {
  inquiry: ['咨询高龄补贴申领需要哪些材料', '咨询居家养老服务卡如何充值'],
  complaint: ['小区门口餐馆油烟扰民，希望有关部门处理'],
  simple_matter: ['帮忙查询社区卫生服务站的电话和开放时间'],
  pending: ['回复来电人关于社区助餐点开放时间的咨询', '下午回电告知老年证办理进度'],
};

/** Returns as vendors give them: a code of the fixed list (domain/orders/order-reasons) and the vendor's words. */
export const returnReasons = [
  { code: 'outside_area', text: '超出本店服务范围' },
  { code: 'no_staff', text: '师傅今天都已排满，无法按时上门' },
  { code: 'not_our_service', text: '该项服务本店不提供' },
] as const satisfies readonly { code: ReturnReason; text: string }[];
export const completionOutcomes = ['已处理完毕，老人确认满意', '已修好，试用正常', '服务完成，家属在场签字确认'];
export const extensionReason = '需等待配件到货，申请延期一天';
