"""Signed summaries: the signed state of a version and where each signature landed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 10:00:00

Every column is new and optional (or has a default), so rows an older database holds
stay as they were: an issued version with no signed bytes yet.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("summary_versions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("signature_boxes_json", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("signed_pdf", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("signed_pdf_sha256", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_summary_versions_signed_pdf_sha256"), ["signed_pdf_sha256"], unique=False
        )
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("pdf_length", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("pdf_sha256", sa.String(length=64), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.drop_column("pdf_sha256")
        batch_op.drop_column("pdf_length")
        batch_op.drop_column("signed_at")
    with op.batch_alter_table("summary_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_summary_versions_signed_pdf_sha256"))
        batch_op.drop_column("signed_at")
        batch_op.drop_column("signed_pdf_sha256")
        batch_op.drop_column("signed_pdf")
        batch_op.drop_column("signature_boxes_json")
