"""Harbour: a Rasa assistant for people in the UK affected by domestic abuse.

Pure helpers (the services directory and helpline routing) live here with no
Rasa imports, so they can be tested and reused by the action server.
"""
