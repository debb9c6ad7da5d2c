// What the checklist's tools do, in a file of its own that the checklist's
// script loads only when the reader first reaches for a tool: a reader who
// only answers never downloads it. Copy and download the answers as text,
// read them back from a file, print the worksheet, keep dated snapshots,
// make a link with the answers and read one.
import { copy, download, plainText, stamp } from "./exporter.js";
import { blank, read, write } from "./form.js";
import { loadFile } from "./importer.js";
import { fromLink, LINK_MAX, link, openLink } from "./share.js";
import { snapshotPanel } from "./snapshots.js";

// Print the worksheet with the answers, or as a blank copy headed by date and
// address. REDRAW shows what depends on the answers (the results).
function printForm(form, empty, redraw) {
  const answers = read(form);
  const root = document.documentElement.classList;
  if (empty) write(form, blank());
  redraw();
  form.dataset.printed = stamp().join(" · ");
  root.toggle("print-blank", empty);
  window.print();
  root.remove("print-blank");
  if (empty) write(form, answers);
  redraw();
}

export const tools = { copy, download, plainText, loadFile, fromLink, LINK_MAX, link, openLink, printForm, snapshotPanel };
