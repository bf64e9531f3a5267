"""Italiano: "domani alle 9", "martedì prossimo", "dalle 10 alle 12", "ogni lunedì".

"Martedì prossimo" and "il prossimo martedì" are the coming Tuesday (never
today): said on a Tuesday they are the one a week later, which is what people
mean; "martedì della settimana prossima" is Tuesday of next week. "Questo
martedì" and a bare "martedì" are the next Tuesday, today included. "La
settimana prossima" is next week; "fine settimana" is the weekend, and "fine
della settimana" its Sunday.

An hour after "alle", "all'", "dalle", "fino alle", "verso le" reads like
English "at 5": 1 to 6 are afternoon hours ("all'una" is 13:00) unless a part
of the day says otherwise ("alle 5 di mattina"). "Di notte" after the small
hours is before dawn ("alle 3 di notte" is 03:00), after 9, 10 or 11 it is
late evening. "Stasera" is tonight (20:00). "Ogni quindici giorni" and
"quindicinale" are every two weeks.

Left out, because they are ordinary words in a sentence: "ora" for "now" (it
is also "hour": "un'ora"), the weekday abbreviations "mar" (sea), "mer"
(French sea), "gio" (a first name), "ven", "dom", and the month
abbreviations "gen", "mar", "mag", "giu" ("giù", down), "lug", "ago"
(needle, English "ago") and "set". "Stanotte" is left out too: it is the
night ahead or the night just gone, and "stanotte alle 3" is 03:00, which
the grammar's "tonight" would read as 15:00.
"""

from assistant.dates.lang.table import Language

_WEEKDAYS = {
    "lunedi": "monday",
    "martedi": "tuesday",
    "mercoledi": "wednesday",
    "giovedi": "thursday",
    "venerdi": "friday",
    "sabato": "saturday",
    "domenica": "sunday",
}

_AT = "alle|all'|le|l'"  # "alle 9", "all'una", "le 9", "l'una"
_FROM = "dalle|dall'"
_TO = "alle|all'"
_HOURS = "ore|ora"
_HALF = "mezza|mezzo"
_QUARTER = "un? quarto"
_NEXT = "prossimo|prossima|venturo|ventura"
_LAST = "scorso|scorsa|passato|passata"

# "alle 3 di notte" is 03:00, not the 15:00 that "at 3 at night" would be.
_SMALL_HOURS = {"1": 1, "una": 1, "2": 2, "due": 2, "3": 3, "tre": 3}
_SMALL_HOURS |= {"4": 4, "quattro": 4, "5": 5, "cinque": 5}
_NIGHT = tuple(
    (f"{_AT}? {word} di|della notte", f"at 0{hour}:00") for word, hour in _SMALL_HOURS.items()
)
# "alle 9 e 15" is 9:15; the minutes are written as two digits for the grammar.
_MINUTES = tuple((f"{_AT}? <C> e {minute}", f"at {{1}}:{minute:02d}") for minute in range(5, 60, 5))

LANGUAGE = Language(
    code="it",
    name="Italiano",
    weekdays={
        **_WEEKDAYS,
        "sabati": "saturdays",
        "domeniche": "sundays",
        "lun": "monday",
        "sab": "saturday",
    },
    months={
        "gennaio": "january",
        "febbraio": "february",
        "marzo": "march",
        "aprile": "april",
        "maggio": "may",
        "giugno": "june",
        "luglio": "july",
        "agosto": "august",
        "settembre": "september",
        "ottobre": "october",
        "novembre": "november",
        "dicembre": "december",
        "feb": "february",
        "apr": "april",
        "ott": "october",
        "nov": "november",
        "dic": "december",
    },
    units={
        "minuto": "minute",
        "minuti": "minutes",
        "min": "minutes",
        "ora": "hour",
        "ore": "hours",
        "giorno": "day",
        "giorni": "days",
        "settimana": "week",
        "settimane": "weeks",
        "mese": "month",
        "mesi": "months",
        "anno": "year",
        "anni": "years",
    },
    numbers={
        "un": 1,
        "un'": 1,
        "uno": 1,
        "una": 1,
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "undici": 11,
        "dodici": 12,
        "quindici": 15,
        "venti": 20,
        "ventiquattro": 24,
        "trenta": 30,
        "quarantotto": 48,
    },
    ordinals={
        "primo": 1,
        "prima": 1,
        "secondo": 2,
        "seconda": 2,
        "terzo": 3,
        "terza": 3,
        "quarto": 4,
        "quarta": 4,
        "quinto": 5,
        "quinta": 5,
        "ultimo": -1,
        "ultima": -1,
    },
    words={
        "oggi": "today",
        "domani": "tomorrow",
        "ieri": "yesterday",
        "dopodomani": "the day after tomorrow",
        "altroieri": "the day before yesterday",
        "avantieri": "the day before yesterday",
        "adesso": "now",
        "stasera": "tonight",
        "stamattina": "this morning",
        "stamani": "this morning",
        "stamane": "this morning",
        "domattina": "tomorrow morning",
        "mezzogiorno": "noon",
        "mezzanotte": "midnight",
        "mattina": "morning",
        "mattino": "morning",
        "pomeriggio": "afternoon",
        "sera": "evening",
        "notte": "night",
        "quest'anno": "this year",
        "mezz'ora": "half an hour",
        "mezzora": "half an hour",
        "alle": "at",
        "all'": "at",
        "il": "",
        "lo": "",
        "la": "",
        "l'": "",
        "i": "",
        "gli": "",
        "le": "",
        "a": "",
        "al": "",
        "di": "",
        "del": "",
        "della": "",
        "dell'": "",
        "nel": "",
        "nella": "",
        "e": "and",
        "prossimo": "next",
        "prossima": "next",
        "questo": "this",
        "questa": "this",
        "scorso": "last",
        "scorsa": "last",
        "ogni": "every",
        "tutti": "every",
        "tutte": "every",
        "quotidianamente": "daily",
        "giornalmente": "daily",
        "quotidiano": "daily",
        "giornaliero": "daily",
        "settimanalmente": "weekly",
        "settimanale": "weekly",
        "mensilmente": "monthly",
        "mensile": "monthly",
        "annualmente": "yearly",
        "annuale": "yearly",
        "quindicinale": "biweekly",
        "quindicinalmente": "biweekly",
        "volta": "time",
        "volte": "times",
        "per": "for",
    },
    phrases=(
        # days
        ("dopo domani", "the day after tomorrow"),
        ("l'? altro ieri", "the day before yesterday"),
        ("l' altroieri", "the day before yesterday"),
        ("ieri l' altro", "the day before yesterday"),
        ("proprio adesso|ora", "now"),
        ("questa sera", "tonight"),
        ("oggi in serata", "tonight"),
        ("questa mattina", "this morning"),
        ("oggi in mattinata", "this morning"),
        ("questo|oggi pomeriggio", "this afternoon"),
        ("domani in mattinata", "tomorrow morning"),
        (f"{_NEXT} <W>", "coming {1}"),
        (f"<W> {_NEXT}", "coming {1}"),
        ("<W> della|di? settimana prossima|entrante", "next {1}"),
        ("<W> della|di? prossima settimana", "next {1}"),
        (f"{_LAST} <W>", "last {1}"),
        (f"<W> {_LAST}", "last {1}"),
        ("settimana prossima|entrante", "next week"),
        ("prossima settimana", "next week"),
        ("settimana scorsa|passata", "last week"),
        ("scorsa settimana", "last week"),
        ("mese prossimo", "next month"),
        ("prossimo mese", "next month"),
        ("mese scorso|passato", "last month"),
        ("scorso mese", "last month"),
        ("anno prossimo", "next year"),
        ("prossimo anno", "next year"),
        ("anno scorso|passato", "last year"),
        ("scorso anno", "last year"),
        ("fine settimana", "weekend"),
        ("questo fine settimana", "this weekend"),
        ("prossimo fine settimana", "next weekend"),
        ("fine settimana prossimo", "next weekend"),
        ("prossimo weekend", "next weekend"),
        ("weekend prossimo", "next weekend"),
        ("fine settimana scorso", "last weekend"),
        ("weekend scorso", "last weekend"),
        ("scorso fine settimana|weekend", "last weekend"),
        ("fine della settimana", "end of the week"),
        ("fine del? mese", "end of the month"),
        ("fine dell' anno", "end of the year"),
        ("fine anno", "end of the year"),
        ("nei|nelle|i|le? prossimi|prossime <C> <U>", "the next {1} {2}"),
        ("negli|nelle|gli|le? ultimi|ultime <C> <U>", "the past {1} {2}"),
        # dates: "il 3 aprile", "l'8 marzo", "il 3 di aprile del 2027", "il primo maggio"
        ("il|l'? giorno? <N> di? <M> del? <Y>?", "{1} {2} {3}"),
        ("il? primo <M> del? <Y>?", "1 {1} {2}"),
        ("il|l'? giorno <N>", "the {1}"),
        ("il|l' <N>", "the {1}"),
        # "venerdì 17" is Friday the 17th, not Friday 17:00: the grammar takes
        # no weekday with a date, so this is refused rather than misread.
        ("<W> <N>", "{1} the {2}"),
        ("<W> <T> -|–|— <T>", "{1} {2} - {3}"),  # "lunedì 9-12" is a time slot
        ("<W> <C> volte", "{1} {2} times"),
        # parts of the day
        ("di|la|al|in|nella mattina|mattinata|mattino", "in the morning"),
        ("del mattino", "in the morning"),
        ("della mattina", "in the morning"),
        ("di|il|nel pomeriggio", "in the afternoon"),
        ("del pomeriggio", "in the afternoon"),
        ("di|la|in|nella sera|serata", "in the evening"),
        ("della sera", "in the evening"),
        ("di|la|nella notte", "at night"),
        ("della notte", "at night"),
        *_NIGHT,
        (f"{_AT}? 12|dodici di|della notte", "at midnight"),
        # times: "alle 9", "all'una", "alle ore 15.30", "verso le 8", "per le 8"
        (f"{_AT} ore? <T>", "at {1}"),
        (f"{_AT} <T> in punto", "at {1}"),
        ("ore <T>", "at {1}"),
        ("<C> ore <C>", "{1} hours {2}"),  # "2 ore 30" is a length, not "2 at 30"
        ("verso|per le|l' <T>", "at {1}"),
        ("intorno|attorno alle|all' <T>", "at {1}"),
        # "a partire dalle 19", "dalle 19 in poi": the start, with no end (as "alle 19")
        (f"a partire {_FROM} ore? <T>", "at {1}"),
        (f"{_FROM} ore? <T> in poi", "at {1}"),
        (f"{_AT}? <C> e {_HALF}", "at {1}:30"),
        (f"{_AT}? <C> e {_QUARTER}", "at {1}:15"),
        (f"{_AT}? <C> e tre quarti", "at {1}:45"),
        (f"{_AT}? <C> meno {_QUARTER}", "at {1:-1}:45"),
        *_MINUTES,
        ("a|verso mezzogiorno", "at noon"),
        (f"a? mezzogiorno e {_HALF}", "at 12:30"),
        ("a|verso mezzanotte", "at midnight"),
        # ranges: "dalle 10 alle 12", "tra le 8 e le 10", "da lunedì a venerdì"
        (f"{_FROM} ore? <T> fino? {_TO} ore? <T>", "from at {1} to at {2}"),
        ("tra|fra le|l' <T> e le|l' <T>", "between at {1} and at {2}"),
        (f"fino {_TO} ore? <T>", "until at {1}"),
        ("fino a|al|all'", "until"),
        ("da|dal <W> fino? a|al <W>", "{1} to {2}"),
        ("tra|fra <W> e <W>", "between {1} and {2}"),
        ("dal|dall' <N> al|all' <N> <M>", "from {1} {3} to {2} {3}"),
        ("dal|dall' <N> <M> al|all' <N> <M>", "from {1} {2} to {3} {4}"),
        ("dal|dall' <N> al|all' <N>", "from the {1} to the {2}"),
        # lengths and offsets: "mezz'ora", "un'ora e mezza", "tra 2 ore", "3 giorni fa"
        ("mezza ora", "half an hour"),
        ("un quarto d' ora", "15 minutes"),
        ("tre quarti d' ora", "45 minutes"),
        (f"<C> <U> e {_HALF}", "{1} {2} and a half"),
        (f"<U> e {_HALF}", "1 {1} and a half"),
        ("<C> ora|ore e un? quarto", "{1} hours and 15 minutes"),
        ("tra|fra <C> <U>", "in {1} {2}"),
        ("tra|fra mezz'ora|mezzora", "in half an hour"),
        ("tra|fra mezza ora", "in half an hour"),
        ("tra|fra un quarto d' ora", "in 15 minutes"),
        ("<C> <U> fa", "{1} {2} ago"),
        ("mezz'ora|mezzora fa", "30 minutes ago"),
        ("un quarto d' ora fa", "15 minutes ago"),
        # repeats
        ("tutti i giorni feriali|lavorativi", "every weekday"),
        ("ogni giorno feriale|lavorativo", "every weekday"),
        ("nei|i? giorni feriali|lavorativi", "weekdays"),
        ("tutti i giorni", "every day"),
        ("ogni giorno", "every day"),
        ("una volta al giorno", "daily"),
        ("una volta a|alla|la|ogni settimana", "weekly"),
        ("una volta al mese", "monthly"),
        ("una volta all' anno", "yearly"),
        ("una volta l' anno", "yearly"),
        ("ogni|tutti i fine settimana", "every weekend"),
        ("ogni|tutti i weekend", "every weekend"),
        ("nei fine settimana|weekend", "weekends"),
        ("tutti i|le <W>", "every {1}"),
        ("ogni quindici|15 giorni", "every 2 weeks"),
        ("a settimane alterne", "every other week"),
        ("una settimana si e una no", "every other week"),
        ("a giorni alterni", "every other day"),
        ("un giorno si e uno no", "every other day"),
        ("un|una <W> si e uno|una no", "every other {1}"),
        ("ogni <C> settimane il|di <W>", "every {1} weeks on {2}"),
        ("ogni settimana il|di <W>", "every week on {1}"),
        ("il|l'|ogni <N> di|del ogni? mese", "monthly on the {1:ord}"),
        ("il|ogni? primo di|del ogni? mese", "monthly on the 1st"),
        ("ogni mese il|l' <N>", "monthly on the {1:ord}"),
        ("tutti i mesi il|l' <N>", "monthly on the {1:ord}"),
        ("mensilmente|mensile il|l' <N>", "monthly on the {1:ord}"),
        ("ogni|tutti? il|l'|gli? <O> <W> di|del ogni? mese", "the {1} {2} of every month"),
        ("il|l'? <O> giorno di|del ogni? mese", "the {1} day of every month"),
        ("ogni anno il|l' <N> <M>", "every year on {1} {2}"),
        ("tutti gli anni il|l' <N> <M>", "every year on {1} {2}"),
        ("<C> volte", "{1} times"),
    ),
    elision=True,
)
