// Phone numbers and id-card numbers (REG-1..4): the checks every registry form and import applies.
import { describe, expect, it } from 'vitest';
import { idCardBirthDate, idCardCheckChar, isValidIdCard } from '../../../../src/domain/registry/id-card';
import { isMobile, isValidPhone, normalizePhone } from '../../../../src/domain/registry/phone';

describe('phone numbers', () => {
  it('[REG-4] a number is kept in one normal form whatever the caller typed', () => {
    expect(normalizePhone('+86 139-1234-5678')).toBe('13912345678');
    expect(normalizePhone('0086 13912345678')).toBe('13912345678');
    expect(normalizePhone('(029) 3321 0000')).toBe('02933210000');
    expect(normalizePhone('１３９')).toBe('１３９'); // full-width digits are not guessed at; the check refuses them
  });

  it('[REG-1] mobiles, landlines with an area code and service numbers are valid; others are not', () => {
    for (const ok of ['13912345678', '19800001111', '029-33210000', '0910 1234567', '12345', '110', '95598']) {
      expect(isValidPhone(ok), ok).toBe(true);
    }
    for (const bad of ['', '1391234567', '23912345678', '12912345678', '029', 'abc', '１３９１２３４５６７８']) {
      expect(isValidPhone(bad), bad).toBe(false);
    }
    expect(isMobile('139 1234 5678')).toBe(true);
    expect(isMobile('02933210000')).toBe(false);
  });
});

describe('id card numbers', () => {
  // The GB 11643-1999 standard's own worked example.
  const example = '11010519491231002X';

  it('[REG-3] the MOD 11-2 check character matches the standard example', () => {
    expect(idCardCheckChar(example.slice(0, 17))).toBe('X');
    expect(isValidIdCard(example)).toBe(true);
    expect(isValidIdCard(example.toLowerCase())).toBe(true);
  });

  it('[REG-3] a wrong check character, a false date or a wrong length is refused', () => {
    expect(isValidIdCard('110105194912310021')).toBe(false);
    expect(isValidIdCard(`11010519490230${'002'}`)).toBe(false);
    const feb30 = `1101051949023000${'1'}`;
    expect(isValidIdCard(feb30 + idCardCheckChar(feb30))).toBe(false);
    expect(isValidIdCard('1101051949123100')).toBe(false);
  });

  it('[REG-3] the birth date is read from the number', () => {
    expect(idCardBirthDate(example)).toBe('1949-12-31');
    expect(idCardBirthDate('110105194902300021')).toBeNull();
  });
});
