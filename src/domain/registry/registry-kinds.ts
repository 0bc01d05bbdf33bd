// Registry vocabularies (REG-1..5): service modes, support systems, caller classes, identity categories.
// Must not hold prices or ranking: only the names every layer shares.

export const serviceModes = ['paid', 'low_cost', 'free'] as const; // 有偿 / 低偿 / 无偿
export type ServiceMode = (typeof serviceModes)[number];

export const supportSystems = ['market', 'organisation', 'volunteer'] as const;
export type SupportSystem = (typeof supportSystems)[number];

export const volunteerKinds = ['volunteer', 'skilled', 'care_aide', 'technician'] as const;
export type VolunteerKind = (typeof volunteerKinds)[number];

export const companyStatuses = ['active', 'suspended', 'exited'] as const;
export type CompanyStatus = (typeof companyStatuses)[number];

export const creditRatings = ['A', 'B', 'C', 'D'] as const;

export const callerClasses = ['normal', 'elderly', 'vip', 'important', 'blacklisted'] as const;
export type CallerClass = (typeof callerClasses)[number];

export const identityCategories = [
  'party_member', // 党员
  'retired_cadre', // 离退休干部
  'special_assistance', // 特困/低保
  'disabled', // 残疾
  'empty_nest', // 空巢
  'veteran', // 退役军人
] as const;
export type IdentityCategory = (typeof identityCategories)[number];

export const contactRelations = ['family', 'doctor', 'liaison', 'security', 'neighbour', 'other'] as const;
export type ContactRelation = (typeof contactRelations)[number];

export const careLogStatuses = ['open', 'closed', 'verified', 'rejected'] as const;
export type CareLogStatus = (typeof careLogStatuses)[number];
