"""Datasets: generated toys, bundled and downloadable images."""
