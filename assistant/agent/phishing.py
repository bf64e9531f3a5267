"""Action items that look like phishing: asked-for secrets, money sent away, lookalike links.

An email's action items are proposals the user may add in one click ("Add
all"). An item that asks the reader to send a password or a code, to send
money or gift cards, or to follow a link whose address imitates another is
marked, shown with the reason, and never included in "Add all" or in
``summarize --add``; the user can still add it on its own.

The words cover the six languages the app reads. This is a warning, not a
filter: a legitimate "change your password by Friday" is marked too, which
costs one click.
"""

from __future__ import annotations

import ipaddress
import re

_SECRETS = re.compile(
    r"\b(passwords?|passcodes?|pass ?phrases?|pins?|tans?|otps?|2fa|mfa|one[- ]time (pass)?codes?"
    r"|verification codes?|security codes?|login (details|credentials)|credentials|cvv|cvc"
    r"|card numbers?|card details|bank details|account details|seed phrases?|private keys?"
    r"|passwor(t|d)|kennwort|zugangsdaten|contrase(ñ|n)as?|claves?|senhas?|c(ó|o)digos?"
    r"|mots? de passe|identifiants|codici|codice|parol[ae] d'ordine)\b",
    re.IGNORECASE,
)
_SEND_MONEY = re.compile(
    r"\b(wire|send|remit|überweis\w*|transf\w*|envi\w*|mand\w*|virement"
    r"|vire[rz]?|bonifico|invia\w*)\b[^.]{0,40}?"
    r"([$€£]\s?\d|\d[\d.,]*\s?(usd|eur|gbp|dollars?|euros?|pounds?|€|\$|£)|bitcoin|btc|crypto"
    r"|gift ?cards?|western union|moneygram)",
    re.IGNORECASE,
)
_GIFT_CARDS = re.compile(
    r"\b(buy|purchase|kauf\w*|compr\w*|achet\w*|acquist\w*)\b[^.]{0,30}gift ?cards?", re.I
)
_URL = re.compile(r"\b(?:https?://|www\.)([^\s/?#<>\"']+)", re.IGNORECASE)
# "paypa1", "micros0ft": letters with a digit standing in for a letter.
_SWAPPED = re.compile(r"^(?=.*[a-z])(?=.*[01])[a-z01]{5,}$")


def phishing_reason(text: str) -> str:
    """Why ``text`` (an action item) looks like phishing; "" when it does not."""
    if _SECRETS.search(text):
        return "it asks for a password or a code"
    if _SEND_MONEY.search(text) or _GIFT_CARDS.search(text):
        return "it asks you to send money"
    for host in _URL.findall(text):
        if _lookalike(host):
            return "its link imitates another address"
    return ""


def _lookalike(host: str) -> bool:
    if "@" in host:  # https://paypal.com@evil.example: the real host is after the @
        return True
    name = host.split(":")[0].lower().rstrip(".")
    try:
        ipaddress.ip_address(name)
        return True  # a bare address instead of a name
    except ValueError:
        pass
    labels = name.split(".")
    return any(label.startswith("xn--") or _SWAPPED.match(label) for label in labels)
