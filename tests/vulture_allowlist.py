"""Names that only frameworks use, for vulture (see [tool.vulture] in pyproject.toml).

Each line names an attribute or function that Qt, ReportLab, SQLAlchemy, Alembic or
fontTools calls or reads by name, so vulture cannot see its use.
"""
