/**
 * The loyalty equation as a score: seven ratings (0–10) become three factor scores and one loyalty score
 * (all 0–100), a named band, and the weakest and strongest factor. Pure functions; the form's labels and
 * checks are in `./form.ts`, the advice in `./advice.ts`, so tools that only
 * read scores (the tolerance review) do not download the scorer's copy.
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
import type { Entries } from './schema';

/**
 * Data name of the saved scorecards (`loyalty-playbook:loyalty-scorecards` in storage). Here rather than
 * beside the scorecard rules so the scorer's form can check for saved scorecards without loading them.
 */
export const SCORECARDS_STORE_NAME = 'loyalty-scorecards';

/** Lowest rating of an input. */
export const RATING_MIN = 0;
/** Highest rating of an input (the 0–10 scale). */
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

/** Factor names as shown to users. */
export const FACTOR_LABELS: Readonly<Record<FactorId, string>> = {
  value: 'Value',
  trust: 'Trust',
  extraMile: 'Extra mile',
};

/**
 * Where the guidance on each factor lives: site paths without the base, to the section of the loyalty
 * equation page (heading ids; the end-to-end tests check that each still exists).
 */
export const FACTOR_GUIDANCE: Readonly<Record<FactorId, { path: string; title: string }>> = {
  value: { path: 'playbook/loyalty-equation/#value-core-surprise-and-personal', title: 'Value: core, surprise and personal' },
  trust: { path: 'playbook/loyalty-equation/#trust-integrity-first-then-delivery', title: 'Trust: integrity first, then delivery' },
  extraMile: { path: 'playbook/loyalty-equation/#the-extra-mile', title: 'The extra mile' },
};

/** A whole-number rating 0–10 for each input; the shape saved data is checked against (`./schema.ts`). */
export type { Entries };

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

/**
 * Describes a change of score in words: "+6 points", "−1 point", "no change".
 * @param delta the new score minus the old
 */
export function describeScoreChange(delta: number): string {
  if (delta === 0) return 'no change';
  const points = Math.abs(delta) === 1 ? 'point' : 'points';
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta)} ${points}`;
}
