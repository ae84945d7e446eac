"""Streamlit widgets and views of the training lab."""
