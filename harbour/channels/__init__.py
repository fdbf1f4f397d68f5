"""Harbour's input channels (REST with input checks; Telegram in its own issue)."""
