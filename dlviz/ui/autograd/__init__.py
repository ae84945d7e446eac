"""Streamlit widgets and views of the autograd lab."""
