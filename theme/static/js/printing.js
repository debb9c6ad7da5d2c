// While the page prints (from the tools or the browser's own menu), text areas
// grow to their whole answer; the print styles mark chosen options.
const fitAreas = (form, on) => {
  for (const area of form.querySelectorAll("textarea")) {
    area.style.height = on ? `${area.scrollHeight + 8}px` : "";
  }
};

export function fitOnPrint(form) {
  addEventListener("beforeprint", () => fitAreas(form, true));
  addEventListener("afterprint", () => fitAreas(form, false));
}
