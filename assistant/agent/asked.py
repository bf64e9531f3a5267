"""What a message asks for, in words code can check: the model's choice is held to them.

Each pattern is in the six languages the dates are read in. The intents
(:mod:`assistant.agent.intents`) use them to turn a small model's loose call
into what the user asked for: a to-do when the message names the to-do list,
no note unless one is asked for, "make it a one-time event" as a repeat removed.
"""

from __future__ import annotations

import re

# "Am I free ...?", "when do I have time ...?", in the six languages.
FREE_TIME = re.compile(
    r"\b(free|available|free time|have time|livre|dispon[ií]vel|libre|disponible|tengo tiempo"
    r"|frei|zeit habe|hab ich zeit|habe ich zeit|libero|libera|disponibil\w*)\b",
    re.IGNORECASE,
)


RENAME = re.compile(
    r"\b(renam\w*|re-?title|title|name|call (?:it|that)|renome\w*|nome|t[ií]tulo|renombr\w*"
    r"|nombre|umbenenn\w*|benenn\w*|titel|renomm\w*|titre|nom|rinomin\w*|titolo|chiam\w*)\b",
    re.IGNORECASE,
)


# Naming the calendar itself: "can you put it in my calendar?" asks for an entry.
CALENDAR_NOUNS = re.compile(
    r"\b(calendar|agenda|kalender|calendario|calendrier|calend[áa]rio)\b", re.IGNORECASE
)


# Asking to be reminded, or naming the to-do list, in the six languages.
REMINDER = re.compile(
    r"\b(remind me|reminder|to-?dos?|list|lista|liste|lembr[ae]-?me|me lembr[ae]|lembrete|tarefa"
    r"|recu[eé]rda(me|le)|recordatorio|tarea|erinnere? mich|erinnerung|aufgabe"
    r"|rappelle[- ]moi|rappel|t[aâ]che|ricorda(mi|temi)|promemoria)\b",
    re.IGNORECASE,
)


# Words that ask for a note to be kept, in the six languages.
NOTE_WORDS = re.compile(
    r"\b(notes?|jot|write|remember|save|keep|store|record|memo|nota|notas|anot\w*|apunt\w*"
    r"|notiz\w*|notier\w*|merk\w*|aufschreib\w*|schreib\w*|speicher\w*|note[rz]?|retiens"
    r"|enregistr\w*|garde|[ée]cri[st]\w*|escrib\w*|escrev\w*|scriv\w*|appunt\w*|annot\w*"
    r"|salv\w*|guard\w*|memori[sz]\w*)\b",
    re.IGNORECASE,
)


# Words that ask for something in the calendar (or to add something), in the six languages.
CALENDAR_WORDS = re.compile(
    r"\b(add|put|create|set|plan|adiciona\w*|coloca\w*|p[õo]e|marca\w*|cria\w*|añad\w*"
    r"|agreg\w*|pon|crea\w*|trag\w*|eintrag\w*|füg\w*|leg\w*|erstell\w*|plan\w*|ajout\w*"
    r"|mets|mettre|cr[ée]{2}\w*|programm\w*|aggiung\w*|metti|segna\w*|fiss\w*"
    r"|calendar|schedule|book|meeting|appointment|event|agenda|agend\w*|calend\w*|cita"
    r"|reuni\w*|compromisso|consulta|termin\w*|kalender|besprechung|treffen|rendez-vous|rdv"
    r"|r[ée]union|[ée]v[ée]nement|appuntamento|riunione|evento|prenot\w*|reserv\w*|r[ée]serv\w*)\b",
    re.IGNORECASE,
)


ALL_DONE = re.compile(
    r"\b(?:finished|done|completed|checked[- ]off|ticked[- ]off) (?:to-?dos|tasks|ones|items)\b"
    r"|\b(?:to-?dos|tasks|ones|items) (?:that are |that were |i've |i have |i )?(?:already )?"
    r"(?:finished|done|completed|checked off|ticked off)\b",
    re.IGNORECASE,
)


# A message that begins by booking time ("block", "book", "reserve"), in the six languages.
BOOKING = re.compile(
    r"(?:please |can you )?(block|book|reserve|hold|schedule|bloque\w*|reserv\w*|blockier\w*"
    r"|r[ée]serv\w*|prenot\w*|blocca\w*)\b",
    re.IGNORECASE,
)


# A statement that something stored has changed: "the dentist is at Smile Clinic
# now", "el lunes ahora es a las 5", "der Termin ist jetzt um 11".
NOW_SAID = re.compile(
    r"\b(now|instead|anymore|any more|ahora|en cambio|jetzt|stattdessen|nun|maintenant"
    r"|d[ée]sormais|plut[ôo]t|adesso|invece|agora|em vez)\b",
    re.IGNORECASE,
)


NO_DATE = re.compile(
    r"\b(no (?:longer (?:has|have) an? )?(?:due date|deadline)|(?:doesn't|does not|don't|won't)"
    r" (?:have|need) an? (?:due date|deadline)|without (?:a )?(?:due date|deadline)"
    r"|(?:remove|clear|drop) (?:the |its )?(?:due date|deadline)|sem prazo|sin fecha l[ií]mite"
    r"|ohne (?:frist|termin|f[äa]lligkeit)|sans (?:date limite|[ée]ch[ée]ance)|senza scadenza)\b",
    re.IGNORECASE,
)


ONE_TIME = re.compile(
    r"\b(one-?time|one-?off|just (?:this|once)|only (?:this|once)|not every|isn't every"
    r"|no longer (?:repeat|recur)s?|stop (?:repeating|recurring)|doesn't repeat"
    r"|s[oó] (?:esta|uma) vez|solo (?:esta|una) vez|nur (?:dieses|einmal)|une seule fois"
    r"|seulement ce|solo (?:questa|una) volta)\b",
    re.IGNORECASE,
)


REPLACE = re.compile(
    r"\b(replace|overwrite|instead of what|substitu\w*|troca\w*|reemplaz\w*|ersetz\w*"
    r"|remplac\w*|sostitui\w*)\b",
    re.IGNORECASE,
)


EVERYTHING = re.compile(r"^\s*(everything|all)\b|\ball (of )?(them|my to-?dos)\b", re.I)


# Nouns that name what kind of item the user means, in the six languages.
_KIND_NOUNS: dict[str, re.Pattern[str]] = {
    "todo": re.compile(
        r"\b(to-?dos?|tasks?|reminders?|tarefas?|lembretes?|tareas?|recordatorios?|pendientes"
        r"|aufgaben?|erinnerung(?:en)?|t[aâ]ches?|rappels?|promemoria|compit[io])\b",
        re.IGNORECASE,
    ),
    "event": re.compile(
        r"\b(events?|meetings?|appointments?|calendar|eventos?|reuni[oõ]n\w*|citas?|consultas?"
        r"|compromissos?|termine?|besprechung\w*|treffen|kalender|[ée]v[ée]nements?"
        r"|rendez-vous|rdv|r[ée]unions?|appuntament\w+|riunion\w+|impegn\w+|calendari[oa])\b",
        re.IGNORECASE,
    ),
    "note": re.compile(r"\b(notes?|notas?|notiz\w*|appunt\w+)\b", re.IGNORECASE),
}


def said_kinds(text: str) -> set[str]:
    """The kinds of item the message names by a noun: "delete the milk reminder" -> {"todo"}."""
    return {kind for kind, nouns in _KIND_NOUNS.items() if nouns.search(text)}


# A request's head before its verb: "please", "can you".
_LEAD = r"^\s*(?:please |can you |could you |pls )?"

# A message that begins by moving something, in the six languages.
MOVE = re.compile(
    _LEAD + r"(move|reschedule|push|postpone|shift|bring forward"
    r"|pasa\w*|mueve\w*|cambia\w*|aplaza\w*|pospon\w*|verschieb\w*|verleg\w*|d[ée]plac\w*"
    r"|d[ée]cal\w*|report\w*|sposta\w*|rimanda\w*|posticipa\w*|muda\w*|passa\w*|adia\w*"
    r"|remarca\w*)\b",
    re.IGNORECASE,
)


# Verbs that ask for items to go away, in the six languages.
_DELETE_VERBS = (
    r"delete|remove\w*|erase|get rid of|borra\w*|elimina\w*|quita\w*|l[öo]sch\w*|entfern\w*"
    r"|supprim\w*|efface\w*|enl[eè]ve\w*|cancella\w*|rimuovi|togli\w*|apaga\w*|exclu[ia]\w*"
)
# Anywhere in the message: "clear out the finished ones".
DELETE = re.compile(r"\b(" + _DELETE_VERBS + r"|clear(?: out)?|clean up|purge)\b", re.IGNORECASE)
# At its start: "remove the 'book the vet' to-do, I already did it".
DELETE_FIRST = re.compile(_LEAD + r"(" + _DELETE_VERBS + r")\b", re.IGNORECASE)


# Asking about to-dos past their date, in the six languages.
OVERDUE = re.compile(
    r"\b(overdue|late|past due|missed|atrasad\w*|vencid\w*|pendentes? h[áa]|retrasad\w*"
    r"|[üu]berf[äa]llig\w*|versp[äa]tet|en retard|retard|d[ée]pass[ée]\w*|scadut\w*"
    r"|in ritardo)\b",
    re.IGNORECASE,
)
# Asking about finished to-dos.
FINISHED = re.compile(
    r"\b(done|finished|completed|checked off|ticked off|feit[ao]s|conclu[íi]d[ao]s|hech[ao]s"
    r"|terminad[ao]s|completad[ao]s|erledigt\w*|fertig\w*|termin[ée]e?s|faite?s|fatt[ie]"
    r"|complet[ae]t[ie]|finit[ie])\b",
    re.IGNORECASE,
)


# A message that begins by asking for a note, in the six languages.
NOTE_ASK = re.compile(
    _LEAD + r"(jot(?: down)?|note(?: down| that| this)?"
    r"|make a note|take a note|write down|anota\w*|anote|apunta\w*|notier\w*"
    r"|schreib (?:dir|mir) auf|prends note|annota\w*|appunta\w*|segnati)\b",
    re.IGNORECASE,
)


# A message that begins by calling something off, in the six languages.
CANCEL_FIRST = re.compile(
    _LEAD + r"(cancel|call off|cancela\w*|desmarca\w*|absag\w*"
    r"|sag\w* .{1,30} ab\b|annul\w*|disdic\w*|disdire)\b",
    re.IGNORECASE,
)
