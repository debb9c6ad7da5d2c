// What the tools need of the answers saved on this device (storage.js): the
// dated snapshots ("Zwischenstand vom …"), replacing all answers at once,
// whether any are saved. Loaded with the tools (tools.js).
import { clean } from "./form.js";
import { put, snapshotsKey, storageKey, store } from "./storage.js";

// The snapshots ("Zwischenstand vom …") in RAW, { ISO time: answers }, as far as
// they are snapshots; their answers are cleaned like saved answers (an older
// version keeps what still fits).
export function cleanSnapshots(form, raw) {
  const kept = {};
  for (const [time, answers] of Object.entries(raw && !Array.isArray(raw) ? raw : {})) {
    const cleaned = clean(form, answers);
    if (cleaned && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(time)) kept[time] = cleaned.kept;
  }
  return kept;
}

// The snapshots saved on this device; unreadable ones are left out.
export function snapshots(form) {
  const storage = store();
  if (!storage) return {};
  try {
    return cleanSnapshots(form, JSON.parse(storage.getItem(snapshotsKey(form))));
  } catch {
    return {}; // not JSON
  }
}

export const putSnapshots = (form, all) => put(form, all, snapshotsKey(form));

// What to tell the reader after saving (KEY, see put()): SUCCESS, or why
// saving failed.
export const afterSave = (T, key, success) => (key === "saved" ? success : T(key));

// Replace all saved answers (a share link applied).
export const replace = (form, answers) => put(form, answers);

export const hasSaved = (form) => Boolean(store()?.getItem(storageKey(form)));
