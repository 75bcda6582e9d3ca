import pickle

from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions, TypeOptions

from newsbeam.pipeline.run.runner import JobOptions, make_pipeline

ARGS = ["--direct_num_workers=3", "--no_pipeline_type_check"]


def test_a_view_is_made_once_per_options_class_and_shares_the_values():
    options = JobOptions(ARGS)
    direct = options.view_as(DirectOptions)
    assert options.view_as(DirectOptions) is direct
    direct.direct_running_mode = "in_memory"   # set through one view, read through the others
    assert options.view_as(DirectOptions).direct_running_mode == "in_memory"
    assert options.get_all_options()["direct_running_mode"] == "in_memory"
    assert options.view_as(TypeOptions).pipeline_type_check is False


def test_views_read_what_plain_pipeline_options_read():
    cached, plain = JobOptions(ARGS), PipelineOptions(ARGS)
    for cls in (StandardOptions, DirectOptions, TypeOptions):
        cached.view_as(cls), cached.view_as(cls)
        plain.view_as(cls)
    assert cached.get_all_options() == plain.get_all_options()


def test_pickled_options_leave_their_views_behind_and_make_them_again():
    options = JobOptions(ARGS)
    options.view_as(DirectOptions).direct_running_mode = "in_memory"
    copy = pickle.loads(pickle.dumps(options))
    assert "_views" not in copy.__dict__
    assert copy.view_as(DirectOptions).direct_running_mode == "in_memory"
    assert copy.view_as(DirectOptions).direct_num_workers == 3


def test_the_job_pipeline_uses_them():
    assert isinstance(make_pipeline([]).options, JobOptions)
