"""Beam test pipelines that never try to download a runner (Beam's DirectRunner fetches Prism first)."""
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline


def local_test_pipeline() -> TestPipeline:
    return TestPipeline(runner=FnApiRunner())
