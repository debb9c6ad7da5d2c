// "Antworten aus Datei laden": read back a file that this checklist's download
// wrote, on this device or another. What the file holds is only data: checked
// against the form like saved answers, never inserted as markup.
import { attr, clean } from "./form.js";
import { cleanSnapshots } from "./storage.js";
import { T } from "./strings.js";

// Far more than a file of answers at the longest: anything bigger is not one.
export const FILE_MAX = 10_000_000;

// From the text of a file: { answers, dropped, time, older, snapshots }, or a
// message that says why nothing can be taken from it.
export function fromFile(form, content) {
  const line = content.split(/\r?\n/).findLast((each) => each.startsWith("{"));
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
  return {
    answers: answers.kept,
    dropped: answers.dropped,
    time: data.time,
    older: String(data.version) !== attr(form, "data-checklist-version"),
    snapshots: cleanSnapshots(form, data.snapshots),
  };
}
