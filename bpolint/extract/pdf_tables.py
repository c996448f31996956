"""Tables on a PDF page: ruled grids from the page's ruling lines, unruled ones from aligned runs.

Ruled tables are read from the ruling lines pdfium reports: the distinct
horizontal and vertical rules of one connected group make the row and column
boundaries, and each character goes to the cell its centre falls in. This is
pdfplumber's lattice method without pdfminer's cost; a test checks the two
agree on the fixtures. Merged cells put their text in the first cell they
cover.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

_SNAP = 2.5  # rules this close are the same rule
_TOUCH = 3.0  # rules this close touch


@dataclass(frozen=True)
class Edge:
    """A horizontal or vertical ruling line (x0, top, x1, bottom)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(frozen=True)
class Table:
    """A table found on a page: its bounding box and its rows of cell texts."""

    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: tuple[tuple[str, ...], ...]

    @property
    def text(self) -> str:
        """One row a line, cells joined by ``" | "``; a cell's own lines joined by a space."""
        return "\n".join(" | ".join(" ".join(cell.split("\n")) for cell in row) for row in self.rows if any(row))

    def contains(self, x: float, y: float) -> bool:
        x0, top, x1, bottom = self.bbox
        return x0 - 1 <= x <= x1 + 1 and top - 1 <= y <= bottom + 1


def _touch(a: Edge, b: Edge) -> bool:
    return (a.x0 - _TOUCH <= b.x1 and b.x0 - _TOUCH <= a.x1
            and a.top - _TOUCH <= b.bottom and b.top - _TOUCH <= a.bottom)


def _groups(edges: Sequence[Edge]) -> list[list[Edge]]:
    """Connected groups of rules (a union-find over rules that touch)."""
    parent = list(range(len(edges)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(edges)):
        for j in range(i + 1, len(edges)):
            if _touch(edges[i], edges[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[Edge]] = {}
    for i, edge in enumerate(edges):
        groups.setdefault(find(i), []).append(edge)
    return list(groups.values())


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if out and value - out[-1] <= _SNAP:
            continue
        out.append(value)
    return out


def grid_cells(edges: Sequence[Edge]) -> list[tuple[list[float], list[float]]]:
    """Column and row boundaries of each ruled grid of at least two columns.

    Every column rule must run down most of the grid: boxes drawn around
    words or lines of prose touch each other but do not make columns.
    """
    grids = []
    for group in _groups(edges):
        verticals = [e for e in group if not e.horizontal]
        xs = _snap([(e.x0 + e.x1) / 2 for e in verticals])
        ys = _snap([(e.top + e.bottom) / 2 for e in group if e.horizontal])
        if len(xs) < 3 or len(ys) < 2:  # two columns at least: a boxed paragraph is not a table
            continue
        height = ys[-1] - ys[0]
        covered = [_covered([(e.top, e.bottom) for e in verticals if abs((e.x0 + e.x1) / 2 - x) <= _SNAP])
                   for x in xs]
        if height > 0 and all(length >= 0.6 * height for length in covered):
            grids.append((xs, ys))
    return grids


def _covered(spans: list[tuple[float, float]]) -> float:
    """Length of the union of ``spans``."""
    total, end = 0.0, float("-inf")
    for start, stop in sorted(spans):
        if stop <= end:
            continue
        total += stop - max(start, end)
        end = stop
    return total


def _cuts_words(xs: list[float], chars: Sequence[tuple[str, float, float, float, float]]) -> bool:
    """Does a column rule fall between two letters of one word? Then it is no column rule."""
    ordered = sorted(chars, key=lambda c: (round(c[4]), c[1]))
    for before, after in zip(ordered, ordered[1:], strict=False):
        if abs(before[4] - after[4]) > 1.0 or after[1] - before[3] > 0.1 * (after[4] - after[2]):
            continue
        middle_before, middle_after = (before[1] + before[3]) / 2, (after[1] + after[3]) / 2
        if before[0].isalnum() and after[0].isalnum() and any(middle_before < x < middle_after for x in xs[1:-1]):
            return True
    return False


def ruled_tables(edges: Sequence[Edge], chars: Sequence[tuple[str, float, float, float, float]]) -> list[Table]:
    """Read the ruled tables of a page from its rules and characters ``(char, x0, top, x1, bottom)``."""
    tables = []
    for xs, ys in grid_cells(edges):
        cells: dict[tuple[int, int], list[tuple[str, float, float, float, float]]] = {}
        for char in chars:
            cx, cy = (char[1] + char[3]) / 2, (char[2] + char[4]) / 2
            if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
                continue
            column = _slot(xs, cx)
            row = _slot(ys, cy)
            cells.setdefault((row, column), []).append(char)
        if not cells or _cuts_words(xs, [char for found in cells.values() for char in found]):
            continue
        rows = tuple(
            tuple(_cell_text(cells.get((row, column), [])) for column in range(len(xs) - 1))
            for row in range(len(ys) - 1)
        )
        rows = tuple(row for row in rows if any(row))
        if sum(1 for row in rows for cell in row if cell) < 2:
            continue
        tables.append(Table((xs[0], ys[0], xs[-1], ys[-1]), rows))
    return tables


def _slot(bounds: list[float], value: float) -> int:
    for index in range(len(bounds) - 1):
        if value <= bounds[index + 1]:
            return index
    return len(bounds) - 2


def _cell_text(chars: list[tuple[str, float, float, float, float]]) -> str:
    """The text of one cell: characters in lines, top to bottom, left to right, one line a line."""
    if not chars:
        return ""
    ordered = sorted(chars, key=lambda c: (round(c[4]), c[1]))
    lines: list[list[tuple[str, float, float, float, float]]] = [[ordered[0]]]
    for char in ordered[1:]:
        last = lines[-1][-1]
        height = last[4] - last[2]
        if abs(char[4] - last[4]) < 0.5 * height:
            lines[-1].append(char)
        else:
            lines.append([char])
    texts = []
    for line in lines:
        line.sort(key=lambda c: c[1])
        parts = [line[0][0]]
        for previous, char in zip(line, line[1:], strict=False):
            if char[1] - previous[3] > 0.15 * (char[4] - char[2]):
                parts.append(" ")
            parts.append(char[0])
        texts.append("".join(parts))
    return "\n".join(texts)  # the cell's lines: joined once the document's vocabulary is known
