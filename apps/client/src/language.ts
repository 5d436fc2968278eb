import {
  DEFAULT_LOCALE,
  directionOf,
  EN,
  PSEUDO_LOCALE,
  preferredLocale,
  pseudoMessage,
} from '@crossborder/i18n';
import { TAGS } from './catalogues.js';

/**
 * Which language a page is shown in. Each seat may have its own (each team, the instructor, the
 * projector, a juror: several seats may share one browser), else the choice made before taking a
 * seat, else the browser's languages; `?lang=<tag>` in the address overrides all (the pseudo-locale
 * `en-XA` is only ever reached that way). A choice is kept in the browser (localStorage).
 */
const KEY = 'crossborder.language';

/** The instructor's screens (all behind the instructor key): one language choice for all of them. */
const INSTRUCTOR_SCREENS = new Set(['instructor', 'look', 'studio', 'debrief']);

/** The seat an address belongs to, for its language choice: null where no seat is taken yet. */
export function seatOf(pathname: string): string | null {
  const [screen, code, country] = pathname.split('/').filter(Boolean);
  if (screen !== undefined && INSTRUCTOR_SCREENS.has(screen)) return 'instructor';
  if (code === undefined) return null;
  if (screen === 'join' && country !== undefined) return `team:${code}:${country}`;
  if (screen === 'watch') return `projector:${code}`;
  if (screen === 'jury') return `jury:${code}`;
  return null;
}

/** Where a seat's choice is kept (the general choice, made before taking a seat, for null). */
export function storageKey(seat: string | null): string {
  return seat === null ? KEY : `${KEY}:${seat}`;
}

export interface LanguageSources {
  readonly search: string;
  readonly pathname: string;
  /** The browser's languages, most wanted first (`navigator.languages`). */
  readonly languages: readonly string[];
  readonly storage: Pick<Storage, 'getItem'> | null;
}

/** The language tag the page is asked for, by the order above. */
export function askedLanguage({ search, pathname, languages, storage }: LanguageSources): string {
  const inAddress = new URLSearchParams(search).get('lang');
  if (inAddress) return inAddress;
  const seat = seatOf(pathname);
  const stored =
    (seat === null ? null : storage?.getItem(storageKey(seat))) ?? storage?.getItem(storageKey(null));
  return stored || preferredLocale(languages, TAGS);
}

/**
 * Marks the page with the language of its text (`lang`, for screen readers and hyphenation) and
 * the direction of the language asked for (`dir`): right to left for Arabic even before an Arabic
 * catalogue exists, so that the layout can be checked before the translation is done.
 */
export function markDocument(root: HTMLElement, shown: string, asked: string): void {
  root.lang = shown;
  root.dir = directionOf(asked);
}

/** The languages a person may choose: those with a catalogue, the pseudo-locale only once it is in use. */
export function choosableLocales(current: string): string[] {
  return TAGS.filter((tag) => tag !== PSEUDO_LOCALE || current === PSEUDO_LOCALE);
}

/** Keeps `tag` as the language of `seat` (or the general choice where no seat is taken). */
export function keepLanguage(storage: Pick<Storage, 'setItem'>, seat: string | null, tag: string): void {
  storage.setItem(storageKey(seat), tag);
}

/**
 * A language's name in itself ("English", "Français", "العربية"), for the picker: from the
 * browser's own list of names (Intl.DisplayNames), so that no catalogue is fetched to list them;
 * English's as its catalogue writes it, the pseudo-locale's wrapped as its messages are.
 */
export function languageName(tag: string): string {
  if (tag === DEFAULT_LOCALE) return EN['ui.language.name'];
  if (tag === PSEUDO_LOCALE) return pseudoMessage(EN['ui.language.name']);
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
