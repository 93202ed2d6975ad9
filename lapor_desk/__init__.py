"""lapor-desk: the Qt-free core of the regional SP4N-LAPOR! complaint desk."""

__version__ = "0.1.0"
