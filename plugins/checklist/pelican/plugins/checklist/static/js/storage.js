// Answers saved on this device, under the checklist's id and version.
//
// Each tab saves only what its reader changed since it last read the saved
// answers, merged into what is saved now: two tabs of one page never
// overwrite each other's answers.
import { attr, blank, clean } from "./form.js";

// The browser's storage, or null where there is none: switched off, or
// refused (reading localStorage then throws a SecurityError).
export function store() {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

// The keys are the build's, in the site's language: the answers' is followed
// by the version, so it is also the start of the keys of every version.
const prefix = (form) => attr(form, "data-checklist-answers");
export const storageKey = (form) => prefix(form) + attr(form, "data-checklist-version");
// The dated snapshots ("Zwischenstand vom …"): kept when the answers are deleted.
export const snapshotsKey = (form) => attr(form, "data-checklist-snapshots");
// Whether there may be snapshots to list (storage-tools.js reads them): a
// saved object with a key in it ("{}" once the last one is deleted).
export const hasSnapshots = (form) => String(store()?.getItem(snapshotsKey(form))).includes('"');
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// This checklist's answers only, every version; the site's other storage stays.
export function forget(form) {
  const storage = store();
  for (const key of storage ? Object.keys(storage) : []) {
    if (key.startsWith(prefix(form))) storage.removeItem(key);
  }
}

// Save ANSWERS; returns the key of what to tell: "saved", or why not.
export function put(form, answers, key = storageKey(form)) {
  const storage = store();
  if (!storage) return "noStorage";
  try {
    storage.setItem(key, JSON.stringify(answers));
    return "saved";
  } catch {
    return "storageFull"; // a QuotaExceededError
  }
}

// The answers saved now for this version, as far as they fit the form; none
// saved: empty; unreadable: null.
export function saved(form) {
  const storage = store();
  if (!storage) return null;
  const raw = storage.getItem(storageKey(form));
  if (raw === null) return blank();
  try {
    return clean(form, JSON.parse(raw))?.kept ?? null;
  } catch {
    return null; // not JSON
  }
}


// Save what changed from BASE to NOW. Returns the answers now saved (BASE
// again if saving failed, so the change is tried again) and the key of what
// to tell.
export function save(form, now, base) {
  // Unreadable: what this tab last knew to be saved is the best there is.
  const merged = Object.assign(blank(), saved(form) || base);
  for (const name of new Set([...Object.keys(now), ...Object.keys(base)])) {
    if (same(now[name], base[name])) continue;
    if (Object.hasOwn(now, name)) merged[name] = now[name];
    else delete merged[name];
  }
  const message = put(form, merged);
  return { answers: message === "saved" ? merged : base, message };
}

// What to fill in, and the key of what to tell the reader (with how many
// answers were DROPPED). Answers of an older version keep what still fits; a
// newer or unknown version is left alone.
export function load(form) {
  const storage = store();
  if (!storage) return { answers: blank(), message: "noStorage" };
  const now = Number(attr(form, "data-checklist-version"));
  // This version's, else the newest older version's.
  let version = now;
  while (version >= 0 && storage.getItem(prefix(form) + version) === null) version--;
  if (version < 0) return { answers: blank(), message: "" };
  let result = null;
  try {
    result = clean(form, JSON.parse(storage.getItem(prefix(form) + version)));
  } catch {
    // not JSON: result stays null, and the saved answers are reported broken
  }
  if (!result) {
    forget(form);
    return { answers: blank(), message: "corrupt" };
  }
  if (version === now) return { answers: result.kept, message: "restored" };
  forget(form);
  put(form, result.kept);
  return { answers: result.kept, message: "migrated", dropped: result.dropped };
}
