// While the page prints (from the tools or the browser's own menu), text areas
// grow to their whole answer, and a text field left empty is marked, so that
// a worksheet printed with its answers can leave it out; the print styles
// mark chosen options.
const fitFields = (form, on) => {
  for (const field of form.querySelectorAll("textarea, input[type=text]")) {
    if (field.tagName === "TEXTAREA") {
      field.style.height = "0"; // measured from nothing: shrinks as well as grows
      field.style.height = on ? `${field.scrollHeight + 8}px` : "";
    }
    field.parentElement.toggleAttribute("data-empty", on && !field.value.trim());
  }
};

export function fitOnPrint(form) {
  addEventListener("beforeprint", () => fitFields(form, true));
  addEventListener("afterprint", () => fitFields(form, false));
}
