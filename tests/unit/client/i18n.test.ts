// The client catalogues and the language-picking rule (SPEC "Languages").
// Must stay DOM-free: it tests pure modules only.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/client/app/i18n/en';
import { pickLanguage } from '../../../src/client/app/i18n/pick-language';
import { catalogues, placeholdersIn, translate } from '../../../src/client/app/i18n/translate';
import { zhCN } from '../../../src/client/app/i18n/zh-CN';
import { roles } from '../../../src/domain/access/roles';

describe('client message catalogues', () => {
  it('[LANG] zh-CN and en catalogues have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('[LANG] no message is empty in either language', () => {
    for (const [lang, catalogue] of Object.entries(catalogues)) {
      const empty = Object.entries(catalogue)
        .filter(([, message]) => message.trim() === '')
        .map(([key]) => `${lang}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('[LANG] both languages use the same {placeholders} in every message', () => {
    const mismatched = Object.keys(zhCN).filter((key) => {
      const k = key as keyof typeof zhCN;
      return placeholdersIn(zhCN[k]).join() !== placeholdersIn(en[k]).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('[LANG] every role has a name, a home title and an intro in both languages', () => {
    for (const role of roles) {
      for (const key of [`role.${role}`, `home.${role}.title`, `home.${role}.intro`]) {
        expect(Object.hasOwn(zhCN, key), key).toBe(true);
      }
    }
  });

  it('[LANG] fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'scope.communities', { count: 3 })).toBe('3 communities');
    expect(translate('zh-CN', 'scope.communities', { count: 3 })).toBe('3 个社区');
  });
});

describe('language picking', () => {
  it('[LANG] picks zh-CN when the browser asks for Chinese first', () => {
    expect(pickLanguage(null, ['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(pickLanguage(null, ['zh'])).toBe('zh-CN');
    expect(pickLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, ['zh-Hans-CN'])).toBe('zh-CN');
  });

  it('[LANG] picks en when the browser asks for English first', () => {
    expect(pickLanguage(null, ['en-US', 'zh-CN'])).toBe('en');
    expect(pickLanguage(null, ['en'])).toBe('en');
  });

  it('[LANG] the first of Chinese or English in the list decides; neither gives en', () => {
    expect(pickLanguage(null, ['ja-JP', 'zh-CN', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, ['fr-FR', 'de'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });

  it('[LANG] a saved choice wins over the browser', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });

  it('[LANG] an unknown saved value is ignored', () => {
    expect(pickLanguage('fr', ['zh-CN'])).toBe('zh-CN');
    expect(pickLanguage('', ['en-GB'])).toBe('en');
  });
});
