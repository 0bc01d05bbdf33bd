// The problem catalogue (SEC-3): stable codes, both languages, fields and params filled in.
import { describe, expect, it } from 'vitest';
import { pickLang, problem, problemCodes, problemMessage, problemStatus } from '../../../../src/domain/common/problems';

describe('problem catalogue', () => {
  it('[SEC-3] every code is dotted lower_snake and has a message in both languages and an HTTP status', () => {
    for (const code of problemCodes) {
      expect(code).toMatch(/^[a-z]+(\.[a-z_]+)+$/);
      expect(problemMessage(problem(code), 'zh-CN').length).toBeGreaterThan(1);
      expect(problemMessage(problem(code), 'en').length).toBeGreaterThan(1);
      expect(problemStatus(code)).toBeGreaterThanOrEqual(400);
    }
  });

  it('[SEC-3] the message names the field in both languages', () => {
    const p = problem('field.required', 'password');
    expect(problemMessage(p, 'en')).toBe('Missing required field: password');
    expect(problemMessage(p, 'zh-CN')).toBe('缺少必填项：password');
  });

  it('[SEC-3] params fill their placeholders; a missing param leaves the placeholder visible rather than blank', () => {
    expect(problemMessage(problem('field.too_long', 'text', { max: 500 }), 'en')).toBe(
      'text is too long (at most 500 characters)',
    );
    expect(problemMessage(problem('user.username_taken', 'username'), 'en')).toContain('{username}');
  });

  it('[LANG] a browser asking for Chinese first gets zh-CN; anything else gets English', () => {
    expect(pickLang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(pickLang('zh-TW')).toBe('zh-CN');
    expect(pickLang('en-GB,zh;q=0.5')).toBe('en');
    expect(pickLang(undefined)).toBe('en');
    expect(pickLang('')).toBe('en');
  });
});
