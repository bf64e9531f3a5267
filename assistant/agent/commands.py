"""Plain instructions to change stored things: "mark the second one done", "move it to 4pm".

A small model given a free first step sometimes answers an instruction in
words: it writes "You have 2 open to-dos: ..." for "mark the second one
done", imitating the answer before it, and nothing is changed. When a message
is plainly an instruction to add, change, check off, move or delete
something, the loop skips the free first step and asks the model only which
intent to call, under the grammar that admits a call and nothing else.

A message counts when a clause begins with one of the verbs below, in any of
the six languages, perhaps after "please", "ok" or "can you". A question that
is not a polite request ("should I schedule...?", "what would happen if I
deleted...?") does not count, nor does pasted text, nor a verb that asks for
something the app cannot do ("order", "call", "email", "tell").
"""

from __future__ import annotations

import re
import unicodedata

# Words before the verb that leave the message an instruction.
_LEAD = (
    r"(?:(?:please|pls|ok|okay|alright|hey|oh|also|now|and|then|actually|so|could you|can you"
    r"|you can|just"
    r"|would you|will you|por favor|bitte|s'il te pla[iî]t|s'il vous pla[iî]t|per favore"
    r"|pode|podes|voc[eê] pode|puedes|podr[ií]as|kannst du|k[oö]nntest du|peux-tu|tu peux"
    r"|pourrais-tu|puoi|potresti|ent[aã]o|entonces|dann|alors|allora|y|e|und|et|tamb[eé]m"
    r"|tambi[eé]n|auch|aussi|anche)[\s,]+)*"
)
_VERBS = {
    "en": r"add|put|create|schedule|book|plan|set up|set|remind me|note|jot|write down|save"
    r"|make a note|mark|(?:tick|check|cross)(?: \w+)? off|tick|complete|finish|move|push|pull"
    r"|bring|reschedule|postpone|shift|change|rename|update|make (?:it|that|this|them|the)"
    r"|delete|remove|cancel|drop|clear|erase|reopen|re-open|uncheck|untick|undo|append|replace|tag"
    r"|prioriti[sz]e|block|take .{1,40} off|get rid of",
    "pt": r"adiciona\w*|acrescenta\w*|coloca\w*|p[oõ]e|ponha|bota|marca\w*|agenda\w*|cria\w*"
    r"|muda\w*|mude|move\w*|passa\w*|adia\w*|remarca\w*|apaga\w*|remove\w*|exclu[ia]\w*"
    r"|cancela\w*|anota\w*|lembra-me|me lembra|conclu[ia]\w*|reabr\w*|renomeia\w*|altera\w*",
    "es": r"a[nñ]ad\w*|agreg\w*|pon|ponme|crea\w*|programa\w*|agenda\w*|mueve\w*|mov\w*"
    r"|cambia\w*|pasa\w*|aplaza\w*|pospon\w*|borra\w*|elimina\w*|quita\w*|cancela\w*"
    r"|ap[uú]nt\w*|an[oó]t\w*|recu[eé]rdame|marca\w*|completa\w*|reabr\w*|renombra\w*"
    r"|t[aá]ch\w*|bloque\w*|bloqu[eé]\w*",
    "de": r"f[uü]g\w*|trag\w*|leg\w*|erstell\w*|plan\w*|setz\w*|verschieb\w*|verleg\w*"
    r"|[aä]nder\w*|l[oö]sch\w*|entfern\w*|streich\w*|notier\w*|erinnere mich|erinner mich"
    r"|markier\w*|hak\w*|abhak\w*|benenn\w*|sag .{0,20}ab|schreib\w* .{0,30}auf",
    "fr": r"ajout\w*|mets|mettez|cr[ée]{2}\w*|programm\w*|planifi\w*|d[ée]plac\w*|d[ée]cal\w*"
    r"|report\w*|chang\w*|modifi\w*|supprim\w*|effac\w*|annul\w*|note|notez|rappelle-moi"
    r"|marqu\w*|coch\w*|rouvr\w*|renomm\w*|inscri\w*",
    "it": r"aggiung\w*|metti|mettete|crea\w*|programm\w*|fissa\w*|sposta\w*|cambia\w*"
    r"|modifica\w*|rimanda\w*|posticipa\w*|cancella\w*|elimina\w*|rimuovi|togli|annulla\w*"
    r"|segna\w*|annota\w*|ricordami|riapri\w*|rinomina\w*|completa\w*",
}
_COMMAND = re.compile(r"^" + _LEAD + r"(?:" + "|".join(_VERBS.values()) + r")\b", re.IGNORECASE)
# Polite requests end with "?" and are still instructions.
_POLITE = re.compile(
    r"^(?:please\s+)?(?:could|can|would|will) you\b|^(?:pode|podes|voc[eê] pode|puedes"
    r"|podr[ií]as|kannst du|k[oö]nntest du|peux-tu|tu peux|pourrais-tu|puoi|potresti)\b",
    re.IGNORECASE,
)
# Clauses: the message, and what follows a comma or a full stop ("..., add it to my to-dos").
_CLAUSES = re.compile(r"[,.;:!]\s+|\s+-\s+")
MAX_CHARS = 200


def is_command(text: str) -> bool:
    """Whether ``text`` plainly instructs a change to stored to-dos, events or notes."""
    plain = " ".join(unicodedata.normalize("NFC", text).split()).strip(" ¡¿")
    if not plain or len(plain) > MAX_CHARS or "\n" in text.strip():
        return False
    if plain.endswith("?") and not _POLITE.match(plain):
        return False
    return any(_COMMAND.match(clause.strip()) for clause in _CLAUSES.split(plain) if clause)


# Asking to be told something, not to keep it: "tell me a joke", "explain ...".
_TELL = re.compile(
    r"^(?:please\s+)?(tell me|explain|translate|describe|define|calculate|me diz|diz-me|dime"
    r"|expl[ií]ca\w*|erkl[äa]r\w*|sag mir|dis-moi|explique\w*|dimmi|spiega\w*)\b",
    re.IGNORECASE,
)


def asks_to_be_told(text: str) -> bool:
    """A question or a request for words ("what is 15% of 80?", "tell me a joke"),
    with no instruction to keep anything: nothing should be added for it."""
    plain = " ".join(unicodedata.normalize("NFC", text).split()).strip(" ¡¿")
    if not plain or is_command(plain):
        return False
    return plain.endswith("?") or bool(_TELL.match(plain))
