// Which fields each registry form has (REG-1..3), in screen order, and what kind of input each is. Pure data: the
// argument schemas (src/protocol/registry.ts) decide what is valid; this only decides how it is entered.
import {
  companyStatuses,
  contactRelations,
  creditRatings,
  identityCategories,
  serviceModes,
  supportSystems,
  volunteerKinds,
} from '../../../domain/registry/registry-kinds';
import type { RegistryKind } from './registry-path';

/** Vocabularies whose labels live at 'registry.vocab.<vocab>.<value>'. */
export const vocabularies = {
  status: companyStatuses,
  creditRating: creditRatings,
  serviceMode: serviceModes,
  supportSystem: supportSystems,
  volunteerKind: volunteerKinds,
  identity: identityCategories,
  relation: contactRelations,
  gender: ['male', 'female'],
} as const;
export type Vocabulary = keyof typeof vocabularies;

/** Lists read from the device's catalogue rather than a fixed vocabulary. */
export type CatalogueList = 'districts' | 'communities' | 'companies' | 'categories';

export type FieldSpec =
  | { name: string; input: 'text' | 'tel' | 'textarea' | 'idcard'; sensitive?: boolean; nullable?: boolean }
  | { name: string; input: 'date'; nullable: boolean }
  | { name: string; input: 'number' | 'int' }
  | { name: string; input: 'select'; vocab: Vocabulary; optional: boolean }
  | { name: string; input: 'pick'; list: Exclude<CatalogueList, 'categories'>; nullable: boolean }
  | { name: string; input: 'multi'; vocab: Vocabulary }
  | { name: string; input: 'categories' }
  | { name: string; input: 'bool' }
  | { name: string; input: 'contacts' };

const position: FieldSpec[] = [
  { name: 'lat', input: 'number' },
  { name: 'lng', input: 'number' },
];

export const formFields: Record<RegistryKind, readonly FieldSpec[]> = {
  companies: [
    { name: 'name', input: 'text' },
    { name: 'phone', input: 'tel' },
    { name: 'contactPerson', input: 'text' },
    { name: 'districtId', input: 'pick', list: 'districts', nullable: true },
    { name: 'address', input: 'text' },
    ...position,
    { name: 'categoryIds', input: 'categories' },
    { name: 'serviceRadiusM', input: 'int' },
    { name: 'isVolunteerCompany', input: 'bool' },
    { name: 'isHomeCareProvider', input: 'bool' },
    { name: 'is24h', input: 'bool' },
    { name: 'creditRating', input: 'select', vocab: 'creditRating', optional: true },
    { name: 'status', input: 'select', vocab: 'status', optional: true },
    { name: 'joinedOn', input: 'date', nullable: true },
    { name: 'suspendedOn', input: 'date', nullable: true },
    { name: 'exitedOn', input: 'date', nullable: true },
    { name: 'inspectionDueOn', input: 'date', nullable: true },
    { name: 'remarksRecommend', input: 'textarea' },
    { name: 'remarksSpecial', input: 'textarea' },
  ],
  volunteers: [
    { name: 'name', input: 'text' },
    { name: 'phone', input: 'tel' },
    { name: 'kind', input: 'select', vocab: 'volunteerKind', optional: true },
    { name: 'districtId', input: 'pick', list: 'districts', nullable: true },
    { name: 'communityId', input: 'pick', list: 'communities', nullable: true },
    ...position,
    { name: 'skillIds', input: 'categories' },
    { name: 'serviceMode', input: 'select', vocab: 'serviceMode', optional: true },
    { name: 'supportSystem', input: 'select', vocab: 'supportSystem', optional: true },
    { name: 'companyId', input: 'pick', list: 'companies', nullable: true },
    { name: 'active', input: 'bool' },
  ],
  residents: [
    { name: 'name', input: 'text' },
    { name: 'gender', input: 'select', vocab: 'gender', optional: false },
    { name: 'birthDate', input: 'date', nullable: false },
    { name: 'idCard', input: 'idcard', sensitive: true },
    { name: 'phone', input: 'tel' },
    { name: 'communityId', input: 'pick', list: 'communities', nullable: false },
    { name: 'address', input: 'text' },
    ...position,
    { name: 'identityCategories', input: 'multi', vocab: 'identity' },
    { name: 'livesAlone', input: 'bool' },
    { name: 'healthConditions', input: 'textarea', sensitive: true },
    { name: 'medication', input: 'textarea', sensitive: true },
    { name: 'allergies', input: 'textarea', sensitive: true },
    { name: 'accessNotes', input: 'textarea', sensitive: true },
    { name: 'serviceCardNo', input: 'text', nullable: true },
    { name: 'contacts', input: 'contacts' },
    { name: 'active', input: 'bool' },
  ],
};

export const mutationNames = {
  companies: { create: 'company.create', update: 'company.update' },
  volunteers: { create: 'volunteer.create', update: 'volunteer.update' },
  residents: { create: 'resident.create', update: 'resident.update' },
} as const;

/** Fields a user without resident.sensitive must neither see nor send (SEC-2). */
export function fieldsFor(kind: RegistryKind, canSensitive: boolean): FieldSpec[] {
  return formFields[kind].filter((f) => canSensitive || !('sensitive' in f && f.sensitive));
}
