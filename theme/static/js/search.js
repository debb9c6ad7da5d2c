// The search page: find the reader's words in the index the build wrote, and
// list the articles and pages that contain them. Nothing leaves the browser:
// the index is one file from this site, and the search runs here.
import { queryStems } from "./german.js";
import { excerpt, prepared, rank } from "./results.js";

const SHOWN = 50;
const WAIT = 250; // ms after the last keystroke before searching and announcing
const number = (n) => n.toLocaleString("de-DE");

const T = Object.freeze({
  loading: "Die Suche wird geladen …",
  broken: "Die Suche konnte nicht geladen werden. Alle Beiträge findest Du im Archiv.",
  tooShort: "Gib mindestens zwei Buchstaben ein.",
  none: (query) => `Keine Treffer für „${query}“.`,
  // With several words: which of them is in no text, or that none has them all.
  missing: (query, words) =>
    `Keine Treffer für „${query}“: ${words.map((word) => `„${word}“`).join(" und ")} ` +
    `${words.length === 1 ? "steht" : "stehen"} in keinem Beitrag.`,
  notTogether: (query) => `Keine Treffer für „${query}“: Kein Beitrag enthält alle diese Wörter.`,
  found: (count, query) =>
    `${count === 1 ? "Ein Treffer" : `${number(count)} Treffer`} für „${query}“` +
    (count > SHOWN ? `; hier stehen die ${SHOWN} besten.` : "."),
});

/** The documents of the index that are what the build writes; others are left out. */
function documents(data) {
  const list = data && Array.isArray(data.documents) ? data.documents : [];
  return list
    .filter((d) => d && ["title", "url", "text"].every((key) => typeof d[key] === "string"))
    .map((d) => prepared({ ...d, date: String(d.date ?? ""), part: String(d.part ?? "") }));
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function result(hit, site) {
  const { title, url, part, date } = hit.document;
  const item = element("li", "search-result");
  const heading = element("h2");
  const link = element("a", "", title);
  link.href = new URL(url, site).href;
  heading.append(link);
  item.append(heading);
  const details = [part, date && new Date(`${date}T12:00:00`).toLocaleDateString("de-DE", { dateStyle: "long" })];
  if (details.some(Boolean)) item.append(element("p", "search-part", details.filter(Boolean).join(" · ")));
  const text = element("p", "search-excerpt");
  for (const piece of excerpt(hit)) text.append(piece.marked ? element("mark", "", piece.text) : piece.text);
  item.append(text);
  return item;
}

function start(form) {
  const field = form.querySelector("input[type=search]");
  const status = document.getElementById("suche-status");
  const list = document.getElementById("suche-ergebnisse");
  const noResults = document.getElementById("suche-keine-treffer");
  const site = new URL(form.dataset.site, location.href);
  let index = null;
  let failed = false;
  let timer = 0;

  /** What the status line says for QUERY; fills the list on the way. */
  const search = (query) => {
    if (!query) return "";
    if (failed) return T.broken;
    if (!index) return T.loading;
    const stems = queryStems(query);
    if (!stems.length) return T.tooShort;
    const hits = rank(index, stems);
    list.append(...hits.slice(0, SHOWN).map((hit) => result(hit, site)));
    noResults.hidden = hits.length > 0;
    if (hits.length) return T.found(hits.length, query);
    return nothingFound(query);
  };

  /** Why QUERY found nothing: with several words, which ones are in no text. */
  const nothingFound = (query) => {
    const words = [...new Set(query.split(/\s+/))].filter((word) => queryStems(word).length);
    if (words.length < 2) return T.none(query);
    const missing = words.filter((word) => !rank(index, queryStems(word)).length);
    return missing.length ? T.missing(query, missing) : T.notTogether(query);
  };

  const show = () => {
    clearTimeout(timer);
    timer = 0;
    const query = field.value.trim();
    const address = new URL(location.href);
    if (query) address.searchParams.set("q", query);
    else address.searchParams.delete("q");
    history.replaceState(history.state, "", address);
    list.replaceChildren();
    noResults.hidden = true;
    status.textContent = search(query);
  };

  field.value = new URL(location.href).searchParams.get("q") ?? field.value;
  field.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(show, WAIT);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show();
  });
  if (field.value.trim()) status.textContent = T.loading;
  fetch(form.dataset.index)
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((data) => {
      index = documents(data);
      // A query the reader is still typing is searched, and announced, once
      // they pause: not now with its first letters, and again then.
      if (!timer) show();
    })
    .catch(() => {
      failed = true;
      status.textContent = T.broken;
    });
}

const form = document.getElementById("suche");
if (form) start(form);
