// The zh-CN messages of the field worker's phone (work list, order detail, actions, day pack) and of the vendor
// manager's hand-over; en is in field.en.ts with the same keys. Must hold text only; ../zh-CN.ts spreads this in.
export const fieldZhCN = {
  'nav.work': '我的任务',
};
