"""Text rules shared by the whole core: NFC storage and accent-free folding."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def nfc(value: str) -> str:
    """Return `value` in Unicode NFC, the form every stored text uses."""
    return unicodedata.normalize("NFC", value)


def fold(value: str) -> str:
    """Lower-case `value` and drop Vietnamese diacritics ("Đ" → "d").

    Used for search: "uy ban phuong ba dinh" and "Ủy ban nhân dân phường Ba
    Đình" fold to comparable words whatever the accents or their placement.
    """
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).casefold()


def words(value: str) -> list[str]:
    """The folded words of `value`, for building search queries."""
    return _WORD.findall(fold(value))
