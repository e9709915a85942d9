import { expect } from 'vitest';
import { AppError } from '../../shared/errors';

/** The AppError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The same, and its code must be `code`. */
export async function rejectsWith(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await failure(promise);
  expect(error.code).toBe(code);
  return error;
}

/** The AppError `work` throws; fails the test if it returns or throws anything else. */
export function thrown(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}
