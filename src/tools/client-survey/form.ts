/**
 * The survey as the client reads it: the seven scorer questions from the client's side, with words for
 * 0, 5 and 10, and the recommend question. Pure; only the survey page and the reply reader need the text.
 */
import type { FactorId, InputId } from '../loyalty-score/public';

/** A scorer question as the client reads it: about "them", the user's business. */
export interface ClientQuestion {
  id: InputId;
  factor: FactorId;
  /** The statement the client rates, 0 (not at all) to 10 (completely). */
  statement: string;
  /** What a 0, a 5 and a 10 mean, as the client would say it. */
  low: string;
  middle: string;
  high: string;
}

/** The seven scorer questions from the client's side, in the scorer's order (checked by a test). */
export const CLIENT_QUESTIONS: readonly ClientQuestion[] = [
  {
    id: 'core',
    factor: 'value',
    statement: 'They solve the problems we hired them for.',
    low: 'Falls short',
    middle: 'As agreed',
    high: 'Clearly improves our results',
  },
  {
    id: 'surprise',
    factor: 'value',
    statement: 'They bring us useful ideas we did not ask for.',
    low: 'Never',
    middle: 'Now and then',
    high: 'Regularly',
  },
  {
    id: 'personal',
    factor: 'value',
    statement: 'They know what matters to me personally, and help me get it.',
    low: 'Not at all',
    middle: 'They know, rarely help',
    high: 'They help me get there',
  },
  {
    id: 'integrity',
    factor: 'trust',
    statement: 'They keep their word and keep our confidences.',
    low: 'Not always',
    middle: 'Mostly',
    high: 'Always',
  },
  {
    id: 'competence',
    factor: 'trust',
    statement: 'Their work is good enough that we do not check it.',
    low: 'We check everything',
    middle: 'Solid',
    high: 'We ask their opinion first',
  },
  {
    id: 'delivery',
    factor: 'trust',
    statement: 'They deliver on time without being chased.',
    low: 'Often late',
    middle: 'After reminders',
    high: 'Always on time',
  },
  {
    id: 'extraMile',
    factor: 'extraMile',
    statement: 'They help beyond what the contract asks.',
    low: 'Strictly the contract',
    middle: 'Now and then',
    high: 'Often, unasked',
  },
];

/** The recommend question, worded as the Net Promoter Score asks it. */
export const RECOMMEND_QUESTION = 'How likely are you to recommend them to a friend or colleague?';

/** Words for 0 and 10 of the recommend question. */
export const RECOMMEND_LOW = 'Not at all likely';
export const RECOMMEND_HIGH = 'Extremely likely';
