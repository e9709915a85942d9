import { useState, type FormEvent } from 'react';
import { CIVIC_TOPICS, ENTRY_KINDS, REPORTING_OUTLETS, type CivicTopic, type EntryKind, type ReportingOutlet } from '../../../../shared/domain/entries';
import { Field } from '../../components/Field';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { PersonPicker, parseDay } from '../people';
import { FILTER_LABEL } from './FilterChips';
import { tagFilter, type FilterName, type ListFilters } from './list-filters';

/** Filters typed as text: applied on Enter, on "Apply" and on leaving the field, once they make sense. */
type Typed = Pick<Record<FilterName, string>, 'tag' | 'from' | 'until'>;

/** An applied filter as its field shows it: days in the officer's digits (they are read back in any). */
const typedOf = (filters: ListFilters, show: (day: string) => string): Typed => ({ tag: filters.tag ?? '', from: filters.from ? show(filters.from) : '', until: filters.until ? show(filters.until) : '' });

interface FilterFormProps {
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
  offer: readonly FilterName[];
}

/** Up to this many defender cases in the case filter; a mission follows dozens, not thousands. */
const CASES = 500;

/** The filter fields: choices apply at once, typed text when it is committed. */
export function FilterForm({ filters, onChange, offer }: FilterFormProps) {
  const { t, formatNumber } = useI18n();
  const showDay = (day: string) => day.replace(/\d/g, (digit) => formatNumber(Number(digit)));
  const [typed, setTyped] = useState<Typed>(() => typedOf(filters, showDay));
  const [seen, setSeen] = useState(filters);
  const [tried, setTried] = useState(false);
  // A chip removed or the filters cleared: a typed filter whose applied value changed shows it;
  // text still being typed in the others stays.
  if (seen !== filters) {
    const applied = typedOf(filters, showDay);
    const before = typedOf(seen, showDay);
    setSeen(filters);
    setTyped({
      tag: applied.tag !== before.tag ? applied.tag : typed.tag,
      from: applied.from !== before.from ? applied.from : typed.from,
      until: applied.until !== before.until ? applied.until : typed.until,
    });
    setTried(false);
  }
  const cases = useLoad(offer.includes('case') ? 'filter-cases' : 'filter-cases-off', () =>
    offer.includes('case') ? call('entry:list', { kind: 'case', limit: CASES }) : Promise.resolve(null),
  );

  const from = parseDay(typed.from);
  const until = parseDay(typed.until);
  // The example in the officer's digits, kept whole and left to right inside an Arabic sentence.
  const example = { example: showDay('2026-03-14') };
  const dayProblem = (day: string | null | undefined) => (day === undefined ? t('filters.problem.day', example) : undefined);
  const orderProblem = from && until && until < from ? t('filters.problem.order') : undefined;

  function commit(event?: FormEvent) {
    event?.preventDefault();
    setTried(true);
    if (from === undefined || until === undefined || orderProblem) return;
    const next = { ...filters, tag: tagFilter(typed.tag), from, until };
    if (next.tag !== filters.tag || next.from !== filters.from || next.until !== filters.until) onChange(next);
  }

  const select = <V extends string>(name: 'kind' | 'topic' | 'outlet', values: readonly V[], label: (value: V) => string, anyKey: 'filters.anyKind' | 'filters.anyTopic' | 'filters.anyOutlet') =>
    offer.includes(name) ? (
      <Field label={t(FILTER_LABEL[name])}>
        {(c) => (
          <select {...c} className="input" value={filters[name] ?? ''} onChange={(event) => onChange({ ...filters, [name]: (event.target.value || null) as V | null })}>
            <option value="">{t(anyKey)}</option>
            {values.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
    ) : null;

  const text = (name: 'tag' | 'from' | 'until', hint: string, problem: string | undefined, day: boolean) =>
    offer.includes(name) ? (
      <Field label={t(FILTER_LABEL[name])} hint={hint} problem={tried ? problem : undefined}>
        {(c) => (
          <input
            {...c}
            className={`input${day ? ' input--date' : ''}`}
            dir={day ? 'ltr' : 'auto'}
            inputMode={day ? 'numeric' : undefined}
            autoComplete="off"
            maxLength={day ? 10 : 60}
            value={typed[name]}
            onChange={(event) => setTyped({ ...typed, [name]: event.target.value })}
            onBlur={() => commit()}
          />
        )}
      </Field>
    ) : null;

  const caseRows = cases.data?.entries ?? [];
  return (
    <form className="filter-form" onSubmit={commit} noValidate>
      {select<EntryKind>('kind', ENTRY_KINDS, (kind) => t(`kind.${kind}`), 'filters.anyKind')}
      {select<CivicTopic>('topic', CIVIC_TOPICS, (topic) => t(`topic.${topic}`), 'filters.anyTopic')}
      {select<ReportingOutlet>('outlet', REPORTING_OUTLETS, (outlet) => t(`outlet.${outlet}`), 'filters.anyOutlet')}
      {text('tag', t('filters.tagHint'), undefined, false)}
      {offer.includes('person') ? (
        <PersonPicker
          label={t('filters.person')}
          value={filters.person?.id ?? null}
          onChange={() => undefined}
          onPicked={(person) => onChange({ ...filters, person: person ? { id: person.id, label: person.pseudonym } : null })}
        />
      ) : null}
      {offer.includes('case') && (caseRows.length > 0 || filters.case) ? (
        <Field label={t('filters.case')}>
          {(c) => (
            <select
              {...c}
              className="input"
              value={filters.case?.id ?? ''}
              onChange={(event) => {
                const picked = caseRows.find((row) => row.id === event.target.value);
                onChange({ ...filters, case: picked ? { id: picked.id, label: picked.title } : null });
              }}
            >
              <option value="">{t('filters.anyCase')}</option>
              {filters.case && !caseRows.some((row) => row.id === filters.case?.id) ? <option value={filters.case.id}>{filters.case.label}</option> : null}
              {caseRows.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {text('from', t('filters.dayHint', example), dayProblem(from), true)}
      {text('until', t('filters.untilHint'), dayProblem(until) ?? orderProblem, true)}
      {offer.some((name) => name === 'tag' || name === 'from' || name === 'until') ? (
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
      ) : null}
    </form>
  );
}
