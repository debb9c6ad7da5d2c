"""Where a reader's browser keeps a checklist's answers, in each locale.

The build writes the names into each form (``data-checklist-answers``,
``data-checklist-snapshots``, ``data-checklist-link``) and into the tables of
contents (``data-checklists``); the script only uses them. German::

    checkliste:<id>:v<version>    the answers
    checkliste:<id>:staende       the dated snapshots
    #checkliste=<id>&v=…          a link with the answers

English: ``checklist:<id>:v<version>``, ``checklist:<id>:snapshots`` and
``#checklist=<id>``. Never change a locale's names once a site is out: readers'
answers and snapshots are found under them, and the links they shared carry
the link's name.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class StorageNames:
    """One locale's names; ``{id}`` stands for the checklist's id."""

    answers: str  # the version follows; no snapshots key may start with it
    snapshots: str
    link: str

    def answers_key(self, checklist_id: str, version: int | str = "") -> str:
        return self.answers.format(id=checklist_id) + str(version)

    def snapshots_key(self, checklist_id: str) -> str:
        return self.snapshots.format(id=checklist_id)


STORAGE = {
    "de": StorageNames("checkliste:{id}:v", "checkliste:{id}:staende", "checkliste"),
    "en": StorageNames("checklist:{id}:v", "checklist:{id}:snapshots", "checklist"),
}
