"""Reading a JSON document piece by piece, strictly, in bounded memory.

The outer levels of a document (the envelope, each customer, and the lists inside a
customer) are walked here one key or item at a time; each item is decoded whole by the
standard library's C decoder. Only a window of the text is held, so a file of any size
is read in the same memory, and every syntax error is placed by line and column in the
whole file.

Stricter than `json.loads`: a key written twice in one object is reported (the reader of
the document marks it on the object, see `DuplicatedKeys`), `NaN` and `Infinity` are
refused, and nesting deeper than the interpreter can decode is refused with its place
instead of a `RecursionError`.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

from accountdesk.domain import messages as m
from accountdesk.domain.errors import ImportFormatError, ImportProblem

CHUNK_BYTES = 1 << 20
# One item (a system, a customer's fields) of a service file is a few kilobytes; a value
# larger than this is no service file, and holding it would defeat the bounded memory.
MAX_VALUE_CHARS = 16 << 20
# How close to the end of the window a decoding error must be to mean "read on".
_END_MARGIN = 8
_SPACE = re.compile(r"[ \t\n\r]*")

Progress = Callable[[int, int], None]
"""Called with (bytes read so far, bytes in all) as the file is read."""


class DuplicatedKeys(dict):  # type: ignore[type-arg]
    """An object in which a key is written more than once; `twice` lists those keys."""

    twice: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict:  # type: ignore[type-arg]
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    marked = DuplicatedKeys(found)
    seen: set[str] = set()
    marked.twice = []
    for key, _value in pairs:
        if key in seen and key not in marked.twice:
            marked.twice.append(key)
        seen.add(key)
    return marked


class _NotANumber(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _refuse_constant(name: str) -> None:
    raise _NotANumber(name)


_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_constant=_refuse_constant)


class JsonStream:
    """A JSON text read from a file (bytes, UTF-8) or a string, left to right."""

    def __init__(self, source: IO[bytes] | str, *, size: int = 0, progress: Progress | None = None):
        self._file = None if isinstance(source, str) else source
        self._buffer = source.removeprefix("\ufeff") if isinstance(source, str) else ""
        self._pos = 0
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self._bytes_read = 0
        self._size = size or (len(source) if isinstance(source, str) else 0)
        self._progress = progress
        self._eof = self._file is None
        # Where the window starts in the whole text: lines before it, and its column.
        self._line = 0
        self._column = 0

    # ------------------------------------------------------------ the window

    def _read_more(self) -> bool:
        """Add a chunk of the file to the window; False at the end of the file."""
        if self._eof or self._file is None:
            return False
        data = self._file.read(CHUNK_BYTES)
        self._eof = not data
        try:
            text = self._decoder.decode(data, final=self._eof)
        except UnicodeDecodeError as exc:
            problem = ImportProblem("", m.NOT_UTF8_TEXT, {"byte": self._bytes_read + exc.start + 1})
            raise ImportFormatError([problem]) from None
        self._bytes_read += len(data)
        self._drop_read()
        self._buffer += text
        if self._progress is not None:
            self._progress(self._bytes_read, max(self._size, self._bytes_read))
        return not self._eof or bool(text)

    def _drop_read(self) -> None:
        read = self._buffer[: self._pos]
        newlines = read.count("\n")
        if newlines:
            self._line += newlines
            self._column = len(read) - read.rfind("\n") - 1
        else:
            self._column += len(read)
        self._buffer = self._buffer[self._pos :]
        self._pos = 0

    def _place(self, pos: int) -> tuple[int, int]:
        """(line, column), both from 1, of a position in the window."""
        before = self._buffer[:pos]
        newlines = before.count("\n")
        if newlines:
            return self._line + newlines + 1, pos - before.rfind("\n")
        return self._line + 1, self._column + pos + 1

    def syntax_error(self, detail: str, pos: int | None = None) -> ImportFormatError:
        line, column = self._place(self._pos if pos is None else pos)
        return ImportFormatError(
            [ImportProblem("", m.NOT_JSON_AT, {"detail": detail, "line": line, "column": column})]
        )

    def report_progress(self) -> None:
        if self._progress is not None:
            done = self._bytes_read if self._file is not None else self._pos
            self._progress(done, max(self._size, done))

    # ------------------------------------------------------------ tokens

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the text)."""
        while True:
            buffer = self._buffer
            pos = self._pos = _SPACE.match(buffer, self._pos).end()  # type: ignore[union-attr]
            if pos < len(buffer):
                return buffer[pos]
            if not self._read_more():
                return ""

    def _expect(self, wanted: str, detail: str) -> None:
        if self.peek() != wanted:
            raise self.syntax_error(detail)
        self._pos += 1

    def end(self) -> None:
        if self.peek() != "":
            raise self.syntax_error("Extra data")

    def value(self, path: str) -> Any:
        """The whole JSON value that starts here; `path` names it in problems."""
        self.peek()
        while True:
            start = self._pos
            try:
                value, end = _DECODER.raw_decode(self._buffer, start)
            except json.JSONDecodeError as exc:
                if self._may_be_cut(exc):
                    self._read_on(start)
                    continue
                raise self.syntax_error(exc.msg, exc.pos) from None
            except _NotANumber as exc:
                problem = ImportProblem(path, m.NOT_A_JSON_NUMBER, {"value": exc.name})
                raise ImportFormatError([problem]) from None
            except RecursionError:
                problem = ImportProblem(path, m.TOO_DEEP)
                raise ImportFormatError([problem]) from None
            except ValueError as exc:  # a number of thousands of digits
                raise self.syntax_error(str(exc), start) from None
            if end >= len(self._buffer) - _END_MARGIN and not self._eof:
                self._read_on(start)  # a number, say, may go on in the next chunk
                continue
            self._pos = end
            return value

    def _may_be_cut(self, exc: json.JSONDecodeError) -> bool:
        """The error may only mean that the window ends inside the value."""
        if self._eof:
            return False
        return exc.msg.startswith("Unterminated string") or exc.pos >= len(self._buffer) - (
            _END_MARGIN
        )

    def _read_on(self, start: int) -> None:
        """Read more of the file for the value that starts at `start` (which moves to the
        start of the window); at the end of the file, the next try is the last."""
        if len(self._buffer) - start > MAX_VALUE_CHARS:
            raise self.syntax_error(f"a value longer than {MAX_VALUE_CHARS:,} characters", start)
        self._pos = start
        self._read_more()

    def object_keys(self, path: str, seen_twice: Callable[[str], None]) -> Iterator[str]:
        """The keys of the object that starts here; the caller reads each key's value.

        `seen_twice` is told of a key the object already had.
        """
        self._expect("{", "Expecting '{'")
        seen: set[str] = set()
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.syntax_error("Expecting property name enclosed in double quotes")
            key = self.value(path)
            if key in seen:
                seen_twice(key)
            seen.add(key)
            self._expect(":", "Expecting ':' delimiter")
            yield key
            following = self.peek()
            self._pos += 1
            if following == "}":
                return
            if following != ",":
                self._pos -= 1
                raise self.syntax_error("Expecting ',' delimiter")

    def list_items(self) -> Iterator[int]:
        """The positions of the list that starts here; the caller reads each item."""
        self._expect("[", "Expecting '['")
        if self.peek() == "]":
            self._pos += 1
            return
        index = 0
        while True:
            yield index
            index += 1
            following = self.peek()
            self._pos += 1
            if following == "]":
                return
            if following != ",":
                self._pos -= 1
                raise self.syntax_error("Expecting ',' delimiter")
