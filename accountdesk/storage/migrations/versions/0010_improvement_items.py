"""The service report: improvement items, and report versions beside summary versions.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 21:00:00

A report's result for one expectation gains the item of the improvement plan that answers
a miss: the change in words, its owner (a staff member) and its due date. Issued versions
gain their kind (every existing one is a summary) and, for a service report, its period;
each kind is numbered on its own.
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

    with op.batch_alter_table("summary_versions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=24), server_default="summary", nullable=False)
        )
        batch_op.add_column(sa.Column("period_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("period_end", sa.Date(), nullable=True))
    with op.batch_alter_table("summary_versions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("uq_summary_versions_customer_id_number"), type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_summary_versions_customer_id_kind_number"), ["customer_id", "kind", "number"]
        )
        batch_op.create_check_constraint(
            op.f("ck_summary_versions_kind_valid"), "kind IN ('summary', 'report')"
        )


def downgrade() -> None:
    op.execute("DELETE FROM summary_versions WHERE kind <> 'summary'")
    with op.batch_alter_table("summary_versions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_summary_versions_kind_valid"), type_="check")
        batch_op.drop_constraint(
            op.f("uq_summary_versions_customer_id_kind_number"), type_="unique"
        )
        batch_op.create_unique_constraint(
            op.f("uq_summary_versions_customer_id_number"), ["customer_id", "number"]
        )
        batch_op.drop_column("period_end")
        batch_op.drop_column("period_start")
        batch_op.drop_column("kind")
    with op.batch_alter_table("report_results", schema=None, recreate="always") as batch_op:
        batch_op.drop_index("ix_report_results_improvement_owner_id")
        batch_op.drop_constraint(
            op.f("fk_report_results_improvement_owner_id_staff_members"), type_="foreignkey"
        )
        batch_op.drop_column("improvement_owner_id")
        batch_op.drop_column("improvement_due")
        batch_op.drop_column("improvement")
