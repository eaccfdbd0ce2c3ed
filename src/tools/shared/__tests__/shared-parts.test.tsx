import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import SavedDataNotices from '../SavedDataNotices';
import UndoBar from '../UndoBar';
import { $savedDataNotices } from '../saved-store';

describe('SavedDataNotices', () => {
  it('shows only the notices of the stores it is given, and dismisses them', async () => {
    $savedDataNotices.set([
      { name: 'loyalty-score', message: 'Your saved scorer data could not be read.' },
      { name: 'weekly-checklist', message: 'Your saved checklist data could not be read.' },
    ]);
    render(<SavedDataNotices names={['loyalty-score']} />);
    expect(screen.getByRole('alert')).toHaveTextContent('scorer data');
    expect(screen.queryByText(/checklist data/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect($savedDataNotices.get().map((n) => n.name)).toEqual(['weekly-checklist']);
  });
});

describe('UndoBar', () => {
  it('announces what happened and calls back on Undo', () => {
    const onUndo = vi.fn();
    render(<UndoBar message="Deleted the scorecard for Acme." onUndo={onUndo} onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('Deleted the scorecard for Acme.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
  });
});
