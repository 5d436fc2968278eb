/**
 * Game-time constants the convention leaves to practice. Each is a teaching choice, written
 * here once so that the README can list them and a scenario designer can reason about slack.
 */
const HOUR = 60;
const DAY = 24 * HOUR;

/** A foreign preservation keeps the data at least 60 days (Art. 42). */
export const FOREIGN_PRESERVATION_MINUTES = 60 * DAY;
/** A domestic preservation order lasts at most 90 days and may be renewed (Art. 25). */
export const MAX_PRESERVATION_ORDER_DAYS = 90;
/** Requests through diplomatic channels travel this long before the central authority has them. */
export const DIPLOMATIC_TRANSIT_MINUTES = 2 * DAY;
/** A reasonable request for a progress update is answered within this time (Art. 40). */
export const PROGRESS_ANSWER_MINUTES = 2 * DAY;
/** An urgent oral request is confirmed in writing "forthwith": within a day (Art. 40). */
export const WRITTEN_CONFIRMATION_MINUTES = DAY;
/** "Without undue delay": the time to submit a national's case to prosecutors after being asked (Art. 37). */
export const PROSECUTE_INSTEAD_MINUTES = 14 * DAY;
export { HOUR };
