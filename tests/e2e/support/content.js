// Reads what the tests need to know of the content files (the day the facts were checked), so
// that a content edit does not break a test that is about something else.
import { readFile } from 'node:fs/promises';

const read = (name) => readFile(new URL(`../../../content/${name}`, import.meta.url), 'utf8');

/** A `YYYY-MM-DD` key of a content file, as the ISO day and as the app writes it (2026年12月2日). */
async function day(file, key) {
  const iso = (await read(file)).match(new RegExp(`^${key} = "(\\d{4}-\\d{2}-\\d{2})"$`, 'm'))[1];
  const [y, m, d] = iso.split('-').map(Number);
  return { iso, text: `${y}年${m}月${d}日` };
}

/** The day the later facts (その後の動き) were last checked. */
export const laterCheckedOn = () => day('later.ja.toml', 'checked_on');

/** The day the 訪問 statements were last checked. */
export const visitCheckedOn = () => day('visit.ja.toml', 'gathered_on');

/** The ISO day `months` after `iso`, plus `days` (for "six months after the check"). */
export function monthsAfter(iso, months, days = 0) {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, last) + days);
  return date.toISOString().slice(0, 10);
}
