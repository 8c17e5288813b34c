"""Bilingual text for messages raised below the GUI.

The core cannot use Qt's translator, yet its messages reach clerks through the
GUI, the CLI and import reports. Every message therefore carries both
languages; the front end picks one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def current_language() -> str:
    """The language for text printed by the CLI: LPKS_LANG, else Bahasa Indonesia."""
    lang = os.environ.get("LPKS_LANG", DEFAULT_LANGUAGE).strip().lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Text:
    """A message in Bahasa Indonesia and English with named placeholders.

    Placeholders use ``str.format`` names (``{row}``), never positional ones,
    so a translator can reorder them.
    """

    id: str
    en: str
    params: dict = field(default_factory=dict)

    def format(self, **params) -> "Text":
        return Text(self.id, self.en, {**self.params, **params})

    def render(self, lang: str | None = None) -> str:
        template = self.en if (lang or current_language()) == "en" else self.id
        return template.format(**self.params) if self.params else template

    def __str__(self) -> str:
        return self.render()
