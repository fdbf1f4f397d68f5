"""The privacy tests' domain, trackers and Redis fixtures, shared with the start-up checks."""
from tests.harbour.privacy.conftest import build_tracker, domain, unused_redis_url  # noqa: F401
