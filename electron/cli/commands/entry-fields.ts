import type { EntryOf, WritableKind } from '../../../shared/domain/entries';
import { actionScope } from '../../../shared/domain/kinds/case';
import { FAIR_TRIAL_ITEMS } from '../../../shared/domain/trial-vocabulary';
import { formatInstant, multiLine, oneLine } from '../output';

type Row = [label: string, value: string];

/** What `entry show` prints for a kind: its own fields as rows, then any longer blocks (a hearing log). */
interface KindView<K extends WritableKind> {
  rows(entry: EntryOf<K>): Row[];
  blocks?(entry: EntryOf<K>): string[];
}

const orDash = (text: string) => oneLine(text) || '-';
const list = (values: readonly string[]) => values.join(', ') || '-';

const meetingView: KindView<'meeting'> = {
  rows: (note) => [
    ['Counterpart', note.counterpartType ?? '-'],
    ['Participants', orDash(note.participants)],
  ],
};

/** Defendants by name or pseudonym as typed; a linked person by id (People shows the pseudonym). */
function defendant(d: EntryOf<'trial'>['hearing']['defendants'][number]): string {
  const who = oneLine(d.name) || (d.personId ? `person ${d.personId}` : '?');
  return [who, d.detention, d.detentionPlace ? `at ${oneLine(d.detentionPlace)}` : '', d.juvenile ? 'juvenile' : ''].filter(Boolean).join(' ');
}

const trialView: KindView<'trial'> = {
  rows: ({ hearing, access, adjournment, assessment, checklist, log, defenderCaseId }) => [
    ['Court', [oneLine(hearing.courtName), hearing.courtType, oneLine(hearing.courtLevel)].filter(Boolean).join(', ') || '-'],
    ['City', orDash([hearing.city, hearing.courtroom].filter(Boolean).join(', '))],
    ['Case number', orDash(hearing.caseNumber)],
    ['Stage', hearing.stage ?? '-'],
    ['Started', `${formatInstant(hearing.actualStart)} (scheduled ${formatInstant(hearing.scheduledStart)})`],
    ['Judges', orDash(hearing.judges)],
    ['Prosecutor', orDash(hearing.prosecutor)],
    ['Counsel', list(hearing.counsel.map((c) => `${oneLine(c.name)}${c.appointment ? ` (${c.appointment})` : ''}`))],
    ['Defendants', list(hearing.defendants.map(defendant))],
    ['Charges', orDash(hearing.charges)],
    ['Observers admitted', access.admitted],
    ['Checklist', `${checklist.filter((c) => c.finding !== null).length} of ${FAIR_TRIAL_ITEMS.length} items, ${checklist.filter((c) => c.finding === 'concern').length} concerns`],
    ['Log lines', String(log.length)],
    ['Adjourned', adjournment.adjourned ? `yes, to ${adjournment.nextHearingOn ?? '-'}: ${orDash(adjournment.reason)}` : 'no'],
    ['Concern level', assessment.concernLevel ?? '-'],
    ['Defender case', defenderCaseId ?? '-'],
  ],
  blocks: ({ log, checklist }) => [
    ...(log.length ? [`Hearing log:\n${log.map((line) => `  [${line.id}] ${formatInstant(line.at)}  ${oneLine(line.text)}`).join('\n')}`] : []),
    ...(checklist.length
      ? [`Fair-trial checklist:\n${checklist.map((c) => `  ${c.item}: ${c.finding ?? '-'}${c.cites.length ? ` (log ${c.cites.join(', ')})` : ''}${c.evidence ? `\n    ${multiLine(c.evidence).replace(/\n/g, '\n    ')}` : ''}`).join('\n')}`]
      : []),
  ],
};

/** One line per action; the override's reason is the officer's text, shown as written (it is their record). */
function caseAction(a: EntryOf<'case'>['actions'][number]): string {
  const what = a.action === 'other' ? `other: ${oneLine(a.label) || '-'}` : a.action;
  const behalf = a.onBehalf ? ` on behalf (${actionScope(a) ?? 'no scope'})${a.overrideReason ? `, without consent: ${oneLine(a.overrideReason)}` : ''}` : '';
  return `  ${a.status.padEnd(11)} ${a.date ?? '----------'}  ${what}${behalf}`;
}

const caseView: KindView<'case'> = {
  rows: (c) => [
    ['Defender', c.defenderId ? `person ${c.defenderId}` : '-'],
    ['Status', c.caseStatus],
    ['Threats', list(c.threats)],
    ['Sources', String(c.sources.length)],
  ],
  blocks: (c) => (c.actions.length === 0 ? [] : [`Actions:\n${c.actions.map(caseAction).join('\n')}`]),
};

const VIEWS: { [K in WritableKind]?: KindView<K> } = { meeting: meetingView, trial: trialView, case: caseView };

function viewOf<K extends WritableKind>(entry: EntryOf<K>): KindView<K> | undefined {
  return VIEWS[entry.kind];
}

export function kindRows<K extends WritableKind>(entry: EntryOf<K>): Row[] {
  return viewOf(entry)?.rows(entry) ?? [];
}

export function kindBlocks<K extends WritableKind>(entry: EntryOf<K>): string[] {
  return viewOf(entry)?.blocks?.(entry) ?? [];
}
