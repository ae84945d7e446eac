"""Tensor Lab logic: safe parsing, tensor operations with their explanations, and the code that reproduces them."""
