"""The Playground's Streamlit parts: setting widgets and URL state, the live fragment, the canvas component."""
