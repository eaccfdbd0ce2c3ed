/**
 * The frame of the saved-scorecards list. The list itself loads on demand (see ScorecardPanel), so the
 * frame, with its empty state, is what the page shows until then.
 */
import type { ComponentChildren } from 'preact';

/** Props of {@link SavedSection}. */
export interface SavedSectionProps {
  idPrefix: string;
  /** The list; the empty state when omitted. */
  children?: ComponentChildren;
}

/** What the list says while it is empty. */
export function NoScorecardsYet() {
  return <p>No saved scorecards yet. Give the client a name above and press “Save scorecard”.</p>;
}

/** "Saved scorecards", with its contents or the empty state. */
export default function SavedSection({ idPrefix, children }: SavedSectionProps) {
  const headingId = `${idPrefix}-saved-heading`;
  return (
    <section class="saved-scorecards no-print" aria-labelledby={headingId}>
      <h3 id={headingId}>Saved scorecards</h3>
      {children ?? <NoScorecardsYet />}
    </section>
  );
}
