"""Entry point of newsbeam's local worker processes (`--workers N`).

Beam's SDK worker, started with logging already set to errors only: Beam logs client-library
warnings at import time and INFO chatter while running, which `-v` is for.
"""
import logging
import os
import sys

if __name__ == "__main__":
    if os.environ.get("NEWSBEAM_VERBOSE") != "1":
        logging.basicConfig(level=logging.ERROR)
        logging.getLogger().setLevel(logging.ERROR)
        logging.getLogger("apache_beam.runners.worker.sdk_worker_main").setLevel(logging.ERROR)
    from apache_beam.runners.worker import sdk_worker_main

    sdk_worker_main.main(sys.argv)
