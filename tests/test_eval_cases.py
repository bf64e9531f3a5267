"""The agent eval's cases and scorer, checked without a model.

For every case: the shape is right, its setup runs on a fresh store, and its
expectations are right and can fail -- a perfect model's calls (the case's
``oracle``, run through the registry, destructive ones skipped when the case
denies approval) pass the scorer; a store left as it was fails a case that
wants a change and passes a restraint case.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

ROOT = Path(__file__).resolve().parent.parent


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_agent", ROOT / "bench" / "eval_agent.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_agent", module)
    spec.loader.exec_module(module)
    return module


ev = _load_eval()
CASES: list[dict[str, Any]] = ev.load_cases(ev.DEFAULT_CASES)
REGISTRY = default_registry()


def by_id(case: dict[str, Any]) -> str:
    return str(case.get("id"))


def oracle_run(case: dict[str, Any]) -> tuple[dict, dict, str, int]:
    """Setup, then the oracle's calls: (before, after, answer, approvals asked)."""
    clock = ev.clock_of(case)
    store = Store.open(None)
    try:
        ctx = ToolContext(store, clock)
        ev.run_calls(REGISTRY, ctx, case["setup"], "setup")
        before = ev.snapshot(store, clock, REGISTRY)
        texts, asked = [], 0
        for call in case.get("oracle", []):
            tool = REGISTRY.get(call["tool"])
            if tool.destructive:
                asked += 1
                if not case["approve"]:
                    continue  # the user declines: nothing happens
            (result,) = ev.run_calls(REGISTRY, ctx, [call], "oracle")
            texts.append(result.text)
        after = ev.snapshot(store, clock, REGISTRY)
    finally:
        store.close()
    answer = case.get("oracle_answer") or "\n".join(texts)
    return before, after, answer, asked


# -- the file as a whole --------------------------------------------------------


def test_case_set_has_the_promised_coverage() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert len(CASES) >= 40
    categories = Counter(c["category"] for c in CASES)
    assert categories["restraint"] >= 10
    for name in ("add_todo", "add_event", "query", "update", "notes", "delete"):
        assert categories[name] >= 3, name
    assert any(c["now"] != "2026-11-27T10:00" for c in CASES), "vary the clock in a few cases"
    deletes = [c for c in CASES if c["category"] == "delete"]
    assert {c["approve"] for c in deletes} == {True, False}


@pytest.mark.parametrize("case", CASES, ids=by_id)
def test_case_is_well_formed(case: dict[str, Any]) -> None:
    assert ev.case_problems(case, REGISTRY) == []
    ev.clock_of(case)  # now and tz parse


# -- every case against a perfect model and a do-nothing model ---------------------


@pytest.mark.parametrize("case", CASES, ids=by_id)
def test_oracle_passes_and_doing_nothing_is_scored_right(case: dict[str, Any]) -> None:
    before, after, answer, asked = oracle_run(case)
    assert ev.score(case, before, after, answer, asked) == []

    idle = ev.score(case, before, before, "", 0)
    kind = ev.case_kind(case)
    if kind == "restraint":
        answer_checks = {"answer_contains"} & case["expect"].keys()
        assert idle == [] or answer_checks, idle
        assert ev.score(case, before, before, answer, 0) == []
        assert not {c["tool"] for c in case.get("oracle", [])} & {
            t.name for t in REGISTRY if t.writes
        }, "a restraint case's oracle may only read"
    else:
        assert idle, f"a {kind} case must fail when the model does nothing"
        if kind == "write":
            # Right answer, wrong end state: still a failure.
            assert ev.score(case, before, before, answer, asked)


def test_restraint_cases_fail_when_something_is_written() -> None:
    for case in [c for c in CASES if c["category"] == "restraint"]:
        clock = ev.clock_of(case)
        store = Store.open(None)
        try:
            ctx = ToolContext(store, clock)
            ev.run_calls(REGISTRY, ctx, case["setup"], "setup")
            before = ev.snapshot(store, clock, REGISTRY)
            ev.run_calls(REGISTRY, ctx, [{"tool": "add_todo", "arguments": {"title": "x"}}], "t")
            after = ev.snapshot(store, clock, REGISTRY)
        finally:
            store.close()
        answer = case.get("oracle_answer", "")
        assert ev.score(case, before, after, answer, 0), case["id"]


# -- the scorer itself -------------------------------------------------------------


def _todo(**kw: Any) -> dict[str, Any]:
    base = {"id": 1, "title": "Call Mom", "notes": "", "due": None, "priority": "normal",
            "done": False, "tags": []}  # fmt: skip
    return {**base, **kw}


def _state(**kinds: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {"todos": [], "events": [], "notes": [], **kinds}


def _case(expect: dict[str, Any], category: str = "add_todo") -> dict[str, Any]:
    return {"id": "x", "category": category, "expect": expect}


def test_matchers_are_case_insensitive_for_titles_and_exact_for_dates() -> None:
    due = "2026-11-27T17:00:00+01:00"
    case = _case({"todos": [{"title_contains": "mom", "due": due}]})
    assert ev.score(case, _state(), _state(todos=[_todo(due=due)]), "") == []
    wrong = _state(todos=[_todo(due="2026-11-27T05:00:00+01:00")])
    (reason,) = ev.score(case, _state(), wrong, "")
    assert "no todo matches" in reason and "05:00" in reason


def test_each_matcher_needs_its_own_record() -> None:
    case = _case({"todos": [{"title_contains": "a"}, {"title_contains": "a"}]})
    one = _state(todos=[_todo(title="a")])
    two = _state(todos=[_todo(title="a"), _todo(id=2, title="ab")])
    assert ev.score(case, _state(), one, "")
    assert ev.score(case, _state(), two, "") == []


def test_rrule_null_means_one_time() -> None:
    event = {"id": 1, "uid": "u", "title": "Lunch", "start": "2026-12-01T13:00:00+01:00",
             "end": None, "all_day": False, "location": "", "description": "",
             "rrule": "FREQ=WEEKLY"}  # fmt: skip
    case = _case({"events": [{"title_contains": "lunch", "rrule_contains": None}]}, "add_event")
    assert ev.score(case, _state(), _state(events=[event]), "")
    assert ev.score(case, _state(), _state(events=[{**event, "rrule": None}]), "") == []


def test_unchanged_absent_answer_and_approval() -> None:
    before = _state(todos=[_todo()])
    assert ev.score(_case({"unchanged": True}), before, before, "") == []
    assert ev.score(_case({"unchanged": True}), before, _state(), "")
    gone = _case({"absent": {"todos": [{"title_contains": "mom"}]}})
    assert ev.score(gone, before, before, "")
    assert ev.score(gone, before, _state(), "") == []
    said = _case({"answer_contains": [["Paris", "paris"], "France"]})
    assert ev.score(said, before, before, "The capital of FRANCE is paris.") == []
    assert ev.score(said, before, before, "It is Paris.")
    asked = _case({"unchanged": True, "approval_asked": True})
    assert ev.score(asked, before, before, "", 0)
    assert ev.score(asked, before, before, "", 1) == []


def test_call_start_classification() -> None:
    assert ev.classify_start("<tool_call>") == "tag"
    assert ev.classify_start('\n{"name"') == "bare"
    assert ev.classify_start("Sure") == "text"
    assert ev.looks_like_call('```json\n{"name": "add_todo", "arguments": {}}\n```')
    assert not ev.looks_like_call("Paris is the capital of France.")


def test_run_order_is_round_robin_over_categories() -> None:
    order = ev.interleave(CASES)
    assert sorted(c["id"] for c in order) == sorted(c["id"] for c in CASES)
    first = [c["category"] for c in order[: len({c["category"] for c in CASES})]]
    assert len(set(first)) == len(first), "a short run must see every category"
