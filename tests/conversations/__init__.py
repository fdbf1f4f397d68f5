"""Typed conversations, judged by their answers: the suite, its runner and its checks."""
