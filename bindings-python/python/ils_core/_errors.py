"""The exceptions ils-core raises for bad input.

Every one is an :class:`IlsError`, which is a :class:`ValueError`, so code that already catches
``ValueError`` keeps working. Each carries ``code``, the stable machine-readable code that the
JavaScript binding also uses.
"""

from __future__ import annotations

__all__ = ["IlsError", "CallNumberError"]


class IlsError(ValueError):
    """Base class of every error ils-core raises for bad input."""

    code: str
    """Stable machine-readable code of the error kind, e.g. ``"CALLNUMBER_UNEXPECTED_CHAR"``."""

    def __init__(self, message: str, *, code: str = "ILS_ERROR") -> None:
        super().__init__(message)
        self.code = code


class CallNumberError(IlsError):
    """A call number that could not be read in its scheme.

    ``input`` is the text read and ``position`` the 0-based character index of the problem::

        >>> import ils_core
        >>> try:
        ...     ils_core.CallNumber("QA76..73")
        ... except ils_core.CallNumberError as e:
        ...     print(e.position, e.code)
        5 CALLNUMBER_UNEXPECTED_CHAR
    """

    input: str
    """The text that was read."""
    position: int
    """0-based character index of the problem in ``input``."""

    def __init__(self, message: str, *, code: str, input: str, position: int) -> None:
        super().__init__(message, code=code)
        self.input = input
        self.position = position
