"""Reusable plotly figure builders that take plain tensors or arrays."""
