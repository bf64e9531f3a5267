"""Chat conversations in the store: their messages, and what a restored chat shows.

The agent appends each turn's messages; the window lists conversations and
restores one as transcript entries. Neither part imports Qt.
"""
