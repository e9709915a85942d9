import { useId } from 'react';

interface ToggleSettingProps {
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox whose hint is part of its accessible description, so the limits are read out with it. */
export function ToggleSetting({ label, hint, checked, disabled, onChange }: ToggleSettingProps) {
  const id = useId();
  return (
    <div className="setting-toggle">
      <div className="check check--setting">
        <input id={id} type="checkbox" checked={checked} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
      <p className="field__hint setting-toggle__hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
