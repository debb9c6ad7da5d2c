// Rank the documents of the search index for a reader's words and cut an
// excerpt around the best match. Pure functions: no page, no storage.
import { fold } from "./german.js";

const EXCERPT_BEFORE = 60;
const EXCERPT_LENGTH = 200;
const COUNTED_PER_WORD = 10;

/** Where NEEDLE starts in HAYSTACK, every time. */
function positions(haystack, needle) {
  const found = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

/** A document as the search reads it, folded once and kept. */
export function prepared(document) {
  return { ...document, foldedTitle: fold(document.title).folded, body: fold(document.text) };
}

/**
 * The documents that contain every one of STEMS, best first: a stem in the
 * title counts most, then how often the stems occur, at a word's start more
 * than inside one; newer before older when that is equal.
 */
export function rank(documents, stems) {
  const hits = [];
  for (const document of documents) {
    let score = 0;
    const found = [];
    for (const stem of stems) {
      const inTitle = positions(document.foldedTitle, stem).length;
      const inText = positions(document.body.folded, stem);
      if (!inTitle && !inText.length) {
        score = -1;
        break;
      }
      const atStart = inText.filter((at) => at === 0 || document.body.folded[at - 1] === " ");
      score += 20 * inTitle + Math.min(inText.length, COUNTED_PER_WORD) + Math.min(atStart.length, COUNTED_PER_WORD);
      found.push(...inText.map((at) => [at, stem.length]));
    }
    if (score >= 0) hits.push({ document, score, found });
  }
  return hits.sort((a, b) => b.score - a.score || b.document.date.localeCompare(a.document.date));
}

/** The end of the word that the character at AT belongs to, in folded text. */
function wordEnd(folded, at) {
  const space = folded.indexOf(" ", at);
  return space === -1 ? folded.length : space;
}

/**
 * An excerpt of a HIT's text around its first match: a list of pieces, each
 * ``{ text, marked }``, with "…" where the text was cut. A match is marked
 * from where the stem starts to the end of its word.
 */
export function excerpt(hit) {
  const { text } = hit.document;
  const { folded, origins } = hit.document.body;
  if (!hit.found.length) return [{ text: cut(text, 0, EXCERPT_LENGTH), marked: false }];
  const first = Math.min(...hit.found.map(([at]) => at));
  let start = origins[Math.max(0, first - EXCERPT_BEFORE)];
  const space = start > 0 ? text.indexOf(" ", start) : -1;
  if (space !== -1 && space < origins[first]) start = space + 1;
  let end = Math.min(text.length, start + EXCERPT_LENGTH);
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const marks = hit.found
    .map(([at]) => [origins[at], origins[wordEnd(folded, at)]])
    .filter(([from, to]) => from < end && to > start)
    .sort((a, b) => a[0] - b[0]);
  const pieces = [];
  let done = start;
  for (const [from, to] of marks) {
    const markFrom = Math.max(from, done);
    const markTo = Math.min(to, end);
    if (markTo <= markFrom) continue;
    if (markFrom > done) pieces.push({ text: text.slice(done, markFrom), marked: false });
    pieces.push({ text: text.slice(markFrom, markTo), marked: true });
    done = markTo;
  }
  if (done < end) pieces.push({ text: text.slice(done, end), marked: false });
  if (start > 0) pieces.unshift({ text: "… ", marked: false });
  if (end < text.length) pieces.push({ text: " …", marked: false });
  return pieces;
}

function cut(text, start, length) {
  if (text.length <= start + length) return text.slice(start);
  const end = text.lastIndexOf(" ", start + length);
  return `${text.slice(start, end > start ? end : start + length)} …`;
}
