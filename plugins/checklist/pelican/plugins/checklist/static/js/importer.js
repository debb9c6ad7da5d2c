// "Antworten aus Datei laden": read back a file that this checklist's download
// wrote, on this device or another. What the file holds is only data: checked
// against the form like saved answers, never inserted as markup.
import { when } from "./exporter.js";
import { attr, clean, read } from "./form.js";
import { afterSave, cleanSnapshots, putSnapshots, replace, snapshots } from "./storage-tools.js";

// Far more than a file of answers at the longest: anything bigger is not one.
export const FILE_MAX = 10_000_000;

// From the text of a file: { answers, time, snapshots, note }, or a message
// that says why nothing can be taken from it. NOTE says what the reader should
// know besides: the file is of an earlier or a later version of the checklist,
// and how many of its answers the form cannot use.
export function fromFile(form, content, T) {
  const line = content.split(/\r?\n/).findLast((each) => each.startsWith("{"));
  // No line of data at all: some other file, not a damaged file of answers.
  if (line === undefined) return T("loadNotAnswers");
  let data = null;
  try {
    data = JSON.parse(line);
  } catch {
    // not JSON: data stays null, and the file is reported broken
  }
  if (!data || typeof data !== "object") return T("loadBroken");
  if (data.checklist !== attr(form, "data-checklist")) return T("loadOther");
  const answers = clean(form, data.answers);
  if (!answers || isNaN(Date.parse(data.time))) return T("loadBroken");
  const version = Number(data.version) - Number(attr(form, "data-checklist-version"));
  const notes = [version < 0 ? T("migrated") : version > 0 ? T("newer") : ""];
  if (answers.dropped) notes.push(T("dropped", { count: answers.dropped }));
  return {
    answers: answers.kept,
    time: data.time,
    snapshots: cleanSnapshots(form, data.snapshots),
    note: notes.filter(Boolean).join(" "),
  };
}

// Read the file chosen in FILE (an input) for FORM; where answers are there to
// lose, ask first (ASK_FIRST), then take the file's answers and snapshots. FILL
// shows answers with a message, SAY says one, DRAW_SNAPSHOTS lists them anew.
export async function loadFile(form, file, { fill, say, askFirst, drawSnapshots, T }) {
  const chosen = file.files[0];
  file.value = "";
  if (!chosen) return;
  const found = chosen.size > FILE_MAX ? T("loadBroken") : fromFile(form, await chosen.text(), T);
  if (typeof found === "string") return say(found);
  const apply = () => {
    const done = afterSave(T, replace(form, found.answers), T("loaded", { time: when(T, found.time) }));
    // Snapshots that do not fit in storage any more are told, not lost unseen.
    const kept = afterSave(T, putSnapshots(form, Object.assign(snapshots(form), found.snapshots)), "");
    drawSnapshots();
    fill(found.answers, [done, found.note, kept && T("snapshotsFull")].join(" ").trim());
  };
  askFirst(Object.keys(read(form)).length, "loadAsk", "replaceYes", apply);
}
