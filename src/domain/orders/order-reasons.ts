// The fixed reason lists of the order lifecycle (ORD-3, ORD-5): why a unit returns an order, why a worker cannot
// complete one. Must hold lists only; the lifecycle decides when a reason is needed.

/** Why a unit gives an order back to the centre (退单原因). */
export const returnReasons = [
  'not_our_service', // 不属于本单位服务范围
  'outside_area', // 超出服务区域
  'no_staff', // 人手不足
  'duplicate', // 重复派单
  'wrong_information', // 信息有误，联系不上
  'other', // 其他
] as const;
export type ReturnReason = (typeof returnReasons)[number];

/** Why a worker on the job cannot finish it (无法完成原因). */
export const cannotCompleteReasons = [
  'resident_absent', // 老人不在家
  'refused', // 老人拒绝服务
  'unsafe', // 现场不安全
  'wrong_skill', // 技能不符
  'other', // 其他
] as const;
export type CannotCompleteReason = (typeof cannotCompleteReasons)[number];

/** Reasons that need a written explanation as well as the code. */
export function needsReasonText(reason: ReturnReason | CannotCompleteReason): boolean {
  return reason === 'other';
}
