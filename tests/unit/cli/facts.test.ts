import { describe, expect, it } from 'vitest';
import { COUNTERPART_NAMES, ENTRY_ASSIGNED_FIELDS, ENTRY_JSON_FIELDS, ENTRY_KIND_NAMES, LIST_LIMIT_MAX, PURGE_PHRASE, SEARCH_LIMIT_MAX } from '../../../electron/cli/specs/facts';
import { ASSIGNED_FIELDS } from '../../../electron/cli/commands/entry-json';
import { commonInputShape } from '../../../shared/domain/kinds/common';
import { COUNTERPART_TYPES, ENTRY_KINDS } from '../../../shared/domain/entries';
import { SEARCH_LIMITS } from '../../../shared/domain/search';
import { PURGE_CONFIRMATION } from '../../../shared/domain/vault';
import { contract } from '../../../shared/ipc/contract';

// Help text spells these out so that --help loads no schema; each must stay what the schemas say.
describe('the vocabulary --help prints matches the schemas', () => {
  it('kinds, counterpart types and the purge phrase', () => {
    expect(ENTRY_KIND_NAMES).toEqual(ENTRY_KINDS);
    expect(COUNTERPART_NAMES).toEqual(COUNTERPART_TYPES);
    expect(PURGE_PHRASE).toBe(PURGE_CONFIRMATION);
  });

  it('the JSON fields entry add and entry edit read, and those they ignore', () => {
    expect(ENTRY_JSON_FIELDS).toEqual(['kind', ...Object.keys(commonInputShape)]);
    expect(ENTRY_ASSIGNED_FIELDS).toEqual(ASSIGNED_FIELDS);
  });

  it('the page limits', () => {
    expect(contract['entry:list'].input.safeParse({ limit: LIST_LIMIT_MAX }).success).toBe(true);
    expect(contract['entry:list'].input.safeParse({ limit: LIST_LIMIT_MAX + 1 }).success).toBe(false);
    expect(SEARCH_LIMIT_MAX).toBe(SEARCH_LIMITS.maxPageSize);
  });
});
