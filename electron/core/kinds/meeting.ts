import type { EntryOf } from '../../../shared/domain/entries';
import type { KindModule } from './kind-module';
import { requireDefenderCase, requirePeople, type Link } from './linked-records';

const personLinks = (note: EntryOf<'meeting'> | null): Link[] => [
  ...(note?.participantRefs ?? []).map((ref, i) => ({ field: `participantRefs.${i}.personId`, id: ref.personId })),
  ...(note?.statements ?? []).flatMap((s, i) => (s.speaker ? [{ field: `statements.${i}.speaker.personId`, id: s.speaker.personId }] : [])),
];

export const meetingKind: KindModule<'meeting'> = {
  kind: 'meeting',
  detailsTable: 'meeting_details',
  searchFields: (note) => [
    { field: 'participants', text: note.participants },
    { field: 'concerns', text: note.concerns },
    { field: 'followUps', text: note.followUps.map((f) => `${f.text} ${f.owner}`).join('\n') },
    { field: 'statements', text: note.statements.map((s) => s.text).join('\n') },
  ],
  facts: (note) => (note.counterpartType ? [{ field: 'counterpartType', value: note.counterpartType }] : []),
  facets: (note) => [
    ...note.participantRefs.map((ref) => ({ facet: 'person', value: ref.personId })),
    ...note.statements.flatMap((s) => (s.speaker ? [{ facet: 'person', value: s.speaker.personId }] : [])),
    ...note.followUps.flatMap((f) => (f.dueOn && !f.done ? [{ facet: 'due:follow-up', value: f.dueOn }] : [])),
    ...(note.defenderCaseId ? [{ facet: 'case', value: note.defenderCaseId }] : []),
  ],
  // The passage stays; who said it never leaves the vault.
  exportView: (note) => ({ ...note, statements: note.statements.map((s) => (s.doNotAttribute ? { ...s, speaker: null } : s)) }),
  // A meeting's links name records of this notebook, whichever path writes it (app, CLI, import).
  checkWrite(previous, next, context) {
    requireDefenderCase(previous?.defenderCaseId, next.defenderCaseId, context);
    requirePeople(personLinks(previous), personLinks(next), context);
    return [];
  },
  fixedKeys: ['counterpartType', 'personId', 'dueOn', 'done', 'doNotAttribute', 'defenderCaseId'],
  deletable: true,
};
