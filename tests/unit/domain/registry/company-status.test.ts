// Company status dates (REG-1): entering suspended or exited stamps the day; explicit dates win.
import { describe, expect, it } from 'vitest';
import { applyCompanyStatus } from '../../../../src/domain/registry/company-status';

const today = '2026-11-23';
const active = { status: 'active' as const, suspendedOn: null, exitedOn: null };

describe('applyCompanyStatus', () => {
  it('[REG-1] a new company is active with no status dates', () => {
    expect(applyCompanyStatus(null, {}, today)).toEqual(active);
  });

  it('[REG-1] suspending without a date stamps today', () => {
    expect(applyCompanyStatus(active, { status: 'suspended' }, today)).toEqual({
      status: 'suspended',
      suspendedOn: today,
      exitedOn: null,
    });
  });

  it('[REG-1] an explicit date wins over today', () => {
    expect(applyCompanyStatus(active, { status: 'suspended', suspendedOn: '2026-01-02' }, today).suspendedOn).toBe(
      '2026-01-02',
    );
  });

  it('[REG-1] staying suspended keeps the original date', () => {
    const suspended = { status: 'suspended' as const, suspendedOn: '2026-05-01', exitedOn: null };
    expect(applyCompanyStatus(suspended, { status: 'suspended' }, today).suspendedOn).toBe('2026-05-01');
  });

  it('[REG-1] exiting stamps the exit day and keeps the suspension day', () => {
    const suspended = { status: 'suspended' as const, suspendedOn: '2026-05-01', exitedOn: null };
    expect(applyCompanyStatus(suspended, { status: 'exited' }, today)).toEqual({
      status: 'exited',
      suspendedOn: '2026-05-01',
      exitedOn: today,
    });
  });

  it('[REG-1] returning to active clears both dates', () => {
    const exited = { status: 'exited' as const, suspendedOn: '2026-05-01', exitedOn: '2026-06-01' };
    expect(applyCompanyStatus(exited, { status: 'active' }, today)).toEqual(active);
  });

  it('[REG-1] a company created as exited gets today as its exit day', () => {
    expect(applyCompanyStatus(null, { status: 'exited' }, today)).toEqual({
      status: 'exited',
      suspendedOn: null,
      exitedOn: today,
    });
  });
});
