"""The assistant's one migration set, which every step module registers on.

Steps run in the order they register: see :mod:`assistant.store.migrations`.
"""

from __future__ import annotations

from sqlite_utils import Migrations

migrations = Migrations("assistant")
