"""Which controls of each main-window page a role may be refused, by the action the core checks.

The main window gates each page once, when it is first built for the person
signed in (a sign-out builds a new window, so a page never carries one
person's gates to the next). Only the action each control leads to is named
here; whether a role may do it is ``permissions.allowed``'s answer alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.auth.permissions import Action
from .role_gate import gate

_RECORD_BUTTONS = ("new_button", "edit_button", "archive_button", "delete_button")
SOMEWHERE = "somewhere"  # third element of a control's entry: see ``role_gate.gate``

# The pages every signed-in role may open, and the action each other page needs.
PAGE_ACTIONS: dict[str, str] = {
    "home": Action.VIEW_CLASS,
    "attendance": Action.VIEW_CLASS,
    "users": Action.MANAGE_USERS,
    "audit": Action.VIEW_AUDIT,
}
DEFAULT_PAGE_ACTION = Action.VIEW_RECORDS

# page key -> (dotted attribute path of a control, the action it leads to[, SOMEWHERE])
PAGE_CONTROLS: dict[str, tuple[tuple[str, ...], ...]] = {
    "participants": tuple((name, Action.EDIT_PARTICIPANTS) for name in _RECORD_BUTTONS) + (
        ("import_button", Action.IMPORT), ("export_button", Action.EXPORT)),
    "classes": tuple((name, Action.EDIT_SCHEDULE) for name in _RECORD_BUTTONS) + (
        ("cancel_button", Action.EDIT_SCHEDULE),),
    "programs": tuple((name, Action.EDIT_RECORDS) for name in _RECORD_BUTTONS),
    "trainers": tuple((name, Action.EDIT_RECORDS) for name in _RECORD_BUTTONS),
    "rooms": tuple((name, Action.EDIT_RECORDS) for name in _RECORD_BUTTONS),
    "institutions": tuple((name, Action.EDIT_RECORDS) for name in _RECORD_BUTTONS),
    # The page lists a trainer's own sessions only, so what they may print for their classes stays.
    "attendance": (("print_selected_button", Action.PRINT, SOMEWHERE),
                   ("print_week_button", Action.PRINT, SOMEWHERE)),
    "certificates": (("pdf_button", Action.EXPORT), ("xlsx_button", Action.EXPORT),
                     ("keys_button", Action.MANAGE_SIGNING_KEYS)),
    "workload": (("xlsx_button", Action.EXPORT), ("pdf_button", Action.EXPORT)),
    "calendar": (("print_button", Action.PRINT),),
    "settings": (("save_button", Action.EDIT_SETTINGS),
                 ("minutes", Action.EDIT_SETTINGS),
                 ("paper", Action.EDIT_SETTINGS),
                 ("schedules.save_button", Action.EDIT_SETTINGS),
                 ("schedules.add_button", Action.EDIT_RECORDS),
                 ("schedules.remove_button", Action.EDIT_RECORDS),
                 ("attendance.save_button", Action.EDIT_SETTINGS),
                 ("certificates.save_button", Action.EDIT_SETTINGS),
                 ("certificates.choose_button", Action.EDIT_SETTINGS),
                 ("certificates.clear_button", Action.EDIT_SETTINGS),
                 ("certificates.keys_button", Action.MANAGE_SIGNING_KEYS),
                 ("letterhead_button", Action.EDIT_RECORDS)),
}


def page_action(key: str) -> str:
    return PAGE_ACTIONS.get(key, DEFAULT_PAGE_ACTION)


def _control(page: QWidget, path: str):
    target = page
    for name in path.split("."):
        target = getattr(target, name)
    return target


def gate_page(key: str, page: QWidget) -> list[str]:
    """Gate the page's controls for the signed-in person; the paths refused, for tests and logs."""
    refused = []
    for path, action, *how in PAGE_CONTROLS.get(key, ()):
        if not gate(_control(page, path), action, somewhere=SOMEWHERE in how):
            refused.append(path)
    return refused
