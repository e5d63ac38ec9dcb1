"""The improvement plan's items: for a missed promise, what will change, who owns it, by when.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 21:00:00

A report's result for one expectation gains the item of the improvement plan that answers
a miss: the change in words, its owner (a staff member) and its due date.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("report_results", schema=None) as batch_op:
        batch_op.add_column(sa.Column("improvement", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("improvement_due", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("improvement_owner_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("report_results", schema=None, recreate="always") as batch_op:
        batch_op.create_foreign_key(
            op.f("fk_report_results_improvement_owner_id_staff_members"),
            "staff_members",
            ["improvement_owner_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            "ix_report_results_improvement_owner_id", ["improvement_owner_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("report_results", schema=None, recreate="always") as batch_op:
        batch_op.drop_index("ix_report_results_improvement_owner_id")
        batch_op.drop_constraint(
            op.f("fk_report_results_improvement_owner_id_staff_members"), type_="foreignkey"
        )
        batch_op.drop_column("improvement_owner_id")
        batch_op.drop_column("improvement_due")
        batch_op.drop_column("improvement")
