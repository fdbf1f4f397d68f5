"""The servers Harbour's scaled-out mode and its tests run next to it: Redis, PostgreSQL and nginx.

Each is installed from Debian's package when missing (:mod:`harbour.infra.debian`), listens on
loopback, keeps nothing on disk that outlives it, and is stopped by whoever started it.
"""
