"""The PySide6 desktop window: the only place that imports Qt."""
