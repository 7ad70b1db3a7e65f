"""The German sentences that show how a deadline was computed, one step each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desk_app.rules.calendar_days import EXTRA_DAY_LABEL, WEEKDAYS, DayOff
from desk_app.rules.periods import Counted
from desk_app.rules.placeholders import MONTHS
from desk_app.rules.profile import Confidence, DeadlineRule

EVENT_NAMES = {
    "drafted": "Entwurf",
    "signed": "Unterzeichnung",
    "submitted": "Einreichung",
    "forwarded": "Weiterleitung",
    "issued": "Ausgabe der Drucksache",
    "reprinted": "Neudruck",
    "due_override": "von Hand gesetztes Fristende",
    "answered": "Antwort",
    "answer_issued": "Ausgabe der Antwort",
}
CONFIDENCE_NAMES = {
    Confidence.CONFIRMED: "bestätigt",
    Confidence.SECONDARY: "Sekundärquelle",
    Confidence.UNCONFIRMED: "unbestätigt",
}
_UNIT_NAMES = {  # (singular, plural)
    "days": ("Tag", "Tage"),
    "weeks": ("Woche", "Wochen"),
    "months": ("Monat", "Monate"),
    "arbeitstage": ("Arbeitstag", "Arbeitstage"),
    "werktage": ("Werktag", "Werktage"),
}
_UNIT_HINTS = {
    "days": " (gezählt ab dem Folgetag, § 187 Abs. 1 BGB)",
    "arbeitstage": " (Mo–Fr ohne Feiertage)",
    "werktage": " (Mo–Sa ohne Feiertage)",
}
_WEEKEND_NAMES = {5: "einen Samstag", 6: "einen Sonntag"}


def day_text(day: date) -> str:
    """Format a day as "18.03.2020 (Mi)"."""
    return f"{day:%d.%m.%Y} ({WEEKDAYS[day.weekday()]})"


def event_name(event: str) -> str:
    """Return the German name of a date field."""
    return EVENT_NAMES.get(event, event)


def unit_phrase(length: int, unit: str) -> str:
    """Return "4 Wochen", "1 Monat", "20 Werktage"."""
    singular, plural = _UNIT_NAMES.get(unit, (unit, unit))
    return f"{length} {singular if length == 1 else plural}"


def rule_steps(rule: DeadlineRule, kind_name: str, parliament_name: str) -> list[str]:
    """Describe the rule with its source and confidence (and its note, if any)."""
    steps = [
        f"Regel ({parliament_name}, {kind_name}): {unit_phrase(rule.length, rule.unit)} "
        f"ab {event_name(rule.start_event)}; Quelle: {rule.source or 'keine angegeben'}; "
        f"Sicherheit: {CONFIDENCE_NAMES.get(rule.confidence, str(rule.confidence))}."
    ]
    if rule.note:
        steps.append(f"Hinweis zur Regel: {rule.note}")
    return steps


def no_rule_step(kind_name: str, parliament_name: str) -> str:
    """Say that no deadline is on record for this kind."""
    return f"Keine Antwortfrist hinterlegt ({parliament_name}, {kind_name})."


def no_start_step(events: Sequence[str]) -> str:
    """Say that none of the events that could start the clock has a date yet."""
    names = ", ".join(event_name(event) for event in events)
    return f"Es ist noch kein Datum erfasst, mit dem die Frist beginnt ({names})."


def start_steps(rule_event: str, event: str, day: date, *, early: bool = False) -> list[str]:
    """Name the start, and say so plainly when a fallback date stands in for the rule's."""
    if event == rule_event:
        return [f"Beginn: {event_name(event)} am {day_text(day)}"]
    caveat = (
        f"Vorläufig: „{event_name(event)}“ liegt vor „{event_name(rule_event)}“, das "
        "tatsächliche Fristende ist also vermutlich später; bitte das Datum der "
        f"{event_name(rule_event)} nachtragen."
        if early
        else "Die Frist ist deshalb nur geschätzt."
    )
    return [
        f"Für „{event_name(rule_event)}“ ist kein Datum erfasst; ersatzweise zählt "
        f"„{event_name(event)}“. {caveat}",
        f"Beginn (Ersatz): {event_name(event)} am {day_text(day)}",
    ]


def count_step(length: int, unit: str, counted: Counted) -> str:
    """Describe the counting: "+ 4 Wochen → 18.03.2020 (Mi)", with clamps and skipped days."""
    text = f"+ {unit_phrase(length, unit)}{_UNIT_HINTS.get(unit, '')} → {day_text(counted.end)}"
    if counted.clamped:
        text += (
            f"; einen entsprechenden Tag gibt es im {MONTHS[counted.end.month - 1]} "
            f"{counted.end.year} nicht, also der letzte Tag des Monats (§ 188 Abs. 3 BGB)"
        )
    if counted.skipped:
        text += f"; übersprungen: {skipped_text(counted.skipped)}"
    return text


def skipped_text(days: Sequence[DayOff]) -> str:
    """List days off as "25.12. Erster Weihnachtstag, 27.12. Sa, 01.11. Allerheiligen (So)"."""
    parts = []
    for off in days:
        if off.holiday is None:
            parts.append(f"{off.day:%d.%m.} {off.weekday}")
        elif off.weekend:
            parts.append(f"{off.day:%d.%m.} {off.holiday} ({off.weekday})")
        else:
            parts.append(f"{off.day:%d.%m.} {off.holiday}")
    return ", ".join(parts)


def working_day_step(day: date, land: str) -> str:
    """Say that the end is a working day."""
    return f"{day:%d.%m.%Y} ist ein Arbeitstag in {land}."


def moved_step(off: DayOff, moved_to: date, skipped: Sequence[DayOff], land: str) -> str:
    """Say why the end moves and to which working day (§ 193 BGB)."""
    text = f"{off.day:%d.%m.%Y} {_falls_on(off, land)} → nächster Arbeitstag {day_text(moved_to)}"
    if len(skipped) > 1:
        text += f"; übersprungen: {skipped_text(skipped)}"
    return text + " (§ 193 BGB)"


def not_moved_step(off: DayOff, land: str) -> str:
    """Say that the end is a day off but the rule does not move it."""
    return (
        f"{off.day:%d.%m.%Y} {_falls_on(off, land)}; "
        "nach der Regel verschiebt sich das Fristende trotzdem nicht."
    )


def _falls_on(off: DayOff, land: str) -> str:
    """Return "fällt auf Fronleichnam (Feiertag in Nordrhein-Westfalen)" and the like."""
    if off.holiday is None:
        return f"fällt auf {_WEEKEND_NAMES[off.day.weekday()]}"
    if off.weekend:
        return f"fällt auf {_WEEKEND_NAMES[off.day.weekday()]} ({off.holiday})"
    if off.holiday == EXTRA_DAY_LABEL:
        return f"ist ein {EXTRA_DAY_LABEL}"
    return f"fällt auf {off.holiday} (Feiertag in {land})"


def extension_step(index: int, text: str, reason: str, agreed_by: str) -> str:
    """Describe one extension with its reason and who agreed."""
    details = "".join(
        part
        for part in (
            f"; Grund: {reason}" if reason else "",
            f"; vereinbart mit: {agreed_by}" if agreed_by else "",
        )
    )
    return f"Verlängerung {index}: {text}{details}"


def override_step(day: date, computed: date | None) -> str:
    """Mark a due date that the user set by hand."""
    text = f"Fristende von Hand festgelegt: {day_text(day)}"
    if computed is not None and computed != day:
        text += f" (berechnet wäre {day_text(computed)})"
    return text


def result_step(day: date | None) -> str:
    """State the final due date, or that there is none yet."""
    return f"Fristende: {day_text(day)}" if day else "Fristende: noch nicht berechenbar."
