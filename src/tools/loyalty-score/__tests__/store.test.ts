// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MIDDLE_ENTRIES, scoreLoyalty } from '../model';
import { $clients, removeClient } from '../../shared/clients';
import { $latestScoreByClient, $scorecards } from '../store';
import {
  $comparison,
  $deleted,
  $scorecardRows,
  deleteScorecard,
  openScorecard,
  renameScorecardClient,
  saveScorecard,
  undoDelete,
} from '../scorecards-store';
import {
  $draft,
  $fieldTexts,
  applyShareQuery,
  checkFieldTexts,
  hasInvalidEntry,
  INITIAL_DRAFT,
  SCORECARD_STORE_NAMES,
  setClientName,
  setFieldText,
  startNewScorecard,
} from '../draft-store';
import { setToday } from '../../shared/today';
import { hasSavedData } from '../../shared/lazy-load';

beforeEach(() => {
  localStorage.clear();
  $clients.set([]);
  $scorecards.set([]);
  startNewScorecard();
  $deleted.set(undefined);
  setToday('2026-04-01');
});

/** The score of the draft's last valid ratings, as the scorer shows it. */
function currentScore() {
  return scoreLoyalty($draft.get().entries);
}

function isWaiting() {
  return hasInvalidEntry(checkFieldTexts($fieldTexts.get()));
}

function saveFor(name: string, core: number): void {
  setClientName(name);
  setFieldText('core', String(core));
  const saved = saveScorecard();
  if (!saved.ok) throw new Error(saved.message);
}

describe('typing ratings', () => {
  it('updates the score as soon as an entry is valid', () => {
    setFieldText('core', '9');
    expect($draft.get().entries.core).toBe(9);
    expect(currentScore().factors.value).toBe(4 * 9 + 3 * 5 + 3 * 5);
  });

  it('keeps the last valid score and waits while an entry is invalid', () => {
    setFieldText('core', '9');
    const before = currentScore().score;
    setFieldText('core', '12');
    expect(isWaiting()).toBe(true);
    expect(checkFieldTexts($fieldTexts.get()).core).toEqual({ ok: false, message: expect.stringContaining('from 0 to 10') });
    expect(currentScore().score).toBe(before);
    expect($draft.get().entries.core).toBe(9);
  });

  it('does not wipe an invalid entry in one field when another field changes', () => {
    setFieldText('core', 'x', true);
    setFieldText('delivery', '8');
    expect($fieldTexts.get().core).toEqual({ text: 'x', isBadInput: true });
    expect(isWaiting()).toBe(true);
  });

  it('saves the ratings in the browser as they are typed', () => {
    setFieldText('extraMile', '7');
    const stored = JSON.parse(localStorage.getItem('loyalty-playbook:loyalty-score')!);
    expect(stored).toMatchObject({ version: 1, data: { entries: { extraMile: 7 } } });
  });

  it('shows a rating that changed elsewhere (another tab) in its field', () => {
    $draft.set({ ...$draft.get(), entries: { ...MIDDLE_ENTRIES, competence: 2 } });
    expect($fieldTexts.get().competence.text).toBe('2');
  });
});

describe('saving scorecards', () => {
  it('refuses to save without a client name, or while an entry is invalid', () => {
    expect(saveScorecard()).toEqual({ ok: false, field: 'clientName', message: expect.stringContaining('client') });
    setClientName('Acme');
    setFieldText('core', '');
    expect(saveScorecard()).toMatchObject({ ok: false, field: 'entries' });
    expect($scorecards.get()).toEqual([]);
  });

  it('saves under the client’s id with today’s date, adding the client to the shared list', () => {
    saveFor('Acme', 8);
    const [client] = $clients.get();
    expect(client?.name).toBe('Acme');
    expect($scorecards.get()).toEqual([
      { id: expect.any(String), clientId: client!.id, savedOn: '2026-04-01', entries: { ...MIDDLE_ENTRIES, core: 8 } },
    ]);
    expect(JSON.stringify($scorecards.get())).not.toContain('Acme');
  });

  it('replaces the client’s scorecard of the same day instead of adding another', () => {
    saveFor('Acme', 8);
    setFieldText('core', '9');
    expect(saveScorecard()).toMatchObject({ ok: true, replacedToday: true });
    expect($scorecards.get()).toHaveLength(1);
  });

  it('derives each client’s latest score for the other tools', () => {
    saveFor('Acme', 2);
    setToday('2026-05-01');
    saveFor('Acme', 9);
    const acme = $clients.get()[0]!;
    expect($latestScoreByClient.get()).toEqual({
      [acme.id]: { clientId: acme.id, score: currentScore().score, savedOn: '2026-05-01' },
    });
  });
});

describe('vs last time', () => {
  it('compares a reopened scorecard with the client’s previous one', () => {
    saveFor('Acme', 2);
    const march = currentScore().score;
    setToday('2026-05-01');
    saveFor('Acme', 9);
    const may = currentScore().score;
    startNewScorecard();
    expect($comparison.get()).toBeUndefined();
    const latest = $scorecards.get()[1]!;
    expect(openScorecard(latest.id)).toBe(true);
    expect($draft.get()).toMatchObject({ clientName: 'Acme', entries: { core: 9 } });
    expect($fieldTexts.get().core.text).toBe('9');
    expect($comparison.get()).toMatchObject({ baselineScore: march, change: may - march });
  });

  it('compares a form naming a known client with that client’s latest scorecard from an earlier day', () => {
    saveFor('Acme', 2);
    setToday('2026-05-01');
    startNewScorecard();
    setClientName('  acme ');
    expect($comparison.get()?.baseline.entries.core).toBe(2);
  });

  it('compares a reopened scorecard that is being updated with that scorecard itself', () => {
    saveFor('Acme', 2);
    const march = currentScore().score;
    setToday('2026-05-01');
    openScorecard($scorecards.get()[0]!.id);
    expect($comparison.get()).toBeUndefined();
    setFieldText('core', '9');
    expect($comparison.get()).toMatchObject({ baselineScore: march, change: currentScore().score - march });
  });
});

describe('the saved list', () => {
  it('lists scorecards by score with the client’s current name', () => {
    saveFor('Low', 1);
    saveFor('High', 10);
    expect($scorecardRows.get().map((row) => row.clientName)).toEqual(['High', 'Low']);
  });

  it('renames the client everywhere, and the form follows', () => {
    saveFor('Acme', 5);
    const id = $scorecards.get()[0]!.id;
    expect(renameScorecardClient(id, 'Acme & Sons')).toEqual({ ok: true, name: 'Acme & Sons' });
    expect($scorecardRows.get()[0]!.clientName).toBe('Acme & Sons');
    expect($draft.get().clientName).toBe('Acme & Sons');
  });

  it('refuses an empty name or another client’s name', () => {
    saveFor('Acme', 5);
    saveFor('Birch', 6);
    const birch = $scorecards.get()[1]!.id;
    expect(renameScorecardClient(birch, ' ')).toMatchObject({ ok: false });
    expect(renameScorecardClient(birch, 'acme')).toMatchObject({ ok: false, message: expect.stringContaining('Acme') });
  });

  it('gives a scorecard whose client was removed a client again on rename', () => {
    saveFor('Acme', 5);
    const card = $scorecards.get()[0]!;
    removeClient(card.clientId);
    expect($scorecardRows.get()[0]!.clientName).toBeUndefined();
    expect(renameScorecardClient(card.id, 'Acme again')).toMatchObject({ ok: true });
    expect($scorecardRows.get()[0]!.clientName).toBe('Acme again');
  });

  it('deletes a scorecard and puts it back in place on undo', () => {
    saveFor('Acme', 5);
    saveFor('Birch', 6);
    const before = $scorecards.get();
    deleteScorecard(before[0]!.id);
    expect($scorecards.get()).toHaveLength(1);
    expect($deleted.get()?.clientName).toBe('Acme');
    undoDelete();
    expect($scorecards.get()).toEqual(before);
    expect($deleted.get()).toBeUndefined();
  });
});

describe('share links', () => {
  it('fill the form from the query, clear the client, and report ignored values', () => {
    setClientName('Acme');
    const read = applyShareQuery('?core=2&surprise=zz&extraMile=10');
    expect(read?.ignored.map((item) => item.label)).toEqual(['Surprise value']);
    expect($draft.get()).toEqual({ entries: { ...MIDDLE_ENTRIES, core: 2, extraMile: 10 }, clientName: '' });
    expect($fieldTexts.get().extraMile.text).toBe('10');
  });

  it('leave the form alone when the address holds nothing for the scorer', () => {
    setFieldText('core', '3');
    expect(applyShareQuery('?utm_source=mail')).toBeUndefined();
    expect($draft.get().entries.core).toBe(3);
  });
});

describe('saved data from an earlier visit', () => {
  it('comes back, and corrupt scorecards are set aside with a notice instead of breaking the tool', async () => {
    localStorage.setItem('loyalty-playbook:loyalty-score', JSON.stringify({ version: 1, data: { ...INITIAL_DRAFT, entries: { ...MIDDLE_ENTRIES, core: 7 } } }));
    localStorage.setItem('loyalty-playbook:loyalty-scorecards', '{"version":1,"data":[{"id":"x","clientId":"c","savedOn":"2026-01-01","entries":{"core":"NaN"}}]}');
    vi.resetModules();
    const draft = await import('../draft-store');
    const saved = await import('../store');
    const { $savedDataNotices } = await import('../../shared/saved-store');
    expect(draft.$draft.get().entries.core).toBe(7);
    expect(draft.$fieldTexts.get().core.text).toBe('7');
    expect(saved.$scorecards.get()).toEqual([]);
    expect($savedDataNotices.get()).toEqual([expect.objectContaining({ name: 'loyalty-scorecards' })]);
    expect(Object.keys(localStorage).some((key) => key.startsWith('loyalty-playbook:set-aside:loyalty-scorecards'))).toBe(true);
  });

  it.each([
    ['a rating out of range', { entries: { ...MIDDLE_ENTRIES, core: 11 }, clientName: '' }],
    ['a missing rating', { entries: { core: 5 }, clientName: '' }],
    ['a client name that is not text', { entries: MIDDLE_ENTRIES, clientName: 42 }],
    ['no draft at all', null],
  ])('resets a draft with %s to the middle ratings, with a notice', async (_, data) => {
    localStorage.setItem('loyalty-playbook:loyalty-score', JSON.stringify({ version: 1, data }));
    vi.resetModules();
    const draft = await import('../draft-store');
    const { $savedDataNotices } = await import('../../shared/saved-store');
    expect(draft.$draft.get()).toEqual(INITIAL_DRAFT);
    expect($savedDataNotices.get()).toEqual([expect.objectContaining({ name: 'loyalty-score' })]);
  });

  it('drops unknown fields from a saved draft', async () => {
    localStorage.setItem('loyalty-playbook:loyalty-score', JSON.stringify({ version: 1, data: { entries: { ...MIDDLE_ENTRIES, extra: 1 }, clientName: 'A', junk: true } }));
    vi.resetModules();
    const draft = await import('../draft-store');
    expect(draft.$draft.get()).toEqual({ entries: MIDDLE_ENTRIES, clientName: 'A' });
  });

  it('tells whether there are scorecards or clients to load', () => {
    localStorage.clear();
    expect(hasSavedData(SCORECARD_STORE_NAMES)).toBe(false);
    saveFor('Acme', 5);
    expect(hasSavedData(SCORECARD_STORE_NAMES)).toBe(true);
  });
});
