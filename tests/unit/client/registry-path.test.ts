// The registry's URL scheme (REG-1..3): /registry[/<kind>[/new | /<id>[/edit]]], which the map links to.
import { describe, expect, it } from 'vitest';
import { parseRegistryPath, registryPath } from '../../../src/client/features/registry/registry-path';

describe('registry paths', () => {
  it('[REG-1] /registry opens the companies list', () => {
    expect(parseRegistryPath('/registry')).toEqual({ type: 'list', kind: 'companies' });
    expect(parseRegistryPath('/registry/')).toEqual({ type: 'list', kind: 'companies' });
  });

  it('[REG-3] lists, details, new and edit forms by kind', () => {
    expect(parseRegistryPath('/registry/residents')).toEqual({ type: 'list', kind: 'residents' });
    expect(parseRegistryPath('/registry/volunteers/v-1')).toEqual({ type: 'detail', kind: 'volunteers', id: 'v-1' });
    expect(parseRegistryPath('/registry/companies/new')).toEqual({ type: 'new', kind: 'companies' });
    expect(parseRegistryPath('/registry/residents/r-9/edit')).toEqual({ type: 'edit', kind: 'residents', id: 'r-9' });
  });

  it('[REG-1] anything else is unknown', () => {
    for (const p of ['/registry/cats', '/registry/companies/x/delete', '/registry/companies/x/edit/more', '/map']) {
      expect(parseRegistryPath(p), p).toEqual({ type: 'unknown' });
    }
  });

  it('[REG-1] builds the same paths back, escaping ids', () => {
    expect(registryPath('companies')).toBe('/registry/companies');
    expect(registryPath('residents', 'a/b')).toBe('/registry/residents/a%2Fb');
    expect(parseRegistryPath(registryPath('residents', 'a/b', 'edit'))).toEqual({
      type: 'edit',
      kind: 'residents',
      id: 'a/b',
    });
  });
});
