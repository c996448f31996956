"""Report -> text. Renderers register by format name; each takes a sequence
of reports (one per document) and returns the whole output as a string."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module

from ..model import Report

Renderer = Callable[[Sequence[Report]], str]

_LAZY: dict[str, str] = {
    "text": "bpolint.report.text:render_text",
    "json": "bpolint.report.json:render_json",
}
_REGISTRY: dict[str, Renderer] = {}


def register(name: str, renderer: Renderer) -> None:
    """Make ``renderer`` available as ``--format name``."""
    _REGISTRY[name] = renderer


def formats() -> tuple[str, ...]:
    return tuple(sorted(set(_LAZY) | set(_REGISTRY)))


def renderer_for(name: str) -> Renderer:
    if name not in _REGISTRY:
        if name not in _LAZY:
            raise KeyError(name)
        module_name, _, attribute = _LAZY[name].partition(":")
        _REGISTRY[name] = getattr(import_module(module_name), attribute)
    return _REGISTRY[name]


def render(reports: Sequence[Report], format: str = "text") -> str:
    """Render ``reports`` in ``format`` (one of :func:`formats`)."""
    return renderer_for(format)(reports)
