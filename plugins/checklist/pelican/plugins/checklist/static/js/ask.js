// Ask in the page before something is replaced or deleted, instead of with
// confirm(); or say what just happened, with a way back. FORM's question box
// (made the first time it is needed: a group named by its question, and two
// buttons) is shown after PLACE with the words of TEXT and its answers YES
// and NO; YES looks like a warning unless CALM. Without YES it is a notice,
// closed with NO where given. The question gets the focus, and the answer
// gives it back.
import { el } from "./form.js";

function boxOf(form) {
  const found = form.querySelector(".checklist-ask");
  if (found) return found;
  const id = `${form.id}_frage`;
  const box = el("div", { class: "checklist-ask", role: "group", "aria-labelledby": id });
  box.append(el("p", { id, tabindex: "-1" }), el("button", { type: "button", value: "yes" }), el("button", { type: "button", value: "no" }));
  return box;
}

export function ask(form, { place, text, yes, no, calm }, onYes, onNo) {
  const back = document.activeElement;
  const box = boxOf(form);
  const [question, yesButton, noButton] = box.children;
  place.after(box);
  question.textContent = text;
  yesButton.textContent = yes;
  noButton.textContent = no;
  yesButton.hidden = !yes;
  noButton.hidden = !no;
  yesButton.classList.toggle("checklist-warning", !calm);
  box.hidden = false;
  question.focus();
  box.onclick = ({ target: { value } }) => {
    if (!value) return;
    box.hidden = true;
    back?.focus();
    (value === "yes" ? onYes : onNo)();
  };
}
