"""What ``harbour.serve rasa`` installs before Rasa starts, as tests install and remove it."""
from harbour.privacy.log_filter import install_log_filter
from harbour.startup import patches, preload


def install_checks(*, log_filter: bool = True) -> None:
    """Telemetry off, the tracker store hook, the check after loading and (usually) the log filter."""
    preload.enforce_telemetry_off()
    patches.install_privacy()
    if log_filter:
        install_log_filter()


def uninstall_checks() -> None:
    """Removes the tracker store hook and the check after loading."""
    patches.uninstall_privacy()
