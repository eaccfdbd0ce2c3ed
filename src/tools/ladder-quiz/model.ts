/**
 * The loyalty-ladder self-placement quiz: its five steps and fifteen statements, the placement rules,
 * the next actions per step, and the share link that carries the answers.
 *
 * The steps come from the source article on the loyalty ladder (`../shared/sources/002_*.txt`); the
 * statements are written for this site. Pure functions: no DOM, no storage, no clock.
 */
import { LADDER_CLIMB_MONTHS } from './facts';
import type { LadderAnswers, LadderResultRecord } from './schema';

/** The four answers to a statement, weakest first. */
export const ANSWER_LEVELS = ['not-yet', 'sometimes', 'mostly', 'always'] as const;

/** One answer to a statement. */
export type AnswerLevel = (typeof ANSWER_LEVELS)[number];

/** What each answer says on screen. */
export const ANSWER_LABELS: Readonly<Record<AnswerLevel, string>> = {
  'not-yet': 'Not yet',
  sometimes: 'Sometimes',
  mostly: 'Mostly',
  always: 'Always',
};

/** Points per answer, so a step can be averaged: Not yet 0, Sometimes 1, Mostly 2, Always 3. */
export const ANSWER_POINTS: Readonly<Record<AnswerLevel, number>> = {
  'not-yet': 0,
  sometimes: 1,
  mostly: 2,
  always: 3,
};

/** Highest points an answer can earn ("Always"). */
export const MAX_ANSWER_POINTS = ANSWER_POINTS.always;

/** Issue #5: a step is held when its answers average at least "Mostly" (and none is "Not yet"). */
export const HELD_AVERAGE_POINTS = ANSWER_POINTS.mostly;

/**
 * Typical time to climb from the basics to a partnership, from the source article on the loyalty ladder;
 * the guidance page states the same fact from the same module.
 */
export const TYPICAL_CLIMB_MONTHS = LADDER_CLIMB_MONTHS;

/** A statement the user rates. */
export interface LadderStatement {
  /** Stable id, used in saved data and (by position) in share links. */
  id: string;
  /** The statement, written as something the business does. */
  text: string;
}

/** A step to climb to, with what to do about it. */
export interface LadderAction {
  /** What to do, in a sentence. */
  text: string;
  /** Site path of the guidance that explains it, without the base path (`playbook/loyalty-ladder/`). */
  path: string;
  /** Text of the link to that guidance. */
  linkText: string;
}

/** One step of the ladder. */
export interface LadderStep {
  /** 1 to 5, bottom to top. */
  number: number;
  /** Short name shown after "Step n". */
  name: string;
  /** What holding this step looks like, in a sentence. */
  summary: string;
  statements: readonly LadderStatement[];
  /** Three things to do to reach this step. */
  actions: readonly LadderAction[];
}

const LADDER_PAGE = 'playbook/loyalty-ladder/';
const GLOSSARY_PAGE = 'playbook/glossary/';

/** The five steps, bottom to top, each with three statements (order matters: share links use it). */
export const LADDER_STEPS: readonly LadderStep[] = [
  {
    number: 1,
    name: 'The basics',
    summary: 'Clients get what they ordered, when they were told, with paperwork that is right.',
    statements: [
      { id: 'basics-on-time', text: 'We deliver what we promised, on the day we said we would.' },
      { id: 'basics-reachable', text: 'Clients can reach us easily and hear back within the time we set ourselves.' },
      { id: 'basics-accurate', text: 'Our quotes, orders and invoices are correct the first time.' },
    ],
    actions: [
      {
        text: 'Write down the three promises every client hears from you, and check last month’s work against them.',
        path: LADDER_PAGE,
        linkText: 'The basics on the loyalty ladder',
      },
      {
        text: 'Set a reply time for calls and e-mails (say, one working day) and keep a simple log of misses.',
        path: 'playbook/weekly-habits/',
        linkText: 'Weekly habit: be consistent',
      },
      {
        text: 'Pick ten recent invoices or orders at random and fix the cause of every error you find.',
        path: 'playbook/satisfaction-and-loyalty/',
        linkText: 'Every contact tests the relationship',
      },
    ],
  },
  {
    number: 2,
    name: 'Great service',
    summary: 'Dealing with you is pleasant and easy, and problems are owned and put right quickly.',
    statements: [
      { id: 'service-known', text: 'Whoever a client talks to knows their history, so nobody has to explain twice.' },
      { id: 'service-recovery', text: 'When something goes wrong, we tell the client first and put it right fast.' },
      { id: 'service-courtesy', text: 'Every contact, from sales to billing, leaves clients feeling well looked after.' },
    ],
    actions: [
      {
        text: 'Keep short notes on each client where the whole team can see them before any call or visit.',
        path: LADDER_PAGE,
        linkText: 'Great service on the loyalty ladder',
      },
      {
        text: 'Agree what happens in the first hour after a mistake: who calls the client and what they offer.',
        path: 'playbook/satisfaction-and-loyalty/',
        linkText: 'What to do when a client is let down',
      },
      {
        text: 'Walk through one order as your client would, from first call to final invoice, and smooth the rough spots.',
        path: `${GLOSSARY_PAGE}#zone-of-tolerance`,
        linkText: 'Glossary: zone of tolerance',
      },
    ],
  },
  {
    number: 3,
    name: 'Loyalty begins',
    summary: 'Clients stay without being chased and give you room to fix the odd failure.',
    statements: [
      { id: 'loyalty-forgiven', text: 'When we make a mistake, clients give us the chance to fix it instead of leaving.' },
      { id: 'loyalty-return', text: 'Clients come back and order again without discounts or chasing.' },
      { id: 'loyalty-feedback', text: 'We ask clients regularly how we are doing and they see us act on the answers.' },
    ],
    actions: [
      {
        text: 'Treat goodwill as savings: list what you did this quarter that a key client would count in your favour.',
        path: `${GLOSSARY_PAGE}#relationship-capital`,
        linkText: 'Glossary: relationship capital',
      },
      {
        text: 'Ask three clients this month what one thing would make you easier to work with, then tell them what you changed.',
        path: LADDER_PAGE,
        linkText: 'Where loyalty begins on the ladder',
      },
      {
        text: 'Deliver every small commitment on time for a month; consistency is what builds trust.',
        path: 'playbook/loyalty-equation/',
        linkText: 'The loyalty equation: trust',
      },
    ],
  },
  {
    number: 4,
    name: 'Beyond expectations',
    summary: 'You regularly add something the client did not ask for and would miss if it stopped.',
    statements: [
      { id: 'beyond-extra', text: 'We often bring clients something useful they did not ask for: an idea, a warning, a contact.' },
      { id: 'beyond-goals', text: 'We know what each main client wants to achieve this year and help them get there.' },
      { id: 'beyond-between', text: 'We keep in touch between orders, not only when there is something to sell.' },
    ],
    actions: [
      {
        text: 'Plan one pleasant surprise for each key client this quarter: a useful tip, a quick review, a thank-you.',
        path: 'playbook/loyalty-equation/',
        linkText: 'The loyalty equation: surprise value',
      },
      {
        text: 'Ask each key client what would make this year a success for them, and write it where the team can see it.',
        path: 'playbook/weekly-habits/',
        linkText: 'Weekly habit: understand their goals',
      },
      {
        text: 'Put a contact in the diary every few weeks that has nothing to do with a sale.',
        path: LADDER_PAGE,
        linkText: 'Going beyond expectations on the ladder',
      },
    ],
  },
  {
    number: 5,
    name: 'Partnership',
    summary: 'Clients treat you as part of their team; a rival would struggle to take your place.',
    statements: [
      { id: 'partner-planning', text: 'Our main clients involve us in their plans before decisions are made.' },
      { id: 'partner-price', text: 'Clients see our price as fair for the value they get from us.' },
      { id: 'partner-sticky', text: 'A competitor would need a great deal of time and effort to take our place.' },
    ],
    actions: [
      {
        text: 'Offer your two best clients a yearly planning session about their business, not your products.',
        path: LADDER_PAGE,
        linkText: 'Partnership on the loyalty ladder',
      },
      {
        text: 'Show each client the value they received this year next to what they paid.',
        path: 'playbook/loyalty-equation/',
        linkText: 'The loyalty equation: value added',
      },
      {
        text: 'Build ties with several people at each client, so the relationship survives a change of contact.',
        path: `${GLOSSARY_PAGE}#stickiness`,
        linkText: 'Glossary: stickiness',
      },
    ],
  },
];

/** Actions for a business that holds every step: staying at the top is the work. */
export const HOLD_THE_TOP_ACTIONS: readonly LadderAction[] = [
  {
    text: 'Review each key relationship every quarter and act at once on anything that slipped.',
    path: 'tools/tolerance-review/',
    linkText: 'Zone-of-tolerance review',
  },
  {
    text: 'When a slip happens, look for its root cause rather than patching the symptom.',
    path: LADDER_PAGE,
    linkText: 'How easily a relationship slips',
  },
  {
    text: 'Turn partners into advocates: ask for introductions and thank every referral quickly.',
    path: 'playbook/referral-cycle/',
    linkText: 'The referral cycle',
  },
];

/** Number of steps on the ladder. */
export const STEP_COUNT = LADDER_STEPS.length;

/** Every statement, in quiz order. */
export const LADDER_STATEMENTS: readonly LadderStatement[] = LADDER_STEPS.flatMap((step) => step.statements);

/** Ids of every statement, in quiz order. */
export const STATEMENT_IDS = LADDER_STATEMENTS.map((statement) => statement.id) as [string, ...string[]];

/** A statement together with the answer given to it. */
export interface RatedStatement {
  statement: LadderStatement;
  answer: AnswerLevel;
}

/** How well one step is held. */
export interface StepScore {
  step: LadderStep;
  /** Average points of its answers, 0–3. */
  averagePoints: number;
  /** Average as a share of "Always", 0–1 (the length of its bar). */
  strength: number;
  held: boolean;
  /** Statements answered below "Mostly": what stops the step from being held. */
  unmet: RatedStatement[];
}

/** The quiz outcome: either not all statements are answered, or a placement. */
export type LadderPlacement =
  | {
      kind: 'incomplete';
      /** How many statements are still unanswered. */
      remaining: number;
      /** Steps with at least one unanswered statement. */
      openSteps: LadderStep[];
    }
  | {
      kind: 'placed';
      /** The highest step k with steps 1…k all held; 0 when step 1 is not held (not yet on the ladder). */
      stepNumber: number;
      scores: StepScore[];
      /** The step to work on next; undefined when every step is held. */
      nextStep?: StepScore;
      /** Held steps above the first step that is not held: the slip the guidance warns about. */
      slippedFrom: StepScore[];
    };

/**
 * Tells whether a value is one of the four answers.
 * @param value anything
 */
export function isAnswerLevel(value: unknown): value is AnswerLevel {
  return typeof value === 'string' && (ANSWER_LEVELS as readonly string[]).includes(value);
}

/**
 * Scores one fully answered step: its average and whether it is held.
 * A step is held when its answers average at least "Mostly" and none is "Not yet".
 * @param step the step
 * @param answers answers that cover every statement of the step
 */
export function scoreStep(step: LadderStep, answers: LadderAnswers): StepScore {
  const rated = step.statements.map((statement) => {
    const answer = answers[statement.id];
    if (!answer) throw new RangeError(`Statement ${statement.id} is unanswered`);
    return { statement, answer };
  });
  const points = rated.map((r) => ANSWER_POINTS[r.answer]);
  const averagePoints = points.reduce((sum, p) => sum + p, 0) / points.length;
  const held = averagePoints >= HELD_AVERAGE_POINTS && !rated.some((r) => r.answer === 'not-yet');
  return {
    step,
    averagePoints,
    strength: averagePoints / MAX_ANSWER_POINTS,
    held,
    unmet: rated.filter((r) => ANSWER_POINTS[r.answer] < HELD_AVERAGE_POINTS),
  };
}

/**
 * Places a business on the ladder: the highest step k such that steps 1…k are all held (no step can be
 * skipped). With statements unanswered it reports how many remain instead of guessing.
 * @param answers the answers given so far
 */
export function placeOnLadder(answers: LadderAnswers): LadderPlacement {
  const unanswered = LADDER_STATEMENTS.filter((statement) => !isAnswerLevel(answers[statement.id]));
  if (unanswered.length > 0) {
    return {
      kind: 'incomplete',
      remaining: unanswered.length,
      openSteps: LADDER_STEPS.filter((step) => step.statements.some((s) => unanswered.includes(s))),
    };
  }
  const scores = LADDER_STEPS.map((step) => scoreStep(step, answers));
  const firstGap = scores.findIndex((score) => !score.held);
  if (firstGap === -1) return { kind: 'placed', stepNumber: STEP_COUNT, scores, slippedFrom: [] };
  return {
    kind: 'placed',
    stepNumber: firstGap,
    scores,
    nextStep: scores[firstGap],
    slippedFrom: scores.slice(firstGap + 1).filter((score) => score.held),
  };
}

/**
 * Names a placement for people: "Step 3 of 5: Loyalty begins", or "Not yet on the ladder" for step 0.
 * @param stepNumber 0 to 5
 */
export function describeStep(stepNumber: number): string {
  const step = LADDER_STEPS[stepNumber - 1];
  if (!step) return 'Not yet on the ladder';
  return `Step ${step.number} of ${STEP_COUNT}: ${step.name}`;
}

/**
 * The three next actions for a placement: how to reach the next step, or how to stay at the top.
 * @param stepNumber the step reached, 0 to 5
 */
export function listNextActions(stepNumber: number): readonly LadderAction[] {
  return LADDER_STEPS[stepNumber]?.actions ?? HOLD_THE_TOP_ACTIONS;
}

/**
 * Says how long the rest of the climb typically takes, from the source article's timings.
 * @param stepNumber the step reached, 0 to 5
 */
export function describeClimbTime(stepNumber: number): string {
  const { from, to, withFundamentals } = TYPICAL_CLIMB_MONTHS;
  if (stepNumber >= STEP_COUNT) {
    return `You are at the top. A full climb usually takes ${from} to ${to} months, so guard what you have built: slipping back is far quicker than climbing.`;
  }
  const left = STEP_COUNT - stepNumber;
  const steps = left === 1 ? 'one step' : `${left} steps`;
  const pace =
    stepNumber >= 2
      ? `with the basics and service already in place, expect the rest to move faster than that`
      : `getting the basics and service solid first is what shortens it`;
  return `You have ${steps} to go. Going from the basics to a partnership typically takes ${from} to ${to} months, or under ${withFundamentals} when the fundamentals are covered; ${pace}.`;
}

/** Name of the query parameter that carries the answers in a share link. */
export const SHARE_PARAM = 'answers';

/**
 * Letters for the answers in a share link. One letter per statement, steps separated by dots, `-` for
 * unanswered, so a link stays short and readable: `?answers=aam.mms.-aa.sss.nnn`.
 */
const SHARE_LETTERS: Readonly<Record<AnswerLevel, string>> = {
  'not-yet': 'n',
  sometimes: 's',
  mostly: 'm',
  always: 'a',
};
const UNANSWERED_LETTER = '-';
const STEP_SEPARATOR = '.';

/** Longest parameter value read from a link: anything longer is not ours, and is not worth scanning. */
const MAX_SHARE_VALUE_LENGTH = 64;

/**
 * Encodes answers for a share link, for example `aam.mms.-aa.sss.nnn`.
 * @param answers the answers to share
 */
export function encodeShareAnswers(answers: LadderAnswers): string {
  return LADDER_STEPS.map((step) =>
    step.statements
      .map((s) => {
        const answer = answers[s.id];
        return isAnswerLevel(answer) ? SHARE_LETTERS[answer] : UNANSWERED_LETTER;
      })
      .join(''),
  ).join(STEP_SEPARATOR);
}

/**
 * Builds the address to share: the current page with the answers in its query.
 * @param pageUrl the page's current address
 * @param answers the answers to share
 */
export function buildShareUrl(pageUrl: string, answers: LadderAnswers): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.searchParams.set(SHARE_PARAM, encodeShareAnswers(answers));
  return url.href;
}

/** What a share link held. */
export interface SharedAnswers {
  /** Whether the address carried the answers parameter at all. */
  found: boolean;
  /** The answers that could be read. */
  answers: LadderAnswers;
  /** How many values could not be read (unknown letters, extra or missing positions, a wrong shape). */
  ignored: number;
}

/**
 * Reads the answers from a share link's query, keeping every value that can be read and counting the rest.
 * @param search the page's query string, for example `?answers=aam.mms.-aa.sss.nnn`
 */
export function parseShareQuery(search: string): SharedAnswers {
  const value = new URLSearchParams(search).get(SHARE_PARAM);
  if (value === null) return { found: false, answers: {}, ignored: 0 };
  if (value.length > MAX_SHARE_VALUE_LENGTH) return { found: true, answers: {}, ignored: STATEMENT_IDS.length };
  const groups = value.split(STEP_SEPARATOR);
  const answers: LadderAnswers = {};
  let ignored = Math.max(0, groups.length - STEP_COUNT);
  LADDER_STEPS.forEach((step, stepIndex) => {
    const letters = [...(groups[stepIndex] ?? '')];
    ignored += Math.max(0, letters.length - step.statements.length);
    step.statements.forEach((statement, i) => {
      const letter = letters[i];
      if (letter === undefined) {
        ignored += 1;
        return;
      }
      if (letter === UNANSWERED_LETTER) return;
      const level = ANSWER_LEVELS.find((l) => SHARE_LETTERS[l] === letter.toLowerCase());
      if (level) answers[statement.id] = level;
      else ignored += 1;
    });
  });
  return { found: true, answers, ignored };
}

/**
 * Most past results kept: one a day at most, so this is more than a year of daily use, and the
 * typical climb of 18–24 months at one quiz a week.
 */
export const MAX_RESULT_RECORDS = 400;

/**
 * Records a result, keeping one per day (the last of the day wins), sorted by date, oldest dropped first.
 * @param history past results, oldest first
 * @param result the result to record
 */
export function recordResult(history: readonly LadderResultRecord[], result: LadderResultRecord): LadderResultRecord[] {
  const kept = history.filter((r) => r.date !== result.date);
  kept.push({ date: result.date, stepNumber: result.stepNumber });
  kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return kept.slice(-MAX_RESULT_RECORDS);
}
