"""The email panel: summary, action items with Add buttons, rewrites."""
