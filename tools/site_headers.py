"""Read the site's ``_headers`` file: the HTTP headers it asks its host to send."""


def host_headers(path):
    """The ``(name, value)`` headers that PATH asks for every address (``/*``)."""
    headers, applies = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            applies = line.strip() == "/*"
        elif applies:
            name, _, value = line.strip().partition(":")
            headers.append((name.strip(), value.strip()))
    return headers
