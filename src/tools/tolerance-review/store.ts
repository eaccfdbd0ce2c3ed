/**
 * The tolerance review's state: the saved reviews, the review being filled in, and how the list is sorted.
 *
 * Data shape:
 * - `$reviews`: `ToleranceReviewRecord[]` in the saved store `tolerance-review` (version 2, see `./schema.ts`), at most one per client
 *   (a new review of the same client replaces the old one). Records hold the client's id, never its name.
 * - `$draft` / `$draftErrors`: the form, in memory only; `reviewedOn` stays empty until the island knows the
 *   device's date (the static build must not put its own day in the form).
 * - `$reviewSort`: the list's sort column and direction, in memory only.
 *
 * Lifecycle: `$reviews` is read from storage on first import (corrupt data is set aside with a notice by
 * `createSavedStore`). `updateDraft` edits the form, `saveDraft` checks it, adds the client to the shared
 * client list and saves the review; `deleteReview` / `restoreReview` give delete with undo.
 * Verdicts are never stored: rows recompute them from the answers, so they always follow the model.
 */
import { nanoid } from 'nanoid';
import { atom, computed } from 'nanostores';
import { REMOVED_CLIENT_NAME, isSameClientName, validateClientName } from '../shared/client-name';
import type { IsoDate } from '../shared/calendar-date';
import {
  assessTolerance,
  buildReviewRow,
  FIRST_SORT_DIRECTION,
  listReviewsNeedingAttention,
  sortReviewRows,
  toRelationshipStrength,
  TOUCHPOINT_IDS,
  validateReviewDate,
  type ContactOutcome,
  type PriceSensitivity,
  type RelationshipStrength,
  type ReviewRow,
  type ReviewSort,
  type ReviewSortKey,
  type ToleranceStatus,
  type ToleranceVerdict,
  type TouchpointId,
} from './model';
import { TOLERANCE_DATA_VERSION, TOLERANCE_MIGRATIONS } from './migrations';
import type { ToleranceAnswers, ToleranceReviewRecord } from './schema';
import { $clients, addClient, findClient } from '../shared/clients';
import { $latestScoreByClient } from '../loyalty-score/public';
import { createDeferredSavedStore } from '../shared/saved-store';
import { $today } from '../shared/today';

/** Every saved review, at most one per client, in the order they were first reviewed. */
export const $reviews = await createDeferredSavedStore<ToleranceReviewRecord[]>({
  name: 'tolerance-review',
  label: 'tolerance review',
  version: TOLERANCE_DATA_VERSION,
  loadSchema: () => import('./schema').then((schema) => schema.ReviewsSchema),
  migrations: TOLERANCE_MIGRATIONS,
  initial: [],
});

/** The review being filled in. */
export interface ReviewDraft {
  clientName: string;
  /** `YYYY-MM-DD`, or empty until the date is known. */
  reviewedOn: string;
  contacts: Record<TouchpointId, ContactOutcome>;
  priceSensitivity: PriceSensitivity;
  contactChange: boolean;
  newStaff: boolean;
  recentFailure: boolean;
  /** Asked strength; ignored while the client has a saved loyalty score. */
  strength: RelationshipStrength | undefined;
}

/** Fields of the draft that can be refused, with their messages. */
export type DraftErrors = Partial<Record<'clientName' | 'reviewedOn' | 'strength', string>>;

/**
 * Returns an empty form: every touchpoint at "No contact" (nothing recorded yet), low price sensitivity, no
 * pressures, and no strength chosen, so the user makes that call.
 * @param reviewedOn the date to start from, or empty
 */
export function createEmptyDraft(reviewedOn: string = ''): ReviewDraft {
  return {
    clientName: '',
    reviewedOn,
    contacts: Object.fromEntries(TOUCHPOINT_IDS.map((id) => [id, 'none'])) as Record<TouchpointId, ContactOutcome>,
    priceSensitivity: 'low',
    contactChange: false,
    newStaff: false,
    recentFailure: false,
    strength: undefined,
  };
}

/** The review being filled in (not saved until {@link saveDraft}). */
export const $draft = atom<ReviewDraft>(createEmptyDraft());

/** Why the last save was refused, by field; a field's message goes once the field is edited. */
export const $draftErrors = atom<DraftErrors>({});

/**
 * Changes fields of the draft and clears their error messages.
 * @param patch the changed fields
 */
export function updateDraft(patch: Partial<ReviewDraft>): void {
  $draft.set({ ...$draft.get(), ...patch });
  const errors = { ...$draftErrors.get() };
  for (const key of Object.keys(patch)) delete errors[key as keyof DraftErrors];
  $draftErrors.set(errors);
}

/**
 * Records how recent contact at one touchpoint went.
 * @param touchpoint the touchpoint
 * @param outcome how it went
 */
export function setDraftContact(touchpoint: TouchpointId, outcome: ContactOutcome): void {
  updateDraft({ contacts: { ...$draft.get().contacts, [touchpoint]: outcome } });
}

/**
 * Dates the draft today when it has no date yet (called once the island runs in the browser).
 * @param today today's date
 */
export function dateDraftIfEmpty(today: IsoDate): void {
  if ($draft.get().reviewedOn === '') $draft.set({ ...$draft.get(), reviewedOn: today });
}

/** A relationship strength read from the client's saved loyalty score. */
export interface ScoredStrength {
  strength: RelationshipStrength;
  score: number;
  savedOn: IsoDate;
}

/**
 * Finds the strength a known client's latest loyalty score gives, if they have one.
 * @param clientName the name typed in the form
 */
export function findScoredStrength(clientName: string): ScoredStrength | undefined {
  const client = $clients.get().find((known) => isSameClientName(known.name, clientName));
  const latest = client && $latestScoreByClient.get()[client.id];
  if (!latest || !Number.isFinite(latest.score)) return undefined;
  return { strength: toRelationshipStrength(latest.score), score: latest.score, savedOn: latest.savedOn };
}

/** The draft's strength from a saved loyalty score, when its client has one. */
export const $draftScoredStrength = computed([$draft, $clients, $latestScoreByClient], (draft) =>
  findScoredStrength(draft.clientName),
);

function toAnswers(draft: ReviewDraft, strength: RelationshipStrength): ToleranceAnswers {
  const { contacts, priceSensitivity, contactChange, newStaff, recentFailure } = draft;
  return { contacts, priceSensitivity, contactChange, newStaff, recentFailure, strength };
}

/** The verdict of the draft as it stands, or undefined until a relationship strength is known. */
export const $draftVerdict = computed([$draft, $draftScoredStrength], (draft, scored): ToleranceVerdict | undefined => {
  const strength = scored?.strength ?? draft.strength;
  return strength ? assessTolerance(toAnswers(draft, strength)) : undefined;
});

/** The outcome of saving the draft. */
export type SaveDraftResult =
  | { ok: true; review: ToleranceReviewRecord; clientName: string; status: ToleranceStatus; replaced: boolean }
  | { ok: false; errors: DraftErrors };

/**
 * Checks the draft and saves it as the client's review (replacing an earlier one), adding the client to
 * the shared client list. On success the form starts again, dated today; on failure nothing is saved and
 * {@link $draftErrors} says why.
 * @param today today's date
 */
export function saveDraft(today: IsoDate): SaveDraftResult {
  const draft = $draft.get();
  const errors: DraftErrors = {};
  const name = validateClientName(draft.clientName);
  if (!name.ok) errors.clientName = name.message;
  const date = validateReviewDate(draft.reviewedOn, today);
  if (!date.ok) errors.reviewedOn = date.message;
  const scored = findScoredStrength(draft.clientName);
  const strength = scored?.strength ?? draft.strength;
  if (!strength) errors.strength = 'Choose how strong the relationship is.';
  if (!name.ok || !date.ok || !strength) {
    $draftErrors.set(errors);
    return { ok: false, errors };
  }
  const added = addClient(name.name);
  if (!added.ok) {
    $draftErrors.set({ clientName: added.message });
    return { ok: false, errors: { clientName: added.message } };
  }
  const review: ToleranceReviewRecord = {
    id: nanoid(10),
    clientId: added.client.id,
    reviewedOn: date.date,
    answers: toAnswers(draft, strength),
    strengthFrom: scored ? 'loyalty-score' : 'asked',
  };
  const reviews = $reviews.get();
  const replaced = reviews.some((existing) => existing.clientId === review.clientId);
  $reviews.set(replaced ? reviews.map((existing) => (existing.clientId === review.clientId ? review : existing)) : [...reviews, review]);
  $draft.set(createEmptyDraft(today));
  $draftErrors.set({});
  return { ok: true, review, clientName: added.client.name, status: assessTolerance(review.answers).status, replaced };
}

/**
 * Fills the form from a saved review to review that client again, dated today.
 * @param id the review's id
 * @param today today's date
 */
export function startReviewAgain(id: string, today: IsoDate): boolean {
  const review = $reviews.get().find((existing) => existing.id === id);
  if (!review) return false;
  const { strength, ...rest } = review.answers;
  $draft.set({ ...createEmptyDraft(today), ...rest, strength, clientName: findClient(review.clientId)?.name ?? '' });
  $draftErrors.set({});
  return true;
}

/** Clears the form, keeping its date. */
export function clearDraft(): void {
  $draft.set(createEmptyDraft($draft.get().reviewedOn));
  $draftErrors.set({});
}

/** A deleted review and where it stood, for undo. */
export interface DeletedReview {
  review: ToleranceReviewRecord;
  index: number;
}

/**
 * Deletes a review.
 * @param id the review's id
 * @returns what was deleted, to pass to {@link restoreReview}
 */
export function deleteReview(id: string): DeletedReview | undefined {
  const reviews = $reviews.get();
  const index = reviews.findIndex((review) => review.id === id);
  if (index < 0) return undefined;
  $reviews.set(reviews.filter((review) => review.id !== id));
  return { review: reviews[index]!, index };
}

/**
 * Puts a deleted review back where it was, unless the client has been reviewed again since.
 * @param deleted what {@link deleteReview} returned
 * @returns whether it was restored
 */
export function restoreReview(deleted: DeletedReview): boolean {
  const reviews = $reviews.get();
  if (reviews.some((review) => review.id === deleted.review.id || review.clientId === deleted.review.clientId)) return false;
  $reviews.set([...reviews.slice(0, deleted.index), deleted.review, ...reviews.slice(deleted.index)]);
  return true;
}


/** Every saved review with its client's current name, verdict and review-due state, in saved order. */
export const $reviewRows = computed([$reviews, $clients, $today], (reviews, clients, today): ReviewRow[] =>
  reviews.map((review) =>
    buildReviewRow(review, clients.find((client) => client.id === review.clientId)?.name ?? REMOVED_CLIENT_NAME, today),
  ),
);

/** How the list is sorted: most at risk first until the user picks a column. */
export const $reviewSort = atom<ReviewSort>({ key: 'status', direction: FIRST_SORT_DIRECTION.status });

/**
 * Sorts the list by a column; choosing the current column again reverses it.
 * @param key the column
 */
export function sortReviewsBy(key: ReviewSortKey): void {
  const current = $reviewSort.get();
  if (current.key === key) {
    $reviewSort.set({ key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' });
  } else {
    $reviewSort.set({ key, direction: FIRST_SORT_DIRECTION[key] });
  }
}

/** The list in the chosen order. */
export const $sortedReviewRows = computed([$reviewRows, $reviewSort], sortReviewRows);

/** For My plan: clients Outside or Near the edge, and reviews due, most at risk first. */
export const $reviewsNeedingAttention = computed($reviewRows, (rows) =>
  sortReviewRows(listReviewsNeedingAttention(rows), { key: 'status', direction: FIRST_SORT_DIRECTION.status }),
);
