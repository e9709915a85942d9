import { useState } from 'react';
import { AT_RISK_GROUPS, PEOPLE_LIMITS, PERSON_KINDS, RISK_LEVELS, type Person, type PersonInput } from '../../../../shared/domain/people';
import { LIMITS } from '../../../../shared/domain/kinds/common';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Choice } from '../../components/Choice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { PersonPicker } from './PersonPicker';
import { SaveForm } from './SaveForm';

interface PersonFormProps {
  /** The record being edited; null for a new one. */
  person: Person | null;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

const BLANK: PersonInput = { kind: 'person', pseudonym: '', riskLevel: 'unknown', focusAreas: [], atRiskGroups: [], organisationId: null, notes: '' };

function inputOf(person: Person): PersonInput {
  const { kind, pseudonym, riskLevel, focusAreas, atRiskGroups, organisationId, notes } = person;
  return { kind, pseudonym, riskLevel, focusAreas, atRiskGroups, organisationId, notes };
}

/** One identity part as the form holds it: typed text, or a request to erase what is stored. */
interface IdentityPart {
  text: string;
  remove: boolean;
}

const NOTHING: IdentityPart = { text: '', remove: false };

/** What to send for one part when editing: new text, '' to erase, or nothing to keep what is stored. */
function changeOf(part: IdentityPart): string | undefined {
  if (part.remove) return '';
  const text = part.text.trim();
  return text === '' ? undefined : text;
}

/** The identity change a save sends: only the parts the officer changed (the core keeps the rest). */
function identityChange(realName: IdentityPart, contacts: IdentityPart): { realName?: string; contacts?: string } | undefined {
  const change = { realName: changeOf(realName), contacts: changeOf(contacts) };
  const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
  return Object.keys(given).length > 0 ? given : undefined;
}

/**
 * Adds or edits a record. The real name and contacts are typed here but never shown back:
 * editing starts with them empty, and leaving one empty keeps what is stored, so opening the
 * form never puts a name on screen; Remove erases it on purpose.
 */
export function PersonForm({ person, onSaved, onCancel }: PersonFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<PersonInput>(() => (person ? inputOf(person) : BLANK));
  const [focusText, setFocusText] = useState(draft.focusAreas.join('\n'));
  const [realName, setRealName] = useState<IdentityPart>(NOTHING);
  const [contacts, setContacts] = useState<IdentityPart>(NOTHING);
  const edit = (patch: Partial<PersonInput>) => setDraft((current) => ({ ...current, ...patch }));

  async function save() {
    const focusAreas = [...new Set(focusText.split('\n').map((line) => line.trim()).filter(Boolean))];
    const input = { ...draft, focusAreas };
    const identity = identityChange(realName, contacts);
    const saved = person
      ? await call('person:update', { id: person.id, revision: person.revision, person: input, ...(identity ? { identity } : {}) })
      : await call('person:create', { person: input, identity: { realName: realName.text.trim(), contacts: contacts.text.trim() } });
    onSaved(saved);
  }

  return (
    <SaveForm heading={person ? t('people.edit') : t('people.add')} submitLabel={t('people.save')} save={save} onCancel={onCancel}>
      <Choice label={t('people.field.kind')} value={draft.kind} options={PERSON_KINDS} optionKey={(kind) => `people.kind.${kind}`} onChange={(kind) => edit({ kind })} />
      <Field label={t('people.field.pseudonym')} hint={t('people.field.pseudonymHint')}>
        {(c) => <input {...c} className="input" dir="auto" required maxLength={PEOPLE_LIMITS.pseudonym} value={draft.pseudonym} onChange={(e) => edit({ pseudonym: e.target.value })} />}
      </Field>
      <Field label={t('people.field.realName')} hint={person ? t('people.field.identityEditHint') : t('people.field.realNameHint')}>
        {(c) => (
          <input {...c} className="input" dir="auto" autoComplete="off" spellCheck={false} maxLength={PEOPLE_LIMITS.realName} disabled={realName.remove} value={realName.text} onChange={(e) => setRealName({ text: e.target.value, remove: false })} />
        )}
      </Field>
      {person ? <RemoveCheck label={t('people.field.removeRealName')} part={realName} onChange={setRealName} /> : null}
      <Field label={t('people.field.contacts')}>
        {(c) => (
          <textarea
            {...c}
            className="input textarea textarea--short"
            dir="auto"
            autoComplete="off"
            spellCheck={false}
            rows={2}
            maxLength={PEOPLE_LIMITS.contacts}
            disabled={contacts.remove}
            value={contacts.text}
            onChange={(e) => setContacts({ text: e.target.value, remove: false })}
          />
        )}
      </Field>
      {person ? <RemoveCheck label={t('people.field.removeContacts')} part={contacts} onChange={setContacts} /> : null}
      <Choice label={t('people.field.risk')} value={draft.riskLevel} options={RISK_LEVELS} optionKey={(level) => `people.risk.${level}`} onChange={(riskLevel) => edit({ riskLevel })} />
      <CheckboxGroup legend={t('people.field.groups')} options={AT_RISK_GROUPS} chosen={draft.atRiskGroups} labelOf={(group) => t(`people.group.${group}`)} onChange={(atRiskGroups) => edit({ atRiskGroups })} />
      <Field label={t('people.field.focusAreas')} hint={t('people.field.focusAreasHint')}>
        {(c) => <textarea {...c} className="input textarea textarea--short" dir="auto" rows={3} value={focusText} onChange={(e) => setFocusText(e.target.value)} />}
      </Field>
      {draft.kind === 'person' ? <PersonPicker kind="organisation" label={t('people.field.organisation')} value={draft.organisationId} onChange={(organisationId) => edit({ organisationId })} /> : null}
      <Field label={t('people.field.notes')}>
        {(c) => <textarea {...c} className="input textarea textarea--short" dir="auto" rows={3} maxLength={LIMITS.paragraph} value={draft.notes} onChange={(e) => edit({ notes: e.target.value })} />}
      </Field>
    </SaveForm>
  );
}

/** Erase what is stored for one identity part (the typed text goes: it would contradict the request). */
function RemoveCheck({ label, part, onChange }: { label: string; part: IdentityPart; onChange: (part: IdentityPart) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={part.remove} onChange={(e) => onChange({ text: '', remove: e.target.checked })} />
      <span>{label}</span>
    </label>
  );
}
