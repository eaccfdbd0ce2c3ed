import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeStoreData, type StoreData } from '../merge';
import { CLIENTS_STORE_NAME, loadAllMergeRules } from '../../registry';
import type { StoreMergeRules } from '../../shared/merge-rules';
import type { TouchpointPlan } from '../../touchpoint-planner/public';
import type { ToleranceReviewRecord } from '../../tolerance-review/public';
import type { ChecklistData } from '../../weekly-checklist/public';

const ENTRIES = { core: 5, surprise: 5, personal: 5, integrity: 5, competence: 5, delivery: 5, extraMile: 5 };

function plan(id: string, clientId: string): TouchpointPlan {
  return { id, clientId, startDate: '2026-03-01', channels: ['call'], contacts: [] };
}

function review(id: string, clientId: string, reviewedOn: string): ToleranceReviewRecord {
  return {
    id,
    clientId,
    reviewedOn,
    strengthFrom: 'asked',
    answers: {
      contacts: { service: 'none', sales: 'none', leadership: 'none', billing: 'none', quality: 'none', marketing: 'none' },
      priceSensitivity: 'low',
      contactChange: false,
      newStaff: false,
      recentFailure: false,
      strength: 'moderate',
    },
  };
}

let rules: StoreMergeRules;
// The first import transforms every tool's merge module; on a busy machine that alone can outlast a hook's limit.
beforeAll(async () => {
  rules = await loadAllMergeRules();
}, 60_000);

/** Merges with every registered tool's rules, as My plan does. */
function merge(current: Readonly<StoreData>, incoming: Readonly<StoreData>): StoreData {
  return mergeStoreData(current, incoming, rules, CLIENTS_STORE_NAME);
}

describe('mergeStoreData', () => {
  it('matches a client typed on both devices by name and moves the file’s records to this browser’s client', () => {
    const merged = merge(
      { clients: [{ id: 'here', name: 'Acme Ltd' }] },
      {
        clients: [
          { id: 'there', name: '  acme   ltd ' },
          { id: 'new', name: 'Bolt' },
        ],
        'loyalty-scorecards': [{ id: 's1', clientId: 'there', savedOn: '2026-03-01', entries: ENTRIES }],
        'touchpoint-planner': { plans: [plan('p1', 'there')] },
        'tolerance-review': [review('r1', 'new', '2026-03-01')],
        'weekly-checklist': { weeks: { '2026-W10': { keyClients: ['there', 'new'] } } },
      },
    );
    expect(merged.clients).toEqual([
      { id: 'here', name: 'Acme Ltd' },
      { id: 'new', name: 'Bolt' },
    ]);
    expect(merged['loyalty-scorecards']).toEqual([{ id: 's1', clientId: 'here', savedOn: '2026-03-01', entries: ENTRIES }]);
    expect((merged['touchpoint-planner'] as { plans: TouchpointPlan[] }).plans[0]!.clientId).toBe('here');
    expect((merged['tolerance-review'] as ToleranceReviewRecord[])[0]!.clientId).toBe('new');
    expect((merged['weekly-checklist'] as ChecklistData).weeks['2026-W10']!.keyClients).toEqual(['here', 'new']);
  });

  it('keeps a client renamed on one device as one client, under this browser’s name', () => {
    const merged = merge({ clients: [{ id: 'a', name: 'Acme' }] }, { clients: [{ id: 'a', name: 'Acme Group' }] });
    expect(merged.clients).toEqual([{ id: 'a', name: 'Acme' }]);
  });

  it('adds the file’s scorecards but keeps this browser’s on the same client and day', () => {
    const mine = { id: 'm', clientId: 'a', savedOn: '2026-03-01', entries: ENTRIES };
    const merged = merge(
      { clients: [{ id: 'a', name: 'Acme' }], 'loyalty-scorecards': [mine] },
      {
        'loyalty-scorecards': [
          { id: 'f1', clientId: 'a', savedOn: '2026-03-01', entries: { ...ENTRIES, core: 9 } },
          { id: 'f2', clientId: 'a', savedOn: '2026-02-01', entries: ENTRIES },
        ],
      },
    );
    expect((merged['loyalty-scorecards'] as { id: string }[]).map((card) => card.id)).toEqual(['m', 'f2']);
  });

  it('keeps one touchpoint plan per client, this browser’s first', () => {
    const merged = merge(
      { 'touchpoint-planner': { plans: [plan('mine', 'a')] } },
      { 'touchpoint-planner': { plans: [plan('theirs', 'a'), plan('other', 'b')] } },
    );
    expect((merged['touchpoint-planner'] as { plans: TouchpointPlan[] }).plans.map((p) => p.id)).toEqual(['mine', 'other']);
  });

  it('keeps the more recent tolerance review of a customer, from either side', () => {
    const merged = merge(
      { 'tolerance-review': [review('old', 'a', '2026-01-01'), review('newer-here', 'b', '2026-03-01')] },
      { 'tolerance-review': [review('newer-there', 'a', '2026-02-01'), review('older-there', 'b', '2026-02-01')] },
    );
    expect((merged['tolerance-review'] as ToleranceReviewRecord[]).map((r) => r.id)).toEqual(['newer-there', 'newer-here']);
  });

  it('combines a week’s ticks, fills empty notes from the file and never lists a key customer twice', () => {
    const merged = merge(
      {
        'weekly-checklist': {
          weeks: { '2026-W10': { ticks: { communicate: ['wed'] }, notes: { communicate: 'Called Acme', surprise: ' ' }, keyClients: [null, 'a'] } },
        },
      },
      {
        'weekly-checklist': {
          weeks: {
            '2026-W10': { ticks: { communicate: ['mon', 'wed'], surprise: ['fri'] }, notes: { communicate: 'Other', surprise: 'Sent a card' }, keyClients: ['a', 'b'] },
            '2026-W09': { ticks: { 'give-loyalty': ['tue'] } },
          },
          paper: 'letter',
        },
      },
    );
    const data = merged['weekly-checklist'] as ChecklistData;
    expect(data.weeks['2026-W10']).toEqual({
      ticks: { communicate: ['mon', 'wed'], surprise: ['fri'] },
      notes: { communicate: 'Called Acme', surprise: 'Sent a card' },
      keyClients: ['b', 'a'],
    });
    expect(data.weeks['2026-W09']).toEqual({ ticks: { 'give-loyalty': ['tue'] } });
    expect(data.paper).toBe('letter');
  });

  it('adds quiz results of other days and keeps this browser’s answers and results', () => {
    const merged = merge(
      { 'ladder-quiz': { answers: { 'basics-on-time': 'always' }, history: [{ date: '2026-03-01', stepNumber: 2 }] } },
      {
        'ladder-quiz': {
          answers: { 'basics-on-time': 'not-yet' },
          history: [
            { date: '2026-03-01', stepNumber: 4 },
            { date: '2026-01-01', stepNumber: 1 },
          ],
        },
      },
    );
    expect(merged['ladder-quiz']).toEqual({
      answers: { 'basics-on-time': 'always' },
      history: [
        { date: '2026-01-01', stepNumber: 1 },
        { date: '2026-03-01', stepNumber: 2 },
      ],
    });
  });

  it('takes the file’s data for a tool this browser never used, and keeps this browser’s for a tool without merge rules', () => {
    const merged = merge({ 'loyalty-score': { clientName: 'mine' } }, { 'loyalty-score': { clientName: 'theirs' }, 'ladder-quiz': { answers: {}, history: [] } });
    expect(merged).toEqual({ 'loyalty-score': { clientName: 'mine' }, 'ladder-quiz': { answers: {}, history: [] } });
  });

  const clientArb = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), name: fc.constantFrom('Acme', 'acme', 'Bolt', 'Cog') });
  const cardArb = fc.record({
    id: fc.constantFrom('s1', 's2', 's3', 's4', 's5'),
    clientId: fc.constantFrom('a', 'b', 'c', 'd'),
    savedOn: fc.constantFrom('2026-01-01', '2026-02-01'),
    entries: fc.constant(ENTRIES),
  });
  const sideArb = fc.record({
    clients: fc.uniqueArray(clientArb, { selector: (c) => c.id, maxLength: 4 }),
    'loyalty-scorecards': fc.uniqueArray(cardArb, { selector: (c) => c.id, maxLength: 5 }),
  });

  it('over all inputs: every record this browser holds survives a merge unchanged', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (current, incoming) => {
        const merged = merge(current, incoming);
        expect((merged.clients as unknown[]).slice(0, current.clients.length)).toEqual(current.clients);
        expect((merged['loyalty-scorecards'] as unknown[]).slice(0, current['loyalty-scorecards'].length)).toEqual(current['loyalty-scorecards']);
      }),
    );
  });

  it('over all inputs: merging the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (current, incoming) => {
        const once = merge(current, incoming);
        expect(merge(once, incoming)).toEqual(once);
      }),
    );
  });

  it('over all inputs: merging with an empty file changes nothing', () => {
    fc.assert(
      fc.property(sideArb, (current) => {
        expect(merge(current, {})).toEqual(current);
      }),
    );
  });
});
