// A follow-up question appears only once its option is chosen, as GOV.UK's
// conditional reveal does: the option names what it controls (aria-controls).
// Like GOV.UK Frontend today, no aria-expanded: ARIA allows it on neither a
// radio button nor a checkbox, and screen readers announced it oddly. Without
// this script every follow-up stays visible. A hidden follow-up keeps its
// answers (nothing is lost) but is left out of the summary and the copies.
export const revealFollowups = (form) => {
  for (const set of form.querySelectorAll(".checklist-followup")) {
    const option = set.parentElement.firstElementChild;
    set.hidden = !option.checked;
    option.setAttribute("aria-controls", set.id);
  }
};
