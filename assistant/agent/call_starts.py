"""Text that shows the model means to call a tool, though it writes words.

The loop's router hands such a generation over to a constrained call.
"""

from __future__ import annotations

# Starts of a call written as text, whatever the chat format ("<tools>" is a
# small Qwen's slip for "<tool_call>"), and answers that claim an action no
# call made ("Added ...", "I've moved ..."): generated again as a constrained call.
TEXT_CALL_STARTS = ("```", "<tools>", "<tool>", "<function")
_CLAIMED = (
    "Added", "Moved", "Updated", "Changed", "Deleted", "Completed", "Created", "Scheduled",
    "Marked", "Reopened", "Renamed", "Appended", "Removed", "Rescheduled",
)  # fmt: skip
# The same claims in the other five languages ("Pronto! ...", "Erledigt", "C'est fait").
_CLAIMED_ELSEWHERE = (
    "Pronto", "Feito", "Adicionei", "Adicionado", "Adicionada", "Agendei", "Agendado",
    "Marquei", "Mudei", "Alterei", "Apaguei", "Remarquei",
    "Listo", "Hecho", "Añadí", "Añadido", "Añadida", "Agendé", "Cambié", "Borré", "Anoté",
    "Erledigt", "Hinzugefügt", "Eingetragen", "Verschoben", "Geändert", "Gelöscht",
    "C'est fait", "C'est noté", "Noté", "Ajouté", "Ajoutée", "J'ai ajouté", "J'ai déplacé",
    "Déplacé", "Supprimé", "Notiert", "Anotado", "Annotato",
    "Fatto", "Aggiunto", "Aggiunta", "Ho aggiunto", "Ho spostato", "Spostato", "Segnato",
)  # fmt: skip
CLAIMS = (
    *_CLAIMED,
    *(f"{who} {verb.lower()}" for who in ("I've", "I have", "I") for verb in _CLAIMED),
    *_CLAIMED_ELSEWHERE,
)
