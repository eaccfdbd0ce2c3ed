/**
 * Every reviewed client in a table sortable by status, name and date of review, with review-due flags,
 * delete with undo, CSV export and print. The CSV code (papaparse) loads only when the user exports.
 */
import { useStore } from '@nanostores/preact';
import { useId, useRef, useState } from 'preact/hooks';
import { TOLERANCE_STATUS_LABELS, TOLERANCE_STATUSES, type ReviewRow, type ReviewSortKey } from './model';
import { $today } from '../shared/today';
import {
  $reviewSort,
  $sortedReviewRows,
  deleteReview,
  restoreReview,
  sortReviewsBy,
  startReviewAgain,
  type DeletedReview,
} from './store';
import UndoBar from '../shared/UndoBar';

/** Clients per printed page (the issue asks for one printed page per 20 reviewed clients). */
export const ROWS_PER_PRINTED_PAGE = 20;

/** Props of {@link ReviewList}. */
export interface ReviewListProps {
  /** False during the static build and the first render in the browser: saved reviews are not shown yet. */
  hydrated: boolean;
  /** Called after "Review again" filled the form. */
  onReviewAgain(): void;
}

const SORT_LABELS: Record<ReviewSortKey, string> = { name: 'client', status: 'status', reviewedOn: 'date of review' };

function summarize(rows: readonly ReviewRow[]): string {
  const counts = TOLERANCE_STATUSES.map((status) => [status, rows.filter((row) => row.verdict.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .reverse()
    .map(([status, count]) => `${count} ${TOLERANCE_STATUS_LABELS[status]}`);
  const due = rows.filter((row) => row.due).length;
  const clients = rows.length === 1 ? '1 client' : `${rows.length} clients`;
  const reviews = due === 0 ? 'no review due' : due === 1 ? '1 review due' : `${due} reviews due`;
  return `${clients}: ${counts.join(', ')}; ${reviews}.`;
}

/** Lists the reviewed clients. */
export default function ReviewList({ hydrated, onReviewAgain }: ReviewListProps) {
  const id = useId();
  const allRows = useStore($sortedReviewRows);
  const sort = useStore($reviewSort);
  const [deleted, setDeleted] = useState<{ item: DeletedReview; name: string } | undefined>();
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = hydrated ? allRows : [];

  function remove(row: ReviewRow) {
    const item = deleteReview(row.id);
    if (!item) return;
    setDeleted({ item, name: row.clientName });
    setStatus('');
    // The row and its button are gone: keep the keyboard user in the list rather than at the top of the page.
    headingRef.current?.focus();
  }

  function undo() {
    if (!deleted) return;
    const restored = restoreReview(deleted.item);
    setStatus(restored ? `Restored the review of ${deleted.name}.` : `${deleted.name} has been reviewed again since, so the older review stays deleted.`);
    setDeleted(undefined);
  }

  function reviewAgain(row: ReviewRow) {
    if (startReviewAgain(row.id, $today.get())) onReviewAgain();
  }

  async function exportCsv() {
    const { CSV_BYTE_ORDER_MARK, formatReviewsCsv, nameReviewsCsvFile } = await import('./csv');
    const fileName = nameReviewsCsvFile($today.get());
    const blob = new Blob([CSV_BYTE_ORDER_MARK + formatReviewsCsv($sortedReviewRows.get())], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: some browsers read the blob only after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(`Exported ${allRows.length === 1 ? '1 client' : `${allRows.length} clients`} to ${fileName}.`);
  }

  function renderSortHeader(key: ReviewSortKey, label: string) {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? sort.direction : undefined}>
        <button type="button" class="tr-sort" onClick={() => sortReviewsBy(key)}>
          {label}
          <span aria-hidden="true" class="tr-sort-mark">
            {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
          </span>
        </button>
      </th>
    );
  }

  return (
    <section class="tr-list" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Reviewed clients
      </h2>
      {rows.length === 0 ? (
        <p>No clients reviewed yet. Each review you save appears here, kept in this browser only.</p>
      ) : (
        <>
          <p>{summarize(rows)} A review falls due 90 days after the last one.</p>
          <div class="tr-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <table class="tr-table">
              <caption id={`${id}-caption`}>
                Reviewed clients, sorted by {SORT_LABELS[sort.key]} ({sort.direction})
              </caption>
              <thead>
                <tr>
                  {renderSortHeader('name', 'Client')}
                  {renderSortHeader('status', 'Status')}
                  {renderSortHeader('reviewedOn', 'Date of review')}
                  <th scope="col">Next review</th>
                  <th scope="col" class="no-print">
                    Actions
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={row.id} class={(index + 1) % ROWS_PER_PRINTED_PAGE === 0 ? 'tr-page-end' : undefined}>
                    <th scope="row" class="tr-name">
                      {row.clientName}
                    </th>
                    <td>
                      <span class={`tr-status tr-status-${row.verdict.status}`}>{TOLERANCE_STATUS_LABELS[row.verdict.status]}</span>
                    </td>
                    <td>
                      <time dateTime={row.reviewedOn}>{row.reviewedOn}</time>
                    </td>
                    <td>
                      {row.due ? (
                        <strong class="tr-due">
                          Due since <time dateTime={row.dueOn}>{row.dueOn}</time>
                        </strong>
                      ) : (
                        <time dateTime={row.dueOn}>{row.dueOn}</time>
                      )}
                    </td>
                    <td class="no-print">
                      <div class="tr-actions">
                        <button type="button" class="secondary" aria-label={`Review again: ${row.clientName}`} onClick={() => reviewAgain(row)}>
                          Review again
                        </button>
                        <button type="button" class="danger" aria-label={`Delete: ${row.clientName}`} onClick={() => remove(row)}>
                          Delete
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="button-row no-print">
            <button type="button" onClick={exportCsv}>
              Export to CSV
            </button>
            <button type="button" class="secondary" onClick={() => window.print()}>
              Print the list
            </button>
          </div>
        </>
      )}
      {deleted && <UndoBar message={`Deleted the review of ${deleted.name}.`} onUndo={undo} onDismiss={() => setDeleted(undefined)} />}
      <p role="status" class="tr-list-status no-print">
        {status}
      </p>
    </section>
  );
}
