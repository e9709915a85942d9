/** How the viewer shows a file: a player or a page for the types app:// serves inline, facts for the rest. */
export type ViewKind = 'image' | 'audio' | 'video' | 'pdf' | 'other';

/*
 * The same list the protocol serves inline (electron/core/attachments/metadata.ts isInlineType):
 * any other type is answered 415 there, so it is shown here as facts and a "Save a copy" only.
 */
const VIEW_KINDS: ReadonlyArray<[RegExp, ViewKind]> = [
  [/^image\/(jpeg|png|gif|webp)$/, 'image'],
  [/^audio\/(wav|ogg|mpeg)$/, 'audio'],
  [/^video\/(webm|mp4)$/, 'video'],
  [/^application\/pdf$/, 'pdf'],
];

export function viewKindOf(mediaType: string): ViewKind {
  return VIEW_KINDS.find(([pattern]) => pattern.test(mediaType))?.[1] ?? 'other';
}

/**
 * Where the page reads an attachment's decrypted bytes: a path on the page's own origin
 * (app://fieldnotes in the app), streamed by main with Range and no-store. Relative, so the same
 * code works under the e2e harness's origin.
 */
export function attachmentUrl(id: string): string {
  return `/attachment/${encodeURIComponent(id)}`;
}
