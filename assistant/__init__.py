"""A local-first desktop assistant: to-dos, calendar and notes, driven by an embedded model."""

__version__ = "0.1.0"
