export { AttachmentsSection } from './AttachmentsSection';
export { AttachmentViewer } from './AttachmentViewer';
