"""Harbour's custom actions (rasa-sdk), one module per conversation topic.

rasa-sdk imports every module of this package and registers each concrete Action subclass.
"""
