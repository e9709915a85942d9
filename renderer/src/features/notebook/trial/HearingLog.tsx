import { memo, useCallback, useEffect, useId, useRef, useState, type Ref } from 'react';
import { LIMITS } from '../../../../../shared/domain/entries';
import type { LogLine } from '../../../../../shared/domain/kinds/trial';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n/use-i18n';
import { lineTime, logLine, withLineTime } from './trial-form';

interface LogInputProps {
  onAdd: (text: string, at: Date) => void;
  now: () => Date;
  inputRef?: Ref<HTMLTextAreaElement> | undefined;
}

/**
 * Where the officer types in the courtroom. The textarea keeps its own text (uncontrolled): a
 * keystroke runs no React render at all, only the browser's own editing, and Enter hands the
 * line to the form at once; the vault hears of it later, through the draft autosave or a save,
 * so typing never waits on the disk. The line is stamped with the time its first character was
 * typed (what was said then), not when Enter was.
 */
const LogInput = memo(function LogInput({ onAdd, now, inputRef }: LogInputProps) {
  const { t } = useI18n();
  const id = useId();
  const startedAt = useRef<Date | null>(null);
  return (
    <div className="field hearing-log__input">
      <label className="field__label" htmlFor={id}>
        {t('trial.log.input')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('trial.log.inputHint')}
      </p>
      {/* A textarea so a long line wraps in view; Enter ends the line, as in a chat. In a plain box: see .hearing-log__next. */}
      <div>
        <textarea
          id={id}
          ref={inputRef}
          className="input hearing-log__next"
          rows={1}
          dir="auto"
          aria-describedby={`${id}-hint`}
          maxLength={LIMITS.paragraph}
          onChange={(e) => {
            const input = e.currentTarget;
            startedAt.current ??= now();
            // A pasted paragraph is one line of the log.
            if (/[\r\n]/.test(input.value)) input.value = input.value.replace(/[\r\n]+/g, ' ');
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
            e.preventDefault();
            const input = e.currentTarget;
            const text = input.value.trim();
            if (text === '') return;
            onAdd(text, startedAt.current ?? now());
            startedAt.current = null;
            input.value = '';
          }}
        />
      </div>
    </div>
  );
});

interface LineRowProps {
  line: LogLine;
  number: number;
  onChange: (line: LogLine) => void;
}

/**
 * A line already written: its time and text stay editable (a time typed late, a word misheard).
 * Memoised: its block redraws for a new line or another line's edit, and its rows need not.
 */
const LineRow = memo(function LineRow({ line, number, onChange }: LineRowProps) {
  const { t } = useI18n();
  // What is being typed into the time, until the field is left; otherwise the line's own time.
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? lineTime(line.at);
  const valid = withLineTime(line.at, shown) !== null;
  return (
    <div className="hearing-log__line" role="listitem">
      <input
        className="input hearing-log__time"
        dir="ltr"
        inputMode="numeric"
        aria-label={t('trial.log.lineTime', { number: String(number) })}
        aria-invalid={valid ? undefined : true}
        value={shown}
        onBlur={() => setTyped(null)}
        onChange={(e) => {
          setTyped(e.target.value);
          const at = withLineTime(line.at, e.target.value);
          if (at) onChange({ ...line, at });
        }}
      />
      <input
        className="input hearing-log__text"
        dir="auto"
        aria-label={t('trial.log.lineText', { number: String(number) })}
        maxLength={LIMITS.paragraph}
        value={line.text}
        onChange={(e) => onChange({ ...line, text: e.target.value })}
      />
    </div>
  );
});

/** Lines per block: each block is one box the browser skips while it is off screen. */
const LOG_BLOCK_LINES = 50;

interface LogBlockProps {
  lines: readonly LogLine[];
  /** The number of the block's first line, from 1. */
  first: number;
  onChange: (line: LogLine) => void;
}

/** The same lines, by identity, at the same place: a new line or a save leaves every full block alone. */
function sameBlock(before: LogBlockProps, after: LogBlockProps): boolean {
  return before.first === after.first && before.onChange === after.onChange && before.lines.length === after.lines.length && before.lines.every((line, i) => line === after.lines[i]);
}

/**
 * A run of lines laid out and painted only near the screen (content-visibility, in trial.css).
 * A box per block, not per line: with a box per line, every keystroke's frame checked each of
 * hundreds of boxes against the screen (about 1 ms of each frame at 400 lines).
 */
const LogBlock = memo(function LogBlock({ lines, first, onChange }: LogBlockProps) {
  return (
    <div className="hearing-log__block">
      {lines.map((line, i) => (
        <LineRow key={line.id} line={line} number={first + i} onChange={onChange} />
      ))}
    </div>
  );
}, sameBlock);

/** The log cut into blocks of LOG_BLOCK_LINES, in order. */
function blocksOf(log: readonly LogLine[]): { first: number; lines: readonly LogLine[] }[] {
  const blocks = [];
  for (let start = 0; start < log.length; start += LOG_BLOCK_LINES) blocks.push({ first: start + 1, lines: log.slice(start, start + LOG_BLOCK_LINES) });
  return blocks;
}

interface HearingLogProps {
  log: readonly LogLine[];
  onChange: (log: LogLine[]) => void;
  now: () => Date;
  inputRef?: Ref<HTMLTextAreaElement> | undefined;
}

/** The live hearing log: the lines so far, oldest first, and the input for the next. Memoised: the form's other parts changing never redraws it. */
export const HearingLog = memo(function HearingLog({ log, onChange, now, inputRef }: HearingLogProps) {
  const { t } = useI18n();
  // The latest lines and callback, so the input's handler stays one function and the input never re-renders for the form's sake.
  const latest = useRef({ log, onChange });
  useEffect(() => {
    latest.current = { log, onChange };
  });
  const add = useCallback((text: string, at: Date) => latest.current.onChange([...latest.current.log, logLine(text, at)]), []);
  const change = useCallback((next: LogLine) => latest.current.onChange(latest.current.log.map((l) => (l.id === next.id ? next : l))), []);
  const last = log.at(-1);
  return (
    <Section className="trial-section hearing-log" heading={t('trial.section.log')}>
      {log.length === 0 ? (
        <p className="muted">{t('trial.log.empty')}</p>
      ) : (
        // One list to assistive technology: the blocks are plain boxes it passes through.
        <div className="hearing-log__lines" role="list">
          {blocksOf(log).map((block) => (
            <LogBlock key={block.first} lines={block.lines} first={block.first} onChange={change} />
          ))}
        </div>
      )}
      <LogInput onAdd={add} now={now} inputRef={inputRef} />
      <p className="trial-visually-hidden" role="status">
        {last ? t('trial.log.added', { time: lineTime(last.at) }) : ''}
      </p>
    </Section>
  );
});
