"""The opt-in update check in the window: the question, the notice, the Settings toggle."""
