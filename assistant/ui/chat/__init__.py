"""The chat view: streamed answers, action cards with Undo, approval cards."""
