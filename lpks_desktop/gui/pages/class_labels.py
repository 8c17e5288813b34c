"""How class, session and enrollment codes read on screen, in the interface language.

Shared by the classes page, the class form and the class window, so a status
reads the same everywhere. Each literal sits in its own translate call, where
the translation tool can see it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def class_status_labels() -> dict[str, str]:
    return {"planned": QCoreApplication.translate("ClassLabels", "Planned"),
            "open": QCoreApplication.translate("ClassLabels", "Open for registration"),
            "running": QCoreApplication.translate("ClassLabels", "Running"),
            "finished": QCoreApplication.translate("ClassLabels", "Finished"),
            "cancelled": QCoreApplication.translate("ClassLabels", "Cancelled")}


def funding_labels() -> dict[str, str]:
    return {"self_paid": QCoreApplication.translate("ClassLabels", "Self-paid"),
            "apbn": QCoreApplication.translate("ClassLabels", "APBN"),
            "apbd": QCoreApplication.translate("ClassLabels", "APBD"),
            "prakerja": QCoreApplication.translate("ClassLabels", "Kartu Prakerja"),
            "company": QCoreApplication.translate("ClassLabels", "Company")}


def session_status_labels() -> dict[str, str]:
    return {"planned": QCoreApplication.translate("ClassLabels", "Scheduled"),
            "held": QCoreApplication.translate("ClassLabels", "Held"),
            "cancelled": QCoreApplication.translate("ClassLabels", "Cancelled")}


def enrollment_status_labels() -> dict[str, str]:
    return {"registered": QCoreApplication.translate("ClassLabels", "Registered"),
            "passed_selection": QCoreApplication.translate("ClassLabels", "Passed selection"),
            "reserve": QCoreApplication.translate("ClassLabels", "Reserve list"),
            "not_passed": QCoreApplication.translate("ClassLabels", "Did not pass selection"),
            "enrolled": QCoreApplication.translate("ClassLabels", "In training"),
            "completed": QCoreApplication.translate("ClassLabels", "Completed"),
            "withdrew": QCoreApplication.translate("ClassLabels", "Withdrew"),
            "dismissed": QCoreApplication.translate("ClassLabels", "Dismissed")}


def label(labels: dict[str, str], code: str | None) -> str:
    """The label of ``code``, or the code itself for a value this version does not know."""
    return labels.get(code or "", code or "")
