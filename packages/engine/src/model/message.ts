import type { EN } from '@crossborder/i18n';

/**
 * A key of the message catalogue. The engine says what happened as a key and its parameters;
 * whoever reads it (a screen, the report, the server's English) puts it into words.
 */
export type MessageKey = keyof typeof EN;

/**
 * A message's parameters as the engine gives them: texts, and lists as arrays, never joined, so
 * that each reader's catalogue lists them as its language does ("A, B and C", "A, B et C").
 */
export type MessageParams = Record<string, string | readonly string[]>;
