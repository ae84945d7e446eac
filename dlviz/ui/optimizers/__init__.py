"""Streamlit widgets and views of the optimizers lab."""
