"""The exceptions ils-core raises for bad input: one class per error kind.

Every one is an :class:`IlsError`, which is a :class:`ValueError`, so code that already catches
``ValueError`` keeps working. Each carries ``code``, the stable machine-readable code that the
JavaScript binding also uses; :data:`BY_CODE` maps each code to its class.
"""

from __future__ import annotations

__all__ = [
    "IlsError",
    "CallNumberError",
    "EmptyCallNumberError",
    "UnexpectedCharacterError",
    "NonAsciiCharacterError",
    "ControlCharacterError",
    "UnknownClassError",
    "MissingClassNumberError",
    "DeweyClassDigitsError",
    "SudocMissingColonError",
    "LonePrefixError",
    "NumberTooLongError",
    "UnknownSchemeError",
    "ShelvingPolicyError",
    "EmptyPrefixError",
    "PrefixWithSpaceError",
    "UnknownFilingError",
    "BY_CODE",
]


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
        ...     print(type(e).__name__, e.position, e.code)
        UnexpectedCharacterError 5 CALLNUMBER_UNEXPECTED_CHAR
    """

    input: str
    """The text that was read."""
    position: int
    """0-based character index of the problem in ``input``."""

    def __init__(self, message: str, *, code: str, input: str, position: int) -> None:
        super().__init__(message, code=code)
        self.input = input
        self.position = position


class EmptyCallNumberError(CallNumberError):
    """Nothing but white space."""


class UnexpectedCharacterError(CallNumberError):
    """A character with no place at this point of the call number (``QA76..73``)."""


class NonAsciiCharacterError(CallNumberError):
    """A character outside ASCII inside an LC, NLM, Dewey or SuDocs call number."""


class ControlCharacterError(CallNumberError):
    """A control character, usually a sign of a corrupted export."""


class UnknownClassError(CallNumberError):
    """Letters that are not an LC or NLM class, when the scheme was forced to LC or NLM."""


class MissingClassNumberError(CallNumberError):
    """Class letters followed by something other than a class number (forced LC or NLM)."""


class DeweyClassDigitsError(CallNumberError):
    """A Dewey class number without its three whole digits (forced Dewey)."""


class SudocMissingColonError(CallNumberError):
    """A SuDoc number without the colon before its book number (``Y 4.2``)."""


class LonePrefixError(CallNumberError):
    """Nothing but a prefix (``REF``): a location, not a call number."""


class NumberTooLongError(CallNumberError):
    """A number with more digits than any real call number has."""


class UnknownSchemeError(IlsError):
    """A scheme name other than ``lc``, ``nlm``, ``dewey``, ``sudoc`` and ``local``."""


class ShelvingPolicyError(IlsError):
    """A shelving policy that cannot be used."""


class EmptyPrefixError(ShelvingPolicyError):
    """A prefix that is empty or only white space."""


class PrefixWithSpaceError(ShelvingPolicyError):
    """A prefix with white space inside it: prefixes are single words."""


class UnknownFilingError(ShelvingPolicyError):
    """A prefix filing other than ``grouped`` and ``ignore``."""


BY_CODE: dict[str, type[IlsError]] = {
    "CALLNUMBER_EMPTY": EmptyCallNumberError,
    "CALLNUMBER_UNEXPECTED_CHAR": UnexpectedCharacterError,
    "CALLNUMBER_NON_ASCII": NonAsciiCharacterError,
    "CALLNUMBER_CONTROL_CHAR": ControlCharacterError,
    "CALLNUMBER_UNKNOWN_CLASS": UnknownClassError,
    "CALLNUMBER_MISSING_CLASS_NUMBER": MissingClassNumberError,
    "CALLNUMBER_DEWEY_CLASS_DIGITS": DeweyClassDigitsError,
    "CALLNUMBER_SUDOC_MISSING_COLON": SudocMissingColonError,
    "CALLNUMBER_LONE_PREFIX": LonePrefixError,
    "CALLNUMBER_NUMBER_TOO_LONG": NumberTooLongError,
    "CALLNUMBER_UNKNOWN_SCHEME": UnknownSchemeError,
    "POLICY_EMPTY_PREFIX": EmptyPrefixError,
    "POLICY_PREFIX_WITH_SPACE": PrefixWithSpaceError,
    "POLICY_UNKNOWN_FILING": UnknownFilingError,
}
"""Each error code to the class raised for it."""
