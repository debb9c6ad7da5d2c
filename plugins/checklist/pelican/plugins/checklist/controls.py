"""The controls the script brings to life, written by the build into each
checklist form, hidden until the script runs (so that without it there are no
buttons that do nothing): what fits, the summary, the tools, the snapshots and
the status line. (The box for questions asked in the page is the tools'
script's own: ask.js makes it when it is first needed.) The words are the
extension's options (options.py)."""

from .options import TOOL_WORDS
from .render import add, as_json, element_id


def render_controls(form, checklist, config):
    """What the script fills in and brings to life, hidden until it runs:
    what fits, the summary, the tools (the destructive one last), a field
    to copy from where the clipboard cannot be used, the snapshots and the
    status line."""
    labels = config["script_labels"]
    wrapper = add(form, "div", "checklist-enhanced", hidden="hidden")
    words = config["messages"]
    if config["tool_words_file"]:  # fetched with the tools
        wrapper.set("data-tool-words", config["tool_words_file"])
        words = {k: v for k, v in words.items() if k not in TOOL_WORDS}
    wrapper.set("data-messages", as_json(words))
    if checklist.results:
        heading_id = element_id(checklist, role="passt")
        fit = add(wrapper, "section", "checklist-fit", aria_labelledby=heading_id)
        add(fit, "h3", text=labels["fit"], id=heading_id)
        # Not a live region: a change is announced in one short sentence.
        add(fit, "div", "checklist-fit-body")
    summary = add(wrapper, "details", "checklist-summary")
    add(summary, "summary", text=labels["summary"])
    add(summary, "p")
    add(summary, "dl")
    render_tools(wrapper, checklist, labels)
    render_history(wrapper, checklist, labels)
    # Heard, not seen: the script shows each message next to the control
    # that caused it, or here, at the end of the tools.
    add(wrapper, "p", "checklist-status visually-hidden", role="status")


def render_tools(parent, checklist, labels):
    """The tools as GOV.UK groups its buttons: keeping the answers (the
    download first, the one primary button), then, apart, bringing them back
    from a file and deleting them (the warning button). Under the first group,
    a field to copy from where the clipboard cannot be used."""
    tools = add(parent, "div", "checklist-tools")
    keep = add(tools, "div", "checklist-buttons")
    add(keep, "button", "checklist-primary", labels["download"], type="button",
        value="download")  # fmt: skip
    for action in ("copy", "share", "print"):
        add(keep, "button", text=labels[action], type="button", value=action)
    output_id = element_id(checklist, role="ausgabe")
    output = add(tools, "p", "checklist-output", hidden="hidden")
    add(output, "label", text=labels["output"], for_=output_id)
    area = add(output, "textarea", id=output_id, readonly="readonly", rows="3")
    area.text = ""
    other = add(tools, "div", "checklist-buttons checklist-apart")
    add(other, "button", text=labels["load"], type="button", value="load")
    add(other, "button", "checklist-warning", labels["forget"], type="button",
        value="forget")  # fmt: skip
    add(other, "input", type="file", accept=".txt,text/plain", hidden="hidden")


def render_history(parent, checklist, labels):
    """The dated snapshots: a heading, "Stand speichern", their list."""
    history_id = element_id(checklist, role="staende")
    history = add(parent, "section", "checklist-history", aria_labelledby=history_id)
    add(history, "h3", text=labels["history"], id=history_id)
    add(history, "button", text=labels["snapshot"], type="button", value="snapshot")
    add(history, "p", text=labels["noSnapshots"])
    add(history, "ul")
    add(history, "div", "checklist-comparison", tabindex="-1")
