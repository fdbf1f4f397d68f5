"""Harbour's custom NLU components: the safety net and the place-to-nation normaliser."""
