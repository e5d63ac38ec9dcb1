"""Languages are data: the database no longer lists the language codes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 06:30:00

The CHECK constraints of revision 0001 allowed only 'he', 'fa' and 'en' in
customers.document_language, contacts.language and summary_versions.language. The
languages AccountDesk speaks are now a registry (accountdesk.domain.languages) and the
domain validates a language against it, so a language added there needs no schema change.
In a SQLite file the three tables are copied without those constraints (batch mode; the
environment turns foreign keys off meanwhile, so copying `customers` cascades nowhere);
PostgreSQL drops a constraint in place.
"""

from typing import Literal

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# As of revision 0001: (table, constraint name, condition). Kept here so later changes to
# the application's tables cannot change what this migration does.
CONSTRAINTS = (
    ("customers", "ck_customers_document_language_valid", "document_language IN ('he', 'fa', 'en')"),
    ("contacts", "ck_contacts_language_valid", "language IS NULL OR language IN ('he', 'fa', 'en')"),
    ("summary_versions", "ck_summary_versions_language_valid", "language IN ('he', 'fa', 'en')"),
)  # fmt: skip


def _recreate() -> Literal["always", "never"]:
    # SQLite cannot drop a constraint but by copying its table; PostgreSQL can.
    return "always" if op.get_bind().dialect.name == "sqlite" else "never"


def upgrade() -> None:
    for table, name, _condition in CONSTRAINTS:
        with op.batch_alter_table(table, schema=None, recreate=_recreate()) as batch_op:
            batch_op.drop_constraint(op.f(name), type_="check")


def downgrade() -> None:
    for table, name, condition in CONSTRAINTS:
        with op.batch_alter_table(table, schema=None, recreate=_recreate()) as batch_op:
            batch_op.create_check_constraint(op.f(name), condition)
