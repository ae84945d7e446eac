"""Streamlit widgets and views of the graphs lab."""
