"""The customer's voice: feedback on a stated scale, who gave it, and its follow-up.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 16:30:00

Feedback gains its scale (CSAT 1-5, NPS 0-10, CES 1-7), who gave it, and the follow-up's
owner (a staff member), due date and outcome. A score used to be 1-10 on no stated
scale; NPS is the only scale that holds every such score, so an existing score is taken
as NPS and stays as it was. The score's CHECK constraint now follows the scale.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# As of this revision; kept here so later changes to the application's tables cannot
# change what this migration does.
SCORE_ON_SCALE = (
    "score IS NULL OR (scale = 'csat' AND score BETWEEN 1 AND 5) "
    "OR (scale = 'nps' AND score BETWEEN 0 AND 10) OR (scale = 'ces' AND score BETWEEN 1 AND 7)"
)
OLD_SCORE_RANGE = "score IS NULL OR score BETWEEN 1 AND 10"


def upgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scale", sa.String(length=24), nullable=True))
        batch_op.add_column(
            sa.Column("given_by", sa.String(length=120), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("follow_up_due", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("follow_up_outcome", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("follow_up_owner_id", sa.Integer(), nullable=True))
    op.execute("UPDATE feedback SET scale = 'nps' WHERE score IS NOT NULL")
    with op.batch_alter_table("feedback", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(op.f("ck_feedback_score_range"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_feedback_scale_valid"), "scale IS NULL OR scale IN ('csat', 'nps', 'ces')"
        )
        batch_op.create_check_constraint(op.f("ck_feedback_score_on_scale"), SCORE_ON_SCALE)
        batch_op.create_foreign_key(
            op.f("fk_feedback_follow_up_owner_id_staff_members"),
            "staff_members",
            ["follow_up_owner_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            "ix_feedback_follow_up_owner_id", ["follow_up_owner_id"], unique=False
        )
        batch_op.create_index(
            "ix_feedback_follow_up_open", ["follow_up_done", "follow_up_due"], unique=False
        )


def downgrade() -> None:
    op.execute("UPDATE feedback SET score = NULL WHERE score = 0")
    with op.batch_alter_table("feedback", schema=None, recreate="always") as batch_op:
        batch_op.drop_index("ix_feedback_follow_up_open")
        batch_op.drop_index("ix_feedback_follow_up_owner_id")
        batch_op.drop_constraint(
            op.f("fk_feedback_follow_up_owner_id_staff_members"), type_="foreignkey"
        )
        batch_op.drop_constraint(op.f("ck_feedback_score_on_scale"), type_="check")
        batch_op.drop_constraint(op.f("ck_feedback_scale_valid"), type_="check")
        batch_op.drop_column("follow_up_owner_id")
        batch_op.drop_column("follow_up_outcome")
        batch_op.drop_column("follow_up_due")
        batch_op.drop_column("given_by")
        batch_op.drop_column("scale")
        batch_op.create_check_constraint(op.f("ck_feedback_score_range"), OLD_SCORE_RANGE)
