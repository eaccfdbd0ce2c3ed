/**
 * "Your data": export everything to one file, import a file (checked first, then Replace or Merge after a
 * preview), and delete everything (asked once, then Undo until the page is left).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  $lastChange,
  $pendingImport,
  applyImport,
  cancelImport,
  deleteAllData,
  dismissLastChange,
  exportData,
  previewImportFile,
  undoLastChange,
  type ExportFile,
} from './store';
import UndoBar from '../shared/UndoBar';

/** Added to every refusal: the user's first worry is what happened to their data. */
const NOTHING_CHANGED = 'Nothing in this browser was changed.';

/** Hands a file to the browser's downloads. */
function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function ImportPreview({ onDone }: { onDone(message: string): void }) {
  const pending = useStore($pendingImport);
  const [error, setError] = useState<string | undefined>(undefined);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [pending]);

  if (!pending) return null;

  async function choose(mode: 'replace' | 'merge') {
    const result = await applyImport(mode);
    if (result.ok) onDone('');
    else setError(result.message);
  }

  return (
    <div class="plan-preview" role="group" aria-labelledby="plan-preview-title">
      <h3 id="plan-preview-title" tabIndex={-1} ref={headingRef}>
        Import {pending.fileName}?
      </h3>
      <p>
        The file was exported on {new Date(pending.backup.exportedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.
        It holds:
      </p>
      <table class="plan-table">
        <thead>
          <tr>
            <th scope="col">Tool</th>
            <th scope="col">In the file</th>
            <th scope="col">In this browser</th>
          </tr>
        </thead>
        <tbody>
          {pending.rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.label}</th>
              <td>{row.inFile}</td>
              <td>{row.inBrowser}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="field-hint">
        <strong>Replace</strong> makes this browser hold exactly what the file holds. <strong>Merge</strong> keeps everything here
        and adds what the file has that this browser lacks. Either can be undone until you leave this page.
      </p>
      <div class="button-row">
        <button type="button" onClick={() => choose('replace')}>
          Replace my data
        </button>
        <button type="button" onClick={() => choose('merge')}>
          Merge with my data
        </button>
        <button type="button" class="secondary" onClick={() => onDone('Import cancelled. ' + NOTHING_CHANGED)}>
          Cancel
        </button>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Props of {@link DataControls}. */
export interface DataControlsProps {
  /** False until the island runs in the browser: the buttons need it. */
  ready: boolean;
}

/** The export, import and delete controls. */
export default function DataControls({ ready }: DataControlsProps) {
  const lastChange = useStore($lastChange);
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState<string | undefined>(undefined);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirmingDelete) confirmRef.current?.focus();
  }, [confirmingDelete]);

  async function runExport() {
    setBusy(true);
    const result = await exportData(new Date());
    setBusy(false);
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    downloadFile(result.file);
    setStatus(`Exported your data as ${result.file.fileName}. Keep the file somewhere safe: it is the only copy outside this browser.`);
  }

  async function readChosenFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    setStatus('');
    setImportError(undefined);
    if (!file) return;
    setBusy(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setBusy(false);
      setImportError(`This file could not be read. ${NOTHING_CHANGED}`);
      return;
    }
    const result = await previewImportFile(file.name, text);
    setBusy(false);
    // Cleared so that choosing the same file again (after Cancel) reads it again.
    input.value = '';
    if (!result.ok) setImportError(`${result.message} ${NOTHING_CHANGED}`);
  }

  function finishImport(message: string) {
    if (message) {
      cancelImport();
      setStatus(message);
    }
    fileRef.current?.focus();
  }

  async function confirmDelete() {
    setBusy(true);
    const result = await deleteAllData();
    setBusy(false);
    setConfirmingDelete(false);
    if (!result.ok) setStatus(result.message);
  }

  async function undo() {
    const result = await undoLastChange();
    setStatus(result.message);
  }

  const disabled = !ready || busy;
  return (
    <section class="plan-section plan-data no-print" aria-labelledby="plan-data-title">
      <h2 id="plan-data-title">Your data</h2>
      <p>Everything the tools save stays in this browser. Keep a copy, move it to another device, or delete it.</p>

      <div class="plan-data-block" id="plan-export">
        <h3>Export</h3>
        <p class="field-hint">One file with every tool’s data, to keep as a backup or import on another device.</p>
        <button type="button" onClick={runExport} disabled={disabled}>
          Export my data
        </button>
      </div>

      <div class="plan-data-block">
        <h3>Import</h3>
        <div class="field">
          <label for="plan-import-file">Choose an exported file</label>
          <span id="plan-import-hint" class="field-hint">
            The file is checked before anything changes; you then choose to replace or merge.
          </span>
          <input
            id="plan-import-file"
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            disabled={disabled}
            aria-invalid={importError ? 'true' : undefined}
            aria-describedby={importError ? 'plan-import-hint plan-import-error' : 'plan-import-hint'}
            onChange={(event) => readChosenFile(event.currentTarget)}
          />
          {importError && (
            <p id="plan-import-error" class="field-error" role="alert">
              {importError}
            </p>
          )}
        </div>
        <ImportPreview onDone={finishImport} />
      </div>

      <div class="plan-data-block">
        <h3>Delete</h3>
        {confirmingDelete ? (
          <div class="notice notice-warning" role="group" aria-labelledby="plan-delete-question">
            <p id="plan-delete-question">
              Delete everything every tool has saved in this browser, including your client list? You can undo this until you
              leave the page.
            </p>
            <div class="button-row">
              <button type="button" class="danger confirm" ref={confirmRef} onClick={confirmDelete} disabled={busy}>
                Yes, delete everything
              </button>
              <button type="button" class="secondary" onClick={() => setConfirmingDelete(false)}>
                Keep my data
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirmingDelete(true)} disabled={disabled}>
            Delete all my data
          </button>
        )}
      </div>

      {lastChange && lastChange.kind !== 'delete-client' && (
        <UndoBar message={lastChange.message} onUndo={undo} onDismiss={dismissLastChange} />
      )}
      <p class="plan-status" role="status">
        {status}
      </p>
    </section>
  );
}
