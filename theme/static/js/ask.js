// Ask in the page before something is replaced or deleted, instead of with
// confirm(). BOX is the question the build wrote, hidden: its text and the
// label of its first button are set here. The question gets the focus, and
// the answer gives it back.
export function ask(box, question, yes, onYes, onNo) {
  const back = document.activeElement;
  const [text, yesButton] = box.children;
  text.textContent = question;
  yesButton.textContent = yes;
  box.hidden = false;
  text.focus();
  box.onclick = ({ target: { value } }) => {
    if (!value) return;
    box.hidden = true;
    back?.focus();
    (value === "yes" ? onYes : onNo)();
  };
}
