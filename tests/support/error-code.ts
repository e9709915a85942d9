import { AppError } from '../../shared/errors';

/** The AppError code a call throws, undefined when it succeeds: asserts the contract's error, not its wording. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
}
