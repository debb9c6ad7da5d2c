// Print the worksheet with the answers, or as a blank copy. The print styles
// mark chosen options and let text fields grow to their whole answer.
import { read, write } from "./form.js";

export function print(form, blank) {
  const answers = read(form);
  blank && write(form, {});
  window.print();
  blank && write(form, answers);
}
