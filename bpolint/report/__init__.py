"""Report -> text. Renderers register by format name; each takes a sequence
of reports (one per document), optional :class:`RenderOptions`, and returns
the whole output as a string."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import Protocol

from ..model import Report
from .common import RenderOptions


class Renderer(Protocol):
    def __call__(self, reports: Sequence[Report], options: RenderOptions | None = None, /) -> str: ...


_LAZY: dict[str, str] = {
    "text": "bpolint.report.text:render_text",
    "concise": "bpolint.report.text:render_concise",
    "json": "bpolint.report.json:render_json",
    "sarif": "bpolint.report.sarif:render_sarif",
    "markdown": "bpolint.report.markdown:render_markdown",
    "html": "bpolint.report.html:render_html",
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


def render(reports: Sequence[Report], format: str = "text", options: RenderOptions | None = None) -> str:
    """Render ``reports`` in ``format`` (one of :func:`formats`)."""
    return renderer_for(format)(reports, options)


__all__ = ["RenderOptions", "Renderer", "formats", "register", "render", "renderer_for"]
