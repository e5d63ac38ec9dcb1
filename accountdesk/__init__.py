"""AccountDesk: service files and signed expectation-alignment summaries."""

__version__ = "0.1.0"
