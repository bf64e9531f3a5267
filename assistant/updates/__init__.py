"""The opt-in update check: one HTTPS request to the project's GitHub Releases.

Off until the user agrees (``settings.update_checks``); when on, the window asks
at most once a day (:mod:`.schedule`) and ``assistant update check`` on demand.
The request (:mod:`.check`) is a GET of the latest release with no cookies,
no identifiers and no data about the user: only the app's name and version in
the User-Agent, as every HTTP client sends. :mod:`.release` reads the answer
and picks the installer for this system; :mod:`.installer` downloads and starts
the signed Windows setup, which upgrades in place (its AppId is fixed).
"""
