"""Incidents from the helpdesk, customers' aliases, and measurable targets of expectations.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 16:30:00

`incidents` holds each helpdesk ticket of a customer (unique by its ticket id, so a
re-imported export updates rather than repeats); `customer_aliases` the other names a
helpdesk files a customer under. Expectations gain the systems an availability target
covers, response and resolution minutes per severity and the share that must meet them;
existing expectations get none (empty, NULL).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SEVERITIES = ("critical", "high", "medium", "low")
TIME_COLUMNS = tuple(
    f"{measure}_{severity}_minutes"
    for measure in ("response", "resolution")
    for severity in SEVERITIES
)


def _timestamps() -> list[sa.Column[object]]:
    return [
        sa.Column(
            name,
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        )
        for name in ("created_at", "updated_at")
    ]


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(length=80), nullable=False),
        sa.Column("system", sa.String(length=253), nullable=False),
        sa.Column("severity", sa.String(length=24), nullable=False),
        sa.Column("opened", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_response", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved", sa.DateTime(timezone=True), nullable=True),
        sa.Column("service_down", sa.Boolean(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        *_timestamps(),
        sa.CheckConstraint(
            "severity IN ('critical', 'high', 'medium', 'low')",
            name=op.f("ck_incidents_severity_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_incidents_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint("ticket", name=op.f("uq_incidents_ticket")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incidents_customer_opened", ["customer_id", "opened"], unique=False
        )
    op.create_table(
        "customer_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=200), nullable=False),
        sa.Column("folded", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_aliases_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_aliases")),
        sa.UniqueConstraint("folded", name=op.f("uq_customer_aliases_folded")),
    )
    with op.batch_alter_table("customer_aliases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_aliases_customer_id"), ["customer_id"], unique=False
        )
    # Added in place (no copy of the table: copying would cascade into risks and results).
    with op.batch_alter_table("expectations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("covered_systems", sa.String(length=4000), server_default="", nullable=False)
        )
        for name in TIME_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("share_percent", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("expectations", schema=None) as batch_op:
        for name in ("share_percent", *reversed(TIME_COLUMNS), "covered_systems"):
            batch_op.drop_column(name)
    op.drop_table("customer_aliases")
    op.drop_table("incidents")
