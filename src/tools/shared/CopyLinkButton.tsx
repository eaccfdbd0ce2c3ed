/**
 * "Copy link": puts a shareable address on the clipboard and says so. Where the clipboard is not
 * available (older browsers, insecure origins) it shows the link in a field to copy by hand.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Props of {@link CopyLinkButton}. */
export interface CopyLinkButtonProps {
  /** Builds the address to share, at the moment of the click. */
  buildUrl(): string;
  /** Button text; defaults to "Copy link". */
  label?: string;
  /**
   * What the link carries, as text (for example its query). When it changes after a copy, "Link copied"
   * goes away: the copied link holds the old values.
   */
  linkedState?: string;
  /** What the confirmation says once the link is on the clipboard. */
  copiedText?: string;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** A button that copies a link, with a polite confirmation. */
export default function CopyLinkButton({
  buildUrl,
  label = 'Copy link',
  copiedText = 'Link copied. Anyone who opens it sees these answers.',
  linkedState,
}: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const copiedState = useRef(linkedState);

  useEffect(() => {
    if (linkedState !== copiedState.current) setState({ kind: 'idle' });
  }, [linkedState]);

  async function copy() {
    const url = buildUrl();
    copiedState.current = linkedState;
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
    }
  }

  return (
    <span class="copy-link no-print">
      <button type="button" class="secondary" onClick={copy}>
        {label}
      </button>
      <span role="status">
        {state.kind === 'copied' && ` ${copiedText}`}
      </span>
      {state.kind === 'manual' && (
        <label class="field">
          <span class="field-hint">Copy this link:</span>
          <input type="text" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </span>
  );
}
