// Health, identity and access notes of demo residents (REG-3), in the words a community doctor or liaison would write.
// Must not pretend to medical accuracy: conditions and drugs are plausible pairs, not advice.
import type { IdentityCategory } from '../../domain/registry/registry-kinds';
import type { Random } from './random';

// [condition, share of residents aged 60+, typical medication]. Shares follow the rough national figures.
const conditions: readonly (readonly [string, number, readonly string[]])[] = [
  ['高血压', 0.45, ['硝苯地平缓释片 每日2次', '苯磺酸氨氯地平片 每日1次', '缬沙坦胶囊 每日1次']],
  ['糖尿病', 0.2, ['二甲双胍片 每日3次', '格列美脲片 每日1次', '胰岛素注射 早晚各1次']],
  ['冠心病', 0.15, ['阿司匹林肠溶片 每日1次', '单硝酸异山梨酯片 每日2次', '速效救心丸 随身携带']],
  ['高血脂', 0.15, ['阿托伐他汀钙片 每晚1次']],
  ['骨关节炎', 0.15, ['硫酸氨基葡萄糖胶囊 每日3次']],
  ['骨质疏松', 0.12, ['碳酸钙D3片 每日1次', '阿仑膦酸钠片 每周1次']],
  ['白内障', 0.1, []],
  ['慢阻肺', 0.08, ['噻托溴铵吸入粉雾剂 每日1次']],
  ['脑梗后遗症', 0.07, ['硫酸氢氯吡格雷片 每日1次']],
  ['阿尔茨海默病早期', 0.06, ['盐酸多奈哌齐片 每晚1次']],
  ['帕金森病', 0.03, ['多巴丝肼片 每日3次']],
];

const allergies: readonly (readonly [string, number])[] = [
  ['青霉素过敏', 5],
  ['头孢类药物过敏', 3],
  ['磺胺类药物过敏', 2],
  ['海鲜过敏', 2],
  ['花粉过敏', 1],
];

export interface HealthNotes {
  conditions: string;
  medication: string;
  allergies: string;
}

/** Older residents collect more conditions: shares rise by up to half again between 60 and 95. */
export function makeHealthNotes(random: Random, age: number): HealthNotes {
  const factor = 1 + Math.min(0.5, Math.max(0, (age - 60) / 70));
  const found = conditions.filter(([name, share]) => {
    const dementiaBoost = name === '阿尔茨海默病早期' && age >= 80 ? 2 : 1;
    return random.chance(share * factor * dementiaBoost);
  });
  const medication = found.flatMap(([, , drugs]) => (drugs.length > 0 ? [random.pick(drugs)] : []));
  return {
    conditions: found.map(([name]) => name).join('、'),
    medication: medication.join('；'),
    allergies: random.chance(0.15) ? random.pickWeighted(allergies) : '',
  };
}

export function makeIdentityCategories(random: Random, age: number, livesAlone: boolean): IdentityCategory[] {
  const out: IdentityCategory[] = [];
  if (random.chance(0.18)) out.push('party_member');
  if (random.chance(age >= 75 ? 0.1 : 0.06)) out.push('retired_cadre');
  if (random.chance(0.08)) out.push('special_assistance');
  if (random.chance(age >= 80 ? 0.1 : 0.05)) out.push('disabled');
  if (random.chance(livesAlone ? 0.7 : 0.12)) out.push('empty_nest');
  if (random.chance(0.05)) out.push('veteran');
  return out;
}

/** How a responder gets in: most who live alone have left a key somewhere. */
export function makeAccessNotes(random: Random, livesAlone: boolean, neighbourName: string): string {
  if (!random.chance(livesAlone ? 0.85 : 0.3)) return '';
  const notes = [
    `钥匙存放在邻居家（对门${neighbourName}家）`,
    `单元门禁密码 ${random.digits(4)}#`,
    `门口钥匙盒，密码 ${random.digits(4)}`,
    '备用钥匙在社区居委会',
    '物业值班室有备用钥匙',
    '子女每晚七点左右来看望',
    '家中养狗，进门前请先敲门',
    '听力较差，敲门需用力或打电话',
  ];
  return random.sample(notes, random.chance(0.3) ? 2 : 1).join('；');
}

/** Who holds a home-care subsidy card (居家养老服务卡): special assistance, the disabled and many of the oldest. */
export function hasServiceCard(random: Random, age: number, categories: readonly IdentityCategory[]): boolean {
  if (categories.includes('special_assistance')) return true;
  if (categories.includes('disabled')) return random.chance(0.7);
  if (age >= 80) return random.chance(0.6);
  return random.chance(0.1);
}
