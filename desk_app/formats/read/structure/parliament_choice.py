"""Which parliament a document belongs to: the one the user gave, the header's, or the text's."""

from __future__ import annotations

from desk_app.formats.read.result import Report
from desk_app.i18n import N_, _, say
from desk_app.model import DeskError
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

# A document names its parliament in its head (and its last page's foot); each of the
# profiles' ~170 clues is a regular expression searched through the text, so a
# 194 MB document took 14 minutes to recognise. The ends suffice.
DETECT_HEAD = 60_000
DETECT_TAIL = 10_000
NO_PARLIAMENT = N_(
    "Das Parlament ließ sich aus dem Text nicht erkennen; bitte mit --parliament angeben."
)


def choose_parliament(
    registry: ProfileRegistry,
    given: str | None,
    text: str,
    report: Report,
    named: str | None = None,
) -> Parliament:
    """Return the given parliament, else the one a file header names, else the detected one."""
    if given is not None:
        profile = registry.get(given)
        report.found(say("Parlament: {name} (angegeben)", name=profile.name))
        if named and registry.get(named).id != profile.id:
            report.doubt(
                say(
                    "Der Dateikopf nennt das Parlament {named}; verwendet wird {used}.",
                    named=named,
                    used=profile.id,
                )
            )
        return profile
    if named:
        profile = registry.get(named)
        report.found(say("Parlament: {name} (aus dem Dateikopf)", name=profile.name))
        return profile
    if len(text) > DETECT_HEAD + DETECT_TAIL:
        text = f"{text[:DETECT_HEAD]}\n{text[-DETECT_TAIL:]}"
    detected = registry.detect(text)
    if detected is None:
        raise DeskError(_(NO_PARLIAMENT))
    report.found(say("Parlament: {name} (aus dem Text erkannt)", name=detected.name))
    return detected
