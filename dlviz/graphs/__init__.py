"""Dynamic vs static graphs lab logic: eager autograd graphs, TorchScript, tracing, export and timings."""
