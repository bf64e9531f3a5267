"""What went wrong with a model server, in one plain sentence for the user."""

from __future__ import annotations

import json

import openai

from assistant.errors import ModelError


def explain(exc: BaseException, host: str, model: str, timeout: float) -> ModelError:
    """One :class:`ModelError` for any failure of a request to the server at ``host``."""
    where = f"The model server at {host}"
    if isinstance(exc, ModelError):
        return exc
    if isinstance(exc, openai.APITimeoutError):
        return ModelError(
            f"{where} did not answer within {timeout:g} seconds. It may be busy or stopped; "
            "try again, or check that it is running."
        )
    if isinstance(exc, openai.APIConnectionError):
        return ModelError(
            f"{where} cannot be reached. Check that it is running and that the address is "
            "right (Settings → Model, or `assistant models use-server URL`)."
        )
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return ModelError(
            f"{where} refused the API key ({exc.status_code}). Enter the right key in "
            "Settings → Model, or with `assistant models use-server URL --key`."
        )
    if isinstance(exc, openai.NotFoundError):
        return ModelError(
            f"{where} does not know the model {model!r} (404). Pick one it lists in "
            "Settings → Model, or with `assistant models use-server URL --model NAME`."
        )
    if isinstance(exc, openai.APIStatusError):
        return ModelError(
            f"{where} answered with an error ({exc.status_code}: {_detail(exc)}). "
            "Its own log says more."
        )
    if isinstance(exc, openai.APIError | ValueError | TypeError | KeyError | AttributeError):
        return ModelError(
            f"{where} sent an answer the app cannot read. Is it an OpenAI-compatible "
            "server (llama.cpp, Ollama, vLLM, LM Studio)?"
        )
    return ModelError(f"{where} failed ({type(exc).__name__}: {exc}).")


def _detail(exc: openai.APIStatusError) -> str:
    """The server's own short message, if it sent one."""
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if message is None and isinstance(body.get("detail"), str):
            message = body["detail"]
        if message:
            return _short(str(message))
    try:
        text = exc.response.text
    except Exception:  # a streamed body that was never read
        return "no details"
    try:
        return _short(str(json.loads(text)))
    except ValueError:
        return _short(text) or "no details"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:157] + "..."
