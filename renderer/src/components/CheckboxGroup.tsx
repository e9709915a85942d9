import { useId } from 'react';
import { FieldProblem } from './FieldProblem';

interface CheckboxGroupProps<T extends string> {
  legend: string;
  /** The vocabulary, in the order it is shown. */
  options: readonly T[];
  chosen: readonly T[];
  labelOf: (option: T) => string;
  /** The choice after one box changed: a ticked value goes to the end, as it was chosen. */
  onChange: (chosen: T[]) => void;
  /** What is wrong with the choice, said under it and tied to the group by aria-describedby. */
  problem?: string | undefined;
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  const without = list.filter((x) => x !== item);
  return on ? [...without, item] : without;
}

/** Any number of values from a fixed vocabulary, as a group of checkboxes under its legend. */
export function CheckboxGroup<T extends string>({ legend, options, chosen, labelOf, onChange, problem }: CheckboxGroupProps<T>) {
  const problemId = `${useId()}-problem`;
  return (
    <fieldset className="checkbox-group" aria-describedby={problem ? problemId : undefined}>
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option} className="checkbox">
          <input type="checkbox" checked={chosen.includes(option)} onChange={(e) => onChange(toggled(chosen, option, e.target.checked))} />
          <span>{labelOf(option)}</span>
        </label>
      ))}
      <FieldProblem id={problemId} text={problem} />
    </fieldset>
  );
}
