// Print the worksheet with the answers, or as a blank copy. Text areas grow to
// their whole answer while printing; the print styles mark chosen options.
import { stamp } from "./exporter.js";
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
// A blank copy is the worksheet alone, headed by date and address.
export function printForm(form, empty, redraw) {
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
