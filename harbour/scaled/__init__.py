"""Harbour on several replicas behind nginx (``make run-scaled``; docs/scaling.md).

`ScaledStack` starts and stops the whole topology (tests use it on free ports);
``python -m harbour.scaled MODEL`` runs it in the foreground and prints where everything is.
"""
from harbour.scaled.topology import DEFAULT_ENDPOINTS, ScaledStack, unavailable_reply

__all__ = ["DEFAULT_ENDPOINTS", "ScaledStack", "unavailable_reply"]
