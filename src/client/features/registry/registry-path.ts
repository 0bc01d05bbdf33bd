// The registry's URL scheme (the map links to it): /registry[/<kind>[/new | /<id>[/edit]]]. Pure: parses and builds
// paths only; who may open a form is the screen's decision.

export const registryKinds = ['companies', 'volunteers', 'residents'] as const;
export type RegistryKind = (typeof registryKinds)[number];

export type RegistryView =
  | { type: 'list'; kind: RegistryKind }
  | { type: 'detail'; kind: RegistryKind; id: string }
  | { type: 'new'; kind: RegistryKind }
  | { type: 'edit'; kind: RegistryKind; id: string }
  | { type: 'unknown' };

export function isRegistryKind(value: string): value is RegistryKind {
  return (registryKinds as readonly string[]).includes(value);
}

export function parseRegistryPath(path: string): RegistryView {
  const parts = path
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  if (parts[0] !== 'registry') return { type: 'unknown' };
  const [, kind, id, action] = parts;
  if (kind === undefined) return { type: 'list', kind: 'companies' };
  if (!isRegistryKind(kind)) return { type: 'unknown' };
  if (id === undefined) return { type: 'list', kind };
  if (parts.length > 4) return { type: 'unknown' };
  if (id === 'new' && action === undefined) return { type: 'new', kind };
  if (action === undefined) return { type: 'detail', kind, id };
  return action === 'edit' ? { type: 'edit', kind, id } : { type: 'unknown' };
}

export function registryPath(kind: RegistryKind, id?: string, action?: 'edit'): string {
  if (id === undefined) return `/registry/${kind}`;
  const base = `/registry/${kind}/${encodeURIComponent(id)}`;
  return action ? `${base}/${action}` : base;
}

export function newRecordPath(kind: RegistryKind): string {
  return `/registry/${kind}/new`;
}
