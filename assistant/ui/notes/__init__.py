"""The notes view: list, full-text search, Markdown editor with preview."""
