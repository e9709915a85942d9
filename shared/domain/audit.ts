import { z } from 'zod';
import { AUDIT_ACTIONS } from './audit-vocabulary';

/** A page of the log never holds more than this: the Activity list and the CLI page through it. */
export const AUDIT_PAGE_MAX = 200;

const detailValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * One record as it leaves the vault. action is any string, not the enum: a log written by a
 * newer Fieldnotes (or altered) must still be listable, and the reader shows what it does not know as is.
 */
export const auditRecordSchema = z.strictObject({
  seq: z.number().int().positive(),
  at: z.string(),
  action: z.string(),
  subjectId: z.string().nullable(),
  detail: z.record(z.string(), detailValueSchema),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export const auditListQuerySchema = z.strictObject({
  limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  offset: z.number().int().nonnegative().default(0),
  action: z.enum(AUDIT_ACTIONS).optional(),
});
export type AuditListQuery = z.input<typeof auditListQuerySchema>;

/** Newest first; total counts every record the query matches, for paging. */
export const auditPageSchema = z.strictObject({
  records: z.array(auditRecordSchema),
  total: z.number().int().nonnegative(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
