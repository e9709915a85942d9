interface FieldProblemProps {
  /** Set where a control or group points at the line with aria-describedby. */
  id?: string | undefined;
  /** What is wrong; nothing is drawn while there is nothing to say. */
  text: string | undefined;
  /**
   * Said at once: for a problem that answers a button or a checkbox rather than typing, which
   * the officer would otherwise not hear until moving back to the control it describes.
   */
  alert?: boolean;
}

/** The line under a field or a group that says what is wrong with it. */
export function FieldProblem({ id, text, alert = false }: FieldProblemProps) {
  if (!text) return null;
  return (
    <p className="field__problem" id={id} role={alert ? 'alert' : undefined}>
      {text}
    </p>
  );
}
