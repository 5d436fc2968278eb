import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/**
 * Small parts every screen uses, as components (the hand-built screens have the same in dom.ts:
 * `labelled`, `swatch`).
 */

/** What a field's control must carry: the id its label names, and the hint that describes it. */
interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

interface FieldProps {
  label: string;
  hint?: string | undefined;
  /** The control's id, when something else must find it (a link, a test); else one is made. */
  id?: string | undefined;
  /** Why what is written is wrong, said under the hint (`<id>-problem`); the control is then marked invalid. */
  problem?: string | null | undefined;
  /** Draws the control with the props that tie it to its label and hint. */
  children: (control: ControlProps) => ComponentChildren;
}

/**
 * A labelled control: the label's `for` names the control, so clicking the label and screen
 * readers work, and a hint, if any, describes it.
 *
 * ```tsx
 * <Field label={t('ui.join.team-name')} hint={t('ui.join.team-name-hint')}>
 *   {(control) => <input {...control} type="text" value={name} onInput={...} />}
 * </Field>
 * ```
 */
export function Field({ label, hint, id, problem, children }: FieldProps) {
  const made = useId();
  const controlId = id ?? `field-${made}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const problemId = problem ? `${controlId}-problem` : undefined;
  const described = [hintId, problemId].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={controlId}>{label}</label>
      {children({
        id: controlId,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(problem ? { 'aria-invalid': 'true' as const } : {}),
      })}
      {hint ? (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p class="warning" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A colour chip. Preact sets a `style` object property by property through the CSSOM, which the
 * strict Content-Security-Policy allows (unlike a style attribute). Colour is never the only
 * signal: a name always goes beside it.
 */
export function Swatch({ color }: { color: string }) {
  return <span class="swatch" aria-hidden="true" style={{ backgroundColor: color }} />;
}
