"""Countries: the customer's (required) and a contact's own (optional).

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-06 03:00:00

Phone numbers without a country code are read in the contact's country, else the
customer's. An existing customer gets the country of its document language (Hebrew ->
IL, Persian -> IR, English -> GB); contacts get none (they follow their customer). Stored
numbers stay exactly as they are: they were saved in E.164 and are not read again. The
search index is rebuilt, since a contact's number is now also found as dialled in its
country (with 00 before the country code).
"""

import sqlalchemy as sa
from alembic import op

from accountdesk.storage import search_index

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# As of this revision; kept here so later changes to the application's table cannot
# change what this migration does.
COUNTRY_BY_LANGUAGE = {"he": "IL", "fa": "IR", "en": "GB"}
FALLBACK = "IL"


def upgrade() -> None:
    # Added NOT NULL with an empty default and then filled in: SQLite cannot make a column
    # NOT NULL afterwards without copying the table, and copying `customers` with foreign
    # keys on would cascade into every child row.
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("country", sa.String(length=2), server_default="", nullable=False)
        )
    cases = " ".join(
        f"WHEN '{language}' THEN '{country}'" for language, country in COUNTRY_BY_LANGUAGE.items()
    )
    op.execute(
        f"UPDATE customers SET country = CASE document_language {cases} ELSE '{FALLBACK}' END"
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("country", sa.String(length=2), nullable=True))
    _rebuild_search_index()


def _rebuild_search_index() -> None:
    bind = op.get_bind()
    search_index.drop_index(bind)
    search_index.ensure_index(bind)
    search_index.index_tables(
        bind,
        bind.execute(sa.text("SELECT id, name, industry, country FROM customers")),
        bind.execute(
            sa.text(
                "SELECT id, customer_id, name, host, address, serial, business_function, "
                "version FROM systems"
            )
        ),
        bind.execute(
            sa.text(
                "SELECT id, customer_id, name, role, email, phone, mobile, country FROM contacts"
            )
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("country")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_column("country")
