"""Tests of harbour.privacy (a package, so its test module names cannot clash)."""
