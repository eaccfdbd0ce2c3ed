/**
 * The header's search dialog: a modal panel opened by the Search link, `/` or Ctrl/Cmd+K.
 * Loaded on first use only. Browser-only.
 */
import { attachSearchPanel, type SearchPanel } from './search-panel';

let panel: SearchPanel | undefined;

/** Opens the search dialog and puts the cursor in its field. */
export function openSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  if (!panel) {
    panel = attachSearchPanel(dialog);
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop lands on the dialog element itself.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  if (!dialog.open) dialog.showModal();
  panel.input.focus();
  panel.input.select();
}
