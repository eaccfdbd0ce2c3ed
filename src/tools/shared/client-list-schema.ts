/**
 * The saved client list's schema (saved store `clients`, version 1), apart from `./clients.ts` so that a
 * page saves clients without loading zod: the list's store loads this only to read saved data.
 *
 * Pure: imports only zod/mini and pure modules.
 */
import { z } from 'zod/mini';
import { cleanClientNames } from './client-name';
import type { Validator } from './saved-data';

const ClientSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
});

const ClientListShape = z.array(ClientSchema);

/** A client the user works with. */
export type Client = z.infer<typeof ClientSchema>;

/**
 * The saved client list, read by the one name rule: names saved by older releases or brought in by a
 * backup are tidied (`cleanClientNames`), so every tool shows them as it would accept them typed.
 */
export const ClientListSchema: Validator<Client[]> = {
  safeParse(input) {
    const parsed = ClientListShape.safeParse(input);
    return parsed.success ? { success: true, data: cleanClientNames(parsed.data) } : parsed;
  },
};
