// Dates in text: absolute dates in French, Arabic and English, and relative ones ("lundi", "أمس",
// "last Tuesday") resolved against a reference date. Pure: the reference is passed in, never the clock.
export type { DateMention, Ymd } from './types.js';
export { findDates, asciiDigits } from './find.js';
export { findDocumentDate, metadataDate, DATELINE_WINDOW } from './document-date.js';
export { addDays, parseIso, placeInYear, resolveWeekday, toIso, weekday } from './calendar.js';
