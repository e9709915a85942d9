export { AttachmentsSection } from './AttachmentsSection';
