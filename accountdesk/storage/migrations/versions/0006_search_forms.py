"""Search finds words in more of their forms: re-index what an older database holds.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 04:00:00

The index now also holds Hebrew words without their prefix letters ('פועלים' of
'הפועלים') and Persian words joined by a zero-width non-joiner in both forms ('پارس نت'
and 'پارسنت' of 'پارس‌نت'). The index is derived data: it is rebuilt from the rows, read
with the columns they have at this revision, by the application's current rules.
"""

import sqlalchemy as sa
from alembic import op

from accountdesk.storage import search_index

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _rebuild()


def downgrade() -> None:
    _rebuild()  # the older rules find less in the extra words; they do no harm


def _rebuild() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM customers LIMIT 1")).first() is None:
        return  # a new database: nothing indexed yet, and its schema stays as made
    search_index.drop_index(bind)  # far faster than deleting every row
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
