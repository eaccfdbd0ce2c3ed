import fc from 'fast-check';
import { TOOLS } from '../../registry';
import { describe, expect, it } from 'vitest';
import { addDaysToIsoDate } from '../../shared/calendar-date';
import {
  ACTION_PRIORITY,
  NEXT_ACTION_COUNT,
  QUIZ_STALE_DAYS,
  listUnusedTools,
  rankNextActions,
  type ClientScore,
  type PlanInputs,
  type ReviewAttentionSummary,
  type UpcomingContactSummary,
} from '../model';

const TODAY = '2026-03-10';

function contact(overrides: Partial<UpcomingContactSummary> = {}): UpcomingContactSummary {
  return {
    key: 'p1:c1',
    clientName: 'Acme',
    date: TODAY,
    overdue: false,
    purpose: 'Say thank you',
    guide: { path: 'playbook/referral-cycle/', label: 'The referral cycle' },
    ...overrides,
  };
}

function attention(overrides: Partial<ReviewAttentionSummary> = {}): ReviewAttentionSummary {
  return {
    reviewId: 'r1',
    clientName: 'Bolt Ltd',
    status: 'outside',
    statusLabel: 'Outside',
    reviewedOn: '2026-03-01',
    dueOn: '2026-05-30',
    due: false,
    firstStep: 'Act today: phone the customer yourself.',
    ...overrides,
  };
}

function score(overrides: Partial<ClientScore> = {}): ClientScore {
  return {
    clientId: 'c1',
    clientName: 'Acme',
    score: 30,
    bandId: 'at-risk',
    bandName: 'At risk',
    savedOn: '2026-03-01',
    weakestFactor: 'Trust',
    weakestGuide: { path: 'playbook/loyalty-equation/#trust-integrity-first-then-delivery', label: 'Trust' },
    ...overrides,
  };
}

/** Every tool used, with nothing that needs doing. */
const ALL_QUIET: PlanInputs = {
  today: TODAY,
  'loyalty-score': [],
  'ladder-quiz': { latest: { stepNumber: 5, label: 'Step 5 of 5: Partnership', date: TODAY }, nextAction: undefined },
  'weekly-checklist': {
    thisWeek: { week: '2026-W11', habitsPractised: 6, ticks: 10, challengeMet: true },
    lastEightWeeks: [],
    habitCount: 6,
  },
  'touchpoint-planner': { planCount: 1, upcoming: [] },
  'tolerance-review': { reviewCount: 2, needingAttention: [] },
  'client-survey': { clients: [], netPromoterScore: { promoters: 0, passives: 0, detractors: 0, total: 0, score: undefined }, awaitingReply: 0 },
};

describe('rankNextActions', () => {
  it('invites to every tool, in page order, when nothing has been used', () => {
    const actions = rankNextActions({ today: TODAY });
    expect(actions.map((a) => a.kind)).toEqual(Array(NEXT_ACTION_COUNT).fill('invitation'));
    // Six tools, five actions: the first five in page order (the client survey, sixth, waits).
    expect(actions.map((a) => a.link.path)).toEqual(TOOLS.slice(0, NEXT_ACTION_COUNT).map((tool) => tool.path));
  });

  it('does not invite to a tool that has been used, even when it has nothing to suggest', () => {
    expect(rankNextActions(ALL_QUIET)).toEqual([]);
  });

  it('puts an overdue contact first, then a customer outside their zone, then contacts due soon', () => {
    const actions = rankNextActions({
      ...ALL_QUIET,
      'touchpoint-planner': {
        planCount: 2,
        upcoming: [
          contact({ key: 'later', date: addDaysToIsoDate(TODAY, 9) }),
          contact({ key: 'tomorrow', date: addDaysToIsoDate(TODAY, 1) }),
          contact({ key: 'late', date: addDaysToIsoDate(TODAY, -3), overdue: true }),
        ],
      },
      'tolerance-review': { reviewCount: 1, needingAttention: [attention()] },
    });
    expect(actions.map((a) => a.key)).toEqual(['contact:late', 'review:r1', 'contact:tomorrow', 'contact:later']);
    expect(actions[0]!.why).toContain('3 days ago');
    expect(actions[2]!.why).toContain('tomorrow');
    expect(actions[1]!.title).toBe('Act today: phone the customer yourself.');
  });

  it('asks to repair the weakest factor of at-risk clients before satisfied ones, lowest score first', () => {
    const actions = rankNextActions({
      ...ALL_QUIET,
      'loyalty-score': [
        score({ clientId: 'a', score: 55, bandId: 'satisfied', bandName: 'Satisfied but not loyal', weakestFactor: 'Value' }),
        score({ clientId: 'b', score: 35 }),
        score({ clientId: 'c', score: 20, clientName: undefined }),
        score({ clientId: 'd', score: 90, bandId: 'trusted-advisor', bandName: 'Trusted advisor' }),
      ],
    });
    expect(actions.map((a) => a.key)).toEqual(['score:c', 'score:b', 'score:a']);
    expect(actions[0]!.title).toBe('Strengthen trust with a client no longer in your list');
    expect(actions[2]!.link.path).toContain('loyalty-equation');
  });

  it('counts the habits still to practise this week', () => {
    const [action] = rankNextActions({
      ...ALL_QUIET,
      'weekly-checklist': { ...ALL_QUIET['weekly-checklist']!, thisWeek: { week: '2026-W11', habitsPractised: 5, ticks: 7, challengeMet: false } },
    });
    expect(action?.title).toBe('Practise 1 more habit this week');
    expect(action?.link.path).toBe('playbook/weekly-habits/#the-one-week-desk-challenge');
  });

  it('asks to finish a quiz left half way, to climb after a result, and to retake an old one', () => {
    expect(rankNextActions({ ...ALL_QUIET, 'ladder-quiz': { latest: undefined, nextAction: undefined } }).map((a) => a.kind)).toEqual(['finishQuiz']);
    const old = addDaysToIsoDate(TODAY, -QUIZ_STALE_DAYS);
    const actions = rankNextActions({
      ...ALL_QUIET,
      'ladder-quiz': {
        latest: { stepNumber: 2, label: 'Step 2 of 5: Service', date: old },
        nextAction: { text: 'Ask one customer a month what would make them stay.', link: { path: 'playbook/loyalty-ladder/', label: 'The ladder' } },
      },
    });
    expect(actions.map((a) => a.kind)).toEqual(['climbLadder', 'retakeQuiz']);
    expect(actions[1]!.why).toContain(`${QUIZ_STALE_DAYS} days ago`);
  });

  it('asks for a review that is due, after customers near the edge', () => {
    const actions = rankNextActions({
      ...ALL_QUIET,
      'tolerance-review': {
        reviewCount: 2,
        needingAttention: [
          attention({ reviewId: 'due', status: 'inside', statusLabel: 'Inside', due: true, firstStep: undefined }),
          attention({ reviewId: 'edge', status: 'near-edge', statusLabel: 'Near the edge', due: true }),
        ],
      },
    });
    expect(actions.map((a) => a.key)).toEqual(['review:edge', 'review:due']);
    expect(actions[0]!.why).toContain('Their review is also due.');
    expect(actions[1]!.title).toBe('Review Bolt Ltd again');
  });

  const contactArb = fc.record({
    key: fc.uuid(),
    clientName: fc.string({ minLength: 1, maxLength: 80 }),
    offset: fc.integer({ min: -30, max: 13 }),
    purpose: fc.constantFrom('Say thank you', 'Early check-in'),
  });
  const inputsArb = fc.record({
    contacts: fc.option(fc.array(contactArb, { maxLength: 8 }), { nil: undefined }),
    scores: fc.option(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 6 }), { nil: undefined }),
    habits: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    step: fc.option(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), { nil: null }),
    reviews: fc.option(fc.array(fc.constantFrom('inside', 'near-edge', 'outside'), { maxLength: 6 }), { nil: undefined }),
  });

  type InputsDrawn = typeof inputsArb extends fc.Arbitrary<infer T> ? T : never;

  function toInputs(drawn: InputsDrawn): PlanInputs {
    return {
      today: TODAY,
      'touchpoint-planner': drawn.contacts && {
        planCount: 1,
        upcoming: drawn.contacts.map((c) => {
          const date = addDaysToIsoDate(TODAY, c.offset);
          return contact({ key: c.key, clientName: c.clientName, date, overdue: c.offset < 0, purpose: c.purpose });
        }),
      },
      'loyalty-score': drawn.scores?.map((value, i) =>
        score({ clientId: `c${i}`, score: value, bandId: value < 40 ? 'at-risk' : value < 65 ? 'satisfied' : value < 85 ? 'loyal' : 'trusted-advisor' }),
      ),
      'weekly-checklist':
        drawn.habits === undefined
          ? undefined
          : { thisWeek: { week: '2026-W11', habitsPractised: drawn.habits, ticks: drawn.habits, challengeMet: drawn.habits === 6 }, lastEightWeeks: [], habitCount: 6 },
      'ladder-quiz':
        drawn.step === null
          ? undefined
          : { latest: drawn.step === undefined ? undefined : { stepNumber: drawn.step, label: `Step ${drawn.step}`, date: '2025-01-01' }, nextAction: undefined },
      'tolerance-review': drawn.reviews && {
        reviewCount: drawn.reviews.length,
        needingAttention: drawn.reviews.map((status, i) => attention({ reviewId: `r${i}`, status: status, due: status === 'inside' })),
      },
    };
  }

  it('over all inputs: at most five actions, most urgent first, unique keys, readable text and a link each', () => {
    fc.assert(
      fc.property(inputsArb, (drawn) => {
        const inputs = toInputs(drawn);
        const actions = rankNextActions(inputs);
        expect(actions.length).toBeLessThanOrEqual(NEXT_ACTION_COUNT);
        const priorities = actions.map((a) => ACTION_PRIORITY[a.kind]);
        expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
        expect(new Set(actions.map((a) => a.key)).size).toBe(actions.length);
        for (const action of actions) {
          expect(`${action.title} ${action.why} ${action.link.label}`).not.toMatch(/undefined|NaN|\[object Object\]/);
          expect(action.link.path).toMatch(/^(playbook|tools)\//);
        }
        const unused = listUnusedTools(inputs);
        const invitations = actions.filter((a) => a.kind === 'invitation').map((a) => a.key);
        expect(invitations.every((key) => unused.includes(key.replace('invite:', '') as never))).toBe(true);
      }),
    );
  });

  it('over all inputs: nothing more urgent is ever left out for something less urgent', () => {
    fc.assert(
      fc.property(inputsArb, (drawn) => {
        const inputs = toInputs(drawn);
        const shown = rankNextActions(inputs);
        if (shown.length < NEXT_ACTION_COUNT) return;
        const lowest = Math.min(...shown.map((a) => ACTION_PRIORITY[a.kind]));
        const overdue = inputs['touchpoint-planner']?.upcoming.filter((c) => c.overdue).length ?? 0;
        if (lowest < ACTION_PRIORITY.overdueContact) expect(shown.filter((a) => a.kind === 'overdueContact')).toHaveLength(overdue);
      }),
    );
  });
});

describe('listUnusedTools', () => {
  it('lists the tools with no summary, in page order', () => {
    expect(listUnusedTools({ today: TODAY, 'ladder-quiz': ALL_QUIET['ladder-quiz'], 'tolerance-review': ALL_QUIET['tolerance-review'] })).toEqual([
      'loyalty-score',
      'weekly-checklist',
      'touchpoint-planner',
      'client-survey',
    ]);
  });
});
