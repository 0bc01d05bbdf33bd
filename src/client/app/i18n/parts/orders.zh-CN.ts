// The zh-CN messages of the dispatcher's order screens (intake, board, detail, dispatch) and the order lights; en is
// in orders.en.ts with the same keys. Must hold text only; the catalogue (../zh-CN.ts) spreads this in.
export const ordersZhCN = {
  'nav.orders': '工单',
  'orders.light.green': '正常',
  'orders.light.yellow': '临期',
  'orders.light.red': '超时',
  'orders.light.none': '无时限',
};
