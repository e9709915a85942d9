import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { plainIssue } from '../../../electron/cli/plain-issues';
import { contract } from '../../../shared/ipc/contract';

function firstIssue(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  return plainIssue(result.error.issues[0] as z.core.$ZodIssue);
}

describe("the contract's refusals in plain words", () => {
  it('says ranges, formats and choices as a sentence, not as validator text', () => {
    const list = contract['entry:list'].input;
    expect(firstIssue(list, { limit: 0 })).toBe('must be at least 1');
    expect(firstIssue(list, { limit: 501 })).toBe('must be at most 500');
    expect(firstIssue(list, { kind: 'memo' })).toBe('must be one of: meeting, trial, consent, case, observation');
    expect(firstIssue(contract['entry:get'].input, { id: 'nope' })).toBe("is not an entry ID (as 'entry list' prints it)");
    expect(firstIssue(z.string().max(3), 'abcd')).toBe('must be at most 3 characters');
    expect(firstIssue(z.strictObject({ a: z.string() }), {})).toBe('is required');
  });

  it('keeps the messages the contract already wrote for people', () => {
    const create = contract['entry:create'].input;
    const entry = { kind: 'meeting', title: '  ', body: '', occurredAt: null, location: '', counterpartType: null, participants: '' };
    expect(firstIssue(create, { entry })).toBe('must not be empty');
  });

  it('never says "Too small", "Invalid UUID" or "expected"', () => {
    const texts = [firstIssue(contract['entry:list'].input, { limit: 0 }), firstIssue(contract['entry:get'].input, { id: 'x' })];
    for (const text of texts) expect(text).not.toMatch(/Too small|Invalid UUID|expected/);
  });
});
