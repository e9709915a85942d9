import type { CivicTopic, EntryInput, ReportingOutlet, Sensitivity } from '../../../../shared/domain/entries';

/** The fields every kind shares beyond title, body, date and place, as one part of each kind's form. */
export interface CommonForm {
  country: string;
  tags: string[];
  topics: CivicTopic[];
  outlets: ReportingOutlet[];
  sensitivity: Sensitivity;
}

export const EMPTY_COMMON: CommonForm = { country: '', tags: [], topics: [], outlets: [], sensitivity: 'normal' };

export function commonFromEntry(entry: Pick<EntryInput, keyof CommonForm>): CommonForm {
  return { country: entry.country, tags: entry.tags, topics: entry.topics, outlets: entry.outlets, sensitivity: entry.sensitivity };
}

export function sameCommon(a: CommonForm, b: CommonForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
