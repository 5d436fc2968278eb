import type { EN } from '@crossborder/i18n';

/**
 * A key of the message catalogue. The engine says what happened as a key and its parameters;
 * whoever reads it (a screen, the report, the server's English) puts it into words.
 */
export type MessageKey = keyof typeof EN;
