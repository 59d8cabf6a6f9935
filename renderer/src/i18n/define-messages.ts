/** The languages of the UI; Bahasa Indonesia is the default and the reference. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Declares one area's messages in both languages. The English table must have exactly the keys of
 * the Indonesian one, so a missing translation is a compile error. `{name}` marks a placeholder.
 */
export function defineMessages<K extends string>(messages: {
  id: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}): { id: Record<K, string>; en: Record<K, string> } {
  return messages;
}
