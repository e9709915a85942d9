import { useId, useState, type Ref } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { Field } from './Field';

interface PassphraseInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  problem?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  /** A second field (confirm) follows the visibility of the first, so it has no toggle of its own. */
  visible?: boolean;
  onVisibleChange?: (visible: boolean) => void;
}

/**
 * No spellcheck (a dictionary service must never see a passphrase), no autocomplete (nothing
 * is offered to a password manager), no autocapitalisation.
 */
export function PassphraseInput(props: PassphraseInputProps) {
  const { t } = useI18n();
  const toggleId = useId();
  const [ownVisible, setOwnVisible] = useState(false);
  const visible = props.visible ?? ownVisible;
  const setVisible = props.onVisibleChange ?? setOwnVisible;
  return (
    <Field label={props.label} hint={props.hint} problem={props.problem}>
      {(control) => (
        <>
          <input
            {...control}
            ref={props.inputRef}
            className="input input--passphrase"
            type={visible ? 'text' : 'password'}
            value={props.value}
            onChange={(event) => props.onChange(event.target.value)}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            dir="auto"
          />
          {props.visible === undefined || props.onVisibleChange ? (
            <div className="check">
              <input id={toggleId} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
              <label htmlFor={toggleId}>{t('passphrase.show')}</label>
            </div>
          ) : null}
        </>
      )}
    </Field>
  );
}
