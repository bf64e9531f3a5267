"""The agent's cached prefix in every chat format, in tokens of real tokenizers.

    .venv/bin/python bench/prefix_tokens.py MODEL.gguf [MODEL.gguf ...]

Only each GGUF's vocabulary is loaded (no weights). A tokenizer that does not
know a format's special tokens (Llama 3's header tokens in a Qwen vocabulary)
counts them as plain text, so its count for that format is an upper bound.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from llama_cpp import Llama

from assistant.agent.loop import Agent
from assistant.models.base import ScriptedModel
from assistant.models.formats import ChatFormat, ChatML, Llama3Json, Llama3Pythonic
from assistant.tools import default_registry

FORMATS: tuple[ChatFormat, ...] = (ChatML(), Llama3Json(), Llama3Pythonic())


def main(paths: list[str]) -> None:
    if not paths:
        raise SystemExit(__doc__)
    print("| tokenizer | " + " | ".join(type(f).__name__ for f in FORMATS) + " |")
    print("|---" * (len(FORMATS) + 1) + "|")
    for path in paths:
        vocab = Llama(model_path=path, vocab_only=True, verbose=False)
        counts = []
        for fmt in FORMATS:
            prefix = Agent(ScriptedModel([]), fmt, default_registry()).prefix
            counts.append(len(vocab.tokenize(prefix.encode(), add_bos=False, special=True)))
        print(f"| {Path(path).name} | " + " | ".join(f"{n:,}" for n in counts) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
