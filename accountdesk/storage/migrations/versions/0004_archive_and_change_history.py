"""The customer's whole life: archiving, and the history of every save.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 03:00:00

`customers.archived_at` is new and empty (no customer of an older database is archived);
`change_history` starts empty: what was saved before this revision was not recorded.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "change_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("changes_json", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "action IN ('created', 'saved', 'archived', 'unarchived')",
            name=op.f("ck_change_history_action_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_change_history_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_history")),
    )
    op.create_index(
        "ix_change_history_customer_changed",
        "change_history",
        ["customer_id", "changed_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_change_history_customer_changed", table_name="change_history")
    op.drop_table("change_history")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_column("archived_at")
