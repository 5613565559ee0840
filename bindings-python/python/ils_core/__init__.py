"""ils-core: the rules library staff apply every day, as fast, exact functions.

Call numbers and shelf order::

    >>> import ils_core
    >>> shelf = ["QA76.73 .C153 S65 2003", "QA9 .B3", "QA76 .S73 no.93-11"]
    >>> sorted(shelf, key=ils_core.sort_key)
    ['QA9 .B3', 'QA76 .S73 no.93-11', 'QA76.73 .C153 S65 2003']
    >>> cn = ils_core.CallNumber("wb 102.5 b62 2018")
    >>> cn.scheme, str(cn)
    ('nlm', 'WB 102.5 B62 2018')

For millions of rows, :func:`sort_keys` keys a whole column at once without holding the GIL.
"""

from __future__ import annotations

from ils_core._errors import CallNumberError, IlsError
from ils_core._native import CallNumber, sort_key, sort_keys

__all__ = ["CallNumber", "CallNumberError", "IlsError", "sort_key", "sort_keys"]
