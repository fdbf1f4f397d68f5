"""Everything the Rasa server checks and patches before and after its model loads.

Only :mod:`harbour.serve` (and tests) import this package; privacy, stats and channels never do,
so they never import each other for start-up reasons, and a Rasa upgrade means re-reading
:mod:`harbour.startup.patches` (every place Harbour reaches into Rasa's internals) and nothing else.

In the order ``harbour.serve rasa`` uses them::

    preload.enforce_telemetry_off()               # RASA_TELEMETRY_ENABLED=false, or refuse
    endpoints = preload.check_endpoints(path)     # endpoints.yml read once, every section checked
    patches.install()                             # store hook, verify-after-load, hot-path fixes
    serve_application(..., endpoints=endpoints)   # Rasa is given exactly what was checked
    # Rasa loads the agent; patches runs postload.verify_startup on it before the first message

- :mod:`~harbour.startup.errors`: `PrivacyGuardError` and `StatsGuardError`.
- :mod:`~harbour.startup.preload`: telemetry, endpoints.yml's tracker store, lock store, event
  broker and outbound-text endpoints, before the model loads (endpoints.yml is read by
  :mod:`harbour.endpoints`, the one reader the dashboard shares).
- :mod:`~harbour.startup.postload`: the agent Rasa loaded has the store, locks, broker and log
  filter endpoints.yml asked for, and their backends answer; the listeners that close them.
- :mod:`~harbour.startup.patches`: every patch to Rasa's internals.
- :mod:`~harbour.startup.plugins`: checking a class endpoints.yml names before Rasa imports it.
"""
