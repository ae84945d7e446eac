"""Training: the engine, its metrics, datasets, losses and optimizers, checkpoints and script export."""
