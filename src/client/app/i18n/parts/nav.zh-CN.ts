// The zh-CN names of the app's screens, as the navigation shows them; en is in nav.en.ts.
export const navZhCN = {
  'nav.label': '主菜单',
  'nav.home': '首页',
  'nav.map': '地图',
  'nav.registry': '登记库',
  'nav.callers': '来电号码',
  'nav.import': '批量导入',
  'nav.notFound': '没有这个页面。',
  'nav.backHome': '返回首页',
} as const;
