"""A Jinja sandbox with limits, for chat templates that come inside downloaded files.

Jinja's sandbox keeps a template away from Python's internals, but not from
running for hours or filling the memory: loops nest, macros call themselves,
``'x' * n`` and ``|center(n)`` build whatever size they are told. A model file
is untrusted input, so rendering its template is bounded here:

* each time a template enters a block (a loop body on every pass, a macro
  body, an ``if`` branch) it takes a step; the code generator writes that
  count into the compiled template. A render may take :data:`MAX_STEPS`
  steps and :data:`MAX_SECONDS` seconds;
* a string or list that an operator, a filter, a call, ``~`` or the render
  itself produces may hold :data:`MAX_TEXT` items, and sizes are checked
  before the work where they can be (``'x' * n``, ``2 ** n``, widths, counts);
  everything a render builds adds up to at most :data:`MAX_BUILT` characters;
* a macro that calls itself without end hits Python's recursion limit.

Any failure, a limit or an ordinary template error, becomes
:class:`TemplateRefused`: one plain sentence, never a traceback.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import jinja2
import jinja2.ext
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat, EvalContext, Node
from jinja2.runtime import Context, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment

from assistant.errors import ModelError

MAX_STEPS = 1_000_000
MAX_SECONDS = 3.0
MAX_TEXT = 2_000_000  # characters in one value: far more than any context window holds
MAX_BUILT = 128_000_000  # characters built in one render, garbage included
MAX_NUMBER = 100_000  # a count or width passed to a filter or method (Jinja's own MAX_RANGE)
MAX_BITS = 100_000  # integers a template may compute: ~30,000 digits
_WIDE_FORMAT = re.compile(r"\d{7,}")  # a width like %9999999d or {:>9999999}
_GROWING = {"replace", "indent", "expandtabs", "center", "ljust", "rjust", "zfill", "wordwrap"}
_REASON_LENGTH = 160
_PASSED = (Context, jinja2.Environment, EvalContext)


class TemplateRefused(ModelError):
    """A chat template that cannot be rendered; ``str()`` is the user's sentence.

    ``exhausted``: it ran into a limit (time, size, recursion), as opposed to
    an ordinary error such as ``raise_exception`` or a missing variable.
    """

    def __init__(self, reason: str, *, exhausted: bool = False) -> None:
        reason = reason.rstrip(" .!?") or "it failed"
        super().__init__(f"This model's chat template was refused: {reason}.")
        self.reason = reason
        self.exhausted = exhausted


class _LimitExceeded(Exception):
    """Raised inside a render; not a TemplateError, so nothing in Jinja handles it."""


class _Budget(threading.local):
    steps = 0
    built = 0
    deadline = float("inf")


class _CountingCodeGenerator(CodeGenerator):
    """Compiles every block with a step at its start and every ``~`` with a size check."""

    def blockvisit(self, nodes: Iterable[Node], frame: Frame) -> None:
        self.writeline("environment.step()")
        super().blockvisit(nodes, frame)

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.built(")
        super().visit_Concat(node, frame)
        self.write(")")


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox chat templates run in; render with :func:`render`, not ``Template.render``."""

    code_generator_class = _CountingCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, filters: Mapping[str, Callable[..., Any]] | None = None) -> None:
        super().__init__(
            loader=jinja2.BaseLoader(),
            trim_blocks=True,
            lstrip_blocks=True,
            extensions=[jinja2.ext.loopcontrols],
        )
        self.budget = _Budget()
        self.globals.pop("lipsum", None)  # writes text of any length; no chat template needs it
        self.filters.update(filters or {})
        for name, func in list(self.filters.items()):
            self.filters[name] = self._guard(name, func)

    def _guard(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        """A filter with the checks of :meth:`call`: a step, its arguments, its result's size."""

        @functools.wraps(func)  # keeps jinja_pass_arg: Jinja passes the same first argument
        def guarded(*args: Any, **kwargs: Any) -> Any:
            self.step()
            # After a context/environment (pass_context & co.) comes the value filtered.
            rest = args[1:] if args and isinstance(args[0], _PASSED) else args
            subject = rest[0] if rest and isinstance(rest[0], str) else None
            _check_call(name, subject, [*rest[1:], *kwargs.values()])
            return self.built(func(*args, **kwargs))

        return guarded

    # -- hooks the compiled template calls --------------------------------

    def step(self) -> None:
        budget = self.budget
        budget.steps += 1
        if budget.steps > MAX_STEPS:
            raise _LimitExceeded(f"it takes more than {MAX_STEPS:,} steps")
        if time.monotonic() > budget.deadline:
            raise _LimitExceeded(f"it takes longer than {MAX_SECONDS:g} seconds")

    def built(self, value: Any) -> Any:
        """Check a value a template just made; returns it."""
        if isinstance(value, str | list | tuple | dict):
            size = len(value)
            if size > MAX_TEXT:
                raise _LimitExceeded(f"it builds a value of more than {MAX_TEXT:,} items")
            self.budget.built += size
            if self.budget.built > MAX_BUILT:
                raise _LimitExceeded(f"it builds more than {MAX_BUILT:,} characters")
        return value

    def concat(self, parts: Iterable[str]) -> str:
        """Joins a render's (or a macro's) output, stopping as soon as it is too long."""
        pieces: list[str] = []
        size = 0
        for part in parts:
            size += len(part)
            if size > MAX_TEXT:
                raise _LimitExceeded(f"it writes more than {MAX_TEXT:,} characters")
            pieces.append(part)
        return self.built("".join(pieces))

    def call(
        __self,  # Jinja's own signature, kept for the override
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        __self.step()
        if isinstance(__obj, Macro):  # the template's own code: its blocks take steps
            return __self.built(super().call(__context, __obj, *args, **kwargs))
        method = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped by the sandbox
        owner = getattr(method, "__self__", None)
        name = getattr(method, "__name__", "").removeprefix("safe_")  # the sandbox's safe_range
        subject = owner if isinstance(owner, str) else None
        _check_call(name, subject, [*args, *kwargs.values()])
        return __self.built(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        self.step()
        _check_binop(operator, left, right)
        return self.built(super().call_binop(context, operator, left, right))


def _check_call(name: str, subject: str | None, values: list[Any]) -> None:
    numbers = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if any(abs(n) > MAX_NUMBER for n in numbers):
        raise _LimitExceeded(f"it passes {name or 'a function'} a number above {MAX_NUMBER:,}")
    if subject is None:
        return
    if name in ("format", "format_map") and _WIDE_FORMAT.search(subject):
        raise _LimitExceeded("it formats text to a width of millions of characters")
    if name in _GROWING:
        others = [len(v) for v in values if isinstance(v, str) and v is not subject]
        factor = 1 + max([*numbers, *others, 0])
        if len(subject) * factor > 8 * MAX_TEXT:
            raise _LimitExceeded(f"its {name} would build more than {MAX_TEXT:,} characters")


def _check_binop(operator: str, left: Any, right: Any) -> None:
    sized = (str, list, tuple)
    if operator == "*":
        if isinstance(left, int) and isinstance(right, sized):
            left, right = right, left
        if isinstance(left, sized) and isinstance(right, int):
            if len(left) * right > MAX_TEXT:
                raise _LimitExceeded(f"it repeats a value into more than {MAX_TEXT:,} items")
        elif isinstance(left, int) and isinstance(right, int):
            _check_bits(left.bit_length() + right.bit_length())
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        if abs(left) > 1 and right > 0:
            _check_bits(left.bit_length() * right)
    elif operator == "+" and isinstance(left, sized) and isinstance(right, sized):
        if len(left) + len(right) > MAX_TEXT:
            raise _LimitExceeded(f"it builds a value of more than {MAX_TEXT:,} items")
    elif operator == "%" and isinstance(left, str):
        if _WIDE_FORMAT.search(left):
            raise _LimitExceeded("it formats text to a width of millions of characters")
        items = right if isinstance(right, tuple) else (right,)
        _check_call("%", None, list(items))


def _check_bits(bits: int) -> None:
    if bits > MAX_BITS:
        raise _LimitExceeded("it computes a number with too many digits")


def compile_template(env: LimitedEnvironment, source: str) -> jinja2.Template:
    """``env.from_string(source)``; any failure (a syntax error, nesting too deep) is refused."""
    try:
        return env.from_string(source)
    except jinja2.TemplateSyntaxError as exc:
        reason = f"it has a syntax error on line {exc.lineno} ({_short(exc)})"
        raise TemplateRefused(reason) from None
    except RecursionError:
        raise TemplateRefused("it is nested too deeply", exhausted=True) from None
    except MemoryError:
        raise TemplateRefused("it is too large", exhausted=True) from None
    except Exception as exc:  # a template Jinja cannot compile for any other reason
        raise TemplateRefused(f"it cannot be compiled ({_short(exc)})") from None


def render(template: jinja2.Template, **values: Any) -> str:
    """Render within the limits; every failure is a :class:`TemplateRefused`."""
    env = template.environment
    if not isinstance(env, LimitedEnvironment):
        raise TypeError("render() is for templates compiled in a LimitedEnvironment")
    budget = env.budget
    budget.steps, budget.built = 0, 0
    budget.deadline = time.monotonic() + MAX_SECONDS
    try:
        return template.render(**values)
    except _LimitExceeded as exc:
        raise TemplateRefused(str(exc), exhausted=True) from None
    except RecursionError:
        raise TemplateRefused("it calls itself without end", exhausted=True) from None
    except MemoryError:
        raise TemplateRefused("it needs more memory than there is", exhausted=True) from None
    except jinja2.TemplateError as exc:
        raise TemplateRefused(_short(exc) or type(exc).__name__) from None
    except Exception as exc:  # TypeError, OverflowError, ...: the template's own fault
        raise TemplateRefused(f"it failed ({type(exc).__name__}: {_short(exc)})") from None
    finally:
        budget.deadline = float("inf")


def _short(exc: BaseException) -> str:
    text = " ".join(str(getattr(exc, "message", None) or exc).split())
    return text if len(text) <= _REASON_LENGTH else text[: _REASON_LENGTH - 1] + "…"
