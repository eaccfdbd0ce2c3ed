import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import LadderQuiz from '../LadderQuiz';
import { ANSWER_LABELS, LADDER_STEPS, STATEMENT_IDS, type AnswerLevel } from '../model';
import { $ladderQuiz } from '../store';
import { $savedDataNotices } from '../../shared/saved-store';
import { setToday } from '../../shared/today';

const PAGE = '/tools/ladder-quiz/';

beforeEach(() => {
  $ladderQuiz.set({ answers: {}, history: [] });
  $savedDataNotices.set([]);
  setToday('2026-03-10');
  window.history.replaceState(null, '', PAGE);
});

/** Lets the island re-render: @nanostores/preact batches store updates in a timer. */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/**
 * Clicks one answer for every statement of a step. (It finds groups by their text rather than by role
 * and name, which is slow in jsdom; the first test checks the roles and names.)
 */
async function answerStep(stepNumber: number, level: AnswerLevel) {
  const step = LADDER_STEPS[stepNumber - 1]!;
  for (const statement of step.statements) {
    // The statement as the form asks it (the print-only list of answers repeats its text).
    const group = screen.getByText(statement.text, { selector: '.ladder-statement-text' }).closest<HTMLElement>('[role="radiogroup"]')!;
    fireEvent.click(within(group).getByLabelText(ANSWER_LABELS[level]));
  }
  await settle();
}

async function answerAll(level: AnswerLevel) {
  for (const step of LADDER_STEPS) await answerStep(step.number, level);
}

const ladderStep = () => screen.getByRole('status', { name: 'Ladder step' });

describe('LadderQuiz', () => {
  it('asks five steps in order, each a fieldset of three statements with four answers', () => {
    render(<LadderQuiz />);
    const legends = screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent);
    expect(legends).toEqual([
      'Step 1: The basics',
      'Step 2: Great service',
      'Step 3: Loyalty begins',
      'Step 4: Beyond expectations',
      'Step 5: Partnership',
    ]);
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(15);
    for (const group of groups) {
      expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
        'Not yet',
        'Sometimes',
        'Mostly',
        'Always',
      ]);
    }
    expect(screen.getByRole('radiogroup', { name: LADDER_STEPS[0]!.statements[0]!.text })).toBeInTheDocument();
  });

  it('says how many statements remain instead of guessing', async () => {
    render(<LadderQuiz />);
    expect(ladderStep()).toHaveTextContent('15 of 15 statements still to answer');
    await answerStep(1, 'always');
    await answerStep(2, 'always');
    expect(ladderStep()).toHaveTextContent('9 of 15 statements still to answer');
    expect(screen.queryByText(/Next actions/)).toBeNull();
  });

  it('places all "Always" on step 5 of 5, with actions to stay at the top', async () => {
    render(<LadderQuiz />);
    await answerAll('always');
    expect(ladderStep()).toHaveTextContent('Step 5 of 5: Partnership');
    expect(screen.getByRole('heading', { name: 'Actions to stay at the top' })).toBeInTheDocument();
    expect(screen.queryByText(/Slip warning/)).toBeNull();
  });

  it('keeps a business on step 1 when step 2 is not held, and warns of the slip from steps 3 to 5', async () => {
    render(<LadderQuiz />);
    await answerAll('always');
    await answerStep(2, 'sometimes');
    expect(ladderStep()).toHaveTextContent('Step 1 of 5: The basics');
    expect(screen.getByText(/Slip warning/).closest('p')).toHaveTextContent('you hold steps 3, 4 and 5, but step 2 is not held');
    const blockers = screen.getByRole('heading', { name: 'What keeps you from step 2: Great service' });
    const list = blockers.nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(list).toHaveTextContent(LADDER_STEPS[1]!.statements[0]!.text);
    expect(list).toHaveTextContent('You answered: Sometimes.');
  });

  it('says a business is not yet on the ladder when step 1 is not held, and starts it at the basics', async () => {
    render(<LadderQuiz />);
    await answerAll('mostly');
    const first = screen.getByRole('radiogroup', { name: LADDER_STEPS[0]!.statements[2]!.text });
    fireEvent.click(within(first).getByRole('radio', { name: 'Not yet' }));
    await settle();
    expect(ladderStep()).toHaveTextContent('Not yet on the ladder');
    expect(screen.getByText(/the climb starts at the basics/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What keeps you from step 1: The basics' })).toBeInTheDocument();
  });

  it('draws a bar per step and says whether each is held', async () => {
    render(<LadderQuiz />);
    await answerAll('always');
    await answerStep(4, 'sometimes');
    const bars = document.querySelectorAll('.ladder-bars li');
    expect([...bars].map((li) => li.querySelector('.ladder-bar-status')?.textContent)).toEqual([
      'Held, average 3 of 3',
      'Held, average 3 of 3',
      'Held, average 3 of 3',
      'Not held, average 1 of 3',
      'Held, average 3 of 3',
    ]);
    expect(bars[3]!.querySelector('.ladder-bar-fill')?.getAttribute('width')).toBe('33');
  });

  it('offers three next actions linking into the guidance under the base path', async () => {
    render(<LadderQuiz />);
    await answerAll('always');
    await answerStep(3, 'sometimes');
    const actions = screen.getByRole('heading', { name: 'Next actions' }).nextElementSibling as HTMLElement;
    const links = within(actions).getAllByRole('link');
    expect(links).toHaveLength(3);
    for (const link of links) expect(link.getAttribute('href')).toMatch(new RegExp(`^${import.meta.env.BASE_URL}(playbook|tools)/`));
    expect(screen.getByText(/18 to 24 months/)).toBeInTheDocument();
  });

  it('keeps the result of a completed quiz with its date and charts it', async () => {
    render(<LadderQuiz />);
    expect(screen.queryByRole('img', { name: /Step reached by date/ })).toBeNull();
    await answerAll('always');
    expect($ladderQuiz.get().history).toEqual([{ date: '2026-03-10', stepNumber: 5 }]);
    const chart = await screen.findByRole('img', { name: /Step reached by date/ });
    expect(chart).toHaveAccessibleName(/One result, on 10 Mar 2026: Step 5 of 5: Partnership/);
    expect(chart.querySelectorAll('circle')).toHaveLength(1);
    expect(chart.querySelector('[style]')).toBeNull();
    expect(screen.getByRole('table')).toHaveTextContent('10 Mar 2026');
  });

  it('shows answers saved earlier', async () => {
    $ladderQuiz.set({ answers: { [STATEMENT_IDS[0]]: 'mostly' }, history: [] });
    render(<LadderQuiz />);
    await settle();
    const group = screen.getByRole('radiogroup', { name: LADDER_STEPS[0]!.statements[0]!.text });
    expect(within(group).getByRole('radio', { name: 'Mostly' })).toBeChecked();
    expect(ladderStep()).toHaveTextContent('14 of 15');
  });

  it('renders on the server as an empty quiz, whatever this browser saved, so hydration matches', () => {
    $ladderQuiz.set({ answers: Object.fromEntries(STATEMENT_IDS.map((id) => [id, 'always'])), history: [{ date: '2026-01-01', stepNumber: 5 }] });
    const html = renderToString(<LadderQuiz />);
    expect(html).not.toContain('checked');
    expect(html).toContain('15 of 15 statements still to answer');
    expect(html).not.toContain('Your climb so far');
    expect(html).not.toMatch(/NaN|undefined|\[object Object\]/);
  });

  it('starts again, keeping past results, and undoes that', async () => {
    render(<LadderQuiz />);
    await answerAll('always');
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await settle();
    expect(ladderStep()).toHaveTextContent('15 of 15');
    expect($ladderQuiz.get().history).toHaveLength(1);
    expect(screen.getByText(/Cleared your answers/).closest('[role="status"]')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle();
    expect(ladderStep()).toHaveTextContent('Step 5 of 5: Partnership');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('copies a link that carries the answers', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<LadderQuiz />);
    await answerAll('always');
    await answerStep(2, 'not-yet');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    const url = new URL(writeText.mock.calls[0]![0] as string);
    expect(url.pathname).toBe(PAGE);
    expect(url.searchParams.get('answers')).toBe('aaa.nnn.aaa.aaa.aaa');
  });

  it('opens a link over saved answers as a preview beside them, replacing them only when asked, with undo', async () => {
    $ladderQuiz.set({ answers: { [STATEMENT_IDS[0]]: 'sometimes' }, history: [] });
    window.history.replaceState(null, '', `${PAGE}?answers=aaa.nnn.aaa.aaa.aaa`);
    render(<LadderQuiz />);
    const preview = await screen.findByRole('region', { name: 'Answers from the link you opened' });
    expect(window.location.search).toBe('');
    // Nothing replaced yet: the saved answers stand, the link's sit beside them.
    expect($ladderQuiz.get().answers).toEqual({ [STATEMENT_IDS[0]]: 'sometimes' });
    expect(preview).toHaveTextContent('From the link: Step 1 of 5: The basics. Yours: 1 of 15 answered.');
    const firstRow = within(preview).getAllByRole('row')[1]!;
    expect(within(firstRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Always', 'Sometimes']);
    fireEvent.click(within(preview).getByRole('button', { name: 'Use the link’s answers' }));
    await waitFor(() => expect(ladderStep()).toHaveTextContent('Step 1 of 5: The basics'));
    expect(screen.queryByRole('region', { name: 'Answers from the link you opened' })).toBeNull();
    expect($ladderQuiz.get().history).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect($ladderQuiz.get().answers).toEqual({ [STATEMENT_IDS[0]]: 'sometimes' });
  });

  it('keeps the user’s answers when they close a link’s preview', async () => {
    $ladderQuiz.set({ answers: { [STATEMENT_IDS[0]]: 'sometimes' }, history: [] });
    window.history.replaceState(null, '', `${PAGE}?answers=aaa.nnn.aaa.aaa.aaa`);
    render(<LadderQuiz />);
    const preview = await screen.findByRole('region', { name: 'Answers from the link you opened' });
    fireEvent.click(within(preview).getByRole('button', { name: 'Keep mine' }));
    expect(screen.queryByRole('region', { name: 'Answers from the link you opened' })).toBeNull();
    expect($ladderQuiz.get().answers).toEqual({ [STATEMENT_IDS[0]]: 'sometimes' });
    expect(screen.getByText('1 of 15 answered')).toBeInTheDocument();
  });

  it('counts the statements answered as the user goes', async () => {
    render(<LadderQuiz />);
    expect(screen.getByText('0 of 15 answered')).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole('radio', { name: 'Always' })[0]!);
    await waitFor(() => expect(screen.getByText('1 of 15 answered')).toBeInTheDocument());
  });

  it('ignores bad values in a link with a notice, keeping the rest', async () => {
    window.history.replaceState(null, '', `${PAGE}?answers=axa.aaa.aaa.aaa.aa<`);
    render(<LadderQuiz />);
    await waitFor(() => expect(ladderStep()).toHaveTextContent('2 of 15 statements still to answer'));
    expect(screen.getByText(/The link held 2 values that could not be read/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('shows a notice when its saved data had to be set aside', () => {
    $savedDataNotices.set([{ name: 'ladder-quiz', message: 'Your saved Loyalty-ladder quiz data could not be read.' }]);
    render(<LadderQuiz />);
    expect(screen.getByRole('alert')).toHaveTextContent('Loyalty-ladder quiz data could not be read');
  });
});
