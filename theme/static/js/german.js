// How the search compares German words: both sides folded to one spelling,
// the reader's words stemmed, and a stem found anywhere inside a word, so that
// "Netzwerke" finds "Netzwerk" and "Expertennetzwerk", "Uebersicht" and
// "Ubersicht" find "Übersicht", and "Auftrag" finds "Aufträge".

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ACCENTS = /\p{M}/gu;
// Inside a word and adding nothing to it: zero-width spaces and joiners, soft
// hyphens, a combining mark (text pasted from PDFs and web pages has them).
const INVISIBLE = /^[\p{Cf}\p{M}]$/u;
// An umlaut is its vowel, however it is written: "ä", "ae" and "a" are one.
const UMLAUT_E = /[aou]$/;

/** One character of text, folded: "" for an invisible one, " " between words. */
function foldCharacter(character) {
  if (character < "\u0080") {
    const lower = character.toLowerCase();
    return (lower >= "a" && lower <= "z") || (lower >= "0" && lower <= "9") ? lower : " ";
  }
  if (INVISIBLE.test(character)) return "";
  let spelled = "";
  // NFKC: a ligature ("ﬁ") is its letters, a full-width or superscript digit a digit.
  for (const part of character.normalize("NFKC").toLowerCase()) {
    if (part === "ß") spelled += "ss";
    else if (LETTER_OR_DIGIT.test(part)) spelled += part.normalize("NFD").replace(ACCENTS, "");
    else if (!INVISIBLE.test(part)) spelled += " ";
  }
  return spelled;
}

/**
 * Fold TEXT for comparing: lower case, compatibility forms and accents
 * resolved, umlauts as their vowel (also when written "ae", "oe", "ue"), ß
 * spelled out, invisible characters left out, every other character a space.
 * Returns the folded text and, for each of its characters, where in TEXT the
 * character it came from starts, so that a match can be marked in the text as
 * written.
 */
export function fold(text) {
  let folded = "";
  const origins = [];
  let position = 0;
  for (const character of text) {
    let spelled = foldCharacter(character);
    if (spelled === "e" && UMLAUT_E.test(folded)) spelled = "";
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
