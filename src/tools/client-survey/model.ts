/**
 * The client survey's pure rules: the survey and reply links (compact, versioned, checksummed text in the
 * URL fragment). The questions' wording is in `./form.ts`, the Net Promoter Score in `./history.ts` and the
 * comparison of the user's view with the client's in `./advice.ts`, so a page loads only what it uses.
 *
 * Link layout (format version 1). The fragment is `#s=<payload>` for a survey, `#r=<payload>` for a reply;
 * every field has a fixed width except the text fields, which come last:
 * - survey: version (1) · survey id (8) · asked on (3) · client name · `*` · asker name · checksum (7)
 * - reply:  version (1) · survey id (8) · answered on (3) · seven ratings and the recommend answer (8) ·
 *           comment · checksum (7)
 * Dates are days since {@link DAY_ZERO} in base 36; ratings are one base-11 digit each (`a` is 10); text is
 * percent-encoded with a space as `+`, so ordinary writing costs one character a letter. The checksum is a
 * CRC-32 of the kind letter and everything before it: CRC-32 catches every change of a single character,
 * so a link edited or cut short by a mail program is refused rather than read wrongly.
 *
 * Pure: no DOM, no storage, no clock (today is passed in).
 */
import type { InputId } from '../loyalty-score/public';
import { addDaysToIsoDate, countDaysBetween, isIsoDate, type IsoDate } from '../shared/calendar-date';
import { CLIENT_NAME_MAX_CHARS, validateClientName } from '../shared/client-name';

/** Format version written into every link; a link of another version is refused with a message. */
export const LINK_FORMAT_VERSION = 1;

/** Fragment key of a survey link (`#s=…`). */
export const SURVEY_KEY = 's';
/** Fragment key of a reply link (`#r=…`). */
export const REPLY_KEY = 'r';

/** The issue: a reply link is under 600 characters, the whole address included. */
export const REPLY_LINK_MAX_CHARS = 600;

/**
 * Characters allowed for the address in front of a reply's payload (`https://host/base/tools/client-survey/#r=`):
 * 72 leaves 41 for the host and base path, which covers this site's addresses, and with it a 500-character
 * comment of ordinary writing fits under {@link REPLY_LINK_MAX_CHARS}.
 */
export const REPLY_ADDRESS_ALLOWANCE_CHARS = 72;

/** Longest comment a client may write (the issue). */
export const COMMENT_MAX_CHARS = 500;

/** Longest display name the asker may give for themselves, the same as a client name. */
export const ASKER_NAME_MAX_CHARS = CLIENT_NAME_MAX_CHARS;

/** Length of a survey id: nanoid's URL-safe alphabet, 48 bits, plenty for one person's surveys. */
export const SURVEY_ID_LENGTH = 8;

/** Day 0 of the dates in links. Three base-36 digits then reach into the 2120s. */
export const DAY_ZERO: IsoDate = '2000-01-01';

const DATE_CHARS = 3;
const CHECKSUM_CHARS = 7;
const RATING_RADIX = 11;
const TEXT_SEPARATOR = '*';
const SURVEY_ID_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${SURVEY_ID_LENGTH}}$`);
/** Every character a payload may hold: what the text encoding and the fixed fields produce. */
const PAYLOAD_PATTERN = /^[A-Za-z0-9_.!~*'()%+-]+$/;

/** Lowest and highest answer to every question. */
export const ANSWER_MIN = 0;
export const ANSWER_MAX = 10;

/**
 * The seven scorer inputs in the scorer's order: the order of the ratings in a reply link (a test checks
 * it against the scorer's own list and the questions in `./form.ts`).
 */
export const RATING_IDS = ['core', 'surprise', 'personal', 'integrity', 'competence', 'delivery', 'extraMile'] as const satisfies readonly InputId[];

/** What the asker's link carries: nothing of the user's data beyond these four things. */
export interface SurveyRequest {
  surveyId: string;
  /** The client's name as the user typed it. */
  clientName: string;
  /** The user's chosen display name for themselves; empty when not given. */
  askerName: string;
  askedOn: IsoDate;
}

/** The client's answers, as the reply link carries them. */
export interface SurveyReply {
  surveyId: string;
  answeredOn: IsoDate;
  /** A whole number 0–10 for each of the seven questions. */
  ratings: Record<InputId, number>;
  /** The recommend answer, 0–10. */
  recommend: number;
  /** Optional comment, at most {@link COMMENT_MAX_CHARS} characters. */
  comment: string;
}

/** What is wrong with a link, for a message that names it. */
export type LinkProblem = 'missing' | 'foreign' | 'other-kind' | 'version' | 'damaged' | 'invalid';

/** The outcome of reading a link. */
export type LinkRead<T> = { ok: true; value: T } | { ok: false; problem: LinkProblem; message: string };

// CRC-32 (IEEE 802.3, as in zip and PNG): no library in the project computes it for the browser.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * Computes the CRC-32 of ASCII text (link payloads are ASCII; see {@link PAYLOAD_PATTERN}).
 * @param text the text
 */
export function computeCrc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function writeChecksum(kind: string, body: string): string {
  return computeCrc32(kind + body)
    .toString(36)
    .padStart(CHECKSUM_CHARS, '0');
}

/**
 * Encodes text for a link: percent-encoding, a space as `+`, and the field separator escaped, so the
 * result holds only characters of {@link PAYLOAD_PATTERN} and never the separator.
 * @param text any text
 */
export function encodeLinkText(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+').replace(/\*/g, '%2A');
}

function decodeLinkText(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return undefined;
  }
}

function writeDate(date: IsoDate): string {
  return countDaysBetween(DAY_ZERO, date).toString(36).padStart(DATE_CHARS, '0');
}

function readDate(text: string): IsoDate | undefined {
  if (!/^[0-9a-z]+$/.test(text)) return undefined;
  return addDaysToIsoDate(DAY_ZERO, parseInt(text, 36));
}

function readAnswer(char: string): number | undefined {
  const value = parseInt(char, RATING_RADIX);
  // parseInt reads "A" as 10 too; only the lowercase form is written, so only it is read.
  return /^[0-9a]$/.test(char) && value >= ANSWER_MIN && value <= ANSWER_MAX ? value : undefined;
}

function isAnswer(value: number): boolean {
  return Number.isInteger(value) && value >= ANSWER_MIN && value <= ANSWER_MAX;
}

const PROBLEM_MESSAGES: Record<LinkProblem, string> = {
  missing: 'This address holds no survey data.',
  foreign: 'This address holds something that is not a client-survey link.',
  'other-kind': '',
  version: '',
  damaged:
    'This link is damaged: its check code does not match its contents, so part of it was changed or cut off on the way (mail programs sometimes break long links). Ask for the link again, or copy all of it.',
  invalid: 'This link passes its check but holds values the survey cannot have, so it was not made by this site.',
};

function fail<T>(problem: LinkProblem, message = PROBLEM_MESSAGES[problem]): LinkRead<T> {
  return { ok: false, problem, message };
}

/**
 * Splits a fragment into its key and payload, checks the kind, version and checksum, and returns the
 * body (the payload without version and checksum).
 */
function openPayload(hash: string, kind: typeof SURVEY_KEY | typeof REPLY_KEY): LinkRead<string> {
  const fragment = hash.replace(/^#/, '');
  if (fragment === '') return fail('missing');
  const match = /^([a-z]+)=(.*)$/s.exec(fragment);
  if (!match) return fail('foreign');
  const [, key, payload] = match as unknown as [string, string, string];
  if (key !== SURVEY_KEY && key !== REPLY_KEY) return fail('foreign');
  if (key !== kind) {
    return fail(
      'other-kind',
      kind === REPLY_KEY
        ? 'This is a survey link, not a reply: send it to your client, who answers it and sends back a reply link.'
        : 'This is a reply link, not a survey: open it in the browser where you keep your scorecards, on the Client survey page.',
    );
  }
  if (payload === '') return fail('damaged');
  const version = payload.slice(0, 1);
  if (/^[0-9]$/.test(version) && version !== String(LINK_FORMAT_VERSION)) {
    return fail(
      'version',
      `This link was made by version ${version} of the survey, and this page reads version ${LINK_FORMAT_VERSION}. Nothing was read from it.`,
    );
  }
  if (version !== String(LINK_FORMAT_VERSION) || !PAYLOAD_PATTERN.test(payload) || payload.length <= 1 + CHECKSUM_CHARS) return fail('damaged');
  const body = payload.slice(0, -CHECKSUM_CHARS);
  if (payload.slice(-CHECKSUM_CHARS) !== writeChecksum(kind, body)) return fail('damaged');
  return { ok: true, value: body.slice(1) };
}

/**
 * Writes a survey link's fragment (`#s=…`).
 * @param request what the client needs to answer
 */
export function encodeSurvey(request: SurveyRequest): string {
  const body = `${LINK_FORMAT_VERSION}${request.surveyId}${writeDate(request.askedOn)}${encodeLinkText(request.clientName)}${TEXT_SEPARATOR}${encodeLinkText(request.askerName)}`;
  return `#${SURVEY_KEY}=${body}${writeChecksum(SURVEY_KEY, body)}`;
}

/**
 * Reads a survey link's fragment.
 * @param hash `location.hash`, with or without the `#`
 */
export function decodeSurvey(hash: string): LinkRead<SurveyRequest> {
  const opened = openPayload(hash, SURVEY_KEY);
  if (!opened.ok) return opened;
  const body = opened.value;
  const surveyId = body.slice(0, SURVEY_ID_LENGTH);
  const askedOn = readDate(body.slice(SURVEY_ID_LENGTH, SURVEY_ID_LENGTH + DATE_CHARS));
  const texts = body.slice(SURVEY_ID_LENGTH + DATE_CHARS).split(TEXT_SEPARATOR);
  if (texts.length !== 2 || !SURVEY_ID_PATTERN.test(surveyId) || !askedOn) return fail('invalid');
  const clientName = decodeLinkText(texts[0]!);
  const askerName = decodeLinkText(texts[1]!);
  if (clientName === undefined || askerName === undefined) return fail('invalid');
  const checkedName = validateClientName(clientName);
  if (!checkedName.ok || checkedName.name !== clientName || [...askerName].length > ASKER_NAME_MAX_CHARS) return fail('invalid');
  return { ok: true, value: { surveyId, clientName, askerName, askedOn } };
}

/**
 * Writes a reply link's fragment (`#r=…`).
 * @param reply the client's answers (valid: see {@link checkReply})
 */
export function encodeReply(reply: SurveyReply): string {
  const answers = [...RATING_IDS.map((id) => reply.ratings[id]), reply.recommend].map((n) => n.toString(RATING_RADIX)).join('');
  const body = `${LINK_FORMAT_VERSION}${reply.surveyId}${writeDate(reply.answeredOn)}${answers}${encodeLinkText(reply.comment)}`;
  return `#${REPLY_KEY}=${body}${writeChecksum(REPLY_KEY, body)}`;
}

/**
 * Tells what makes a reply unfit for a link, or undefined when it is fit.
 * @param reply the answers
 */
export function checkReply(reply: SurveyReply): string | undefined {
  if (!SURVEY_ID_PATTERN.test(reply.surveyId)) return 'The survey id is not one this site makes.';
  if (!isIsoDate(reply.answeredOn) || reply.answeredOn < DAY_ZERO) return 'The date is not a calendar date.';
  if (!RATING_IDS.every((id) => isAnswer(reply.ratings[id])) || !isAnswer(reply.recommend))
    return `Every answer is a whole number from ${ANSWER_MIN} to ${ANSWER_MAX}.`;
  if ([...reply.comment].length > COMMENT_MAX_CHARS) return `The comment is longer than ${COMMENT_MAX_CHARS} characters.`;
  return undefined;
}

/**
 * Reads a reply link's fragment.
 * @param hash `location.hash`, with or without the `#`
 */
export function decodeReply(hash: string): LinkRead<SurveyReply> {
  const opened = openPayload(hash, REPLY_KEY);
  if (!opened.ok) return opened;
  const body = opened.value;
  const surveyId = body.slice(0, SURVEY_ID_LENGTH);
  const answeredOn = readDate(body.slice(SURVEY_ID_LENGTH, SURVEY_ID_LENGTH + DATE_CHARS));
  const answersStart = SURVEY_ID_LENGTH + DATE_CHARS;
  const answers = [...body.slice(answersStart, answersStart + RATING_IDS.length + 1)].map(readAnswer);
  const comment = decodeLinkText(body.slice(answersStart + RATING_IDS.length + 1));
  if (!answeredOn || answers.length !== RATING_IDS.length + 1 || answers.some((a) => a === undefined) || comment === undefined)
    return fail('invalid');
  const ratings = Object.fromEntries(RATING_IDS.map((id, i) => [id, answers[i]!])) as Record<InputId, number>;
  const reply: SurveyReply = {
    surveyId,
    answeredOn,
    ratings,
    recommend: answers[RATING_IDS.length]!,
    comment,
  };
  return checkReply(reply) === undefined ? { ok: true, value: reply } : fail('invalid');
}

/**
 * Builds a whole link from a page address and a fragment.
 * @param address the page's absolute address, without a fragment
 * @param fragment a fragment from {@link encodeSurvey} or {@link encodeReply}
 */
export function buildLink(address: string, fragment: string): string {
  return address.replace(/#.*$/s, '') + fragment;
}

/**
 * How many characters a reply link would run over {@link REPLY_LINK_MAX_CHARS}, 0 when it fits.
 * @param link the whole reply link
 */
export function measureReplyOverrun(link: string): number {
  return Math.max(0, link.length - (REPLY_LINK_MAX_CHARS - 1));
}
