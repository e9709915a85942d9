import { UsageError } from './errors';

/** How a command declares itself: parse.ts validates against this, help.ts renders it. */

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in help; `value` names the argument of a string option. */
  value?: string;
  /**
   * A string option whose value may be left out (`--json` alone, or `--json FILE`): alone it
   * reads as true. It takes the next word as its value, so only commands without positional
   * arguments should declare one.
   */
  optionalValue?: boolean;
  /** A string option that may be given more than once (read with stringsOption). */
  multiple?: boolean;
  description: string;
}

export type OptionValues = Record<string, string | string[] | boolean | undefined>;

export interface Invocation {
  values: OptionValues;
  /** Positional arguments after the command words. */
  args: string[];
  env: NodeJS.ProcessEnv;
}

export interface CommandSpec {
  /** The command words, e.g. `entry add`. */
  name: string;
  summary: string;
  /** Synopsis after the command words, e.g. `ID [--json]`. */
  synopsis: string;
  options: Record<string, OptionSpec>;
  positionals: {
    min: number;
    max: number;
    name?: string;
    /**
     * Said instead of quoting a surplus argument back, where that argument is likely sensitive
     * text given the wrong way (a passage to redact): the refusal must not copy it into a log.
     */
    surplus?: string;
  };
  /** Extra paragraphs for `<cmd> --help`. */
  notes?: string[];
  run(invocation: Invocation): Promise<void>;
}

/** A string option's value (parseArgs has already checked the type). */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Every value of an option declared `multiple`, in the order given. */
export function stringsOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

export const json: OptionSpec = { type: 'boolean', description: "print the contract's JSON output object instead of text" };

/** A whole number for --limit/--offset; the range is the contract's to judge. */
export function countOption(values: OptionValues, name: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if (!/^\d{1,9}$/.test(raw)) throw new UsageError(`--${name} must be a whole number (got '${raw}').`, '');
  return Number(raw);
}
