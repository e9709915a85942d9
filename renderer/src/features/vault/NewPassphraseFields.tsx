import { useMemo, useState, type RefObject } from 'react';
import { estimateStrength, PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain/passphrase';
import { PassphraseInput } from '../../components/PassphraseInput';
import { useI18n } from '../../i18n/use-i18n';
import { StrengthMeter } from './StrengthMeter';

export interface NewPassphrase {
  value: string;
  confirm: string;
  problems: { value?: string; confirm?: string };
  setValue: (value: string) => void;
  setConfirm: (value: string) => void;
  visible: boolean;
  setVisible: (visible: boolean) => void;
  /** Checks length and match, shows the problems, and says whether the pair may be sent. */
  validate: () => boolean;
  /** Drops both values from React state once they are no longer needed. */
  clear: () => void;
}

/** The state and rules of choosing a new passphrase (creating a notebook, changing the passphrase). */
export function useNewPassphrase(): NewPassphrase {
  const { t, tp } = useI18n();
  const [value, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  const [problems, setProblems] = useState<NewPassphrase['problems']>({});
  return {
    value,
    confirm,
    problems,
    setValue,
    setConfirm,
    visible,
    setVisible,
    validate: () => {
      const found: NewPassphrase['problems'] = {};
      // Code points, as the main process counts them: an Arabic or emoji passphrase is not penalised.
      if ([...value].length < PASSPHRASE_MIN_LENGTH) found.value = tp('create.tooShort', PASSPHRASE_MIN_LENGTH);
      else if (confirm !== value) found.confirm = t('create.mismatch');
      setProblems(found);
      return !found.value && !found.confirm;
    },
    clear: () => {
      setValue('');
      setConfirm('');
      setVisible(false);
    },
  };
}

/** The new passphrase, its live strength, and the confirmation field. */
export function NewPassphraseFields(props: {
  state: NewPassphrase;
  labels: { value: string; confirm: string };
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { tp } = useI18n();
  const { state } = props;
  const strength = useMemo(() => estimateStrength(state.value), [state.value]);
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
      />
      <StrengthMeter strength={strength} empty={state.value.length === 0} />
      <PassphraseInput label={props.labels.confirm} problem={state.problems.confirm} value={state.confirm} onChange={state.setConfirm} visible={state.visible} />
    </>
  );
}
