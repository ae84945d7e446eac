"""Streamlit widgets and views of the blocks lab."""
