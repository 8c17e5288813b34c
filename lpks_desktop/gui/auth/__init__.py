"""Signing in, the first administrator, user accounts, and offering each role only what it may do."""
