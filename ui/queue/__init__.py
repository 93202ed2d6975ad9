"""The office's queue: the list, its model and the complaint view."""
