"""The answer types, one class each, registered in `REGISTRY` by name.

Importing this package registers every type: a new type is a class with
`@register` in one of the modules below (docs/answer-types.md)."""

from __future__ import annotations

from . import choices, numbers, plain  # noqa: F401 - importing registers the types
from .base import REGISTRY, AnswerType, Problem, register

__all__ = ["REGISTRY", "AnswerType", "Problem", "register"]
