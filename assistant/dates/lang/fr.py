"""Français: "lundi à 15h", "demain matin", "mardi prochain", "tous les lundis".

"Mardi prochain" and "le prochain mardi" are the coming Tuesday (never
today): said on a Tuesday they are the one a week later, which is what people
mean; "mardi de la semaine prochaine" is Tuesday of next week. "Ce mardi" and
a bare "mardi" are the next Tuesday, today included. "La semaine prochaine"
is next week; "ce week-end" is the coming Saturday and Sunday, and "le
week-end prochain" the weekend of next week. "Ce soir" is tonight (20:00).

An hour after "à", "vers", "de ... à", "entre ... et" and "jusqu'à" reads like
English "at 5": 1 to 6 are afternoon hours ("à 3h" is 15:00) unless a part of
the day says otherwise ("à 3h du matin"); "à 2h de la nuit" is 02:00.
"Dans huit jours" and "dans quinze jours" are one and two weeks, as the
idioms mean, and "tous les quinze jours" is every two weeks. "Jours
ouvrables" and "jours ouvrés" are Monday to Friday.

"Lundi 30" is Monday the 30th, which the grammar cannot check against the
weekday, so it is refused rather than read as Monday at 30 (or "vendredi 17"
as Friday 17:00).

Left out, because they are ordinary words in a sentence or mean two things:
the weekday abbreviations "mar" (Spanish sea, English March), "mer" (sea),
"jeu" (game), "ven", "sam" (a name) and "dim" (English dim); "sept" as a
month on its own (it is seven; "le 3 sept" is read); "neuf" (nine, and new);
"cette nuit" (the night ahead or the one just gone); "fin de semaine" (the
weekend in Quebec, the end of the week in France); "bimensuel" (twice a
month, not every two weeks).
"""

from assistant.dates.lang.table import Language

_WEEKDAYS = {
    "lundi": "monday",
    "mardi": "tuesday",
    "mercredi": "wednesday",
    "jeudi": "thursday",
    "vendredi": "friday",
    "samedi": "saturday",
    "dimanche": "sunday",
}

_PLURALS = {f"{k}s": f"{v}s" for k, v in _WEEKDAYS.items()}

_AT = "a|vers"  # "à 15h", "vers 9h"
_HOURS = "h|heure|heures"
_NEXT = "prochain|prochaine"
_LAST = "dernier|derniere|passe|passee"
_HALF = "demie|demi"
_DURING = "dans|sur|pendant|durant"
_UNTIL = "jusqu' a|au"

# "à 3h de la nuit" is 03:00, not the 15:00 that "at 3 at night" would be.
_SMALL_HOURS = {"1": 1, "une": 1, "2": 2, "deux": 2, "3": 3, "trois": 3, "4": 4, "quatre": 4}
_SMALL_HOURS |= {"5": 5, "cinq": 5}
_NIGHT = tuple(
    (f"{_AT}? {word} {_HOURS}? de la nuit", f"at 0{hour}:00") for word, hour in _SMALL_HOURS.items()
) + tuple((f"{_AT}? {hour}h de la nuit", f"at 0{hour}:00") for hour in range(1, 6))

# "tous les premiers lundis du mois": the grammar wants the weekday singular.
_EVERY_NTH = tuple(
    (f"tous les <O> {french} du|de chaque? mois", f"the {{1}} {english[:-1]} of every month")
    for french, english in _PLURALS.items()
)

LANGUAGE = Language(
    code="fr",
    name="Français",
    weekdays={
        **_WEEKDAYS,
        **_PLURALS,
        "lun": "monday",
    },
    months={
        "janvier": "january",
        "fevrier": "february",
        "mars": "march",
        "avril": "april",
        "mai": "may",
        "juin": "june",
        "juillet": "july",
        "aout": "august",
        "septembre": "september",
        "octobre": "october",
        "novembre": "november",
        "decembre": "december",
        "janv": "january",
        "fev": "february",
        "fevr": "february",
        "avr": "april",
        "juil": "july",
        "oct": "october",
        "nov": "november",
        "dec": "december",
    },
    units={
        "minute": "minute",
        "minutes": "minutes",
        "min": "minutes",
        "mn": "minutes",
        "heure": "hour",
        "heures": "hours",
        "jour": "day",
        "jours": "days",
        "semaine": "week",
        "semaines": "weeks",
        "mois": "month",
        "an": "year",
        "ans": "years",
        "annee": "year",
        "annees": "years",
    },
    numbers={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "quinze": 15,
        "vingt": 20,
        "vingt-quatre": 24,
        "trente": 30,
        "quarante-cinq": 45,
    },
    ordinals={
        "premier": 1,
        "premiere": 1,
        "premiers": 1,
        "premieres": 1,
        "deuxieme": 2,
        "deuxiemes": 2,
        "troisieme": 3,
        "troisiemes": 3,
        "quatrieme": 4,
        "quatriemes": 4,
        "cinquieme": 5,
        "dernier": -1,
        "derniere": -1,
        "derniers": -1,
        "dernieres": -1,
    },
    words={
        "aujourd'hui": "today",
        "aujourdhui": "today",
        "auj": "today",
        "demain": "tomorrow",
        "hier": "yesterday",
        "apres-demain": "the day after tomorrow",
        "avant-hier": "the day before yesterday",
        "maintenant": "now",
        "immediatement": "now",
        "midi": "noon",
        "minuit": "midnight",
        "matin": "morning",
        "matinee": "morning",
        "apres-midi": "afternoon",
        "aprem": "afternoon",
        "soir": "evening",
        "soiree": "evening",
        "nuit": "night",
        "week-end": "weekend",
        "week-ends": "weekends",
        "mois-ci": "month",
        "semaine-ci": "week",
        # "jusqu'à" is read as "jusqu'" and "à"; whole, it tells the language.
        "jusqu'a": "until",
        "jusqu'au": "until",
        "a": "at",
        "vers": "at",
        "le": "",
        "la": "",
        "les": "",
        "l'": "",
        "de": "",
        "du": "",
        "d'": "",
        "dans": "in",
        "et": "and",
        "prochain": "next",
        "prochaine": "next",
        "ce": "this",
        "cet": "this",
        "cette": "this",
        "dernier": "last",
        "derniere": "last",
        "entre": "between",
        "tous": "every",
        "toutes": "every",
        "chaque": "every",
        "quotidien": "daily",
        "quotidienne": "daily",
        "quotidiennement": "daily",
        "journalier": "daily",
        "hebdomadaire": "weekly",
        "hebdo": "weekly",
        "mensuel": "monthly",
        "mensuelle": "monthly",
        "mensuellement": "monthly",
        "annuel": "yearly",
        "annuelle": "yearly",
        "annuellement": "yearly",
        "fois": "times",
        "pendant": "for",
        "durant": "for",
    },
    phrases=(
        # days
        ("apres demain", "the day after tomorrow"),
        ("avant hier", "the day before yesterday"),
        ("tout de suite", "now"),
        ("des maintenant", "now"),
        ("ce soir", "tonight"),
        ("ce midi", "today at noon"),
        ("apres midi", "afternoon"),  # "après midi" without its hyphen
        (f"{_NEXT} <W>", "coming {1}"),
        (f"<W> {_NEXT}", "coming {1}"),
        ("<W> de la semaine prochaine", "next {1}"),
        ("<W> de la prochaine semaine", "next {1}"),
        (f"<W> {_LAST}", "last {1}"),
        ("semaine prochaine", "next week"),
        (f"semaine {_LAST}", "last week"),
        ("mois prochain", "next month"),
        (f"mois {_LAST}", "last month"),
        ("annee|an prochaine|prochain", "next year"),
        (f"annee|an {_LAST}", "last year"),
        (f"week-end {_NEXT}", "next weekend"),
        (f"week-end {_LAST}", "last weekend"),
        ("a? la? fin de la semaine", "end of the week"),
        ("a|en? la? fin du|de mois", "end of the month"),
        ("a|en? la? fin de|d' l'? annee", "end of the year"),
        (f"{_DURING}? les|ces? <C> prochains|prochaines <U>", "the next {1} {2}"),
        (f"{_DURING}? les|ces? prochains|prochaines <C> <U>", "the next {1} {2}"),
        (f"{_DURING}? les|ces? <C> derniers|dernieres <U>", "the past {1} {2}"),
        (f"{_DURING}? les|ces? derniers|dernieres <C> <U>", "the past {1} {2}"),
        ("au cours des|de ces? <C> prochains|prochaines <U>", "the next {1} {2}"),
        ("au cours des|de ces? <C> derniers|dernieres <U>", "the past {1} {2}"),
        # dates: "le 3 avril", "le 1er mai", "le premier mai", "le 3 sept."
        ("le? <N> <M> <Y>?", "{1} {2} {3}"),
        ("le? <N> <M> <Y>? prochain", "{1} {2} {3}"),
        ("le? <N> sept <Y>?", "{1} september {2}"),
        ("le? premier <M> <Y>?", "1 {1} {2}"),
        ("le <N>", "the {1}"),
        # "vendredi 17" is Friday the 17th, not Friday 17:00: the grammar takes
        # no weekday with a date, so this is refused rather than misread.
        ("<W> <N>", "{1} the {2}"),
        ("<W> <T> -|–|— <T>", "{1} {2} - {3}"),  # "lundi 9-12" is a time slot
        ("<W> <C> fois", "{1} {2} times"),
        # parts of the day ("du matin", "de l'après-midi", "du soir" lose their
        # article and read as the part of the day)
        ("dans|en la? matinee", "in the morning"),
        ("dans l' apres-midi|aprem", "in the afternoon"),
        ("dans l' apres midi", "in the afternoon"),
        ("dans|en la? soiree", "in the evening"),
        ("au matin", "in the morning"),
        ("au soir", "in the evening"),
        *_NIGHT,
        # times: "à 15h", "à 15 h 30", "vers 9 heures", "à 3 heures et demie"
        (f"{_AT} <T> {_HOURS}", "at {1}"),
        (f"{_AT} <C> {_HOURS} <C>", "at {1}:{2}"),
        ("<T> pile", "{1}"),
        (f"{_AT} <T> {_HOURS}? pile", "at {1}"),
        ("aux alentours de|d'", "at"),
        ("autour de|d'", "at"),
        # "à partir de 19h30": the start, with no end (as "à 19h30")
        (f"a partir de|d' <T> {_HOURS}?", "at {1}"),
        ("a partir de midi", "at noon"),
        # "à 3 heures et demie" is a time; "3 heures et demie" a length (below).
        (f"{_AT} <C> {_HOURS} et {_HALF}", "at {1}:30"),
        (f"{_AT} <C> {_HOURS} et quart", "at {1}:15"),
        (f"{_AT}? <C> {_HOURS} moins le? quart", "at {1:-1}:45"),
        (f"{_AT}? midi et {_HALF}", "at 12:30"),
        (f"{_AT}? midi et quart", "at 12:15"),
        (f"{_AT}? minuit et {_HALF}", "at 0:30"),
        # ranges: "de 15h à 16h30", "entre 9h et 11h", "du lundi au vendredi"
        (f"de <T> {_HOURS}? a <T> {_HOURS}?", "from at {1} to at {2}"),
        (f"de <T> {_HOURS}? jusqu' a <T> {_HOURS}?", "from at {1} to at {2}"),
        (f"de midi a <T> {_HOURS}?", "from noon to at {1}"),
        (f"de <T> {_HOURS}? a midi", "from at {1} to noon"),
        (f"entre <T> {_HOURS}? et <T> {_HOURS}?", "between at {1} and at {2}"),
        # "jusqu'à 18h" is a time, "jusqu'au 15" a day
        (f"jusqu' a <T> {_HOURS}?", "until at {1}"),
        (_UNTIL, "until"),
        ("jusqu' au <N>", "until the {1}"),
        ("jusqu' au <N> <M> <Y>?", "until {1} {2} {3}"),
        ("d' ici", "until"),
        ("du|de <W> au|a <W>", "{1} to {2}"),
        ("du|de <W> jusqu' a|au <W>", "{1} to {2}"),
        ("du <N> au <N> <M>", "from {1} {3} to {2} {3}"),
        ("du <N> <M> au <N> <M>", "from {1} {2} to {3} {4}"),
        ("du <N> au <N>", "from the {1} to the {2}"),
        # lengths and offsets: "une demi-heure", "dans 2 heures", "il y a 3 jours"
        ("une? demi-heure", "half an hour"),
        ("une? demi heure", "half an hour"),
        ("un? quart d' heure", "15 minutes"),
        ("trois quarts d' heure", "45 minutes"),
        (f"<C> <U> et {_HALF}", "{1} {2} and a half"),
        ("<C> heure|heures et quart", "{1} hours and 15 minutes"),
        # "huit jours" and "quinze jours" are a week and two (before the
        # general form: of two phrases as long, the first wins)
        ("dans huit|8 jours", "in 1 week"),
        ("d' ici huit|8 jours", "in 1 week"),
        ("dans quinze|15 jours", "in 2 weeks"),
        ("d' ici quinze|15 jours", "in 2 weeks"),
        ("il y a huit|8 jours", "1 week ago"),
        ("il y a quinze|15 jours", "2 weeks ago"),
        ("dans <C> <U>", "in {1} {2}"),
        ("d' ici <C> <U>", "in {1} {2}"),
        ("dans <C> h", "in {1} hours"),
        ("d' ici <C> h", "in {1} hours"),
        ("il y a <C> <U>", "{1} {2} ago"),
        ("il y a <C> h", "{1} hours ago"),
        ("il y a une? demi-heure", "30 minutes ago"),
        ("il y a une? demi heure", "30 minutes ago"),
        ("il y a un? quart d' heure", "15 minutes ago"),
        # repeats
        ("tous les jours ouvrables|ouvres", "every weekday"),
        ("chaque jour ouvrable|ouvre", "every weekday"),
        ("tous les jours du lundi au vendredi", "every weekday"),
        ("les? jours ouvrables|ouvres", "weekdays"),
        ("en semaine", "weekdays"),
        ("les jours de semaine", "weekdays"),
        ("tous les matins|soirs|midis", "every day"),
        ("chaque matin|soir|midi", "every day"),
        ("une fois par jour", "daily"),
        ("une fois par semaine", "weekly"),
        ("une fois par mois", "monthly"),
        ("une fois par an", "yearly"),
        ("tous les huit|8 jours", "every week"),
        ("tous les quinze|15 jours", "every 2 weeks"),
        ("une semaine sur deux", "every other week"),
        ("un jour sur deux", "every other day"),
        ("un mois sur deux", "every other month"),
        ("un an sur deux", "every other year"),
        ("une annee sur deux", "every other year"),
        ("un <W> sur deux", "every other {1}"),
        ("toutes les <C> semaines le|les <W>", "every {1} weeks on {2}"),
        ("toutes les semaines le|les <W>", "every week on {1}"),
        ("chaque semaine le <W>", "every week on {1}"),
        ("tous les <N> du mois", "monthly on the {1:ord}"),
        ("le? <N> de chaque mois", "monthly on the {1:ord}"),
        ("le? <N> de tous les mois", "monthly on the {1:ord}"),
        ("le? premier de chaque mois", "monthly on the 1st"),
        ("chaque mois le <N>", "monthly on the {1:ord}"),
        ("tous les mois le <N>", "monthly on the {1:ord}"),
        ("tous les mois le premier", "monthly on the 1st"),
        ("chaque mois le premier", "monthly on the 1st"),
        ("tous les ans le? <N> <M>", "every year on {1} {2}"),
        ("chaque annee|an le? <N> <M>", "every year on {1} {2}"),
        ("tous les <N> <M>", "every year on {1} {2}"),
        ("le? <N> <M> de chaque annee", "every year on {1} {2}"),
        ("le? <O> <W> du mois", "the {1} {2} of every month"),
        ("le? <O> <W> de chaque mois", "the {1} {2} of every month"),
        ("le? <O> <W> de tous les mois", "the {1} {2} of every month"),
        ("chaque <O> <W> du mois", "the {1} {2} of every month"),
        *_EVERY_NTH,
        ("le? <O> jour du|de chaque? mois", "the {1} day of every month"),
    ),
    elision=True,
)
