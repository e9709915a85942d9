/** The attachment storage core: the file format, its writer, reader and removal (docs/attachment-format.md). */
export { isAttachmentId } from './format';
export { AttachmentReader, attachmentPath, type OpenAttachmentOptions } from './reader';
export { destroyAttachmentFile, removeAttachmentFile } from './remove';
export type { AttachmentSource } from './source';
export { partialName, writeAttachment, type WriteAttachmentOptions, type WrittenAttachment } from './writer';
