import { AppError } from '../../../shared/errors';

/**
 * The refusals of the bundle layers. Each says what failed and never echoes secret material;
 * callers add which file or entry it concerns.
 */
export const malformed = (what: string): AppError => new AppError('BUNDLE_MALFORMED', `Malformed bundle: ${what}.`);

export const tampered = (what: string, file?: string): AppError => new AppError('BUNDLE_TAMPERED', `Bundle altered or truncated: ${what}.`, { file });

export const archiveRefused = (what: string): AppError => new AppError('ARCHIVE_REFUSED', `Archive refused: ${what}.`);
