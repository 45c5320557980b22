// Reads what the tests need to know of the content files (the day the facts were checked, the
// guide's checklist, the situations at the door, the facts and ホーム's lines), without a TOML
// parser, so that a content edit does not break a test that is about something else.
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

/** `[[name]]` blocks of a content file's text, each up to the next block of any kind. */
const blocks = (text, name) => text.split(new RegExp(`^\\[\\[${name.replace('.', '\\.')}\\]\\]$`, 'm')).slice(1)
  .map((block) => block.split(/^\[/m)[0]);

/** A `key = "text"` of a block. */
const string = (block, key) => block.match(new RegExp(`^${key} = "(.*)"$`, 'm'))?.[1];

/** The guide's steps in order: each step's number, its checklist items' titles and its quote
 *  targets' titles. */
export async function guideSteps() {
  return (await read('guide.ja.toml')).split(/^\[\[steps\]\]$/m).slice(1).map((step) => ({
    number: Number(step.match(/^number = (\d+)$/m)[1]),
    items: blocks(step, 'steps.groups.items').map((item) => string(item, 'title')),
    quoteTargets: blocks(step, 'steps.quote_targets').map((target) => string(target, 'title')),
  }));
}

/** How many items the guide's checklist has in all (the 15 of 「0/15完了」). */
export const checklistTotal = async () => (await guideSteps()).reduce((n, step) => n + step.items.length, 0);

/** The progress as the app writes it, of `done` items out of `total`: 「1/15完了（6%）」 (whole
 *  percent, rounded down). */
export const progressText = (done, total) => `${done}/${total}完了（${Math.floor((done * 100) / total)}%）`;

/** The titles of the situations at the door (訪問: うまくいかないとき), in order. */
export async function situationTitles() {
  return blocks(await read('visit.ja.toml'), 'situations').map((situation) => string(situation, 'title'));
}

/** The facts of その後の動き by id: text, and for an arrangement with an end its last day, the
 *  sentence told after it and what that day closes. */
export async function laterFacts() {
  const facts = {};
  for (const fact of blocks(await read('later.ja.toml'), 'topics.facts')) {
    facts[string(fact, 'id')] = {
      text: string(fact, 'text'), until: string(fact, 'until'), ended: string(fact, 'ended_text'), untilWhat: string(fact, 'until_what'),
    };
  }
  return facts;
}

/** The titles of その後の動き's topics, in order. */
export async function laterTopics() {
  return blocks(await read('later.ja.toml'), 'topics').map((topic) => string(topic, 'title'));
}

/** ホーム's 「いまの状況」 lines, in order: each a label and the id of the fact it shows. */
export async function homeLines() {
  return blocks(await read('later.ja.toml'), 'home').map((line) => ({ label: string(line, 'label'), fact: string(line, 'fact') }));
}
