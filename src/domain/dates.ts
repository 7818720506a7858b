/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the dataset writes them, and the arithmetic the
 * timeline and the checker need. Everything is in UTC: a date-only string names a calendar day, not an
 * instant, and formatting it in a local time zone would land it a day off.
 */
import type { Precision } from './types';

export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const DAY_MS = 86_400_000;
const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a partial date; null when it is not one of the three forms or names no real day. */
export function parsePartialDate(s: string): DateParts | null {
  const m = FORM.exec(s);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `Date.UTC` without its quirk of reading years 0–99 as 1900–1999. */
export function utc(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** The precision a partial date is written at. */
export function precisionOf(parts: DateParts): Precision {
  return parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
}

/** The first instant of the period, in UTC milliseconds. */
export function periodStart(parts: DateParts): number {
  return utc(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
}

/** The first instant after the period: the next day, month or year. */
export function periodEnd(parts: DateParts): number {
  if (parts.day !== undefined) return periodStart(parts) + DAY_MS;
  if (parts.month !== undefined) return utc(parts.year, parts.month, 1);
  return utc(parts.year + 1, 0, 1);
}

/** The [start, end) interval an event covers, in UTC milliseconds; null for an invalid date. */
export function interval(start: string, end?: string): Readonly<{ start: number; end: number }> | null {
  // Large datasets repeat the same few thousand dates: each is worked out once.
  const key = end === undefined ? start : `${start}/${end}`;
  const known = intervals.get(key);
  if (known !== undefined) return known;
  const a = parsePartialDate(start);
  const b = end === undefined ? a : parsePartialDate(end);
  const span = a === null || b === null ? null : Object.freeze({ start: periodStart(a), end: periodEnd(b) });
  if (intervals.size >= 100_000) intervals.clear();
  intervals.set(key, span);
  return span;
}
const intervals = new Map<string, Readonly<{ start: number; end: number }> | null>();

/** `YYYY-MM-DD` of a UTC instant. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Day of the week of a `YYYY-MM-DD` date, 0 for Sunday. */
export function weekdayOf(day: string): number {
  const parts = parsePartialDate(day);
  if (parts?.day === undefined) throw new RangeError(`not a day: ${day}`);
  return new Date(periodStart(parts)).getUTCDay();
}

/** `YYYY-MM-DD` plus `days` (negative to go back). */
export function addDays(day: string, days: number): string {
  const parts = parsePartialDate(day);
  if (parts?.day === undefined) throw new RangeError(`not a day: ${day}`);
  return isoDay(periodStart(parts) + days * DAY_MS);
}
