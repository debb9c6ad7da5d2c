// How the search compares German words: both sides folded to one spelling,
// the reader's words stemmed, and a stem found anywhere inside a word, so that
// "Netzwerke" finds "Netzwerk" and "Expertennetzwerk", and "Uebersicht" finds
// "Übersicht".

const SPELLED_OUT = { "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss" };
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ACCENTS = /\p{M}/gu;

/**
 * Fold TEXT for comparing: lower case, umlauts and ß spelled out, accents left
 * off, every other character a space. Returns the folded text and, for each of
 * its characters, where in TEXT the character it came from starts, so that a
 * match can be marked in the text as written.
 */
export function fold(text) {
  let folded = "";
  const origins = [];
  let position = 0;
  for (const character of text) {
    const lower = character.toLowerCase();
    const spelled =
      SPELLED_OUT[lower] ??
      (LETTER_OR_DIGIT.test(lower) ? lower.normalize("NFD").replace(ACCENTS, "") : " ");
    for (let index = 0; index < spelled.length; index++) origins.push(position);
    folded += spelled;
    position += character.length;
  }
  origins.push(position);
  return { folded, origins };
}

// Letter groups the stemmer keeps whole, each stood in for by one character
// that folded text never contains.
const KEPT = [["sch", "#"], ["ei", "%"], ["ie", "&"]];

/**
 * The stem of a folded WORD, after CISTEM (Weissweiler and Fraser, 2017), the
 * German stemmer of the Snowball family's size: endings -em, -er, -nd, -t, -e,
 * -s and -n come off while more than three letters are left. Every stem is part
 * of the word it came from, so finding it inside words finds every form.
 */
export function stem(word) {
  let rest = word;
  for (const [group, mark] of KEPT) rest = rest.replaceAll(group, mark);
  rest = rest.replace(/(.)\1/g, "$1*");
  while (rest.length > 3) {
    const ending = (rest.length > 5 && /(?:e[mr]|nd)$/.exec(rest)) || /[tesn]$/.exec(rest);
    if (!ending) break;
    rest = rest.slice(0, ending.index);
  }
  rest = rest.replace(/(.)\*/g, "$1$1");
  for (const [group, mark] of KEPT) rest = rest.replaceAll(mark, group);
  return rest;
}

/** The stems of the words in a reader's QUERY, longest first, each once. */
export function queryStems(query) {
  const words = fold(query.normalize("NFC")).folded.split(" ");
  const stems = new Set(words.filter((word) => word.length > 1).map(stem));
  return [...stems].sort((a, b) => b.length - a.length);
}
