"""Full-text search over customers, systems and contacts (SQLite FTS5; on PostgreSQL a
table with trigram indexes: accountdesk.storage.search_postgres).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:00:00

The index holds derived data: the rows an older database already has are indexed here,
read with the columns they had at this revision; the text itself is built by the
application's current rules (accountdesk.storage.search_index).
"""

import sqlalchemy as sa
from alembic import op

from accountdesk.storage import search_index

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    search_index.ensure_index(bind)
    search_index.index_tables(
        bind,
        bind.execute(sa.text("SELECT id, name, industry FROM customers")),
        bind.execute(
            sa.text(
                "SELECT id, customer_id, name, host, address, serial, business_function, "
                "version FROM systems"
            )
        ),
        bind.execute(
            sa.text("SELECT id, customer_id, name, role, email, phone, mobile FROM contacts")
        ),
    )


def downgrade() -> None:
    search_index.drop_index(op.get_bind())
