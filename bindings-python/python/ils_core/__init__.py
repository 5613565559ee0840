"""ils-core: the rules library staff apply every day, as fast, exact functions.

Call numbers and shelf order (LC, NLM, Dewey, SuDocs and local text)::

    >>> import ils_core
    >>> ils_core.shelf_sort(["QA76.73 .C153 S65 2003", "REF QA1 .A1", "QA9 .B3", "A 13.2:T 73/4"])
    ['QA9 .B3', 'QA76.73 .C153 S65 2003', 'A 13.2:T 73/4', 'REF QA1 .A1']
    >>> cn = ils_core.CallNumber("wb 102.5 b62 2018")
    >>> cn.scheme, str(cn)
    ('nlm', 'WB 102.5 B62 2018')
    >>> ils_core.CallNumber("QA1 .A647 v.10").parts["item_parts"]
    ['v.10']

For millions of rows, :func:`sort_keys` keys a whole column at once without holding the GIL.
Prefixes (``REF``, ``J``, ``FIC``...) and where they file are a :class:`ShelvingPolicy`.
"""

from __future__ import annotations

from ils_core._errors import (
    BY_CODE,
    CallNumberError,
    ControlCharacterError,
    DeweyClassDigitsError,
    EmptyCallNumberError,
    EmptyPrefixError,
    IlsError,
    LonePrefixError,
    MissingClassNumberError,
    NonAsciiCharacterError,
    NumberTooLongError,
    PrefixWithSpaceError,
    ShelvingPolicyError,
    SudocMissingColonError,
    UnexpectedCharacterError,
    UnknownClassError,
    UnknownFilingError,
    UnknownSchemeError,
)
from ils_core._native import CallNumber, ShelvingPolicy, shelf_sort, sort_key, sort_keys

__all__ = [
    "BY_CODE",
    "CallNumber",
    "CallNumberError",
    "ControlCharacterError",
    "DeweyClassDigitsError",
    "EmptyCallNumberError",
    "EmptyPrefixError",
    "IlsError",
    "LonePrefixError",
    "MissingClassNumberError",
    "NonAsciiCharacterError",
    "NumberTooLongError",
    "PrefixWithSpaceError",
    "ShelvingPolicy",
    "ShelvingPolicyError",
    "SudocMissingColonError",
    "UnexpectedCharacterError",
    "UnknownClassError",
    "UnknownFilingError",
    "UnknownSchemeError",
    "shelf_sort",
    "sort_key",
    "sort_keys",
]
