import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import LoyaltyScorer from '../LoyaltyScorer';
import { $clients } from '../../shared/clients';
import { $scorecards } from '../store';
import { $deleted } from '../scorecards-store';
import { startNewScorecard } from '../draft-store';
import { $savedDataNotices } from '../../shared/saved-store';
import { setToday } from '../../shared/today';

const LABELS = ['Core value', 'Surprise value', 'Personal value', 'Integrity', 'Competence', 'Delivery', 'Extra mile'];

beforeEach(() => {
  $clients.set([]);
  $scorecards.set([]);
  $deleted.set(undefined);
  $savedDataNotices.set([]);
  startNewScorecard();
  setToday('2026-04-01');
  window.history.replaceState(null, '', '/tools/loyalty-score/');
});

function field(label: string): HTMLInputElement {
  return screen.getByRole('textbox', { name: label });
}

function output(name: string): HTMLOutputElement {
  return screen.getByRole<HTMLOutputElement>('status', { name });
}

/** Lets the stores' batched updates (they re-render on the next task) reach the screen. */
async function settle(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function type(label: string, value: string): Promise<void> {
  fireEvent.input(field(label), { target: { value } });
  await settle();
}

async function setAll(values: number[]): Promise<void> {
  for (const [i, label] of LABELS.entries()) await type(label, String(values[i]));
}

function clientField(): HTMLInputElement {
  return screen.getByRole('combobox', { name: 'Client name' });
}

describe('LoyaltyScorer', () => {
  it('asks for the seven ratings in text fields with a number keyboard (so nothing typed is hidden), labelled exactly, each with a hint for 0, 5 and 10', () => {
    render(<LoyaltyScorer />);
    for (const label of LABELS) {
      const input = field(label);
      expect(input).toHaveAttribute('type', 'text');
      expect(input).toHaveAttribute('inputmode', 'decimal');
      expect(input).toHaveAccessibleDescription(/^0: .* 5: .* 10: /);
    }
    expect(clientField()).toBeInTheDocument();
    expect(screen.getByText(/whole numbers/)).toHaveTextContent('0 to 100');
  });

  it('shows the four scores in named outputs that begin with the whole number, updating as you type', async () => {
    render(<LoyaltyScorer />);
    expect(output('Loyalty score')).toHaveTextContent(/^45 out of 100$/);
    await setAll([10, 10, 10, 10, 10, 10, 0]);
    expect(output('Loyalty score')).toHaveTextContent(/^80 out of 100/);
    expect(output('Value score')).toHaveTextContent(/^100 out of 100/);
    expect(output('Trust score')).toHaveTextContent(/^100 out of 100/);
    expect(output('Extra mile score')).toHaveTextContent(/^0 out of 100/);
    expect(output('Loyalty score').tagName).toBe('OUTPUT');
  });

  it('announces the new score politely', async () => {
    render(<LoyaltyScorer />);
    await type('Core value', '9');
    const live = screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite' && /Loyalty score \d+/.test(el.textContent ?? ''));
    expect(live).toHaveTextContent(/^Loyalty score 53 out of 100: Satisfied but not loyal\./);
  });

  it('shows the band, the working, the weakest and strongest factor and next actions with a link into the guidance', async () => {
    render(<LoyaltyScorer />);
    await setAll([9, 9, 9, 3, 9, 9, 9]);
    const result = screen.getByRole('region', { name: 'Result' });
    expect(result).toHaveTextContent('Satisfied but not loyal');
    expect(result).toHaveTextContent('Trust would be 72 from its three ratings, but integrity caps it at 30.');
    expect(result).toHaveTextContent('Weakest factor: Trust (30). Strongest: Value (90).');
    expect(result).toHaveTextContent('Out of balance: 60 points');
    const actions = within(result).getAllByRole('list').find((list) => list.classList.contains('next-actions'))!;
    expect(within(actions).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(within(actions).getAllByRole('listitem')[0]).toHaveTextContent(/promise/);
    expect(within(result).getByRole('link', { name: 'Trust: integrity first, then delivery' })).toHaveAttribute('href', '/playbook/loyalty-equation/#trust-integrity-first-then-delivery');
  });

  it.each([
    ['', 'Empty'],
    ['11', 'Out of range'],
    ['2.5', 'No fractions'],
    ['-3', 'Out of range'],
    ['abc', 'Not a number'],
    ['5,5', 'No fractions'],
    ['NaN', 'Not a number'],
  ])('marks %j invalid with a message naming 0–10, and keeps the last valid score', async (text, start) => {
    render(<LoyaltyScorer />);
    await type('Delivery', '9');
    const before = output('Loyalty score').textContent;
    await type('Delivery', text);
    const input = field('Delivery');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(new RegExp(`^${start}.*from 0 to 10`));
    expect(output('Loyalty score').textContent).toBe(before);
    expect(screen.getByText(/^Waiting for a valid entry:/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|undefined|\[object Object\]/);
    await type('Delivery', '10');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Waiting for a valid entry/)).toBeNull();
  });

  it.each([' 7 ', '7,0', '7'])('reads %j as 7, as typed', async (text) => {
    render(<LoyaltyScorer />);
    await setAll([5, 5, 5, 5, 5, 5, 5]);
    const before = output('Loyalty score').textContent;
    await type('Core value', text);
    expect(field('Core value')).not.toHaveAttribute('aria-invalid');
    expect(field('Core value')).toHaveValue(text);
    expect(output('Loyalty score').textContent).not.toBe(before);
  });

  it('refuses to save without a client name, with the message tied to the field', async () => {
    render(<LoyaltyScorer />);
    fireEvent.click(screen.getByRole('button', { name: 'Save scorecard' }));
    const name = clientField();
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/Enter the client’s name/);
    expect($scorecards.get()).toEqual([]);
  });

  it('saves scorecards under the client, lists them by score, and shows the change since last time on reopening', async () => {
    render(<LoyaltyScorer />);
    const name = clientField();
    fireEvent.input(name, { target: { value: 'Acme' } });
    await settle();
    await type('Core value', '2');
    fireEvent.click(screen.getByRole('button', { name: 'Save scorecard' }));
    await screen.findByText(/Saved a scorecard for Acme: 38 out of 100/);

    setToday('2026-05-01');
    await type('Core value', '9');
    fireEvent.click(screen.getByRole('button', { name: 'Save scorecard' }));
    await screen.findByText(/Saved a scorecard for Acme: 53 out of 100/);

    fireEvent.input(name, { target: { value: 'Birch' } });
    await settle();
    await type('Core value', '10');
    fireEvent.click(screen.getByRole('button', { name: 'Save scorecard' }));
    await screen.findByText(/Saved a scorecard for Birch/);

    const saved = screen.getByRole('region', { name: 'Saved scorecards' });
    const items = within(saved).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.scorecard-name')?.textContent)).toEqual(['Birch', 'Acme', 'Acme']);
    expect(items[1]).toHaveTextContent('+15 points since 2026-04-01');

    fireEvent.click(within(saved).getByRole('button', { name: 'Reopen the scorecard for Acme from 2026-05-01' }));
    await waitFor(() => expect(name).toHaveValue('Acme'));
    expect(field('Core value')).toHaveValue('9');
    expect(screen.getByRole('region', { name: 'Result' })).toHaveTextContent('vs last time (2026-04-01, score 38): +15 points');
  });

  it('renames a client from the list, refusing an empty name', async () => {
    $clients.set([{ id: 'c1', name: 'Acme' }]);
    $scorecards.set([{ id: 's1', clientId: 'c1', savedOn: '2026-03-01', entries: { core: 5, surprise: 5, personal: 5, integrity: 5, competence: 5, delivery: 5, extraMile: 5 } }]);
    render(<LoyaltyScorer />);
    // The list replaces its empty frame once it has loaded.
    fireEvent.click(await screen.findByRole('button', { name: 'Rename the client Acme' }));
    const saved = screen.getByRole('region', { name: 'Saved scorecards' });
    const input = within(saved).getByRole('textbox', { name: 'New name for Acme' });
    fireEvent.input(input, { target: { value: '  ' } });
    fireEvent.submit(input.closest('form')!);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter the client’s name/);
    fireEvent.input(input, { target: { value: 'Acme & Sons <b>' } });
    fireEvent.submit(input.closest('form')!);
    expect(await within(saved).findByText('Acme & Sons <b>')).toBeInTheDocument();
    expect(saved.querySelector('b')).toBeNull();
  });

  it('deletes a scorecard with undo', async () => {
    $clients.set([{ id: 'c1', name: 'Acme' }]);
    $scorecards.set([{ id: 's1', clientId: 'c1', savedOn: '2026-03-01', entries: { core: 5, surprise: 5, personal: 5, integrity: 5, competence: 5, delivery: 5, extraMile: 5 } }]);
    render(<LoyaltyScorer />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the scorecard for Acme from 2026-03-01' }));
    const saved = screen.getByRole('region', { name: 'Saved scorecards' });
    expect(await within(saved).findByText(/Deleted the scorecard for Acme from 2026-03-01/)).toBeInTheDocument();
    expect(within(saved).getByText(/No saved scorecards yet/)).toBeInTheDocument();
    await waitFor(() => expect(within(saved).getByRole('button', { name: 'Undo' })).toHaveFocus());
    fireEvent.click(within(saved).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(saved).getAllByRole('listitem')).toHaveLength(1));
    expect($scorecards.get()).toHaveLength(1);
  });

  it('fills the form from a share link, ignores bad values with a notice, and tidies the address', () => {
    window.history.replaceState(null, '', '/tools/loyalty-score/?core=10&surprise=abc&delivery=12&extraMile=0&ref=mail');
    render(<LoyaltyScorer />);
    expect(field('Core value')).toHaveValue('10');
    expect(field('Extra mile')).toHaveValue('0');
    expect(field('Surprise value')).toHaveValue('5');
    expect(screen.getByText(/Ignored from the link/)).toHaveTextContent('as not a whole number from 0 to 10: Surprise value, Delivery.');
    expect(window.location.search).toBe('?ref=mail');
  });

  it('copies a link holding the ratings, and no client name', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LoyaltyScorer />);
    fireEvent.input(clientField(), { target: { value: 'Secret Client' } });
    await settle();
    await type('Integrity', '8');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    const url = new URL(writeText.mock.calls[0]![0] as string);
    expect(url.pathname).toBe('/tools/loyalty-score/');
    expect(url.searchParams.get('integrity')).toBe('8');
    expect(url.search).not.toMatch(/Secret/);
  });

  it('shows a notice instead of breaking when saved scorecards are corrupt', () => {
    $savedDataNotices.set([{ name: 'loyalty-scorecards', message: 'Your saved Loyalty-equation scorecard data could not be read, so it was set aside and a fresh start shown.' }]);
    render(<LoyaltyScorer />);
    expect(screen.getByRole('alert')).toHaveTextContent('could not be read');
    expect(output('Loyalty score')).toHaveTextContent(/^45/);
  });

  it('starts a new scorecard with every rating back at 5', async () => {
    render(<LoyaltyScorer />);
    await type('Core value', '1');
    fireEvent.click(screen.getByRole('button', { name: 'New scorecard' }));
    await settle();
    expect(field('Core value')).toHaveValue('5');
    expect(output('Loyalty score')).toHaveTextContent(/^45/);
  });
});
