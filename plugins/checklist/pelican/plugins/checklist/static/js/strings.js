// Every word the checklist's script shows a reader comes from the page: the
// build writes them (the plugin's CHECKLIST_MESSAGES) as JSON into the
// data-messages attribute of the controls it renders for the script, the way
// GOV.UK Frontend's components take their words from data attributes.
//
// A message may hold placeholders, %{name}; numbers are written as the page's
// language writes them (<html lang>: 20.000 in German), a count or total from
// two to twelve in words (the words "numbers"). A message with forms
// "key.zero", "key.one" and "key.other" is chosen by the value of %{count}
// (without "key.zero", zero takes "key.other").
//
// The build gives every word (a site's own words are merged over the
// defaults); a page whose table is damaged or lacks a word still works: the
// word is left out, never an exception that stops saving.
let messages = {};

const parsed = (json) => {
  try {
    const table = JSON.parse(json);
    return table !== null && typeof table === "object" ? table : {};
  } catch {
    return {};
  }
};

export const useMessages = (json) => {
  messages = parsed(json);
};

// More words, for the tools: fetched with them (see checklist.js).
export const addMessages = (json) => {
  messages = { ...parsed(json), ...messages };
};

const word = (key) => (Object.hasOwn(messages, key) && typeof messages[key] === "string" ? messages[key] : undefined);

// The page's language, for numbers, dates and lists.
export const lang = () => document.documentElement.lang;

export function T(key, values = {}) {
  const { count } = values;
  const form = count === undefined ? "" : count === 0 ? ".zero" : count === 1 ? ".one" : ".other";
  const text = word(key + form) ?? word(`${key}.other`) ?? word(key) ?? "";
  return text.replace(/%\{(\w+)\}/g, (_, name) => {
    const value = values[name];
    if (value === undefined) return "";
    // A count up to twelve in words, as text writes it ("zwei Antworten").
    return (/^(count|all)$/.test(name) && T("numbers").split(",")[value]) || value.toLocaleString(lang());
  });
}

// „A“, „B“ und „C“ (TYPE "conjunction"), or „A“ oder „B“ ("disjunction"),
// in the page's quotation marks (the words "quotes").
export const quoted = (items, type) => new Intl.ListFormat(lang(), { type }).format(items.map((item) => T("quotes").replace("%", item)));
