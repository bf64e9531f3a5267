"""To-dos as values: the typed record, the one filter rule, the list's reads.

The tools (model-facing), the window's list and the .ics adapter all turn
`todos` rows into :class:`~assistant.todos.model.Todo`, and all filter through
:class:`~assistant.todos.filter.TodoFilter`, so "overdue" or a search means the
same thing everywhere. No Qt here.
"""
