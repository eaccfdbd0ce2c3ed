/**
 * Colour theme choice. `system` follows the operating system's light/dark preference.
 */

/** localStorage key for the reader's theme choice (not tool data: kept out of exports). */
export const THEME_STORAGE_KEY = 'loyalty-playbook:theme';

/** The choices the theme switch offers, in display order. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;

/** One of {@link THEME_CHOICES}. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * Reads a stored value as a theme choice; anything unknown means `system`.
 * @param stored the raw value from storage, or null
 */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(stored ?? '') ? (stored as ThemeChoice) : 'system';
}
