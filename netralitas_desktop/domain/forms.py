"""Rules of the printed forms that are not layout: which form a finding prints, the day Form A is written and
what that means for its number, and the activities of Form A section II. No I/O."""

from __future__ import annotations

from dataclasses import replace

from netralitas_desktop.domain.model import Activity, Finding

KEEP, CLEAR, ASSIGN = "keep", "clear", "assign"


def uses_form_a(finding: Finding) -> bool:
    """A temuan is reported on Form A (and numbered in the LHP series); a public laporan prints Model B.1."""
    return finding.source != "laporan"


def written_on_of(finding: Finding) -> str:
    """The day Form A is dated. Findings stored before `written_on` existed were numbered and dated by the day
    they became known, so that day stands in for them."""
    return finding.written_on or finding.known_on


def form_a_number_change(finding: Finding, written_before: str) -> str:
    """What an edit means for the Form A number: KEEP it, CLEAR it (the finding became a laporan) or ASSIGN a new
    one from the series of the new date of writing (it became a temuan, or the date moved to another month or
    year — a number's month and year are those of the day the form is written, so it is never left stale; the
    old number is left unused and the change is in the audit log)."""
    if not uses_form_a(finding):
        return CLEAR if finding.form_a_number else KEEP
    if not finding.form_a_number:
        return ASSIGN
    if written_on_of(finding)[:7] != (written_before or finding.known_on)[:7]:
        return ASSIGN
    return KEEP


def with_assignment_letters(activities: list[Activity], default: str) -> list[Activity]:
    """Activities whose empty SPT number is filled with the office's default (setting `assignment_letter`)."""
    if not default:
        return activities
    return [a if a.assignment_letter or not isinstance(a, Activity) else replace(a, assignment_letter=default)
            for a in activities]


def activities_of(finding: Finding, default_assignment_letter: str = "") -> list[Activity]:
    """The activities Form A prints. A finding without any (older records, or one made in the desktop editor,
    which does not edit them yet) has one, made of its `supervision_*` fields, dated the day it became known,
    with no time or place (the event's place is not the place of supervision)."""
    if finding.activities:
        return list(finding.activities)
    if not (finding.supervision_form or finding.supervision_purpose or finding.supervision_target):
        return []
    return [Activity(form=finding.supervision_form, purpose=finding.supervision_purpose,
                     target=finding.supervision_target, date=finding.known_on,
                     assignment_letter=default_assignment_letter)]
