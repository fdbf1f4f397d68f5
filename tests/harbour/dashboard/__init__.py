"""Tests of harbour.dashboard (a package, so its test module names cannot clash)."""
