"""The to-do view: an item model, a filter proxy and a quick-add box."""
