"""Tests of harbour.stats (a package, so its test module names cannot clash)."""
