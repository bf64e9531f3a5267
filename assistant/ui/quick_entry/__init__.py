"""Quick entry from anywhere: a small always-on-top window for one to-do line."""
