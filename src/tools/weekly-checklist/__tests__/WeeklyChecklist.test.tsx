import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import WeeklyChecklist from '../WeeklyChecklist';
import { PRINT_SHEET_CLASS } from '../PrintControls';
import { EMPTY_CHECKLIST, HABITS, WEEKDAY_IDS, nameWeekday } from '../model';
import { $clients, addClient } from '../../shared/clients';
import { $savedDataNotices } from '../../shared/saved-store';
import { setToday } from '../../shared/today';
import { $checklist, setTick, showThisWeek } from '../store';

const KEY = 'loyalty-playbook:weekly-checklist';

beforeEach(() => {
  $checklist.set(EMPTY_CHECKLIST);
  $clients.set([]);
  $savedDataNotices.set([]);
  showThisWeek();
  // Wednesday of ISO week 3, 2026 (Monday 12 to Sunday 18 January).
  setToday('2026-01-14');
});

function cell(habit: string, day: string): HTMLInputElement {
  return screen.getByRole('checkbox', { name: `${habit} on ${day}` });
}

describe('WeeklyChecklist on the server (and without JavaScript)', () => {
  it('renders a blank sheet with no dates, so the build day is never shown as this week', () => {
    setTick('2026-W03', 'communicate', 'mon', true);
    const html = renderToString(<WeeklyChecklist printAlone />);
    expect(html).toContain('Week of');
    expect(html).not.toMatch(/Week 3|January|12 Jan|2026/);
    expect(html).not.toMatch(/<input[^>]*\schecked/);
    expect(html).not.toContain('Print this week');
    expect(html.match(/type="checkbox"/g)).toHaveLength(42);
    expect(html).toContain('aria-label="Communicate on Monday"');
    expect(html).toContain('data-print-alone');
    expect(html).not.toMatch(/undefined|NaN|\[object Object\]/);
  });
});

describe('WeeklyChecklist in the browser', () => {
  it('shows six habits by seven days of this week, each box named "<habit> on <weekday>"', () => {
    render(<WeeklyChecklist />);
    expect(screen.getByRole('heading', { level: 2, name: /^Weekly loyalty checklist/ })).toHaveTextContent('Weekly loyalty checklist: Week 3, 2026');
    expect(screen.getByText('12–18 January 2026')).toBeInTheDocument();
    const rowHeaders = screen.getAllByRole('rowheader');
    expect(rowHeaders.map((th) => th.textContent)).toEqual(HABITS.map((habit) => habit.name + habit.prompt));
    // One query for all 42 boxes of the grid (the today view has its own): role queries with names are slow in jsdom.
    const boxes = within(screen.getByRole('table')).getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes.map((box) => box.getAttribute('aria-label'))).toEqual(
      HABITS.flatMap((habit) => WEEKDAY_IDS.map((day) => `${habit.name} on ${nameWeekday(day)}`)),
    );
    expect(boxes.filter((box) => box.checked)).toEqual([]);
    expect(cell('Communicate', 'Monday')).toHaveAccessibleName('Communicate on Monday');
    expect(screen.getByRole('columnheader', { name: /Monday.*12 Jan/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Sunday.*18 Jan/ })).toBeInTheDocument();
  });

  it('marks today in the grid and offers today’s six habits, one tap ticking each, with the week a tap away', async () => {
    render(<WeeklyChecklist />);
    expect(screen.getByRole('columnheader', { name: /Wednesday/ })).toHaveAttribute('aria-current', 'date');
    expect(screen.getByRole('columnheader', { name: /Tuesday/ })).not.toHaveAttribute('aria-current');
    const today = screen.getByRole('region', { name: 'Today, Wednesday 14 January' });
    const habits = within(today).getAllByRole<HTMLInputElement>('checkbox');
    expect(habits).toHaveLength(HABITS.length);
    fireEvent.click(within(today).getByRole('checkbox', { name: /^Communicate/ }));
    await waitFor(() => expect(cell('Communicate', 'Wednesday')).toBeChecked());
    expect(within(today).getByText('1 of 6 habits ticked today.')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(KEY)!).data.weeks['2026-W03'].ticks).toEqual({ communicate: ['wed'] });
    const tool = screen.getByRole('table').closest('.weekly-checklist')!;
    expect(tool).toHaveAttribute('data-view', 'today');
    const toggle = within(today).getByRole('button', { name: 'Show the whole week' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    await waitFor(() => expect(tool).not.toHaveAttribute('data-view'));
    expect(within(today).getByRole('button', { name: 'Hide the week' })).toHaveAttribute('aria-expanded', 'true');
    // Another week has no today: the grid alone.
    fireEvent.click(screen.getByRole('button', { name: /Previous week/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Today/ })).not.toBeInTheDocument());
    expect(screen.queryByRole('columnheader', { current: 'date' })).not.toBeInTheDocument();
  });

  it('ticks a cell, saves it and updates the tally and the challenge', async () => {
    render(<WeeklyChecklist />);
    fireEvent.click(cell('Communicate', 'Monday'));
    fireEvent.click(cell('Communicate', 'Thursday'));
    fireEvent.click(cell('Surprise them', 'Friday'));
    const tally = screen.getByText(/habits practised, .* in all/, { selector: '.weekly-tally' });
    await waitFor(() => expect(tally).toHaveTextContent('Week 3, 2026: 2 of 6 habits practised, 3 ticks in all. Challenge: 4 more habits to practise all six this week.'));
    expect(JSON.parse(localStorage.getItem(KEY)!).data.weeks['2026-W03'].ticks).toEqual({ communicate: ['mon', 'thu'], surprise: ['fri'] });
    for (const habit of HABITS) fireEvent.click(cell(habit.name, 'Sunday'));
    await waitFor(() => expect(tally).toHaveTextContent('6 of 6 habits practised, 9 ticks in all. Challenge met'));
  });

  it('steps to the previous and next week, keeping each week’s ticks', async () => {
    render(<WeeklyChecklist />);
    fireEvent.click(cell('Be consistent', 'Tuesday'));
    fireEvent.click(screen.getByRole('button', { name: /Previous week/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Week 2, 2026'));
    expect(screen.getByText('5–11 January 2026')).toBeInTheDocument();
    expect(cell('Be consistent', 'Tuesday')).not.toBeChecked();
    expect(screen.getByText('Showing a past week: Week 2, 2026, 5–11 January 2026.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Next week/ }));
    await waitFor(() => expect(cell('Be consistent', 'Tuesday')).toBeChecked());
    expect(screen.getByRole('button', { name: 'This week' })).toBeDisabled();
  });

  it('shows the last eight weeks’ habits practised, ending with the week shown', async () => {
    setTick('2026-W01', 'communicate', 'mon', true);
    setTick('2026-W01', 'surprise', 'mon', true);
    render(<WeeklyChecklist />);
    const strip = within(screen.getByRole('region', { name: /last eight weeks/ }));
    const weeks = strip.getAllByRole('listitem');
    expect(weeks.map((week) => week.querySelector('.visually-hidden')?.textContent)).toEqual([
      'Week 48, 2025: 0 of 6 habits practised',
      'Week 49, 2025: 0 of 6 habits practised',
      'Week 50, 2025: 0 of 6 habits practised',
      'Week 51, 2025: 0 of 6 habits practised',
      'Week 52, 2025: 0 of 6 habits practised',
      'Week 1, 2026: 2 of 6 habits practised',
      'Week 2, 2026: 0 of 6 habits practised',
      'Week 3, 2026: 0 of 6 habits practised',
    ]);
    expect(weeks[7]).toHaveAttribute('aria-current', 'true');
    fireEvent.click(screen.getByRole('button', { name: /Previous week/ }));
    await waitFor(() => expect(strip.getAllByRole('listitem')[0]).toHaveTextContent('Week 47, 2025'));
  });

  it('keeps notes and review answers per week', () => {
    render(<WeeklyChecklist />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Notes on Build credibility' }), { target: { value: 'Rang Birch back at 4' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'What slipped?' }), { target: { value: 'Friday calls' } });
    const week = JSON.parse(localStorage.getItem(KEY)!).data.weeks['2026-W03'];
    expect(week.notes).toEqual({ 'build-credibility': 'Rang Birch back at 4' });
    expect(week.review).toEqual({ slipped: 'Friday calls' });
    expect(screen.getByRole('textbox', { name: 'Notes on Build credibility' })).toHaveAttribute('maxlength', '140');
  });

  it('names key clients from the shared client list and shows names as text, never as markup', async () => {
    addClient('Acme Ltd');
    render(<WeeklyChecklist />);
    const first = screen.getByRole('combobox', { name: 'Key client 1' });
    const datalist = document.getElementById(first.getAttribute('list')!)!;
    // Known clients load when a key-client field is first used.
    fireEvent.focus(first);
    await waitFor(() => expect(datalist.querySelector('option')).toHaveAttribute('value', 'Acme Ltd'));
    const second = screen.getByRole('combobox', { name: 'Key client 2' });
    fireEvent.input(second, { target: { value: '<img src=x onerror=alert(1)>' } });
    fireEvent.change(second);
    await waitFor(() => expect($clients.get()).toHaveLength(2));
    // The field and the printed line show the saved name, as text.
    await waitFor(() => expect(document.querySelector('.sheet-clients li:nth-child(2) .print-text')).toHaveTextContent('<img src=x onerror=alert(1)>'));
    expect(second).toHaveValue('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.weekly-sheet img')).toBeNull();
    const saved = JSON.parse(localStorage.getItem(KEY)!).data.weeks['2026-W03'].keyClients;
    expect(saved).toEqual([null, $clients.get()[1]!.id]);
  });

  it('explains a refused key client next to the field and keeps what was typed', async () => {
    render(<WeeklyChecklist />);
    const field = screen.getByRole('combobox', { name: 'Key client 3' });
    fireEvent.input(field, { target: { value: 'x'.repeat(81) } });
    fireEvent.change(field);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription('Use at most 80 characters for the client’s name.');
    expect(field).toHaveValue('x'.repeat(81));
    expect($clients.get()).toEqual([]);
    fireEvent.input(field, { target: { value: 'Birch' } });
    fireEvent.change(field);
    await waitFor(() => expect(field).not.toHaveAttribute('aria-invalid'));
  });

  it('sets corrupt data from another tab aside with a notice and shows a fresh sheet', async () => {
    setTick('2026-W03', 'communicate', 'mon', true);
    render(<WeeklyChecklist />);
    expect(cell('Communicate', 'Monday')).toBeChecked();
    localStorage.setItem(KEY, '{"version":1,"data":{"weeks":"nonsense"}}');
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY), storageArea: localStorage }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/weekly checklist data could not be read/));
    await waitFor(() => expect(cell('Communicate', 'Monday')).not.toBeChecked());
    expect(within(screen.getByRole('table')).getAllByRole('checkbox')).toHaveLength(42);
  });

  it('clears a sheet with Undo', async () => {
    setTick('2026-W03', 'communicate', 'mon', true);
    render(<WeeklyChecklist />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear this sheet' }));
    await waitFor(() => expect(cell('Communicate', 'Monday')).not.toBeChecked());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(cell('Communicate', 'Monday')).toBeChecked());
  });
});

describe('printing', () => {
  it('prints this week with the sheet alone, on the chosen paper, until the browser reports printing done', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    setTick('2026-W03', 'communicate', 'mon', true);
    render(<WeeklyChecklist />);
    fireEvent.click(screen.getByRole('radio', { name: 'US Letter' }));
    await waitFor(() => expect(document.querySelector('.weekly-sheet')).toHaveAttribute('data-paper', 'letter'));
    fireEvent.click(screen.getByRole('radio', { name: 'A4' }));
    await waitFor(() => expect(document.querySelector('.weekly-sheet')).toHaveAttribute('data-paper', 'a4'));
    let printed = { sheetAlone: false, ticked: false };
    print.mockImplementation(() => {
      printed = { sheetAlone: document.documentElement.classList.contains(PRINT_SHEET_CLASS), ticked: cell('Communicate', 'Monday').checked };
    });
    fireEvent.click(screen.getByRole('button', { name: 'Print this week' }));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(printed).toEqual({ sheetAlone: true, ticked: true });
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(document.documentElement).not.toHaveClass(PRINT_SHEET_CLASS));
    print.mockRestore();
  });

  it('prints again on a second press even if the browser never reported the first print done', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<WeeklyChecklist />);
    fireEvent.click(screen.getByRole('button', { name: 'Print a blank sheet' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole('button', { name: 'Print a blank sheet' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    print.mockRestore();
  });

  it('prints a blank, undated sheet, then shows the week again', async () => {
    // What the browser would print: the sheet as it is when print() is called.
    let printed = { text: '', ticked: -1 };
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      const sheet = document.querySelector('.weekly-sheet')!;
      printed = { text: sheet.textContent ?? '', ticked: sheet.querySelectorAll('input:checked').length };
    });
    setTick('2026-W03', 'communicate', 'mon', true);
    render(<WeeklyChecklist />);
    fireEvent.click(screen.getByRole('button', { name: 'Print a blank sheet' }));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(printed.ticked).toBe(0);
    expect(printed.text).toContain('Week of');
    expect(printed.text).not.toMatch(/January|Week 3/);
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(cell('Communicate', 'Monday')).toBeChecked());
    print.mockRestore();
  });
});
