// Print the worksheet with the answers, or as a blank copy. Text areas grow to
// their whole answer while printing; the print styles mark chosen options.
import { blank, read, write } from "./form.js";

const fitAreas = (form, on) => {
  for (const area of form.querySelectorAll("textarea")) {
    area.style.height = on ? `${area.scrollHeight + 8}px` : "";
  }
};

export function fitOnPrint(form) {
  addEventListener("beforeprint", () => fitAreas(form, true));
  addEventListener("afterprint", () => fitAreas(form, false));
}

// REDRAW: show what depends on the answers (the results) for what is printed.
export function printForm(form, empty, redraw) {
  const answers = read(form);
  if (empty) write(form, blank());
  redraw();
  window.print();
  if (empty) write(form, answers);
  redraw();
}
