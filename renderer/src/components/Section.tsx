import { useId, type ReactNode } from 'react';

const PANEL = 'settings-section';

interface SectionProps {
  /** The heading's id, which names the section for assistive technology; made up when not given. */
  id?: string;
  heading: string;
  /** One muted line under the heading saying what the section is for. */
  hint?: string;
  /** An irreversible action lives here: drawn in the danger colour. */
  danger?: boolean;
  /** The section's look where it is not a settings-like panel: a part of a hearing, a group in a form. */
  className?: string;
  children: ReactNode;
}

/** One titled part of a screen (a settings-like panel by default), named by its heading. */
export function Section({ id, heading, hint, danger = false, className = PANEL, children }: SectionProps) {
  const madeId = useId();
  const headingId = id ?? madeId;
  return (
    <section className={danger ? `${className} ${PANEL}--danger` : className} aria-labelledby={headingId}>
      <h2 className={danger ? 'subheading subheading--danger' : 'subheading'} id={headingId}>
        {heading}
      </h2>
      {hint !== undefined ? <p className="muted">{hint}</p> : null}
      {children}
    </section>
  );
}
