import { DEFAULT_NOTEBOOK_VIEW, notebookViewSchema, type NotebookView } from '../../../shared/domain/notebook-view';
import type { MetaRepository } from '../db/repositories/meta-repository';

const VIEW_KEY = 'notebook_view';

/** The vault's own display settings (vault_meta), read whole and written whole. */
export class NotebookViewService {
  constructor(private readonly meta: MetaRepository) {}

  get(): NotebookView {
    const stored = this.meta.get(VIEW_KEY);
    if (stored === undefined) return DEFAULT_NOTEBOOK_VIEW;
    // A value written by another version falls back to the default rather than failing the notebook.
    const parsed = notebookViewSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_NOTEBOOK_VIEW;
  }

  set(patch: Partial<NotebookView>): NotebookView {
    const next = { ...this.get(), ...patch };
    this.meta.set(VIEW_KEY, JSON.stringify(next));
    return next;
  }
}
