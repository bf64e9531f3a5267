"""A JSON-schema check for the keywords the call-schema builder writes.

``jsonschema`` is not installed; this covers exactly ``_KNOWN`` and refuses a
schema with any other keyword, so a new keyword cannot pass unchecked.
"""

from __future__ import annotations

from typing import Any

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
}
_KNOWN = {"anyOf", "const", "enum", "type", "properties", "required", "additionalProperties",
          "items", "maxLength", "maxItems"}  # fmt: skip


def validate(value: Any, schema: dict[str, Any]) -> bool:
    """Whether ``value`` matches ``schema`` (the keywords in ``_KNOWN`` only)."""
    assert set(schema) <= _KNOWN, set(schema) - _KNOWN
    if "anyOf" in schema and not any(validate(value, s) for s in schema["anyOf"]):
        return False
    if "const" in schema and value != schema["const"]:
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    if "type" in schema and not _TYPES[schema["type"]](value):
        return False
    if isinstance(value, str) and len(value) > schema.get("maxLength", len(value)):
        return False
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)):
            return False
        return all(validate(item, schema.get("items", {})) for item in value)
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        if any(key not in value for key in schema.get("required", [])):
            return False
        if schema.get("additionalProperties") is False and set(value) - set(props):
            return False
        return all(validate(v, props[k]) for k, v in value.items() if k in props)
    return True
