import type { z } from 'zod';

/**
 * The contract's validator speaks to programmers ("Too small: expected number to be >=1",
 * "Invalid UUID"). The CLI says the same in words a headquarters officer reads once and acts
 * on. Messages the contract wrote for people (the passphrase advice, "must not be empty") are
 * custom issues and pass through as written.
 */
type Issue = z.core.$ZodIssue;

const FORMATS: Record<string, string> = {
  uuid: "is not an entry ID (as 'entry list' prints it)",
  datetime: 'is not a date and time',
};

function sizeWord(origin: string, count: number): string {
  if (origin === 'string') return `${count.toLocaleString('en')} character${count === 1 ? '' : 's'}`;
  if (origin === 'array' || origin === 'set') return `${count.toLocaleString('en')} item${count === 1 ? '' : 's'}`;
  return count.toLocaleString('en');
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'string' && minimum === 1) return 'must not be empty';
  return `must be at least ${sizeWord(issue.origin, issue.inclusive === false ? minimum + 1 : minimum)}`;
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const maximum = Number(issue.maximum);
  return `must be at most ${sizeWord(issue.origin, issue.inclusive === false ? maximum - 1 : maximum)}`;
}

function oneOf(values: readonly unknown[]): string {
  const words = values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  return words.length === 1 ? `must be ${words[0] ?? ''}` : `must be one of: ${words.join(', ')}`;
}

/** One issue, as the end of a sentence whose start names the field ("--limit: must be at most 500"). */
export function plainIssue(issue: Issue): string {
  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_format':
      return FORMATS[issue.format] ?? `is not a valid ${issue.format}`;
    case 'invalid_value':
      return oneOf(issue.values);
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'is not one of the accepted forms';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return issue.message;
  }
}
