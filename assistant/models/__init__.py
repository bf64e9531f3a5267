"""Model catalog, download, GGUF inspection, runtime and chat formats."""
