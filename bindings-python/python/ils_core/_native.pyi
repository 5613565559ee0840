"""Type stubs of the native module (Rust, PyO3). Import from ``ils_core`` instead."""

from collections.abc import Iterable
from typing import Any, Optional, final

__all__ = ["CallNumber", "ShelvingPolicy", "error_codes", "shelf_sort", "sort_key", "sort_keys"]

@final
class ShelvingPolicy:
    """Which prefixes are recognised (``REF``, ``J``, ``FIC``...) and where prefixed call
    numbers file: ``"grouped"`` (after all others, grouped by prefix) or ``"ignore"``.

    ``prefixes=None`` keeps the default list. Raises :class:`ils_core.ShelvingPolicyError`
    for an empty prefix, a prefix with a space in it, or an unknown filing.
    """

    def __new__(cls, prefixes: Optional[list[str]] = None, prefix_filing: str = "grouped") -> ShelvingPolicy: ...
    @property
    def prefixes(self) -> list[str]:
        """The prefixes recognised, as they display."""
    @property
    def prefix_filing(self) -> str:
        """``"grouped"`` or ``"ignore"``."""
    def __eq__(self, other: object, /) -> bool: ...

@final
class CallNumber:
    """A call number read in its scheme (LC, NLM, Dewey, SuDocs or local text).

    Comparisons follow shelf order; equivalent spellings are equal and hash alike.
    Raises a :class:`ils_core.CallNumberError` subclass when the text cannot be read (or not in
    the ``scheme`` given: ``"lc"``, ``"nlm"``, ``"dewey"``, ``"sudoc"``, ``"local"``).
    """

    def __new__(
        cls, call_number: str, scheme: Optional[str] = None, policy: Optional[ShelvingPolicy] = None
    ) -> CallNumber: ...
    @property
    def scheme(self) -> str:
        """``"lc"``, ``"nlm"``, ``"dewey"``, ``"sudoc"`` or ``"local"``."""
    @property
    def sort_key(self) -> str:
        """The shelf-order sort key."""
    @property
    def base_key(self) -> str:
        """The sort key without item parts: shared by the volumes and copies of a title."""
    @property
    def range_end_key(self) -> str:
        """The key that ends a range taking in every call number that extends this one."""
    @property
    def reverse_key(self) -> str:
        """A key whose order is the reverse of shelf order."""
    @property
    def class_letters(self) -> str:
        """The class letters in upper case (``"QA"``; ``""`` for other schemes)."""
    @property
    def class_number(self) -> str:
        """The class number as written (``"76.73"``, ``"005.133"``)."""
    @property
    def parts(self) -> dict[str, Any]:
        """The named parts present, e.g. ``{"class_letters": "QA", "class_number": "76.73",
        "cutters": ["P98", "L88"], "other": ["2010"]}``."""
    def explain(self) -> dict[str, Any]:
        """Which scheme was chosen and why: ``scheme``, ``reason``, ``prefix_filing``,
        ``sentence`` and, when there are any, ``affixes``."""
    def __lt__(self, other: CallNumber, /) -> bool: ...
    def __le__(self, other: CallNumber, /) -> bool: ...
    def __gt__(self, other: CallNumber, /) -> bool: ...
    def __ge__(self, other: CallNumber, /) -> bool: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def sort_key(call_number: str, policy: Optional[ShelvingPolicy] = None) -> str:
    """The shelf-order sort key of any string; never raises for a ``str``."""

def sort_keys(call_numbers: Iterable[str], policy: Optional[ShelvingPolicy] = None) -> list[str]:
    """The sort keys of many call numbers, in order. Raises ``TypeError`` naming the index of
    an item that is not a ``str``."""

def shelf_sort(call_numbers: Iterable[str], policy: Optional[ShelvingPolicy] = None) -> list[str]:
    """The call numbers in shelf order (a new list of the same ``str`` objects)."""

def error_codes() -> list[str]:
    """Every error code the native module can raise."""
