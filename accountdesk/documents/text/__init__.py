"""Right-to-left and mixed-direction text for our PDF documents.

Modules: ``bidi`` (UAX #9), ``isolate`` (safe user values), ``fonts``,
``shaping`` (HarfBuzz), ``layout`` (lines), ``flowables`` (ReportLab).
Nothing is imported here, so that the UI can use ``isolate`` without
loading ReportLab or HarfBuzz.
"""
