// What the checklist's tools do, in a file of its own that the checklist's
// script loads only when the reader first reaches for a tool: a reader who
// only answers never downloads it. Copy and download the answers as text,
// read them back from a file, print the worksheet, keep dated snapshots,
// make a link with the answers and read one; ask in the page first.
import { ask } from "./ask.js";
import { copy, download, plainText, stamp } from "./exporter.js";
import { loadFile } from "./importer.js";
import { fromLink, LINK_MAX, link, openLink } from "./share.js";
import { snapshotPanel } from "./snapshots.js";

// Print the worksheet with its answers and what fits them, not the article
// around it, headed by date and address. The page stays so until the
// browser says the print is made, or the reader goes on: a phone's print()
// may return before the page is printed.
function printAnswers(form, T) {
  const root = document.documentElement.classList;
  const events = ["afterprint", "pointerdown", "keydown"];
  const done = () => {
    root.remove("print-answers");
    for (const type of events) removeEventListener(type, done, true);
  };
  form.dataset.printed = stamp(T).join(" · ");
  root.add("print-answers");
  for (const type of events) addEventListener(type, done, true);
  window.print();
}

// The tools in the words T of one form (see strings.js).
export const tools = (T) => ({
  ask,
  copy,
  download: (form, results) => download(form, results, T),
  plainText: (form, results) => plainText(form, results, T),
  loadFile: (form, file, options) => loadFile(form, file, { ...options, T }),
  fromLink,
  LINK_MAX,
  link,
  openLink: (form, options) => openLink(form, { ...options, T }),
  printAnswers: (form) => printAnswers(form, T),
  snapshotPanel: (form, options) => snapshotPanel(form, { ...options, T }),
});
