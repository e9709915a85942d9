import { caseNumberKey } from '../../../shared/domain/trial-vocabulary';
import type { EntryOf } from '../../../shared/domain/entries';
import type { KindModule } from './kind-module';
import { requireDefenderCase, requirePeople, type Link } from './linked-records';

const defendantLinks = (trial: EntryOf<'trial'> | null): Link[] =>
  (trial?.hearing.defendants ?? []).flatMap((d, i) => (d.personId ? [{ field: `hearing.defendants.${i}.personId`, id: d.personId }] : []));

/**
 * A trial-monitoring observation: one hearing. Its case number (normalised, facet 'trial-case')
 * and its defender case (facet 'case') group hearings into a case timeline (trial-timeline.ts);
 * the next hearing date feeds Upcoming.
 */
export const trialKind: KindModule<'trial'> = {
  kind: 'trial',
  detailsTable: 'trial_details',
  searchFields: ({ hearing, log, checklist, access, rights, adjournment, assessment }) => [
    { field: 'court', text: [hearing.courtName, hearing.courtLevel, hearing.city, hearing.courtroom].join(' ') },
    { field: 'caseNumber', text: hearing.caseNumber },
    { field: 'defendants', text: hearing.defendants.map((d) => `${d.name} ${d.detentionPlace}`).join('\n') },
    { field: 'charges', text: `${hearing.charges}\n${hearing.legalProvisions}` },
    { field: 'judges', text: `${hearing.judges}\n${hearing.prosecutor}\n${hearing.counsel.map((c) => c.name).join('\n')}` },
    { field: 'hearingLog', text: log.map((line) => line.text).join('\n') },
    { field: 'checklist', text: checklist.map((c) => c.evidence).join('\n') },
    { field: 'trialNotes', text: [access.observersNotes, access.security, rights.pretrialDetention, rights.notes, hearing.plea, hearing.languages].join('\n') },
    { field: 'assessment', text: [adjournment.reason, assessment.forHq, assessment.demarche].join('\n') },
  ],
  facts: ({ hearing }) => [
    ...(hearing.stage ? [{ field: 'stage', value: hearing.stage }] : []),
    ...(hearing.courtType ? [{ field: 'courtType', value: hearing.courtType }] : []),
  ],
  facets: ({ hearing, adjournment, defenderCaseId }) => {
    const key = caseNumberKey(hearing.caseNumber);
    return [
      ...(key ? [{ facet: 'trial-case', value: key }] : []),
      ...(defenderCaseId ? [{ facet: 'case', value: defenderCaseId }] : []),
      ...hearing.defendants.flatMap((d) => (d.personId ? [{ facet: 'person', value: d.personId }] : [])),
      ...(adjournment.nextHearingOn ? [{ facet: 'due:hearing', value: adjournment.nextHearingOn }] : []),
    ];
  },
  // A name typed beside a linked person may be the real one: it leaves only where the person may be named.
  exportView: (trial, named) => ({
    ...trial,
    hearing: { ...trial.hearing, defendants: trial.hearing.defendants.map((d) => (d.personId && !named(d.personId) ? { ...d, name: '' } : d)) },
  }),
  // A hearing's links name records of this notebook, whichever path writes it (app, CLI, import).
  checkWrite(previous, next, context) {
    requireDefenderCase(previous?.defenderCaseId, next.defenderCaseId, context);
    requirePeople(defendantLinks(previous), defendantLinks(next), context);
    return [];
  },
  fixedKeys: [
    'courtType',
    'stage',
    'scheduledStart',
    'scheduledEnd',
    'actualStart',
    'actualEnd',
    'appointment',
    'personId',
    'detention',
    'juvenile',
    'interpreter',
    'admitted',
    'idChecked',
    'toldNoNotes',
    'removed',
    'observers',
    'reasonsGiven',
    'lawyerFromArrest',
    'promptlyBeforeJudge',
    'tortureAlleged',
    'incommunicado',
    'item',
    'finding',
    'cites',
    'at',
    'adjourned',
    'nextHearingOn',
    'concernLevel',
    'attendNext',
    'defenderCaseId',
  ],
  deletable: true,
};
