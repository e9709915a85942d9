import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { PersonDetail } from './PersonDetail';
import { PersonForm } from './PersonForm';

type Mode = { name: 'list' } | { name: 'add' } | { name: 'show'; id: string };

/** People: pseudonyms and a filter; a record opens in place, with its consents and entries. */
export function PeopleView({ onOpenEntry }: { onOpenEntry: (id: string) => void }) {
  const [mode, setMode] = useState<Mode>({ name: 'list' });
  const [filter, setFilter] = useState('');
  if (mode.name === 'show') return <PersonDetail key={mode.id} id={mode.id} onBack={() => setMode({ name: 'list' })} onOpenEntry={onOpenEntry} />;
  if (mode.name === 'add') return <PersonForm person={null} onCancel={() => setMode({ name: 'list' })} onSaved={(person) => setMode({ name: 'show', id: person.id })} />;
  return <PeopleList filter={filter} onFilter={setFilter} onAdd={() => setMode({ name: 'add' })} onShow={(id) => setMode({ name: 'show', id })} />;
}

interface PeopleListProps {
  filter: string;
  onFilter: (text: string) => void;
  onAdd: () => void;
  onShow: (id: string) => void;
}

function PeopleList({ filter, onFilter, onAdd, onShow }: PeopleListProps) {
  const { t, tp } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const list = useLoad(`people:${filter}`, () => call('person:list', { query: filter, limit: 500 }));
  const people = list.data?.people ?? [];
  return (
    <div className="stack stack--loose">
      <h1 className="heading" ref={headingRef} tabIndex={-1}>
        {t('people.heading')}
      </h1>
      <p className="muted">{t('people.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onAdd}>
          {t('people.add')}
        </button>
      </div>
      <Field label={t('people.filter')}>{(c) => <input {...c} type="search" className="input" dir="auto" value={filter} onChange={(e) => onFilter(e.target.value)} />}</Field>
      <ErrorAlert error={list.error} />
      <p className="status-text status-text--quiet" role="status">
        {list.data ? tp('people.count', list.data.total) : ''}
      </p>
      {list.data && list.data.total === 0 ? <p>{filter ? t('people.noMatch') : t('people.empty')}</p> : null}
      <ul className="stack stack--tight" aria-label={t('people.heading')}>
        {people.map((person) => (
          <li key={person.id}>
            <button type="button" className="entry-card people-row" onClick={() => onShow(person.id)}>
              <span className="entry-card__title" dir="auto">
                {person.pseudonym}
              </span>
              <span className="entry-card__meta">
                {t(`people.kind.${person.kind}`)} · {t(`people.risk.${person.riskLevel}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
