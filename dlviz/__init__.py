"""dlviz: see what PyTorch does — tensors, autograd graphs, compiled graphs and training."""
