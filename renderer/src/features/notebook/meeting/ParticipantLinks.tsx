import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { PersonPicker } from '../../people';

interface ParticipantLinksProps {
  value: string[];
  onChange: (personIds: string[]) => void;
  pseudonyms: ReadonlyMap<string, { pseudonym: string }>;
}

/** People and organisations from People who took part, shown by pseudonym; choosing one in the picker links it. */
export function ParticipantLinks({ value, onChange, pseudonyms }: ParticipantLinksProps) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <section className="meeting-part" aria-labelledby="meeting-links-heading">
      <h2 className="subheading" id="meeting-links-heading">
        {t('meeting.links.heading')}
      </h2>
      <p className="field__hint">{t('meeting.links.hint')}</p>
      {value.length === 0 ? (
        <p className="muted">{t('meeting.links.empty')}</p>
      ) : (
        <ul className="meeting-links">
          {value.map((id) => {
            const name = pseudonyms.get(id)?.pseudonym ?? '…';
            return (
              <li key={id} className="meeting-links__item">
                <span dir="auto">{name}</span>
                <button type="button" className="button button--small" aria-label={t('meeting.links.remove', { name })} onClick={() => onChange(value.filter((other) => other !== id))}>
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="meeting-links__add">
        <PersonPicker label={t('meeting.links.add')} value={picked} onChange={setPicked} />
        <button
          type="button"
          className="button button--small"
          disabled={picked === null || value.includes(picked)}
          onClick={() => {
            if (picked && !value.includes(picked)) onChange([...value, picked]);
            setPicked(null);
          }}
        >
          {t('meeting.links.add')}
        </button>
      </div>
    </section>
  );
}
