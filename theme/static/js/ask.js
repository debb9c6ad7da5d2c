// Ask in the page before something is replaced or deleted, instead of with
// confirm(); or say what just happened, with a way back. BOX is the question
// the build wrote, hidden: shown after PLACE with the words of TEXT and its
// answers YES and NO; YES looks like a warning unless CALM. Without YES it is
// a notice, closed with NO where given. The question gets the focus, and the
// answer gives it back.
export function ask(box, { place, text, yes, no, calm }, onYes, onNo) {
  const back = document.activeElement;
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
