import { useId } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { ConsentTermsFields, WithdrawConsent, termsProblems, type ConsentTerms, type TermsProblem } from '../../people';
import { CommonFields } from '../CommonFields';
import type { KindEditor, KindFieldsProps } from '../EntryEditorFrame';
import { RichBodyField } from '../RichBodyField';
import { TitleField } from '../TitleField';
import { requestOpenEntry } from '../trial/open-entry';
import { consentAdapter, type ConsentDraft } from './consent-form';

/** Scopes may be added later (the core takes a consent without any); a person and readable days are needed now. */
const SHOWN_AS_TYPED: readonly TermsProblem[] = ['person', 'givenOn', 'reviewOn', 'expiresOn'];

/**
 * Withdrawn: when and how, stated (never an input). Not yet: Withdraw, at once, apart from any
 * save; while changes are unsaved it waits for Save or Discard, as Finalise does, because it
 * writes a new version under the editor (whose save would then meet CONFLICT).
 */
function Withdrawal({ draft, entryId, dirty }: { draft: ConsentDraft; entryId: string | null; dirty: boolean }) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  const { withdrawal } = draft;
  // A new consent has nothing to withdraw yet; a read-only view (entryId null) offers nothing to do.
  if (!withdrawal && entryId === null) return null;
  return (
    <section className="stack stack--tight" aria-labelledby={headingId}>
      <h2 className="subheading" id={headingId}>
        {t('consent.editor.withdrawal')}
      </h2>
      {withdrawal ? (
        <div className="alert alert--warning" data-testid="consent-withdrawn">
          <p>{t('consent.editor.withdrawnNote', { date: formatDateTime(withdrawal.at) })}</p>
          {withdrawal.how ? <p dir="auto">{t('consent.editor.withdrawnHow', { how: withdrawal.how })}</p> : null}
        </div>
      ) : entryId ? (
        <>
          <p className="muted">{t('consent.withdrawBody')}</p>
          {/* Stored at once with a new revision: the entry reopens (asking first about unsaved text) to show it. */}
          <WithdrawConsent consentId={entryId} onWithdrawn={() => requestOpenEntry(entryId)} saveFirst={dirty} />
        </>
      ) : null}
    </section>
  );
}

/** Whose consent, to what, how and until when; the notes as a formatted body; the withdrawal. */
function ConsentFields({ draft, onChange, titleProblem, titleRef, entryId, dirty = false }: KindFieldsProps<ConsentDraft>) {
  const { t } = useI18n();
  const problems = termsProblems(draft.terms);
  const shown = Object.fromEntries(SHOWN_AS_TYPED.flatMap((field) => (problems[field] ? [[field, t(problems[field])]] : [])));
  const setTerms = (patch: Partial<ConsentTerms>) => onChange({ terms: { ...draft.terms, ...patch } });
  return (
    <div className="meeting-fields">
      <TitleField value={draft.title} onChange={(title) => onChange({ title })} problem={titleProblem} inputRef={titleRef} />
      <ConsentTermsFields
        value={draft.terms}
        onChange={setTerms}
        problems={shown}
        personLocked={entryId !== null}
        // An untitled consent is named after whose it is, as on the Consent screen.
        onPicked={(person) => {
          if (person && draft.title.trim() === '') onChange({ title: t('consent.titleFor', { pseudonym: person.pseudonym }) });
        }}
      />
      <RichBodyField value={draft} onChange={onChange} />
      <CommonFields value={draft.common} onChange={(common) => onChange({ common })} />
      <Withdrawal draft={draft} entryId={entryId} dirty={dirty} />
    </div>
  );
}

export const consentEditor: KindEditor<ConsentDraft> = {
  adapter: consentAdapter,
  Fields: ConsentFields,
  headings: { new: 'consent.editor.newHeading', edit: 'consent.editor.editHeading' },
};
