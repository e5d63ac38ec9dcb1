"""Team rights: a staff member's database role, and the role behind each change.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 21:00:00

`staff_members.db_role` links a staff member to the database role they sign in as (a
team database on PostgreSQL); empty for everyone until `accountdesk team add-staff`.
`change_history.db_role` is the database role that wrote each line: on PostgreSQL the
server fills it in (a trigger sets `current_user`, whatever the client sent), so every
client is recorded; a SQLite file has no roles and leaves it empty.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# As of this revision; kept here so later changes cannot change what it does.
RECORD_ROLE_FUNCTION = """
CREATE OR REPLACE FUNCTION accountdesk_record_role() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.db_role := current_user;
    RETURN NEW;
END
$$
"""
RECORD_ROLE_TRIGGER = (
    "CREATE TRIGGER change_history_role BEFORE INSERT OR UPDATE ON change_history "
    "FOR EACH ROW EXECUTE FUNCTION accountdesk_record_role()"
)


def upgrade() -> None:
    # Added in place (no copy of either table): a login is one person's, by a unique index.
    op.add_column("staff_members", sa.Column("db_role", sa.String(length=63), nullable=True))
    op.create_index("ix_staff_members_db_role", "staff_members", ["db_role"], unique=True)
    op.add_column("change_history", sa.Column("db_role", sa.String(length=63), nullable=True))
    if op.get_context().dialect.name == "postgresql":
        op.execute(RECORD_ROLE_FUNCTION)
        op.execute(RECORD_ROLE_TRIGGER)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS change_history_role ON change_history")
        op.execute("DROP FUNCTION IF EXISTS accountdesk_record_role()")
    with op.batch_alter_table("change_history", schema=None) as batch_op:
        batch_op.drop_column("db_role")
    op.drop_index("ix_staff_members_db_role", table_name="staff_members")
    with op.batch_alter_table("staff_members", schema=None) as batch_op:
        batch_op.drop_column("db_role")
