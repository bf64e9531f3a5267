"""Notes as values: the typed record and the note list's reads. No Qt here."""
