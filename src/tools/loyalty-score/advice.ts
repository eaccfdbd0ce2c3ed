/**
 * What the scorer advises: next actions for the weakest factor, links into the guidance, and the working
 * in words. Pure functions over a {@link LoyaltyResult}.
 */
import { INPUTS } from './form';
import { TRUST_EXPONENT, VALUE_EXPONENT, type Entries, type InputId, type LoyaltyResult } from './model';

/** A next action for the weakest factor. */
export interface NextAction {
  /** The input the action works on. */
  input: InputId;
  text: string;
}

/** Concrete actions by input, most useful first. */
export const ACTIONS_BY_INPUT: Readonly<Record<InputId, readonly string[]>> = {
  core: [
    'Ask which result the client hired you for, and report progress in their terms.',
    'Fix the complaint you hear most about your main service before adding anything new.',
  ],
  surprise: [
    'Bring one idea they did not ask for to your next meeting: a saving, a risk, a shortcut.',
    'Send a short note on a change in their market and what it means for them.',
  ],
  personal: [
    'Learn what your contact wants from their job this year, and help with one step.',
    'Credit your contact in front of their manager when shared work goes well.',
  ],
  integrity: [
    'List this month’s promises to the client; close the open ones or say plainly why not.',
    'Keep what the client tells you confidential, and never use it for your own gain.',
  ],
  competence: [
    'Close one skills gap the client has noticed: train, hire or bring in a partner.',
    'Explain how you reach recommendations, so the client can judge your reasoning.',
  ],
  delivery: [
    'Agree only dates you can keep, then deliver on or before each one.',
    'Warn early when something will slip, with a new date and your plan.',
  ],
  extraMile: [
    'Do one useful thing this month the contract does not cover, and do not bill it.',
    'Book a call just to hear their problems, with nothing to sell.',
    'Pass on an introduction or resource that helps them, even if it does nothing for you.',
  ],
};

/** How many next actions the scorer suggests. */
export const NEXT_ACTION_COUNT = 3;

/**
 * Picks next actions for the weakest factor: most from its lowest-rated input, then from the next.
 * When integrity caps trust, integrity comes first whatever its rating: nothing else lifts trust past it.
 * @param entries the ratings
 * @param result their score
 */
export function pickNextActions(entries: Entries, result: LoyaltyResult): NextAction[] {
  const inputs = INPUTS.filter((input) => input.factor === result.weakest).map((input) => input.id);
  const order = [...inputs].sort((a, b) => {
    if (result.trustCappedByIntegrity && (a === 'integrity' || b === 'integrity')) return a === 'integrity' ? -1 : 1;
    return entries[a] - entries[b];
  });
  const actions: NextAction[] = [];
  // Round-robin from the lowest input: two from the first, then one from the next, and so on.
  const queues = order.map((input) => ACTIONS_BY_INPUT[input].map((text) => ({ input, text })));
  const first = queues[0] ?? [];
  actions.push(...first.slice(0, queues.length > 1 ? NEXT_ACTION_COUNT - 1 : NEXT_ACTION_COUNT));
  for (const queue of queues.slice(1)) {
    if (actions.length >= NEXT_ACTION_COUNT) break;
    actions.push(...queue.slice(0, 1));
  }
  return actions;
}

/** Formats a number for the working with at most two decimals, so float noise (46.800000001) never shows. */
function formatDecimal(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Writes a share such as 0.6 as "60%". */
function toPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Explains in words how the factor scores combine into the loyalty score, with the numbers used.
 * @param result a score
 */
export function describeWorking(result: LoyaltyResult): string[] {
  const { factors } = result;
  const trustLine = result.trustCappedByIntegrity
    ? `Trust would be ${result.trustBeforeCap} from its three ratings, but integrity caps it at ${factors.trust}.`
    : `Trust is ${factors.trust}, within the cap that integrity sets.`;
  return [
    trustLine,
    `Value ${factors.value} and trust ${factors.trust} combine to ${result.combined} (value counts ${toPercent(VALUE_EXPONENT)}, trust ${toPercent(TRUST_EXPONENT)}, and a zero in either gives zero).`,
    `Extra mile ${factors.extraMile} keeps ${toPercent(result.extraMileMultiplier)} of that: ${result.combined} × ${result.extraMileMultiplier.toFixed(2)} = ${formatDecimal(result.unrounded)}${
      formatDecimal(result.unrounded) === String(result.score) ? '' : `, which rounds to ${result.score}`
    }.`,
  ];
}
