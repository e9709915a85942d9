import { useDeferredValue, useMemo, useState, type RefObject } from 'react';
import { PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain/passphrase-limits';
import type { RandomFill, SuggestedPassphrase } from '../../../../shared/domain/passphrase-generator';
import { PassphraseInput } from '../../components/PassphraseInput';
import { mainScript } from '../../components/keyboard-script';
import { useI18n } from '../../i18n/use-i18n';
import { PassphraseSuggestion } from './PassphraseSuggestion';
import { StrengthMeter } from './StrengthMeter';
import { usePassphraseTools, type PassphraseTools } from './use-passphrase-tools';

export interface NewPassphrase {
  value: string;
  confirm: string;
  problems: { value?: string; confirm?: string };
  setValue: (value: string) => void;
  setConfirm: (value: string) => void;
  visible: boolean;
  setVisible: (visible: boolean) => void;
  /** The generated words, while both fields still hold exactly them. */
  suggestion: SuggestedPassphrase | null;
  /** Draws a new suggestion and puts it in both fields. */
  suggest: () => void;
  /** Checks length, strength and match, shows the problems, and says whether the pair may be sent. */
  validate: () => boolean;
  /** Drops both values from React state once they are no longer needed. */
  clear: () => void;
  /** The estimator and generator, once loaded. */
  tools: PassphraseTools | null;
}

const webCryptoFill: RandomFill = (values) => crypto.getRandomValues(values);

/** The state and rules of choosing a new passphrase (creating a notebook, changing the passphrase). */
export function useNewPassphrase(): NewPassphrase {
  const { t, tp } = useI18n();
  const [value, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  const [problems, setProblems] = useState<NewPassphrase['problems']>({});
  const [drawn, setDrawn] = useState<SuggestedPassphrase | null>(null);
  const tools = usePassphraseTools();
  const suggestion = drawn && value === drawn.phrase && confirm === value ? drawn : null;
  return {
    tools,
    value,
    confirm,
    problems,
    setValue,
    setConfirm,
    visible,
    setVisible,
    suggestion,
    suggest: () => {
      if (!tools) return;
      const next = tools.suggestPassphrase(webCryptoFill);
      setDrawn(next);
      setValue(next.phrase);
      setConfirm(next.phrase);
      setProblems({});
    },
    validate: () => {
      const found: NewPassphrase['problems'] = {};
      // Code points, as the main process counts them: an Arabic or emoji passphrase is not penalised.
      if ([...value].length < PASSPHRASE_MIN_LENGTH) found.value = tp('create.tooShort', PASSPHRASE_MIN_LENGTH);
      // Nothing unchecked is sent: the contract would refuse a weak one without saying why.
      else if (!tools) found.value = t('strength.loading');
      // The contract refuses the same passphrase with the same estimate; saying so here says why.
      else if (!tools.estimateStrength(value).accepted) found.value = t('strength.refused');
      else if (confirm !== value) found.confirm = t('create.mismatch');
      setProblems(found);
      return !found.value && !found.confirm;
    },
    clear: () => {
      setValue('');
      setConfirm('');
      setVisible(false);
      setDrawn(null);
    },
  };
}

/** The new passphrase, its live strength, the confirmation field and a generated suggestion. */
export function NewPassphraseFields(props: {
  state: NewPassphrase;
  labels: { value: string; confirm: string };
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { tp } = useI18n();
  const { state } = props;
  const { tools } = state;
  // Estimating takes a few to tens of milliseconds; typing must not wait for it.
  const typed = useDeferredValue(state.value);
  const strength = useMemo(() => (typed.length > 0 && tools ? tools.estimateStrength(typed) : null), [tools, typed]);
  return (
    <>
      <PassphraseInput
        label={props.labels.value}
        hint={tp('create.passphraseHint', PASSPHRASE_MIN_LENGTH)}
        problem={state.problems.value}
        value={state.value}
        onChange={state.setValue}
        inputRef={props.inputRef}
        visible={state.visible}
        onVisibleChange={state.setVisible}
        expectedScript={null}
      />
      <StrengthMeter strength={strength} />
      <PassphraseInput
        label={props.labels.confirm}
        problem={state.problems.confirm}
        value={state.confirm}
        onChange={state.setConfirm}
        visible={state.visible}
        expectedScript={mainScript(state.value)}
      />
      <PassphraseSuggestion suggestion={state.suggestion} onSuggest={state.suggest} ready={tools !== null} />
    </>
  );
}
