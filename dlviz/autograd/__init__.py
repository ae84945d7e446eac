"""Autograd Lab logic: parse expressions, trace autograd graphs, step backward, check gradients."""
