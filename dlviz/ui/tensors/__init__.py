"""Streamlit widgets and views of the tensors lab."""
