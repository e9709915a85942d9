import { useId, type ReactNode } from 'react';
import { FieldProblem } from './FieldProblem';

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean | undefined;
}

interface FieldProps {
  label: string;
  hint?: string | undefined;
  /** A field-level problem; announced by screen readers as part of the control's description. */
  problem?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}

/** A label tied to its control by id, with hint and problem text tied by aria-describedby. */
export function Field({ label, hint, problem, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [hint ? hintId : null, problem ? problemId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': problem ? true : undefined })}
      <FieldProblem id={problemId} text={problem} />
    </div>
  );
}
