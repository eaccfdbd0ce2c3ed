// @vitest-environment jsdom
import { REMOVED_CLIENT_NAME } from '../../shared/client-name';
import type { WritableAtom } from 'nanostores';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LatestClientScore } from '../../loyalty-score/public';

const KEY = 'loyalty-playbook:tolerance-review';
const TODAY = '2026-06-01';

async function loadStores() {
  vi.resetModules();
  const review = await import('../store');
  const clients = await import('../../shared/clients');
  const scores = await import('../../loyalty-score/public');
  const saved = await import('../../shared/saved-store');
  const today = await import('../../shared/today');
  today.setToday(TODAY);
  const setScores = (value: Record<string, LatestClientScore>) =>
    (scores.$latestScoreByClient as WritableAtom<Record<string, LatestClientScore>>).set(value);
  return { ...review, ...clients, ...saved, setScores };
}

// The first import transforms every module; on a busy machine that alone can outlast a test's time limit.
beforeAll(() => loadStores(), 60_000);

beforeEach(() => localStorage.clear());

describe('saveDraft', () => {
  it('refuses a draft with no name, no date and no strength, saving nothing', async () => {
    const s = await loadStores();
    const result = s.saveDraft(TODAY);
    expect(result).toEqual({
      ok: false,
      errors: { clientName: 'Enter the client’s name.', reviewedOn: 'Enter the date of the review.', strength: 'Choose how strong the relationship is.' },
    });
    expect(s.$draftErrors.get()).toEqual(result.ok ? {} : result.errors);
    expect(s.$reviews.get()).toEqual([]);
    expect(s.$clients.get()).toEqual([]);
  });

  it('clears a field’s message once the field is edited', async () => {
    const s = await loadStores();
    s.saveDraft(TODAY);
    s.updateDraft({ clientName: 'Acme' });
    expect(Object.keys(s.$draftErrors.get())).toEqual(['reviewedOn', 'strength']);
  });

  it('saves the review under the shared client’s id, never a copy of the name, and starts a fresh form dated today', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: '  Acme   Ltd ', reviewedOn: '2026-05-20', strength: 'weak', recentFailure: true });
    s.setDraftContact('billing', 'below');
    const result = s.saveDraft(TODAY);
    expect(result.ok).toBe(true);
    const [client] = s.$clients.get();
    expect(client!.name).toBe('Acme Ltd');
    const saved = JSON.parse(localStorage.getItem(KEY)!);
    expect(saved.version).toBe(1);
    expect(saved.data).toHaveLength(1);
    expect(saved.data[0]).toMatchObject({ clientId: client!.id, reviewedOn: '2026-05-20', strengthFrom: 'asked' });
    expect(JSON.stringify(saved.data)).not.toContain('Acme');
    expect(s.$reviewRows.get()[0]!.verdict.status).toBe('outside');
    expect(s.$draft.get()).toEqual(s.createEmptyDraft(TODAY));
  });

  it('replaces the earlier review when the same client is reviewed again', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: 'Acme', reviewedOn: '2026-01-05', strength: 'weak' });
    s.saveDraft(TODAY);
    s.updateDraft({ clientName: 'ACME', reviewedOn: '2026-05-30', strength: 'strong' });
    const result = s.saveDraft(TODAY);
    expect(result).toMatchObject({ ok: true, replaced: true, clientName: 'Acme', status: 'inside' });
    expect(s.$reviews.get().map((r) => [r.reviewedOn, r.answers.strength])).toEqual([['2026-05-30', 'strong']]);
  });

  it('takes the relationship strength from the client’s saved loyalty score when there is one', async () => {
    const s = await loadStores();
    const added = s.addClient('Acme');
    if (!added.ok) throw new Error('not added');
    s.setScores({ [added.client.id]: { clientId: added.client.id, score: 82, savedOn: '2026-05-01' } });
    s.updateDraft({ clientName: 'acme', reviewedOn: TODAY, strength: 'weak' });
    expect(s.$draftScoredStrength.get()).toEqual({ strength: 'strong', score: 82, savedOn: '2026-05-01' });
    expect(s.$draftVerdict.get()?.zoneWidth).toBe(8);
    const result = s.saveDraft(TODAY);
    expect(result.ok && result.review).toMatchObject({ strengthFrom: 'loyalty-score', answers: { strength: 'strong' } });
  });

  it('asks for the strength when the client has no saved score', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: 'Newco', reviewedOn: TODAY });
    expect(s.$draftScoredStrength.get()).toBeUndefined();
    expect(s.$draftVerdict.get()).toBeUndefined();
    s.updateDraft({ strength: 'moderate' });
    expect(s.$draftVerdict.get()?.status).toBe('inside');
  });

  it('refuses a review dated after today', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: 'Acme', reviewedOn: '2026-06-02', strength: 'weak' });
    expect(s.saveDraft(TODAY)).toEqual({ ok: false, errors: { reviewedOn: 'A review cannot be dated after today.' } });
  });
});

describe('the form', () => {
  it('is dated only once the device’s date is known, and keeps a date already chosen', async () => {
    const s = await loadStores();
    expect(s.$draft.get().reviewedOn).toBe('');
    s.dateDraftIfEmpty(TODAY);
    expect(s.$draft.get().reviewedOn).toBe(TODAY);
    s.updateDraft({ reviewedOn: '2026-03-01' });
    s.dateDraftIfEmpty(TODAY);
    expect(s.$draft.get().reviewedOn).toBe('2026-03-01');
  });

  it('reopens a saved review to review the client again, dated today', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: 'Acme', reviewedOn: '2026-01-05', strength: 'weak', newStaff: true });
    s.setDraftContact('sales', 'better');
    const saved = s.saveDraft(TODAY);
    if (!saved.ok) throw new Error('not saved');
    expect(s.startReviewAgain(saved.review.id, TODAY)).toBe(true);
    expect(s.$draft.get()).toMatchObject({ clientName: 'Acme', reviewedOn: TODAY, strength: 'weak', newStaff: true, contacts: { sales: 'better' } });
  });
});

describe('delete with undo', () => {
  it('deletes a review and puts it back where it was', async () => {
    const s = await loadStores();
    for (const name of ['A', 'B', 'C']) {
      s.updateDraft({ clientName: name, reviewedOn: TODAY, strength: 'moderate' });
      s.saveDraft(TODAY);
    }
    const middle = s.$reviews.get()[1]!;
    const deleted = s.deleteReview(middle.id)!;
    expect(s.$reviews.get().map((r) => r.id)).not.toContain(middle.id);
    expect(s.restoreReview(deleted)).toBe(true);
    expect(s.$reviews.get()[1]).toEqual(middle);
    expect(JSON.parse(localStorage.getItem(KEY)!).data[1]).toEqual(middle);
  });

  it('does not restore over a newer review of the same client', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: 'Acme', reviewedOn: '2026-01-01', strength: 'moderate' });
    const first = s.saveDraft(TODAY);
    if (!first.ok) throw new Error('not saved');
    const deleted = s.deleteReview(first.review.id)!;
    s.updateDraft({ clientName: 'Acme', reviewedOn: TODAY, strength: 'strong' });
    s.saveDraft(TODAY);
    expect(s.restoreReview(deleted)).toBe(false);
    expect(s.$reviews.get()).toHaveLength(1);
  });
});

describe('the list', () => {
  it('shows the client’s current name after a rename, and a placeholder once the client is removed', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: 'Acme', reviewedOn: TODAY, strength: 'moderate' });
    s.saveDraft(TODAY);
    const id = s.$clients.get()[0]!.id;
    s.renameClient(id, 'Acme Group');
    expect(s.$reviewRows.get()[0]!.clientName).toBe('Acme Group');
    s.removeClient(id);
    expect(s.$reviewRows.get()[0]!.clientName).toBe(REMOVED_CLIENT_NAME);
  });

  it('sorts most at risk first, then by the chosen column, reversing on a second choice', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: 'Calm', reviewedOn: '2026-05-01', strength: 'strong' });
    s.saveDraft(TODAY);
    s.updateDraft({ clientName: 'Burning', reviewedOn: '2026-05-10', strength: 'weak', recentFailure: true, priceSensitivity: 'high' });
    s.saveDraft(TODAY);
    const names = () => s.$sortedReviewRows.get().map((r) => r.clientName);
    expect(names()).toEqual(['Burning', 'Calm']);
    s.sortReviewsBy('name');
    expect(s.$reviewSort.get()).toEqual({ key: 'name', direction: 'ascending' });
    expect(names()).toEqual(['Burning', 'Calm']);
    s.sortReviewsBy('name');
    expect(names()).toEqual(['Calm', 'Burning']);
    s.sortReviewsBy('reviewedOn');
    expect(names()).toEqual(['Calm', 'Burning']);
  });

  it('lists clients at risk and reviews due for My plan', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: 'Fine', reviewedOn: '2026-05-01', strength: 'strong' });
    s.saveDraft(TODAY);
    s.updateDraft({ clientName: 'Old', reviewedOn: '2026-01-01', strength: 'strong' });
    s.saveDraft(TODAY);
    s.updateDraft({ clientName: 'Risky', reviewedOn: '2026-05-01', strength: 'weak', recentFailure: true });
    s.saveDraft(TODAY);
    expect(s.$reviewsNeedingAttention.get().map((r) => [r.clientName, r.verdict.status, r.due])).toEqual([
      ['Risky', 'near-edge', false],
      ['Old', 'inside', true],
    ]);
  });
});

describe('saved data', () => {
  it('reads back what an earlier visit saved', async () => {
    const s = await loadStores();
    s.updateDraft({ clientName: 'Acme', reviewedOn: TODAY, strength: 'moderate' });
    s.saveDraft(TODAY);
    const again = await loadStores();
    expect(again.$reviewRows.get().map((r) => r.clientName)).toEqual(['Acme']);
  });

  it('sets corrupt data aside with a notice and starts from an empty list', async () => {
    const corrupt = JSON.stringify({ version: 1, data: [{ id: 'x', clientId: 'c', reviewedOn: '2026-02-31', answers: {}, strengthFrom: 'asked' }] });
    localStorage.setItem(KEY, corrupt);
    const s = await loadStores();
    expect(s.$reviews.get()).toEqual([]);
    const [notice] = s.$savedDataNotices.get();
    expect(notice).toMatchObject({ name: 'tolerance-review', message: expect.stringContaining('tolerance review') });
    expect(localStorage.getItem(notice!.setAsideKey!)).toBe(corrupt);
  });

  it('registers for My plan’s export and import', async () => {
    const s = await loadStores();
    expect(s.listSavedStores().map((entry) => entry.spec.name)).toContain('tolerance-review');
  });
});
