"""The only part of dlviz that imports streamlit: shared widgets and session helpers."""
