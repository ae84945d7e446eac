"""Streamlit widgets and views of the data lab."""
