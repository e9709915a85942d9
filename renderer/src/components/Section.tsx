import type { ReactNode } from 'react';

interface SectionProps {
  /** The heading's id, which names the section for assistive technology. */
  id: string;
  heading: string;
  /** One muted line under the heading saying what the section is for. */
  hint?: string;
  /** An irreversible action lives here: drawn in the danger colour. */
  danger?: boolean;
  children: ReactNode;
}

/** One titled part of a settings-like screen (Settings, Export, Headquarters), named by its heading. */
export function Section({ id, heading, hint, danger = false, children }: SectionProps) {
  return (
    <section className={danger ? 'settings-section settings-section--danger' : 'settings-section'} aria-labelledby={id}>
      <h2 className={danger ? 'subheading subheading--danger' : 'subheading'} id={id}>
        {heading}
      </h2>
      {hint !== undefined ? <p className="muted">{hint}</p> : null}
      {children}
    </section>
  );
}
