"""Beam's DaskRunner, fixed so that newsbeam's pipeline runs on a Dask cluster.

Beam's DaskRunner (2.7x) cannot run this pipeline as it is: a multi-output ParDo's outputs are
mixed into one bag (every `.with_outputs` consumer gets every element), outputs a DoFn emits
in finish_bundle are dropped (so the table writers' files are never finalized), side inputs
are recomputed inside each task that reads them, and only the last transform's bag is computed.
This subclass keeps Beam's translations and fixes those: outputs travel as
(tag, value) pairs, finish_bundle outputs are kept, each side input is computed once on the
cluster, a bag read by several transforms is persisted (computed once), and every leaf is computed.
"""
from __future__ import annotations

__all__ = ["dask_runner"]


def _run_bundle(items, fn, label, window_fn, side_inputs, args, kwargs):
    """One Dask partition through a DoFn; returns (tag, value) pairs, tag None for the main output."""
    from apache_beam import DoFn, TaggedOutput
    from apache_beam.runners.common import DoFnContext, DoFnInvoker, DoFnSignature, _OutputHandler
    from apache_beam.runners.dask.transform_evaluator import OneReceiver

    receivers = OneReceiver()
    handler = _OutputHandler(window_fn=window_fn, main_receivers=receivers[None], tagged_receivers=receivers,
                             per_element_output_counter=None, output_batch_converter=None,
                             process_yields_batches=False, process_batch_yields_elements=False)
    invoker = DoFnInvoker.create_invoker(DoFnSignature(fn), handler, context=DoFnContext(label, state=None),
                                         side_inputs=side_inputs, input_args=args, input_kwargs=kwargs,
                                         user_state_context=None, bundle_finalizer_param=DoFn.BundleFinalizerParam())
    invoker.invoke_setup()
    invoker.invoke_start_bundle()
    for item in items:
        invoker.invoke_process(item)
    invoker.invoke_finish_bundle()
    invoker.invoke_teardown()
    return [(v.tag, v.value.value) if isinstance(v, TaggedOutput) else (None, v.value) for v in receivers.values]


def _select(pairs, tag):
    return [value for t, value in pairs if t == tag]


def dask_runner():
    import dask.distributed as ddist
    from apache_beam import pvalue
    from apache_beam.pipeline import PipelineVisitor
    from apache_beam.runners.dask import dask_runner as dr
    from apache_beam.runners.dask import transform_evaluator as te
    from apache_beam.transforms.sideinputs import SideInputMap

    class _ParDo(te.ParDo):
        def apply(self, input_bag, side_inputs=None):
            transform = self.transform
            args, kwargs = transform.raw_side_inputs
            main = next(iter(self.applied.main_inputs.values()))
            window_fn = main.windowing.windowfn if hasattr(main, "windowing") else None
            return input_bag.map(te.get_windowed_value, window_fn).map_partitions(
                _run_bundle, transform.fn, transform.label, window_fn, side_inputs, list(args), kwargs)

    class _Result(dr.DaskRunnerResult):
        def wait_until_finish(self, duration=None):
            try:
                return super().wait_until_finish(duration)
            finally:
                self.client.close()

        def metrics(self):
            raise NotImplementedError("the DaskRunner reports no metrics")

    class DaskRunner(dr.DaskRunner):
        def run_pipeline(self, pipeline, options):
            dask_options = options.view_as(dr.DaskOptions).get_all_options(drop_default=True, current_only=True)
            bag_kwargs = dr.DaskOptions._extract_bag_kwargs(dask_options)
            client = ddist.Client(**dask_options)
            pipeline.replace_all(dr.dask_overrides())
            readers: dict = {}

            class CountReaders(PipelineVisitor):
                def visit_transform(self, node):
                    for pc in list(node.inputs) + [si.pvalue for si in node.side_inputs]:
                        if not isinstance(pc, pvalue.PBegin):
                            readers[pc.producer] = readers.get(pc.producer, 0) + 1

            bags, persisted, side_values, paired = {}, {}, {}, set()

            def bag_of(pc):
                node = pc.producer
                if node not in persisted:
                    bag = bags[node]
                    persisted[node] = client.persist(bag) if readers.get(node, 0) > 1 else bag
                bag = persisted[node]
                if node in paired:
                    bag = bag.map_partitions(_select, pc.tag)
                return bag

            class Translate(PipelineVisitor):
                def visit_transform(self, node):
                    op_class = te.TRANSLATIONS.get(node.transform.__class__, te.NoOp)
                    op = (_ParDo if op_class is te.ParDo else op_class)(node, bag_kwargs=bag_kwargs)
                    inputs = [bag_of(pc) for pc in node.inputs if not isinstance(pc, pvalue.PBegin)]
                    side = []
                    for si in node.side_inputs:
                        key = (si.pvalue.producer, si.pvalue.tag)
                        if key not in side_values:  # computed once, on the cluster, then shipped with the tasks
                            side_values[key] = [te.get_windowed_value(v, None)
                                                for v in client.compute(bag_of(si.pvalue)).result()]
                        side.append(SideInputMap(type(si), si._view_options(), side_values[key]))
                    if isinstance(op, te.Flatten):
                        input_bag = inputs
                    else:
                        input_bag = inputs[0] if inputs else None
                    bags[node] = op.apply(input_bag=input_bag, side_inputs=side or None)
                    if isinstance(op, _ParDo):
                        paired.add(node)

            pipeline.visit(CountReaders())
            pipeline.visit(Translate())
            leaves = [bag for node, bag in bags.items() if node not in readers and bag is not None]
            return _Result(client, client.compute(leaves))

    return DaskRunner
