"""The briefing schedule: publication and change notes, registration, calendars, e-mails and officers' lists.

The models live in press_center.models.briefings; this package holds the rules and views around them.
"""
