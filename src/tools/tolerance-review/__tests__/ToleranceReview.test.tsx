import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { WritableAtom } from 'nanostores';
import Papa from 'papaparse';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ToleranceReview from '../ToleranceReview';
import { $clients, addClient } from '../../shared/clients';
import { $latestScoreByClient, type LatestClientScore } from '../../loyalty-score/public';
import { setToday } from '../../shared/today';
import { $draft, $draftErrors, $reviews, $reviewSort, createEmptyDraft } from '../store';

const TODAY = '2026-06-01';
const setScores = (value: Record<string, LatestClientScore>) =>
  ($latestScoreByClient as WritableAtom<Record<string, LatestClientScore>>).set(value);

beforeEach(() => {
  setToday(TODAY);
  $reviews.set([]);
  $clients.set([]);
  setScores({});
  $draft.set(createEmptyDraft());
  $draftErrors.set({});
  $reviewSort.set({ key: 'status', direction: 'descending' });
});

afterEach(() => vi.restoreAllMocks());

/** Lets islands catch up: @nanostores/preact re-renders on a timer after a store changes. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function choose(group: string, option: string) {
  fireEvent.click(within(screen.getByRole('group', { name: group })).getByRole('radio', { name: option }));
  await settle();
}

async function tick(element: HTMLElement) {
  fireEvent.click(element);
  await settle();
}

async function fillReview(name: string, date?: string) {
  fireEvent.input(screen.getByLabelText('Client name'), { target: { value: name } });
  if (date) fireEvent.input(screen.getByLabelText('Date of the review'), { target: { value: date } });
  await settle();
}

const status = () => screen.getByRole('status', { name: 'Tolerance status' });
const tableRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole(/cell|rowheader/).slice(0, 4).map((cell) => cell.textContent));

describe('ToleranceReview', () => {
  it('renders on the server as an empty, undated form and an empty list, whatever this device saved', () => {
    $reviews.set([
      { id: 'r', clientId: 'c', reviewedOn: '2026-01-01', strengthFrom: 'asked', answers: { ...createEmptyDraft(), strength: 'weak' } as never },
    ]);
    const html = renderToString(<ToleranceReview />);
    expect(html).toContain('Review a client');
    expect(html).toContain('No clients reviewed yet');
    expect(html).toContain('Not known yet');
    expect(html).not.toContain(TODAY);
    expect(html).not.toMatch(/NaN|undefined|\[object/);
  });

  it('dates the form today once it runs in the browser', () => {
    render(<ToleranceReview />);
    expect(screen.getByLabelText('Date of the review')).toHaveValue(TODAY);
  });

  it('names a radio group after each touchpoint the guidance names, with the four answers', () => {
    render(<ToleranceReview />);
    for (const touchpoint of ['Service', 'Sales', 'Leadership', 'Billing and price', 'Product or work quality', 'Marketing']) {
      const radios = within(screen.getByRole('group', { name: touchpoint })).getAllByRole('radio');
      expect(radios.map((radio) => radio.closest('label')!.textContent.trim())).toEqual(['Better than expected', 'As expected', 'Below expected', 'No contact']);
    }
    expect(within(screen.getByRole('group', { name: 'Price sensitivity' })).getAllByRole('radio')).toHaveLength(3);
    for (const pressure of ['A change of contact on your side', 'New staff on their account', 'A recent failure']) {
      expect(screen.getByRole('checkbox', { name: pressure })).not.toBeChecked();
    }
  });

  it('shows the verdict in an output named Tolerance status, with reasons and recovery steps, as answers change', async () => {
    render(<ToleranceReview />);
    expect(status()).toHaveTextContent('Not known yet');
    await choose('Relationship strength', 'Strong');
    expect(status()).toHaveTextContent('Inside');
    expect(status().tagName).toBe('OUTPUT');
    await choose('Relationship strength', 'Weak');
    await choose('Billing and price', 'Below expected');
    expect(status()).toHaveTextContent('Near the edge');
    await tick(screen.getByRole('checkbox', { name: 'A recent failure' }));
    expect(status()).toHaveTextContent('Outside');
    expect(screen.getByText('A recent failure: uses 2 points')).toBeInTheDocument();
    expect(screen.getByText('Billing and price fell below expectation: uses 2 points')).toBeInTheDocument();
    const steps = within(screen.getByRole('heading', { name: 'What to do' }).nextElementSibling as HTMLElement).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      expect.stringMatching(/^Act today/),
      expect.stringMatching(/most senior person/),
      expect.stringMatching(/root cause of each problem \(the recent failure; billing and price below expectation\)/),
      expect.stringMatching(/handwritten note/),
    ]);
    const meter = document.querySelector('meter')!;
    expect(meter).toHaveAccessibleName('Zone used');
    expect(meter).toHaveAttribute('value', '4');
    expect(meter).toHaveAttribute('max', '4');
  });

  it('puts messages next to the fields it refuses, saves nothing and moves focus to the first', async () => {
    render(<ToleranceReview />);
    fireEvent.input(screen.getByLabelText('Date of the review'), { target: { value: '2026-06-09' } });
    await tick(screen.getByRole('button', { name: 'Save review' }));
    const name = screen.getByLabelText('Client name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Enter the client’s name\./);
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Date of the review')).toHaveAccessibleDescription('A review cannot be dated after today.');
    expect(screen.getByRole('group', { name: 'Relationship strength' })).toHaveAccessibleDescription(/Choose how strong the relationship is\./);
    for (const radio of within(screen.getByRole('group', { name: 'Relationship strength' })).getAllByRole('radio')) {
      expect(radio).toHaveAttribute('aria-invalid', 'true');
    }
    expect($reviews.get()).toEqual([]);
  });

  it('saves a review into the list and starts a fresh form', async () => {
    render(<ToleranceReview />);
    await fillReview('Acme Ltd', '2026-05-20');
    await choose('Relationship strength', 'Weak');
    await choose('Service', 'Below expected');
    await tick(screen.getByRole('checkbox', { name: 'A recent failure' }));
    await tick(screen.getByRole('button', { name: 'Save review' }));
    expect(screen.getByText('Saved the review of Acme Ltd: Outside.')).toBeInTheDocument();
    expect(tableRows()).toEqual([['Acme Ltd', 'Outside', '2026-05-20', '2026-08-18']]);
    expect(screen.getByLabelText('Client name')).toHaveValue('');
    expect(status()).toHaveTextContent('Not known yet');
    expect(screen.getByText(/1 client: 1 Outside; no review due\./)).toBeInTheDocument();
  });

  it('offers known clients, and takes the strength from a saved loyalty score instead of asking', async () => {
    const added = addClient('Globex');
    if (!added.ok) throw new Error('not added');
    setScores({ [added.client.id]: { clientId: added.client.id, score: 35, savedOn: '2026-05-02' } });
    const { container } = render(<ToleranceReview />);
    expect([...container.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual(['Globex']);
    await fillReview('globex');
    expect(screen.queryByRole('group', { name: 'Relationship strength' })).toBeNull();
    expect(screen.getByText(/Weak, from the loyalty score of 35 saved on/)).toBeInTheDocument();
    expect(status()).toHaveTextContent('Inside');
  });

  it('sorts by status, name and date of review, saying which way', async () => {
    $clients.set([
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Bravo' },
    ]);
    const answers = { ...createEmptyDraft(), strength: 'strong' as const };
    const { clientName: _n, reviewedOn: _d, ...base } = answers;
    $reviews.set([
      { id: '1', clientId: 'a', reviewedOn: '2026-05-01', strengthFrom: 'asked', answers: { ...base, strength: 'strong' } },
      { id: '2', clientId: 'b', reviewedOn: '2026-04-01', strengthFrom: 'asked', answers: { ...base, strength: 'weak', recentFailure: true, newStaff: true, contactChange: true } },
    ]);
    render(<ToleranceReview />);
    expect(tableRows().map((row) => row[0])).toEqual(['Bravo', 'Alpha']);
    expect(screen.getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'descending');
    fireEvent.click(screen.getByRole('button', { name: /^Client/ }));
    await waitFor(() => expect(tableRows().map((row) => row[0])).toEqual(['Alpha', 'Bravo']));
    expect(screen.getByRole('columnheader', { name: /Client/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Status/ })).not.toHaveAttribute('aria-sort');
    fireEvent.click(screen.getByRole('button', { name: /^Date of review/ }));
    await waitFor(() => expect(tableRows().map((row) => row[0])).toEqual(['Bravo', 'Alpha']));
    fireEvent.click(screen.getByRole('button', { name: /^Date of review/ }));
    await waitFor(() => expect(tableRows().map((row) => row[0])).toEqual(['Alpha', 'Bravo']));
    expect(screen.getByRole('table', { name: /sorted by date of review \(descending\)/ })).toBeInTheDocument();
  });

  it('flags a review as due 90 days after it was done', () => {
    $clients.set([{ id: 'a', name: 'Alpha' }]);
    const { clientName: _n, reviewedOn: _d, ...base } = createEmptyDraft();
    $reviews.set([{ id: '1', clientId: 'a', reviewedOn: '2026-03-03', strengthFrom: 'asked', answers: { ...base, strength: 'strong' } }]);
    render(<ToleranceReview />);
    expect(tableRows()[0]![3]).toBe('Due since 2026-06-01');
  });

  it('deletes with undo', async () => {
    $clients.set([{ id: 'a', name: 'Alpha' }]);
    const { clientName: _n, reviewedOn: _d, ...base } = createEmptyDraft();
    $reviews.set([{ id: '1', clientId: 'a', reviewedOn: '2026-05-03', strengthFrom: 'asked', answers: { ...base, strength: 'strong' } }]);
    render(<ToleranceReview />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete: Alpha' }));
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
    expect(screen.getByText('Deleted the review of Alpha.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Reviewed clients' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(tableRows().map((row) => row[0])).toEqual(['Alpha']));
    expect(screen.getByText('Restored the review of Alpha.')).toBeInTheDocument();
  });

  it('reopens a client to review again', async () => {
    $clients.set([{ id: 'a', name: 'Alpha' }]);
    const { clientName: _n, reviewedOn: _d, ...base } = createEmptyDraft();
    $reviews.set([{ id: '1', clientId: 'a', reviewedOn: '2026-01-03', strengthFrom: 'asked', answers: { ...base, newStaff: true, strength: 'moderate' } }]);
    render(<ToleranceReview />);
    Element.prototype.scrollIntoView = vi.fn();
    fireEvent.click(screen.getByRole('button', { name: 'Review again: Alpha' }));
    await waitFor(() => expect(screen.getByLabelText('Client name')).toHaveValue('Alpha'));
    expect(screen.getByLabelText('Client name')).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'New staff on their account' })).toBeChecked();
    expect(screen.getByLabelText('Date of the review')).toHaveValue(TODAY);
  });

  it('shows names typed as markup as plain text', async () => {
    render(<ToleranceReview />);
    await fillReview('<img src=x onerror=alert(1)>');
    await choose('Relationship strength', 'Moderate');
    fireEvent.click(screen.getByRole('button', { name: 'Save review' }));
    await waitFor(() => expect(tableRows()[0]![0]).toBe('<img src=x onerror=alert(1)>'));
    expect(document.querySelector('table img')).toBeNull();
  });

  it('exports the list, in its order, as a CSV file that parses back to the same rows', async () => {
    $clients.set([
      { id: 'a', name: 'Alpha, "the first"' },
      { id: 'b', name: '=cmd|calc' },
    ]);
    const { clientName: _n, reviewedOn: _d, ...base } = createEmptyDraft();
    $reviews.set([
      { id: '1', clientId: 'a', reviewedOn: '2026-05-01', strengthFrom: 'asked', answers: { ...base, strength: 'strong' } },
      { id: '2', clientId: 'b', reviewedOn: '2026-04-01', strengthFrom: 'asked', answers: { ...base, strength: 'weak', recentFailure: true, newStaff: true } },
    ]);
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe(`tolerance-review-${TODAY}.csv`);
    });
    render(<ToleranceReview />);
    fireEvent.click(screen.getByRole('button', { name: 'Export to CSV' }));
    await waitFor(() => expect(screen.getByText(`Exported 2 clients to tolerance-review-${TODAY}.csv.`)).toBeInTheDocument());
    expect(click).toHaveBeenCalledOnce();
    expect([...new Uint8Array(await blob!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blob!.text();
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ["'=cmd|calc", '2026-04-01', 'Outside'],
      ['Alpha, "the first"', '2026-05-01', 'Inside'],
    ]);
  });
});
