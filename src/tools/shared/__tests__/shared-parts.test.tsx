import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RecordStamp from '../RecordStamp';
import SavedDataNotices from '../SavedDataNotices';
import UndoBar from '../UndoBar';
import CopyLinkButton from '../CopyLinkButton';
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

describe('CopyLinkButton', () => {
  it('says the link was copied, and stops saying so once what the link carries changes', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { rerender } = render(<CopyLinkButton buildUrl={() => 'https://example.test/?a=1'} linkedState="a=1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByText(/Link copied/)).toBeInTheDocument());
    rerender(<CopyLinkButton buildUrl={() => 'https://example.test/?a=1'} linkedState="a=1" />);
    expect(screen.getByText(/Link copied/)).toBeInTheDocument();
    rerender(<CopyLinkButton buildUrl={() => 'https://example.test/?a=2'} linkedState="a=2" />);
    await waitFor(() => expect(screen.queryByText(/Link copied/)).not.toBeInTheDocument());
    expect(writeText).toHaveBeenCalledWith('https://example.test/?a=1');
  });
});

describe('RecordStamp', () => {
  afterEach(() => vi.useRealTimers());

  it('heads a printed record with the client and the day, on paper only, and not in the server HTML', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 10));
    // The build's day is not the reader's: the server renders nothing.
    expect(renderToString(<RecordStamp client="Acme" />)).toBe('');
    const { container, rerender } = render(<RecordStamp client="  Acme & Sons <Ltd> " />);
    const stamp = container.querySelector('.record-stamp')!;
    expect(stamp).toHaveClass('print-only');
    expect(stamp).toHaveTextContent('Client: Acme & Sons <Ltd> · Printed Tue 10 Mar 2026');
    rerender(<RecordStamp client=" " />);
    expect(container.querySelector('.record-stamp')).toHaveTextContent(/^Printed Tue 10 Mar 2026$/);
  });
});
