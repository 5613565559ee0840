"""Type stubs of the native module (Rust, PyO3). Import from ``ils_core`` instead."""

from collections.abc import Iterable
from typing import Optional, final

__all__ = ["CallNumber", "sort_key", "sort_keys"]

@final
class CallNumber:
    """A call number read in its scheme (LC, NLM or Dewey).

    Comparisons follow shelf order; equivalent spellings are equal and hash alike.
    Raises :class:`ils_core.CallNumberError` when the text reads in no scheme (or not in the
    ``scheme`` given: ``"lc"``, ``"nlm"`` or ``"dewey"``).
    """

    def __new__(cls, call_number: str, scheme: Optional[str] = None) -> CallNumber: ...
    @property
    def scheme(self) -> str:
        """The scheme: ``"lc"``, ``"nlm"`` or ``"dewey"``."""
    @property
    def sort_key(self) -> str:
        """The shelf-order sort key."""
    @property
    def class_letters(self) -> str:
        """The class letters in upper case (``"QA"``; ``""`` for Dewey)."""
    @property
    def class_number(self) -> str:
        """The class number as written (``"76.73"``, ``"005.133"``)."""
    def __lt__(self, other: CallNumber, /) -> bool: ...
    def __le__(self, other: CallNumber, /) -> bool: ...
    def __gt__(self, other: CallNumber, /) -> bool: ...
    def __ge__(self, other: CallNumber, /) -> bool: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def sort_key(call_number: str) -> str:
    """The shelf-order sort key of any string; never raises for a ``str``."""

def sort_keys(call_numbers: Iterable[str]) -> list[str]:
    """The sort keys of many call numbers, in order. Raises ``TypeError`` naming the index of
    an item that is not a ``str``."""
