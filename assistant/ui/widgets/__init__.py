"""Small widgets more than one view uses."""
