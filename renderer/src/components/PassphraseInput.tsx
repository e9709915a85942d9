import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { Field } from './Field';
import { lastTypedScript, type KeyboardScript } from './keyboard-script';

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
  /**
   * The script the passphrase is expected in: the first field's, for a confirmation. Left out
   * (unlock: nobody knows the passphrase's script) it is the interface's, the officer's most
   * likely layout; null turns the keyboard warning off.
   */
  expectedScript?: KeyboardScript | null;
}

/**
 * Caps Lock and a keyboard in the other script are the likeliest reasons a right passphrase
 * fails for a bilingual officer; saying so before the attempt saves a throttled retry. Only the
 * script of what is typed is looked at, never shown or kept.
 */
function useKeyboardWarnings(value: string, expected: KeyboardScript | null) {
  const { t } = useI18n();
  const [capsLock, setCapsLock] = useState(false);
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));
  const typed = lastTypedScript(value);
  const warnings = [
    capsLock ? t('passphrase.capsLock') : null,
    expected && typed && typed !== expected ? t(typed === 'arabic' ? 'passphrase.keyboard.arabic' : 'passphrase.keyboard.latin') : null,
  ].filter((warning) => warning !== null);
  return { onKey, warnings };
}

/**
 * No spellcheck (a dictionary service must never see a passphrase), no autocomplete (nothing
 * is offered to a password manager), no autocapitalisation.
 */
export function PassphraseInput(props: PassphraseInputProps) {
  const { t, dir } = useI18n();
  const toggleId = useId();
  const warningsId = useId();
  const interfaceScript: KeyboardScript = dir === 'rtl' ? 'arabic' : 'latin';
  const { onKey, warnings } = useKeyboardWarnings(props.value, props.expectedScript === undefined ? interfaceScript : props.expectedScript);
  const [ownVisible, setOwnVisible] = useState(false);
  const visible = props.visible ?? ownVisible;
  const setVisible = props.onVisibleChange ?? setOwnVisible;
  return (
    <Field label={props.label} hint={props.hint} problem={props.problem}>
      {(control) => (
        <>
          <input
            {...control}
            aria-describedby={[control['aria-describedby'], warnings.length > 0 ? warningsId : undefined].filter(Boolean).join(' ') || undefined}
            onKeyDown={onKey}
            onKeyUp={onKey}
            ref={props.inputRef}
            className="input input--passphrase"
            type={visible ? 'text' : 'password'}
            value={props.value}
            onChange={(event) => props.onChange(event.target.value)}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            // Hidden, the dots follow the page's direction, not the text's: dots drawn from the
            // right would tell anyone looking over a shoulder that the passphrase is Arabic.
            dir={visible ? 'auto' : undefined}
          />
          <p className="field__warning" id={warningsId} role="status">
            {warnings.join(' ')}
          </p>
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
