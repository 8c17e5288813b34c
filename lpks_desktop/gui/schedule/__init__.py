"""Editing a class's schedule: generating it, changing sessions one by one, trainers, journals.

The class window calls the functions in ``actions``; each opens its dialog,
writes through the core services and returns True when something changed.
"""
