"""The sentences that show how a deadline was computed, one step each, in the user's language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desk_app.i18n import N_, _, ngettext
from desk_app.rules.calendar_days import EXTRA_DAY_LABEL, WEEKDAYS, DayOff
from desk_app.rules.periods import Counted
from desk_app.rules.profile import Confidence, DeadlineRule

EVENT_NAMES = {
    "drafted": N_("Entwurf"),
    "signed": N_("Unterzeichnung"),
    "submitted": N_("Einreichung"),
    "forwarded": N_("Weiterleitung"),
    "issued": N_("Ausgabe der Drucksache"),
    "reprinted": N_("Neudruck"),
    "due_override": N_("von Hand gesetztes Fristende"),
    "answered": N_("Antwort"),
    "answer_issued": N_("Ausgabe der Antwort"),
}
CONFIDENCE_NAMES = {
    Confidence.CONFIRMED: N_("bestätigt"),
    Confidence.SECONDARY: N_("Sekundärquelle"),
    Confidence.UNCONFIRMED: N_("unbestätigt"),
}
# The month names of explanations (the printed papers have their own, rules/placeholders.py).
_MONTHS = (
    N_("Januar"),
    N_("Februar"),
    N_("März"),
    N_("April"),
    N_("Mai"),
    N_("Juni"),
    N_("Juli"),
    N_("August"),
    N_("September"),
    N_("Oktober"),
    N_("November"),
    N_("Dezember"),
)


def _unit_text(length: int, unit: str) -> str:
    """Return "4 Wochen", "1 Monat", "20 Werktage" in the user's language."""
    forms = {
        "days": ngettext("{count} Tag", "{count} Tage", length),
        "weeks": ngettext("{count} Woche", "{count} Wochen", length),
        "months": ngettext("{count} Monat", "{count} Monate", length),
        "arbeitstage": ngettext("{count} Arbeitstag", "{count} Arbeitstage", length),
        "werktage": ngettext("{count} Werktag", "{count} Werktage", length),
    }
    return forms.get(unit, "{count} " + unit).format(count=length)


def _unit_hint(unit: str) -> str:
    """Return how a unit counts, where that is not plain (" (Mo–Fr ohne Feiertage)")."""
    hints = {
        "days": _(" (gezählt ab dem Folgetag, § 187 Abs. 1 BGB)"),
        "arbeitstage": _(" (Mo–Fr ohne Feiertage)"),
        "werktage": _(" (Mo–Sa ohne Feiertage)"),
    }
    return hints.get(unit, "")


def day_text(day: date) -> str:
    """Format a day as "18.03.2020 (Mi)"."""
    return f"{day:%d.%m.%Y} ({_(WEEKDAYS[day.weekday()])})"


def event_name(event: str) -> str:
    """Return the name of a date field in the user's language."""
    return _(EVENT_NAMES[event]) if event in EVENT_NAMES else event


def confidence_name(confidence: Confidence) -> str:
    """Return "bestätigt", "Sekundärquelle" or "unbestätigt" in the user's language."""
    return _(CONFIDENCE_NAMES.get(confidence, str(confidence)))


def unit_phrase(length: int, unit: str) -> str:
    """Return "4 Wochen", "1 Monat", "20 Werktage"."""
    return _unit_text(length, unit)


def rule_steps(
    rule: DeadlineRule, kind_name: str, parliament_name: str, *, statement: bool = False
) -> list[str]:
    """Describe the rule with its source and confidence (and its note, if any)."""
    template = (
        _(
            "Regel für die Stellungnahme ({parliament}, {kind}): {period} ab {event}; "
            "Quelle: {source}; Sicherheit: {confidence}."
        )
        if statement
        else _(
            "Regel ({parliament}, {kind}): {period} ab {event}; "
            "Quelle: {source}; Sicherheit: {confidence}."
        )
    )
    steps = [
        template.format(
            parliament=parliament_name,
            kind=_(kind_name),
            period=unit_phrase(rule.length, rule.unit),
            event=event_name(rule.start_event),
            source=_(rule.source) if rule.source else _("keine angegeben"),
            confidence=confidence_name(rule.confidence),
        )
    ]
    if rule.note:
        steps.append(_("Hinweis zur Regel: {note}").format(note=_(rule.note)))
    return steps


def validity_text(rule: DeadlineRule) -> str:
    """Return the rule's period of validity: "ab 01.06.2022 (18. Wahlperiode) bis …"."""
    parts = []
    if rule.valid_from is not None:
        if rule.from_term is not None:
            parts.append(
                _("ab {day} ({term}. Wahlperiode)").format(
                    day=f"{rule.valid_from:%d.%m.%Y}", term=rule.from_term
                )
            )
        else:
            parts.append(_("ab {day}").format(day=f"{rule.valid_from:%d.%m.%Y}"))
    if rule.valid_until is not None:
        if rule.until_term is not None:
            parts.append(
                _("bis {day} ({term}. Wahlperiode)").format(
                    day=f"{rule.valid_until:%d.%m.%Y}", term=rule.until_term
                )
            )
        else:
            parts.append(_("bis {day}").format(day=f"{rule.valid_until:%d.%m.%Y}"))
    return " ".join(parts)


def validity_steps(rule: DeadlineRule, start: date) -> list[str]:
    """Say which rule was in force when the clock started, when the rule has a period."""
    if not rule.dated:
        return []
    if rule.in_force(start):
        return [
            _("Diese Fassung der Regel gilt {period}; sie galt am Fristbeginn {day}.").format(
                period=validity_text(rule), day=f"{start:%d.%m.%Y}"
            )
        ]
    return [
        _(
            "Diese Fassung der Regel gilt {period}; für den Fristbeginn {day} ist keine "
            "Fassung hinterlegt, daher gilt ersatzweise die neueste. Bitte prüfen."
        ).format(period=validity_text(rule), day=f"{start:%d.%m.%Y}")
    ]


def no_rule_step(kind_name: str, parliament_name: str, has_statement: bool = False) -> str:
    """Say that no deadline is on record for this kind (or that the kind has none by rule)."""
    if has_statement:
        return _(
            "Für diese Art gibt es keine Antwortfrist ({parliament}, {kind}); es zählt nur die "
            "Frist, in der die Regierung mitteilt, ob und wann sie antwortet."
        ).format(parliament=parliament_name, kind=_(kind_name))
    return _("Keine Antwortfrist hinterlegt ({parliament}, {kind}).").format(
        parliament=parliament_name, kind=_(kind_name)
    )


def no_start_step(events: Sequence[str]) -> str:
    """Say that none of the events that could start the clock has a date yet."""
    names = ", ".join(event_name(event) for event in events)
    return _("Es ist noch kein Datum erfasst, mit dem die Frist beginnt ({events}).").format(
        events=names
    )


def start_steps(rule_event: str, event: str, day: date, *, early: bool = False) -> list[str]:
    """Name the start, and say so plainly when a fallback date stands in for the rule's."""
    if event == rule_event:
        return [_("Beginn: {event} am {day}").format(event=event_name(event), day=day_text(day))]
    caveat = (
        _(
            "Vorläufig: „{event}“ liegt vor „{rule_event}“, das tatsächliche Fristende ist also "
            "vermutlich später; bitte das Datum der {rule_event} nachtragen."
        ).format(event=event_name(event), rule_event=event_name(rule_event))
        if early
        else _("Die Frist ist deshalb nur geschätzt.")
    )
    return [
        _(
            "Für „{rule_event}“ ist kein Datum erfasst; ersatzweise zählt „{event}“. {caveat}"
        ).format(rule_event=event_name(rule_event), event=event_name(event), caveat=caveat),
        _("Beginn (Ersatz): {event} am {day}").format(event=event_name(event), day=day_text(day)),
    ]


def count_step(length: int, unit: str, counted: Counted) -> str:
    """Describe the counting: "+ 4 Wochen → 18.03.2020 (Mi)", with clamps and skipped days."""
    text = f"+ {unit_phrase(length, unit)}{_unit_hint(unit)} → {day_text(counted.end)}"
    if counted.clamped:
        text += _(
            "; einen entsprechenden Tag gibt es im {month} {year} nicht, also der letzte Tag "
            "des Monats (§ 188 Abs. 3 BGB)"
        ).format(month=_(_MONTHS[counted.end.month - 1]), year=counted.end.year)
    if counted.skipped:
        text += _("; übersprungen: {days}").format(days=skipped_text(counted.skipped))
    return text


def holiday_name(off: DayOff) -> str:
    """Return a day off's holiday name as shown (the user's extra day translated)."""
    if off.holiday == EXTRA_DAY_LABEL:
        return _(EXTRA_DAY_LABEL)
    return off.holiday or ""


def skipped_text(days: Sequence[DayOff]) -> str:
    """List days off as "25.12. Erster Weihnachtstag, 27.12. Sa, 01.11. Allerheiligen (So)"."""
    parts = []
    for off in days:
        if off.holiday is None:
            parts.append(f"{off.day:%d.%m.} {off.weekday}")
        elif off.weekend:
            parts.append(f"{off.day:%d.%m.} {holiday_name(off)} ({off.weekday})")
        else:
            parts.append(f"{off.day:%d.%m.} {holiday_name(off)}")
    return ", ".join(parts)


def working_day_step(day: date, land: str) -> str:
    """Say that the end is a working day."""
    return _("{day} ist ein Arbeitstag in {land}.").format(day=f"{day:%d.%m.%Y}", land=land)


def moved_step(off: DayOff, moved_to: date, skipped: Sequence[DayOff], land: str) -> str:
    """Say why the end moves and to which working day (§ 193 BGB)."""
    text = _("{day} {falls_on} → nächster Arbeitstag {moved}").format(
        day=f"{off.day:%d.%m.%Y}", falls_on=_falls_on(off, land), moved=day_text(moved_to)
    )
    if len(skipped) > 1:
        text += _("; übersprungen: {days}").format(days=skipped_text(skipped))
    return text + " (§ 193 BGB)"


def not_moved_step(off: DayOff, land: str) -> str:
    """Say that the end is a day off but the rule does not move it."""
    return _(
        "{day} {falls_on}; nach der Regel verschiebt sich das Fristende trotzdem nicht."
    ).format(day=f"{off.day:%d.%m.%Y}", falls_on=_falls_on(off, land))


def _falls_on(off: DayOff, land: str) -> str:
    """Return "fällt auf Fronleichnam (Feiertag in Nordrhein-Westfalen)" and the like."""
    weekend = off.day.weekday()
    if off.holiday is None:
        return _("fällt auf einen Samstag") if weekend == 5 else _("fällt auf einen Sonntag")
    if off.weekend:
        text = (
            _("fällt auf einen Samstag ({holiday})")
            if weekend == 5
            else _("fällt auf einen Sonntag ({holiday})")
        )
        return text.format(holiday=holiday_name(off))
    if off.holiday == EXTRA_DAY_LABEL:
        return _("ist ein zusätzlicher freier Tag")
    return _("fällt auf {holiday} (Feiertag in {land})").format(holiday=off.holiday, land=land)


def extension_step(index: int, text: str, reason: str, agreed_by: str) -> str:
    """Describe one extension with its reason and who agreed."""
    details = "".join(
        part
        for part in (
            _("; Grund: {reason}").format(reason=reason) if reason else "",
            _("; vereinbart mit: {agreed_by}").format(agreed_by=agreed_by) if agreed_by else "",
        )
    )
    return _("Verlängerung {index}: {text}{details}").format(
        index=index, text=text, details=details
    )


def override_step(day: date, computed: date | None) -> str:
    """Mark a due date that the user set by hand."""
    if computed is not None and computed != day:
        return _("Fristende von Hand festgelegt: {day} (berechnet wäre {computed})").format(
            day=day_text(day), computed=day_text(computed)
        )
    return _("Fristende von Hand festgelegt: {day}").format(day=day_text(day))


def result_step(day: date | None) -> str:
    """State the final due date, or that there is none yet."""
    if day is None:
        return _("Fristende: noch nicht berechenbar.")
    return _("Fristende: {day}").format(day=day_text(day))


def statement_result_step(day: date) -> str:
    """State the day by which the government must say whether and when it answers."""
    return _("Stellungnahme fällig: {day} (ob und wann die Regierung antwortet)").format(
        day=day_text(day)
    )
