/**
 * The client survey's saved state and actions: the survey links the user made and the replies saved.
 *
 * Data shape: `$surveyData` (saved store `client-survey`, version 1, see `./schema.ts`).
 * Lifecycle: read from storage on first import in the browser; {@link askClient} records a survey when the
 * user makes its link, {@link saveReply} adds a reply opened from a reply link; other tabs follow through
 * the storage event. Nothing here runs on the survey page itself: the client's answers are never saved.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { nanoid } from 'nanoid';
import { createDeferredSavedStore, watchWrites } from '../shared/saved-store';
import { addClient, findClient, type Client } from '../shared/clients';
import type { IsoDate } from '../shared/calendar-date';
import { SURVEY_ID_LENGTH, type SurveyReply } from './model';
import { EMPTY_SURVEY_DATA, SURVEY_STORE_NAME, SURVEY_STORE_VERSION } from './migrations';
import type { AskedSurvey, SavedReply, SurveyData } from './schema';
import { addReply, findReplyClient, listLatestReplies } from './history';

/** Everything the survey saves. */
export const $surveyData = await createDeferredSavedStore<SurveyData>({
  name: SURVEY_STORE_NAME,
  label: 'Client survey',
  version: SURVEY_STORE_VERSION,
  loadSchema: () => import('./schema').then((schema) => schema.SurveyDataSchema),
  initial: EMPTY_SURVEY_DATA,
});

/** Each client's latest saved reply, by client id. */
export const $latestReplyByClient: ReadableAtom<Record<string, SavedReply>> = computed($surveyData, (data) => listLatestReplies(data.replies));

/** The message when storage refused a write (full, or turned off in this browser). */
const NOT_KEPT = 'This browser did not keep it: its storage is full or turned off for this site. Nothing was saved.';

/** Sets the saved data through the one save path and tells whether the browser stored it. */
function setAndConfirm(next: SurveyData): boolean {
  return watchWrites(() => $surveyData.set(next)).failure === undefined;
}

/**
 * Puts the data back as it was after a refused write. The store holds the refused value in memory (so a
 * tool keeps a user's work on screen); a survey or reply that was not stored is not kept at all.
 */
function restore(before: SurveyData): void {
  $surveyData.set(before);
}

/**
 * Records a new survey for a client, so its reply will find the client.
 * @param clientId the client's id in the shared list
 * @param today today's date
 */
export function askClient(clientId: string, today: IsoDate): { ok: true; survey: AskedSurvey } | { ok: false; message: string } {
  if (!findClient(clientId))
    return {
      ok: false,
      message: 'Choose a client from the list, or name a new one.',
    };
  const survey: AskedSurvey = {
    surveyId: nanoid(SURVEY_ID_LENGTH),
    clientId,
    askedOn: today,
  };
  const before = $surveyData.get();
  if (!setAndConfirm({ ...before, surveys: [...before.surveys, survey] })) {
    restore(before);
    return { ok: false, message: NOT_KEPT };
  }
  return { ok: true, survey };
}

/**
 * Finds the client a reply belongs to, by its survey id.
 * @param reply the reply read from a link
 */
export function findClientOfReply(reply: SurveyReply): Client | undefined {
  const clientId = findReplyClient($surveyData.get(), reply.surveyId);
  return clientId === undefined ? undefined : findClient(clientId);
}

/** The outcome of saving a reply. */
export type SaveReplyResult =
  | {
      ok: true;
      clientName: string;
      outcome: 'added' | 'replaced' | 'already-saved';
    }
  | { ok: false; field?: 'client'; message: string };

/**
 * Saves a reply to a client: the one its survey was made for, else the one chosen or named.
 * @param reply the reply read from a link
 * @param choice the client picked (id) or named (new name), when the survey id matches no client
 * @param today today's date
 */
export function saveReply(reply: SurveyReply, choice: { clientId: string } | { newName: string } | undefined, today: IsoDate): SaveReplyResult {
  let client = findClientOfReply(reply);
  if (!client) {
    if (!choice)
      return {
        ok: false,
        field: 'client',
        message: 'Choose the client this reply is from, or name a new one.',
      };
    if ('clientId' in choice) {
      client = findClient(choice.clientId);
      if (!client)
        return {
          ok: false,
          field: 'client',
          message: 'Choose the client this reply is from, or name a new one.',
        };
    } else {
      const added = addClient(choice.newName);
      if (!added.ok) return { ok: false, field: 'client', message: added.message };
      client = added.client;
    }
  }
  const before = $surveyData.get();
  const result = addReply(before, {
    ...reply,
    clientId: client.id,
    savedOn: today,
  });
  if (result.outcome === 'already-saved') return { ok: true, clientName: client.name, outcome: result.outcome };
  if (!setAndConfirm(result.data)) {
    restore(before);
    return { ok: false, message: NOT_KEPT };
  }
  return { ok: true, clientName: client.name, outcome: result.outcome };
}

/**
 * Deletes a saved reply.
 * @param surveyId the survey the reply answered
 */
export function deleteReply(surveyId: string): void {
  const data = $surveyData.get();
  $surveyData.set({
    ...data,
    replies: data.replies.filter((reply) => reply.surveyId !== surveyId),
  });
}
