import type { CounterpartType } from '../../../../shared/domain/entries';
import type { TextKey } from '../../i18n/catalog';

/** A counterpart type without a message fails to compile. */
export const counterpartKey = (type: CounterpartType): TextKey => `counterpart.${type}`;
