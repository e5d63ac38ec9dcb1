"""Full-text search over customers, systems and contacts (SQLite FTS5).

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
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "name, body, fragments, customer_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    bind = op.get_bind()
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
    op.execute("DROP TABLE search_index")
