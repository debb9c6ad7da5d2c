// Answers saved on this device, under the checklist's id and version.
import { clean } from "./form.js";
import { T } from "./strings.js";

function store() {
  try {
    return localStorage.length >= 0 && localStorage;
  } catch {
    return null;
  }
}

const prefix = (form) => `checkliste:${form.dataset.checklist}:v`;
const key = (form) => prefix(form) + form.dataset.checklistVersion;

// This checklist's answers only, every version; the site's other storage stays.
export function forget(form) {
  const s = store();
  for (const k of s ? Object.keys(s) : []) k.startsWith(prefix(form)) && s.removeItem(k);
}

export function save(form, answers) {
  const s = store();
  try {
    s.setItem(key(form), JSON.stringify(answers));
    return T.saved;
  } catch {
    return s ? T.full : T.noStorage;
  }
}

export const hasSaved = (form) => Boolean(store() && store().getItem(key(form)));

// What to fill in, and what to tell the reader. Answers of an older version keep
// what still fits; a newer or unknown version is left alone.
export function load(form) {
  const s = store();
  if (!s) return { answers: {}, message: T.noStorage };
  const now = Number(form.dataset.checklistVersion);
  const older = Object.keys(s)
    .filter((k) => k.startsWith(prefix(form)))
    .map((k) => Number(k.slice(prefix(form).length)))
    .filter((v) => v < now)
    .sort((a, b) => b - a);
  const version = s.getItem(key(form)) === null ? older[0] : now;
  if (version === undefined) return { answers: {}, message: "" };
  let result = null;
  try {
    result = clean(form, JSON.parse(s.getItem(prefix(form) + version)));
  } catch {}
  if (!result) {
    forget(form);
    return { answers: {}, message: T.corrupt };
  }
  if (version === now) return { answers: result.kept, message: T.restored };
  forget(form);
  save(form, result.kept);
  return { answers: result.kept, message: T.migrated(result.dropped) };
}
