"""Optimizer arena logic: loss surfaces, optimizer trajectories, hand-written updates, schedules, mini-batches."""
