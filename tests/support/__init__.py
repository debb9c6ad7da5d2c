"""What the tests share: the built site and its pages, the checklist page, axe."""
