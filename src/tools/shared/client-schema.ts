/**
 * The saved shape of the shared client list (store `clients`), kept apart from the store so merge rules and
 * models can name a client's type without loading the store. Types derive from the schema.
 */
import { z } from 'zod/mini';
import { cleanClientNames } from './client-name';

/** One client: the id every tool stores, and the name the user gave. */
export const ClientSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
});

/** A client the user works with. */
export type Client = z.infer<typeof ClientSchema>;

/**
 * The saved client list, read by the one name rule: names saved by older releases or brought in by a
 * backup are tidied (`cleanClientNames`), so every tool shows them as it would accept them typed.
 */
export const ClientListSchema = z.pipe(
  z.array(ClientSchema),
  z.transform((clients: Client[]) => cleanClientNames(clients)),
);
