// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HABIT_IDS, REVIEW_QUESTION_IDS, WEEKDAY_IDS } from '../model';
import { ChecklistDataSchema } from '../schema';

const KEY = 'loyalty-playbook:weekly-checklist';

/** Imports the store afresh, as a page load does, with today set. */
async function loadStores(today = '2026-01-14') {
  vi.resetModules();
  const { setToday } = await import('../../shared/today');
  setToday(today);
  const checklist = await import('../store');
  const clients = await import('../../shared/clients');
  const saved = await import('../../shared/saved-store');
  return { ...checklist, ...clients, ...saved, setToday };
}

// The first import compiles the modules; on a busy machine that alone can pass the default 5 s.
beforeAll(() => loadStores(), 60_000);

beforeEach(() => localStorage.clear());

describe('the weekly checklist store', () => {
  it('starts on this week with a blank sheet', async () => {
    const { $shownWeek, $shownSheet, $thisWeekTally } = await loadStores('2026-01-14');
    expect($shownWeek.get()).toBe('2026-W03');
    expect($shownSheet.get()).toEqual({});
    expect($thisWeekTally.get()).toEqual({ week: '2026-W03', habitsPractised: 0, ticks: 0, challengeMet: false });
  });

  it('saves ticks per week and reads them back on the next page load', async () => {
    const first = await loadStores();
    first.setTick('2026-W03', 'communicate', 'mon', true);
    first.setTick('2026-W03', 'surprise', 'fri', true);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
      version: 2,
      data: { weeks: { '2026-W03': { ticks: { communicate: ['mon'], surprise: ['fri'] } } } },
    });
    const second = await loadStores();
    expect(second.$shownSheet.get().ticks).toEqual({ communicate: ['mon'], surprise: ['fri'] });
    expect(second.$thisWeekTally.get()).toMatchObject({ habitsPractised: 2, ticks: 2 });
  });

  it('keeps last week when the week rolls over, and shows it in the last eight weeks', async () => {
    const { setTick, setToday, $shownWeek, $shownSheet, $lastEightWeeks, $checklist } = await loadStores('2026-01-18');
    setTick('2026-W03', 'be-consistent', 'sun', true);
    setToday('2026-01-19');
    expect($shownWeek.get()).toBe('2026-W04');
    expect($shownSheet.get()).toEqual({});
    expect($checklist.get().weeks['2026-W03']).toEqual({ ticks: { 'be-consistent': ['sun'] } });
    const history = $lastEightWeeks.get();
    expect(history).toHaveLength(8);
    expect(history.at(-1)?.week).toBe('2026-W04');
    expect(history.at(-2)).toEqual({ week: '2026-W03', habitsPractised: 1, ticks: 1, challengeMet: false });
  });

  it('steps to the previous and next week, and back to this week, which it then follows', async () => {
    const { showPreviousWeek, showNextWeek, showThisWeek, setToday, $shownWeek } = await loadStores('2026-01-01');
    expect($shownWeek.get()).toBe('2026-W01');
    showPreviousWeek();
    expect($shownWeek.get()).toBe('2025-W52');
    showNextWeek();
    showNextWeek();
    expect($shownWeek.get()).toBe('2026-W02');
    showThisWeek();
    setToday('2026-01-08');
    expect($shownWeek.get()).toBe('2026-W02');
  });

  it('stores key clients as ids from the shared client list, so a rename shows everywhere', async () => {
    const { setKeyClient, listKeyClientNames, $checklist, $clients, $knownClients, renameClient, $shownSheet } = await loadStores();
    expect(await setKeyClient('2026-W03', 1, '  Acme   Ltd ')).toEqual({ ok: true, name: 'Acme Ltd' });
    const [acme] = $clients.get();
    expect(acme?.name).toBe('Acme Ltd');
    expect($checklist.get().weeks['2026-W03']?.keyClients).toEqual([null, acme!.id]);
    expect(localStorage.getItem(KEY)).not.toContain('Acme');
    renameClient(acme!.id, 'Acme & Sons');
    expect(listKeyClientNames($shownSheet.get(), $knownClients.get())).toEqual(['', 'Acme & Sons', '', '', '']);
  });

  it('refuses a bad or repeated key client with a message and changes nothing', async () => {
    const { setKeyClient, $checklist } = await loadStores();
    await setKeyClient('2026-W03', 0, 'Acme');
    const before = $checklist.get();
    expect(await setKeyClient('2026-W03', 2, 'x'.repeat(81))).toEqual({ ok: false, message: expect.stringContaining('80 characters') });
    expect(await setKeyClient('2026-W03', 3, 'ACME')).toEqual({ ok: false, message: 'Acme is already on line 1.' });
    expect($checklist.get()).toBe(before);
    await expect(setKeyClient('2026-W03', 5, 'Birch')).rejects.toThrow(RangeError);
  });

  it('clears a key-client line when its name is emptied, dropping a week left with nothing on it', async () => {
    const { setKeyClient, $checklist } = await loadStores();
    await setKeyClient('2026-W03', 0, 'Acme');
    await setKeyClient('2026-W03', 0, '   ');
    expect($checklist.get().weeks).toEqual({});
  });

  it('loads the shared client list only when a sheet needs it, and follows its changes', async () => {
    const { $knownClients, loadClients, hasKeyClients, $clients } = await loadStores();
    expect($knownClients.get()).toBeUndefined();
    expect(hasKeyClients({ keyClients: [null, null] })).toBe(false);
    expect(hasKeyClients({ keyClients: [null, 'abc'] })).toBe(true);
    await loadClients();
    expect($knownClients.get()).toEqual([]);
    $clients.set([{ id: 'c1', name: 'Birch' }]);
    expect($knownClients.get()).toEqual([{ id: 'c1', name: 'Birch' }]);
  });

  it('keeps notes and review answers within the lengths the printed sheet has room for', async () => {
    const { setHabitNote, setReviewAnswer, $shownSheet } = await loadStores();
    setHabitNote('2026-W03', 'surprise', 'n'.repeat(500));
    setReviewAnswer('2026-W03', 'held', 'r'.repeat(500));
    expect($shownSheet.get().notes?.surprise).toHaveLength(140);
    expect($shownSheet.get().review?.held).toHaveLength(280);
  });

  it('clears a week and puts it back on undo', async () => {
    const { setTick, setHabitNote, clearWeek, restoreWeek, $shownSheet } = await loadStores();
    setTick('2026-W03', 'communicate', 'tue', true);
    setHabitNote('2026-W03', 'communicate', 'Rang Birch about the delay');
    const removed = clearWeek('2026-W03');
    expect($shownSheet.get()).toEqual({});
    restoreWeek('2026-W03', removed!);
    expect($shownSheet.get().notes?.communicate).toBe('Rang Birch about the delay');
  });

  it('sets corrupt saved data aside with a notice and shows a fresh sheet', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { weeks: { '2026-W03': { ticks: { communicate: ['funday'] } } } } }));
    const { $shownSheet, $savedDataNotices } = await loadStores();
    expect($shownSheet.get()).toEqual({});
    const [notice] = $savedDataNotices.get();
    expect(notice?.message).toMatch(/weekly checklist.*set aside/);
    expect(localStorage.getItem(notice!.setAsideKey!)).toContain('funday');
  });

  it('sets data from a newer release aside rather than guessing at it', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 3, data: { weeks: {} } }));
    const { $checklist, $savedDataNotices } = await loadStores();
    expect($checklist.get()).toEqual({ weeks: {} });
    expect($savedDataNotices.get()[0]?.message).toMatch(/newer version/);
  });

  it('reads key customers saved by version 1 as key clients, and writes version 2 from then on', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { weeks: { '2026-W03': { keyCustomers: [null, 'c1'], notes: { surprise: 'Card' } } } } }));
    const { $clients, $shownSheet, $knownClients, $savedDataNotices, listKeyClientNames, loadClients, setTick } = await loadStores();
    $clients.set([{ id: 'c1', name: 'Birch' }]);
    await loadClients();
    expect($shownSheet.get()).toEqual({ keyClients: [null, 'c1'], notes: { surprise: 'Card' } });
    expect(listKeyClientNames($shownSheet.get(), $knownClients.get())).toEqual(['', 'Birch', '', '', '']);
    expect($savedDataNotices.get()).toEqual([]);
    setTick('2026-W03', 'surprise', 'mon', true);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
      version: 2,
      data: { weeks: { '2026-W03': { keyClients: [null, 'c1'], notes: { surprise: 'Card' }, ticks: { surprise: ['mon'] } } } },
    });
  });

  it('saves only data its schema accepts as it is, over all sequences of edits', async () => {
    const { setTick, setHabitNote, setReviewAnswer, clearWeek, setPaperSize, $checklist } = await loadStores();
    const week = fc.constantFrom('2026-W03', '2026-W53', '2027-W01');
    const text = fc.string({ maxLength: 400, unit: 'grapheme' });
    const edit = fc.oneof(
      fc.tuple(fc.constant('tick' as const), week, fc.constantFrom(...HABIT_IDS), fc.constantFrom(...WEEKDAY_IDS), fc.boolean()),
      fc.tuple(fc.constant('note' as const), week, fc.constantFrom(...HABIT_IDS), text),
      fc.tuple(fc.constant('review' as const), week, fc.constantFrom(...REVIEW_QUESTION_IDS), text),
      fc.tuple(fc.constant('clear' as const), week),
      fc.tuple(fc.constant('paper' as const), fc.constantFrom('a4' as const, 'letter' as const)),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        $checklist.set({ weeks: {} });
        for (const step of edits) {
          if (step[0] === 'tick') setTick(step[1], step[2], step[3], step[4]);
          else if (step[0] === 'note') setHabitNote(step[1], step[2], step[3]);
          else if (step[0] === 'review') setReviewAnswer(step[1], step[2], step[3]);
          else if (step[0] === 'clear') clearWeek(step[1]);
          else setPaperSize(step[1]);
        }
        const saved = JSON.parse(localStorage.getItem(KEY)!).data;
        expect(ChecklistDataSchema.safeParse(saved)).toEqual({ success: true, data: $checklist.get() });
      }),
      { numRuns: 50 },
    );
  });

  it('remembers the chosen paper size, guessing from the browser language until then', async () => {
    const { $paperSize, setPaperSize } = await loadStores();
    expect($paperSize.get()).toBe(navigator.language === 'en-US' ? 'letter' : 'a4');
    setPaperSize('letter');
    expect((await loadStores()).$paperSize.get()).toBe('letter');
  });
});
