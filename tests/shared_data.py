"""The evaluation helpers under their earlier name: they are `newsbeam_dev.evaluation` (import that)."""
from newsbeam_dev.evaluation import *  # noqa: F401,F403
from newsbeam_dev.evaluation import __all__  # noqa: F401
