"""Parliament profiles as data: names, terms, kinds, rules and document forms.

Every object here is built from `resources/parliaments/<ID>/` by
`desk_app.rules.profile_loader`; nothing in code knows a parliament by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desk_app.i18n import _
from desk_app.model.errors import DeskError
from desk_app.rules.page_style import PageGeometry, PageStyle, SubmissionLines, Typography


class Confidence(StrEnum):
    """Say how sure we are of a rule (docs/DOMAIN.md: confirmed, secondary, unconfirmed)."""

    CONFIRMED = "confirmed"
    SECONDARY = "secondary"
    UNCONFIRMED = "unconfirmed"


@dataclass(frozen=True, slots=True)
class Term:
    """Hold one Wahlperiode with its dates; `end` is None for the running term."""

    number: int
    start: date
    end: date | None = None

    def contains(self, day: date) -> bool:
        """Tell whether a day falls within this term."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    """Describe how long the government has to answer, and from when."""

    length: int
    unit: str  # "days" | "weeks" | "months" | "arbeitstage" | "werktage"
    start_event: str  # a field of model.Dates, e.g. "forwarded"
    fallback_events: tuple[str, ...] = ()
    move_to_working_day: bool = True
    source: str = ""
    confidence: Confidence = Confidence.UNCONFIRMED
    note: str = ""
    # The period the rule is in force, as dates (a term's dates when the file names a term).
    valid_from: date | None = None
    valid_until: date | None = None
    from_term: int | None = None
    until_term: int | None = None

    def in_force(self, day: date) -> bool:
        """Tell whether the rule applies to a clock that starts on this day."""
        after_start = self.valid_from is None or self.valid_from <= day
        return after_start and (self.valid_until is None or day <= self.valid_until)

    @property
    def dated(self) -> bool:
        """Tell whether the rule has a limited period of validity."""
        return self.valid_from is not None or self.valid_until is not None


def rule_on(rules: tuple[DeadlineRule, ...], day: date | None) -> DeadlineRule | None:
    """Return the rule in force on a day; without a day, or outside all periods, the newest."""
    if day is not None:
        for rule in rules:
            if rule.in_force(day):
                return rule
    return rules[-1] if rules else None


@dataclass(frozen=True, slots=True)
class Limit:
    """Hold a limit on questions with its source and confidence."""

    max_questions: int | None = None
    max_subquestions: int | None = None
    subquestions_allowed: bool = True
    counts_subquestions: bool = False
    max_per_month: int | None = None  # per member, e.g. the Bundestag's Schriftliche Fragen
    # Fewest members who must sign (Bremen: faction strength); a faction may sign instead.
    min_members: int | None = None
    faction_may_originate: bool = True
    source: str = ""
    confidence: Confidence = Confidence.UNCONFIRMED
    note: str = ""


@dataclass(frozen=True, slots=True)
class Template:
    """Hold the document forms of one kind: lines with {placeholders}, never code.

    Placeholders a line may use (`desk_app.rules.placeholders.PLACEHOLDERS`):
    {header_name} {parliament} {government} {place} {term} {drucksache}
    {number} {kind_name} {issued} {issued_long} {signed} {signed_long}
    {submitted} {reprinted} {page} {name} {names} {party} {faction}
    {faction_leaders} {intro} {originators} {label} {ministry} {answered}
    {answered_long} {answer_drucksache} {answer_issued}. {parliament} is the
    parliament's name; {name} one signer's name (signature lines); {intro}
    the originator intro chosen by number ("des"/"der Abgeordneten");
    {originators} the whole originator line; {faction_leaders} the names
    signing for a faction; {page} the page number; {label} a sub-question's
    letter; the *_long dates read "19. Februar 2020"; {ministry} the
    answering office with its article ("Der Minister für …"); {answered}
    the date of the answer's covering letter. A line whose
    placeholder has no value is left out of an export, never printed
    half-filled.
    """

    kind: str
    # The wording defaults are data (resources/templates/defaults.toml), laid under each kind's own.
    kind_line: str = ""
    originator_intro_singular: str = ""
    originator_intro_plural: str = ""
    party_group: str = ""
    faction_suffix: str = ""
    faction_originator: str = ""  # a faction alone as originator
    lead_in_singular: str = ""
    lead_in_plural: str = ""
    preamble_heading: str = ""
    preamble_after_questions: bool = False
    subquestion_label: str = ""
    signature_lines: tuple[str, ...] = ()
    signature_per_originator: bool = True
    date_line: str = ""
    answer_title: str = ""
    # The "Antwort" layout: the sentence saying who answered, and the headings over the
    # inquiry's preamble and over the government's own preliminary remark.
    answer_intro: str = ""
    answer_preamble_heading: str = ""
    answer_preliminary_heading: str = ""


@dataclass(frozen=True, slots=True)
class KindProfile:
    """Describe one kind of inquiry as a parliament knows it."""

    id: str
    display_name: str
    numbered: bool = False
    # The short form that starts an exported file's name, as offices file them: "KA", "SA".
    file_prefix: str = ""
    # The answer deadlines in the order of their validity; the last is the newest.
    deadlines: tuple[DeadlineRule, ...] = ()
    # A deadline for the government's statement whether and when it answers (not an answer's).
    statements: tuple[DeadlineRule, ...] = ()
    limit: Limit = field(default_factory=Limit)
    template: Template = field(default_factory=lambda: Template(kind=""))

    @property
    def deadline(self) -> DeadlineRule | None:
        """Return the newest answer deadline rule, or None when the kind has none."""
        return self.deadlines[-1] if self.deadlines else None

    @property
    def statement(self) -> DeadlineRule | None:
        """Return the newest statement deadline rule, or None."""
        return self.statements[-1] if self.statements else None


@dataclass(frozen=True, slots=True)
class Layout:
    """Hold the printed paper's header and footer lines with {placeholders}, and its page style."""

    style: PageStyle
    font: str = "Liberation Sans"
    header_left: tuple[str, ...] = ()
    header_right: tuple[str, ...] = ()
    running_header_left: str = ""
    running_header_right: str = ""
    first_page_footer: str = ""
    reprint_mark: str = ""
    date_format: str = "%d.%m.%Y"

    @property
    def page(self) -> PageGeometry:
        """Return the paper size and margins."""
        return self.style.page

    @property
    def typography(self) -> Typography:
        """Return the font sizes and indents."""
        return self.style.typography

    @property
    def submission(self) -> SubmissionLines:
        """Return the header lines of the submission layout."""
        return self.style.submission


@dataclass(frozen=True, slots=True)
class Reading:
    """Hold how the parliament's printed papers read: page furniture and notices as patterns.

    Each entry is a regular expression (for a whole line unless its comment
    says otherwise); named groups (drucksache, term, issued, …) carry values.
    """

    page_lines: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    # Whole head lines above the title that carry values or are only form ("mit Antwort …").
    head_lines: tuple[str, ...] = ()
    # What may stand before the originators' intro on its line ("Anfrage des Abgeordneten").
    originator_prefixes: tuple[str, ...] = ()
    # Intros printed besides the templates' own ("des Abg.").
    originator_intros: tuple[str, ...] = ()
    # Searched in the originators' text: the names end where one matches ("vom 03.11.2014 …").
    names_end: tuple[str, ...] = ()
    # Searched in the title's text: the title ends where one matches ("und Antwort des …").
    title_ends: tuple[str, ...] = ()
    # How a party follows the names besides the templates' form ("{party}-Fraktion").
    party_forms: tuple[str, ...] = ()
    # Searched in the text after the originators' names ("eingegangen am (?P<submitted>…)").
    head_dates: tuple[str, ...] = ()
    # Line starts that introduce the title ("zum Thema:", "betr.:").
    title_marks: tuple[str, ...] = ()
    # Whole lines that open the preamble as its heading ("Vorbemerkung der Fragestellerin:").
    preamble_headings: tuple[str, ...] = ()
    # Whole lead-in sentences printed besides the templates' own ("Daher frage ich …:").
    lead_ins: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Parliament:
    """Hold everything the app knows of one parliament."""

    id: str
    name: str
    header_name: str
    government: str
    holidays_region: str
    place: str
    terms: tuple[Term, ...]
    kinds: dict[str, KindProfile]
    layout: Layout
    detect_phrases: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    drucksache_pattern: str = r"(?P<term>\d+)\s*/\s*(?P<number>\d(?:[\d .]*\d)?)"
    source: str = ""
    # The Land whose holidays count, by name, for deadline explanations ("in Bayern").
    holidays_region_name: str = ""
    # The kind assumed when nothing names one; empty means the first kind.
    default_kind_id: str = ""
    reading: Reading = field(default_factory=Reading)

    @property
    def default_kind(self) -> str:
        """Return the id of the kind a new or imported inquiry gets when none is named."""
        if self.default_kind_id in self.kinds:
            return self.default_kind_id
        return next(iter(self.kinds))

    def term_for(self, day: date) -> Term | None:
        """Return the Wahlperiode a day falls in, or None."""
        return next((term for term in self.terms if term.contains(day)), None)

    def kind(self, kind_id: str) -> KindProfile:
        """Return a kind's profile or raise a DeskError naming the known kinds."""
        try:
            return self.kinds[kind_id]
        except KeyError:
            known = ", ".join(sorted(self.kinds))
            raise DeskError(
                _("{name} kennt die Art „{kind_id}“ nicht (bekannt: {known}).").format(
                    name=self.name, kind_id=kind_id, known=known
                )
            ) from None
