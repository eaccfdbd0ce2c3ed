/**
 * What the touchpoint planner saves, as zod/mini schemas, and the types derived from them.
 *
 * Data shape: saved store `touchpoint-planner` (version 1) holds {@link PlannerDataSchema},
 * `{ plans: TouchpointPlan[] }`, one plan per client. Reading is all or nothing: one bad contact refuses
 * the whole saved data (the saved store then sets it aside, never deletes it). Fields the schemas do not
 * name are dropped.
 *
 * Pure: imports only zod/mini and pure modules.
 */
import { z } from 'zod/mini';
import { isIsoDate } from '../shared/calendar-date';
import { CLIENT_NAME_MAX_CHARS } from '../shared/client-name';
import { CHANNELS, CONTACT_STATUSES, PURPOSE_IDS } from './contacts';

/** Text that is not empty (ids). */
const IdSchema = z.string().check(z.minLength(1));

/** A real calendar date, `YYYY-MM-DD`. */
const IsoDateSchema = z.string().check(z.refine(isIsoDate));

/** A way of getting in touch. */
export const ChannelSchema = z.enum(CHANNELS);

/** A way of getting in touch. */
export type Channel = z.output<typeof ChannelSchema>;

/** What a contact is for. */
export const PurposeIdSchema = z.enum(PURPOSE_IDS);

/** What a contact is for. */
export type PurposeId = z.output<typeof PurposeIdSchema>;

/** Where a contact stands. */
export const ContactStatusSchema = z.enum(CONTACT_STATUSES);

/** Where a contact stands. */
export type ContactStatus = z.output<typeof ContactStatusSchema>;

/** One dated contact in a plan. */
export const PlanContactSchema = z.object({
  /** Stable within its plan (`c1`…`c8`, `r1-ack`, `r1-close`…): the calendar UID is built from it. */
  id: IdSchema,
  purpose: PurposeIdSchema,
  channel: ChannelSchema,
  date: IsoDateSchema,
  status: ContactStatusSchema,
  /** Raised on every change, written as the calendar event's SEQUENCE so a re-import updates it. */
  revision: z.int().check(z.gte(0)),
  /** For referral contacts: who was referred, when the user said. */
  referredName: z.optional(z.string().check(z.minLength(1), z.maxLength(CLIENT_NAME_MAX_CHARS))),
});

/** One dated contact in a plan. */
export type PlanContact = z.output<typeof PlanContactSchema>;

/** A client's plan. */
export const TouchpointPlanSchema = z.object({
  id: IdSchema,
  /** The client's id in the shared client list (never a copy of the name). */
  clientId: IdSchema,
  startDate: IsoDateSchema,
  channels: z.array(ChannelSchema).check(z.minLength(1)),
  contacts: z.array(PlanContactSchema),
});

/** A client's plan. */
export type TouchpointPlan = z.output<typeof TouchpointPlanSchema>;

/** Everything the planner saves (saved store `touchpoint-planner`). */
export const PlannerDataSchema = z.object({ plans: z.array(TouchpointPlanSchema) });

/** Everything the planner saves. */
export type PlannerData = z.output<typeof PlannerDataSchema>;
