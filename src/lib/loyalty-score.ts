/**
 * The loyalty equation as a score: seven ratings (0–10) become three factor scores and one loyalty score
 * (all 0–100), a named band, the weakest and strongest factor, and next actions for the weakest one.
 * Pure functions; the scorer's store applies them to what the user types.
 *
 * The model (explained to users under "How the score works" on the tool page):
 * 1. Value = 4 × core + 3 × surprise + 3 × personal. Core value is what the client pays for, so it
 *    counts a little more than the two ways of adding to it.
 * 2. Trust = 3 × integrity + 3 × competence + 4 × delivery, but never more than 10 × integrity: integrity
 *    is the prerequisite of trust (source article 000; Mayer, Davis & Schoorman 1995: lacking integrity
 *    forecloses trust). Delivery counts most because keeping commitments is what builds trust day to day.
 * 3. Value and trust combine as a weighted geometric mean, Value^0.6 × Trust^0.4: multiplying means a
 *    zero in either gives zero (loyalty needs both), and value, the client's main reason to stay, weighs
 *    most. Rounded to a whole number.
 * 4. The extra mile multiplies that by 0.80 (none) up to 1.00 (all the way): it adds, but its absence
 *    alone does not undo a relationship that has value and trust.
 * Every step is monotone, so the score never falls when a rating rises.
 */

/**
 * Data name of the saved scorecards (`loyalty-playbook:loyalty-scorecards` in storage). Here rather than
 * beside the scorecard rules so the scorer's form can check for saved scorecards without loading them.
 */
export const SCORECARDS_STORE_NAME = 'loyalty-scorecards';

/** Lowest rating of an input. */
export const RATING_MIN = 0;
/** Highest rating of an input (the issue's 0–10 scale). */
export const RATING_MAX = 10;
/** Highest factor and loyalty score. */
export const SCORE_MAX = 100;

/** The seven inputs, in the order of the form. Also the keys of a share link's query. */
export const INPUT_IDS = ['core', 'surprise', 'personal', 'integrity', 'competence', 'delivery', 'extraMile'] as const;

/** One of the seven inputs. */
export type InputId = (typeof INPUT_IDS)[number];

/** The three factors of the loyalty equation, in order of weight. */
export const FACTOR_IDS = ['value', 'trust', 'extraMile'] as const;

/** One of the three factors. */
export type FactorId = (typeof FACTOR_IDS)[number];

/** A whole-number rating 0–10 for each input. */
export type Entries = Record<InputId, number>;

/** A rating of the middle of the scale for every input: where a new scorecard starts. */
export const MIDDLE_ENTRIES: Entries = {
  core: 5,
  surprise: 5,
  personal: 5,
  integrity: 5,
  competence: 5,
  delivery: 5,
  extraMile: 5,
};

/**
 * Reads a complete set of valid ratings from saved data, dropping anything else it holds. Written by hand
 * rather than as a zod schema so that zod stays out of the scorer's first download.
 * @param value anything read from storage
 * @returns the ratings, or undefined when one is missing or not a whole number 0–10
 */
export function readEntries(value: unknown): Entries | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const isRating = (rating: unknown): rating is number =>
    Number.isInteger(rating) && (rating as number) >= RATING_MIN && (rating as number) <= RATING_MAX;
  if (!INPUT_IDS.every((id) => isRating(record[id]))) return undefined;
  return Object.fromEntries(INPUT_IDS.map((id) => [id, record[id]])) as Entries;
}

/** How an input appears on the form. */
export interface InputDefinition {
  id: InputId;
  factor: FactorId;
  /** The field's label, exactly. */
  label: string;
  /** What a 0, a 5 and a 10 look like, in one line. */
  hint: string;
}

/** The seven inputs with their labels and hints, grouped by factor in form order. */
export const INPUTS: readonly InputDefinition[] = [
  {
    id: 'core',
    factor: 'value',
    label: 'Core value',
    hint: '0: falls short of what they hired you for. 5: done as agreed. 10: clearly improves their results.',
  },
  {
    id: 'surprise',
    factor: 'value',
    label: 'Surprise value',
    hint: '0: nothing beyond the brief. 5: a useful idea now and then. 10: regular, unexpected insight.',
  },
  {
    id: 'personal',
    factor: 'value',
    label: 'Personal value',
    hint: '0: you do not know your contact’s own goals. 5: you know, but rarely help. 10: you help them get there.',
  },
  {
    id: 'integrity',
    factor: 'trust',
    label: 'Integrity',
    hint: '0: broken promises or leaked confidences. 5: honest, some loose ends. 10: every promise kept, every secret safe.',
  },
  {
    id: 'competence',
    factor: 'trust',
    label: 'Competence',
    hint: '0: they check all your work. 5: solid, nothing more. 10: they ask your opinion first.',
  },
  {
    id: 'delivery',
    factor: 'trust',
    label: 'Delivery',
    hint: '0: deadlines often missed. 5: mostly on time, after reminders. 10: always on time, without chasing.',
  },
  {
    id: 'extraMile',
    factor: 'extraMile',
    label: 'Extra mile',
    hint: '0: strictly the contract. 5: an occasional favour. 10: often help beyond the deal, unpaid.',
  },
];

/** Factor names as shown to users. */
export const FACTOR_LABELS: Readonly<Record<FactorId, string>> = {
  value: 'Value',
  trust: 'Trust',
  extraMile: 'Extra mile',
};

/**
 * Weight of each value input, in tenths (they add up to 10, so all 10s give 100). Core value is why the
 * client bought; surprise and personal value add to it (source article 000's three kinds of value).
 */
export const VALUE_WEIGHTS = { core: 4, surprise: 3, personal: 3 } as const;

/**
 * Weight of each trust input, in tenths. Delivering what was promised, when promised, is the article's
 * single biggest builder of trust, so it counts most.
 */
export const TRUST_WEIGHTS = { integrity: 3, competence: 3, delivery: 4 } as const;

/** Trust never exceeds this many points per point of integrity (integrity 10 allows 100). */
export const TRUST_POINTS_PER_INTEGRITY_POINT = 10;

/**
 * Exponent of Value in the combined score; Trust gets the rest (0.4). Above one half because the source
 * names value the main reason a client stays.
 */
export const VALUE_EXPONENT = 0.6;

/** Exponent of Trust in the combined score. */
export const TRUST_EXPONENT = 1 - VALUE_EXPONENT;

/**
 * Share of the combined score kept with no extra mile at all (the issue: with everything else at 10,
 * no extra mile must still score 70–85). Full extra mile keeps all of it.
 */
export const EXTRA_MILE_FLOOR = 0.8;

/** Points between the strongest and weakest factor from which the scorer warns of an imbalance. */
export const IMBALANCE_SPREAD = 30;

/** A named band of the loyalty score. */
export interface Band {
  id: 'at-risk' | 'satisfied' | 'loyal' | 'trusted-advisor';
  name: string;
  /** Lowest score in the band. */
  min: number;
  /** Highest score in the band. */
  max: number;
  /** What the band means for the relationship, in a sentence. */
  meaning: string;
}

/**
 * The four bands, lowest first. Satisfaction is not loyalty (source article 004): the middle band says so.
 * "Trusted advisor" is the status the source names as the goal, and needs some extra mile to reach.
 */
export const BANDS: readonly Band[] = [
  {
    id: 'at-risk',
    name: 'At risk',
    min: 0,
    max: 39,
    meaning: 'A better offer could take this client. Repair the weakest factor first.',
  },
  {
    id: 'satisfied',
    name: 'Satisfied but not loyal',
    min: 40,
    max: 64,
    meaning: 'Content for now, but nothing holds them if a rival calls.',
  },
  {
    id: 'loyal',
    name: 'Loyal',
    min: 65,
    max: 84,
    meaning: 'They return without shopping around. Keep it fresh: surprises become expectations.',
  },
  {
    id: 'trusted-advisor',
    name: 'Trusted advisor',
    min: 85,
    max: 100,
    meaning: 'They bring you problems before there is a brief. Guard that trust.',
  },
];

/** The three factor scores, each 0–100. */
export type FactorScores = Record<FactorId, number>;

/** A loyalty score with its working, ready to show. */
export interface LoyaltyResult {
  factors: FactorScores;
  /** Trust from its weighted inputs, before the integrity cap. */
  trustBeforeCap: number;
  /** Whether integrity held trust below its weighted inputs. */
  trustCappedByIntegrity: boolean;
  /** Value and trust combined, 0–100. */
  combined: number;
  /** The extra mile's multiplier, 0.80–1.00. */
  extraMileMultiplier: number;
  /** Combined × multiplier before rounding, for showing the working. */
  unrounded: number;
  /** The loyalty score, a whole number 0–100. */
  score: number;
  band: Band;
  weakest: FactorId;
  /** Undefined when all three factors score the same. */
  strongest: FactorId | undefined;
  /** Points between the strongest and the weakest factor. */
  spread: number;
  /** Whether the spread reaches {@link IMBALANCE_SPREAD}. */
  imbalanced: boolean;
}

/**
 * Scores the three factors.
 * @param entries a valid rating 0–10 for every input
 */
export function scoreFactors(entries: Entries): FactorScores & { trustBeforeCap: number } {
  const value = VALUE_WEIGHTS.core * entries.core + VALUE_WEIGHTS.surprise * entries.surprise + VALUE_WEIGHTS.personal * entries.personal;
  const trustBeforeCap =
    TRUST_WEIGHTS.integrity * entries.integrity + TRUST_WEIGHTS.competence * entries.competence + TRUST_WEIGHTS.delivery * entries.delivery;
  const trust = Math.min(trustBeforeCap, TRUST_POINTS_PER_INTEGRITY_POINT * entries.integrity);
  const extraMile = (SCORE_MAX / RATING_MAX) * entries.extraMile;
  return { value, trust, extraMile, trustBeforeCap };
}

/**
 * Combines value and trust (0–100 each) into one whole number 0–100; zero when either is zero.
 * @param value the Value factor
 * @param trust the Trust factor
 */
export function combineValueAndTrust(value: number, trust: number): number {
  return Math.round(value ** VALUE_EXPONENT * trust ** TRUST_EXPONENT);
}

/**
 * Returns the multiplier the extra mile applies: {@link EXTRA_MILE_FLOOR} at 0, 1 at 100.
 * @param extraMile the Extra mile factor, 0–100
 */
export function findExtraMileMultiplier(extraMile: number): number {
  // Worked in hundredths so 0.8 + 0.2 × 0.5 is exactly 0.9, not 0.9000000000000001.
  return Math.round(EXTRA_MILE_FLOOR * 100 + (1 - EXTRA_MILE_FLOOR) * extraMile) / 100;
}

/**
 * Finds the band a loyalty score falls in.
 * @param score a whole number 0–100
 */
export function findBand(score: number): Band {
  return BANDS.find((band) => score >= band.min && score <= band.max) ?? (score > SCORE_MAX ? BANDS[BANDS.length - 1]! : BANDS[0]!);
}

/**
 * Scores one relationship.
 * @param entries a valid rating 0–10 for every input
 */
export function scoreLoyalty(entries: Entries): LoyaltyResult {
  const { trustBeforeCap, ...factors } = scoreFactors(entries);
  const combined = combineValueAndTrust(factors.value, factors.trust);
  const extraMileMultiplier = findExtraMileMultiplier(factors.extraMile);
  const unrounded = combined * extraMileMultiplier;
  const score = Math.round(unrounded);
  // Ties go to the factor listed first (Value, Trust, Extra mile): it weighs more, so work on it pays more.
  const weakest = FACTOR_IDS.reduce((low, id) => (factors[id] < factors[low] ? id : low));
  const strongestCandidate = FACTOR_IDS.reduce((high, id) => (factors[id] > factors[high] ? id : high));
  const spread = factors[strongestCandidate] - factors[weakest];
  return {
    factors,
    trustBeforeCap,
    trustCappedByIntegrity: factors.trust < trustBeforeCap,
    combined,
    extraMileMultiplier,
    unrounded,
    score,
    band: findBand(score),
    weakest,
    strongest: spread === 0 ? undefined : strongestCandidate,
    spread,
    imbalanced: spread >= IMBALANCE_SPREAD,
  };
}

/** The outcome of checking what was typed in a rating field. */
export type EntryCheck = { ok: true; value: number } | { ok: false; message: string };

/** Plain decimal or scientific notation, as a number field accepts it; hex and the like are refused. */
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const RANGE_TEXT = `a whole number from ${RATING_MIN} to ${RATING_MAX}`;

/**
 * Checks what was typed in a rating field.
 * @param text the field's text
 * @param isBadInput true when the browser reports text it could not read as a number (its value is then "")
 */
export function checkEntry(text: string, isBadInput = false): EntryCheck {
  const trimmed = text.trim();
  if (isBadInput || (trimmed !== '' && !NUMBER_TEXT.test(trimmed))) {
    return { ok: false, message: `Not a number. Enter ${RANGE_TEXT}.` };
  }
  if (trimmed === '') return { ok: false, message: `Empty. Enter ${RANGE_TEXT}.` };
  const value = Number(trimmed);
  const outOfRange = { ok: false, message: `Out of range. Enter ${RANGE_TEXT}.` } as const;
  if (!Number.isFinite(value)) return outOfRange;
  if (!Number.isInteger(value)) return { ok: false, message: `No fractions. Enter ${RANGE_TEXT}.` };
  if (value < RATING_MIN || value > RATING_MAX) return outOfRange;
  // Number('-0') is -0; a rating has no sign.
  return { ok: true, value: Math.abs(value) };
}

/** A next action for the weakest factor. */
export interface NextAction {
  /** The input the action works on. */
  input: InputId;
  text: string;
}

/**
 * Where the guidance on each factor lives: site paths without the base, to the section of the loyalty
 * equation page (heading ids; the end-to-end tests check that each still exists).
 */
export const FACTOR_GUIDANCE: Readonly<Record<FactorId, { path: string; title: string }>> = {
  value: { path: 'playbook/loyalty-equation/#value-core-surprise-and-personal', title: 'Value: core, surprise and personal' },
  trust: { path: 'playbook/loyalty-equation/#trust-integrity-first-then-delivery', title: 'Trust: integrity first, then delivery' },
  extraMile: { path: 'playbook/loyalty-equation/#the-extra-mile', title: 'The extra mile' },
};

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

/** A share link's query, already decoded. */
export interface ShareQueryResult {
  /** The valid ratings found. */
  entries: Partial<Entries>;
  /** Inputs whose value in the link was not a valid rating, with what the link held. */
  ignored: { id: InputId; label: string; text: string }[];
}

/**
 * Writes the ratings as a URL query (without the `?`), in form order. The client name is left out: a
 * link pasted into a chat should not name a client.
 * @param entries the ratings
 */
export function toShareQuery(entries: Entries): string {
  return new URLSearchParams(INPUT_IDS.map((id) => [id, String(entries[id])])).toString();
}

/**
 * Reads the ratings from a URL query. Unknown parameters are not the scorer's and are left alone.
 * @param search a query string, with or without the leading `?`
 */
export function readShareQuery(search: string): ShareQueryResult {
  const params = new URLSearchParams(search);
  const result: ShareQueryResult = { entries: {}, ignored: [] };
  for (const input of INPUTS) {
    const text = params.get(input.id);
    if (text === null) continue;
    const check = checkEntry(text);
    if (check.ok) result.entries[input.id] = check.value;
    else result.ignored.push({ id: input.id, label: input.label, text });
  }
  return result;
}

/**
 * Describes a change of score in words: "+6 points", "−1 point", "no change".
 * @param delta the new score minus the old
 */
export function describeScoreChange(delta: number): string {
  if (delta === 0) return 'no change';
  const points = Math.abs(delta) === 1 ? 'point' : 'points';
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta)} ${points}`;
}
