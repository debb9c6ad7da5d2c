// Print the worksheet with the answers, or as a blank copy. Text areas grow to
// their whole answer while printing; the print styles mark chosen options.
import { blank, read, write } from "./form.js";

const fit = (form, on) => {
  for (const area of form.querySelectorAll("textarea")) {
    area.style.height = on ? `${area.scrollHeight + 8}px` : "";
  }
};

export function fitOnPrint(form) {
  addEventListener("beforeprint", () => fit(form, true));
  addEventListener("afterprint", () => fit(form, false));
}

export function print(form, empty) {
  const answers = read(form);
  if (empty) write(form, blank());
  window.print();
  if (empty) write(form, answers);
}
