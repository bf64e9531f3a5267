"""The tool-calling loop: prompt, constrained decoding, dispatch, approvals, memory."""
