"""`python -m newsbeam.pipeline.cli` is the `newsbeam` command, for machines where the console script is
not on PATH; its help names the config file that is really loaded by default."""
import subprocess
import sys

from newsbeam.pipeline.config import DEFAULT_CONFIG


def test_module_entry_runs_the_command_and_help_names_the_default_config():
    proc = subprocess.run([sys.executable, "-m", "newsbeam.pipeline.cli", "run", "--help"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "usage: newsbeam run" in proc.stdout
    # argparse wraps long paths (also at hyphens): compare without whitespace
    assert "".join(str(DEFAULT_CONFIG).split()) in "".join(proc.stdout.split()) and DEFAULT_CONFIG.exists()


def test_module_entry_passes_on_the_exit_code():
    proc = subprocess.run([sys.executable, "-m", "newsbeam.pipeline.cli", "run", "--no-such-flag"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "--no-such-flag" in proc.stderr
