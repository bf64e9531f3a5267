"""The desktop window. Qt is imported only inside this package."""
