// Every word the checklist's script shows a reader comes from the page: the
// build writes them (the plugin's CHECKLIST_MESSAGES) as JSON into the
// data-messages attribute of the controls it renders for the script, the way
// GOV.UK Frontend's components take their words from data attributes. Each
// form has its own words (as GOV.UK Frontend's I18n): words() makes a form's
// T, which the script hands to every module that says something.
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
const parsed = (json) => {
  try {
    const table = JSON.parse(json);
    return table !== null && typeof table === "object" ? table : {};
  } catch {
    return {};
  }
};

// The page's language, for numbers, dates and lists.
export const lang = () => document.documentElement.lang;

// T(key, values) in the words of JSON. T.add(json) adds the words only the
// tools say (fetched with them, see checklist.js; the build writes there only
// words the page does not carry); T.list(items, type) writes
// „A“, „B“ und „C“ (TYPE "conjunction") or „A“ oder „B“ ("disjunction") in
// the page's quotation marks (the words "quotes").
export function words(json) {
  const table = parsed(json);
  // Text only: what a table inherits (constructor, toString) is never a string.
  const word = (key) => (typeof table[key] === "string" ? table[key] : undefined);
  const T = (key, values = {}) => {
    const { count } = values;
    const form = count === undefined ? "" : count === 0 ? ".zero" : count === 1 ? ".one" : ".other";
    const text = word(key + form) ?? word(`${key}.other`) ?? word(key) ?? "";
    return text.replace(/%\{(\w+)\}/g, (_, name) => {
      const value = values[name];
      if (value === undefined) return "";
      // A count up to twelve in words, as text writes it ("zwei Antworten").
      return (/^(count|all)$/.test(name) && T("numbers").split(",")[value]) || value.toLocaleString(lang());
    });
  };
  T.add = (more) => Object.assign(table, parsed(more));
  T.list = (items, type) => new Intl.ListFormat(lang(), { type }).format(items.map((item) => T("quotes").replace("%", item)));
  return T;
}
