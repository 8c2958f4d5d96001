"""The one place where the workstation's codes become words in the user's language:
channels, topics, client groups, outcomes, presence, roles, service languages, appointment
statuses, callback results and the server's rejection codes.

Each function translates when called, so a label follows a language switch; a code it
does not know is shown as it is. (lupdate finds only calls spelled out as
``QCoreApplication.translate``, hence the long lines' wrapping, not an alias.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

# The UI languages, each in its own language (what a person looks for in a list).
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


def channel_name(channel: str) -> str:
    return {
        "phone": Q.translate("Channel", "Phone"),
        "chat": Q.translate("Channel", "Chat"),
        "email": Q.translate("Channel", "Email"),
        "callback": Q.translate("Channel", "Callback"),
        "walk_in": Q.translate("Channel", "Walk-in"),
    }.get(channel, channel)


def topic_name(topic: str) -> str:
    return {
        "home_help": Q.translate("WrapUp", "Help and services at home"),
        "food": Q.translate("WrapUp", "Food and nutrition"),
        "leisure": Q.translate("WrapUp", "Company, leisure and hobbies"),
        "housing": Q.translate("WrapUp", "Housing"),
        "home_safety": Q.translate("WrapUp", "Home safety and assistive devices"),
        "other": Q.translate("WrapUp", "Other matter"),
    }.get(topic, topic)


def client_group_name(group: str) -> str:
    return {
        "older_people": Q.translate("WrapUp", "Older people"),
        "families": Q.translate("WrapUp", "Children, young people and families"),
        "working_age": Q.translate("WrapUp", "Working-age adults"),
        "disability": Q.translate("WrapUp", "Disability services"),
    }.get(group, group)


def outcome_label(outcome: str) -> str:
    """With an '&' mnemonic: Alt+letter picks the outcome."""
    return {
        "resolved": Q.translate("WrapUp", "&Resolved on first contact"),
        "follow_up": Q.translate("WrapUp", "Follow-&up needed"),
        "transferred": Q.translate("WrapUp", "&Transferred to a municipality"),
        "assessment": Q.translate("WrapUp", "Referred to a service-needs &assessment"),
        "consultation": Q.translate("WrapUp", "Co&nsultation requested"),
    }.get(outcome, outcome)


def presence_name(state: str) -> str:
    return {
        "available": Q.translate("WorkstationStatusBar", "Available"),
        "busy": Q.translate("WorkstationStatusBar", "Busy"),
        "after_contact_work": Q.translate("WorkstationStatusBar", "After-contact work"),
        "away": Q.translate("WorkstationStatusBar", "Away"),
        "offline": Q.translate("WorkstationStatusBar", "Offline"),
    }.get(state, state)


def role_name(role: str) -> str:
    return {
        "counsellor": Q.translate("Labels", "counsellor"),
        "walk_in_adviser": Q.translate("Labels", "walk-in adviser"),
        "professional": Q.translate("Labels", "professional"),
        "supervisor": Q.translate("Labels", "supervisor"),
        "administrator": Q.translate("Labels", "administrator"),
    }.get(role, role)


def service_language_name(code: str) -> str:
    """A language the guidance is given in (fi, sv), as a choice in a form."""
    return {
        "fi": Q.translate("Labels", "Finnish"),
        "sv": Q.translate("Labels", "Swedish"),
    }.get(code, code)


def appointment_status_name(status: str) -> str:
    return {
        "booked": Q.translate("AppointmentsDock", "booked"),
        "checked_in": Q.translate("AppointmentsDock", "checked in"),
        "cancelled": Q.translate("AppointmentsDock", "cancelled"),
    }.get(status, status)


def callback_result_name(result: str) -> str:
    """How a try to call a citizen back went, as the attempt list shows it."""
    return {
        "no_answer": Q.translate("Labels", "no answer"),
        "left_message": Q.translate("Labels", "left a message"),
        "reached": Q.translate("Labels", "reached"),
    }.get(result, result)


def rejection_text(code: str | None, error: str | None) -> str:
    """What to tell the counsellor when the server refused one of their changes."""
    reasons = {
        "already_taken": Q.translate("Labels", "Someone else accepted that contact first."),
        "closed": Q.translate("Labels", "The chat has ended; the message was not sent."),
        "not_yours": Q.translate(
            "Labels", "Only the counsellor handling the contact can do that."),
        "not_found": Q.translate("Labels", "The contact no longer exists."),
        "offered_to_other": Q.translate(
            "Labels", "That contact is being offered to a colleague."),
        "still_open": Q.translate("Labels", "End the contact before the wrap-up."),
        "no_such_counsellor": Q.translate("Labels", "That colleague cannot take contacts now."),
        "not_available": Q.translate(
            "Labels", "That colleague is not available now; hand the contact to the team "
                      "instead."),
        "no_such_team": Q.translate("Labels", "That team no longer exists."),
        "slot_taken": Q.translate("Labels", "That time is already booked at this point."),
        "no_such_point": Q.translate("Labels", "That guidance point no longer exists."),
        "forbidden": Q.translate("Labels", "You are not allowed to do that to this record."),
        "not_your_language": Q.translate("Labels", "That contact is in a language you do not "
                                         "serve."),
        "not_your_client_group": Q.translate("Labels", "That contact is about a client group "
                                             "you do not serve."),
        "other_team": Q.translate("Labels", "That contact was handed over to another team."),
        "not_yet_due": Q.translate("Labels", "It is not yet time for that callback."),
        "not_your_point": Q.translate("Labels", "Only the guidance point's own staff, the "
                                      "person who booked the appointment and supervisors can "
                                      "change it."),
        "no_such_user": Q.translate("Labels", "That person is no longer in the directory."),
        "already_checked_in": Q.translate("Labels", "Someone already checked this visitor in."),
        "appointment_cancelled": Q.translate("Labels", "The appointment was cancelled."),
        "no_such_appointment": Q.translate("Labels", "The appointment no longer exists."),
        "not_in_queue": Q.translate(
            "Labels", "That person does not take contacts, so has no skills to set."),
    }
    if code in reasons:
        return reasons[code]
    lead = (Q.translate("Labels", "The server refused the entry as incomplete:")
            if code == "invalid" else Q.translate("Labels", "The server refused a change:"))
    return f"{lead} {error or ''}".rstrip()
