import type { MetadataFlag } from '../../../../shared/domain/attachments';
import type { Translator } from '../../i18n/translate';

/** "Carries: GPS position, camera and serial number": the same words in the export preview and at headquarters. */
export function carriedMetadataText(t: Translator['t'], carried: readonly MetadataFlag[]): string {
  return t('exportMetadata.carries', { what: carried.map((flag) => t(`exportMetadata.${flag}`)).join(t('bundles.listSeparator')) });
}
