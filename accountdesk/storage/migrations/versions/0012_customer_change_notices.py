"""Colleagues' saves seen live: the server announces every change of a customer.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 20:45:00

On PostgreSQL a trigger on `customers` sends a notice on the channel
`accountdesk_customers` whenever a customer is added, saved (its revision changes),
archived or brought back (the revision changes too) or deleted, with the customer's id,
revision and the database role that did it. NOTIFY is sent at commit, so a listener hears
only of saves that were kept; and being a trigger, other clients' changes are heard too.
SQLite has no such notices (one person, one file): nothing changes there.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# As of this revision (storage/notifications.py reads the payload). The triggers are
# deferred to the commit and tell the revision the customer then has: a save updates its
# row more than once, and identical notices of one transaction are sent once.
FUNCTION = """
CREATE FUNCTION accountdesk_notify_customer() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed_id integer;
    stored integer;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed_id := OLD.id;
    ELSE
        changed_id := NEW.id;
    END IF;
    SELECT revision INTO stored FROM customers WHERE id = changed_id;
    PERFORM pg_notify('accountdesk_customers', json_build_object(
        'id', changed_id,
        'revision', stored,
        'action', CASE WHEN FOUND THEN 'saved' ELSE 'deleted' END,
        'by', current_user
    )::text);
    RETURN NULL;
END
$$
"""
TRIGGERS = (
    "CREATE CONSTRAINT TRIGGER customers_notify_added_deleted AFTER INSERT OR DELETE "
    "ON customers DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
    "EXECUTE FUNCTION accountdesk_notify_customer()",
    "CREATE CONSTRAINT TRIGGER customers_notify_saved AFTER UPDATE ON customers "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
    "WHEN (OLD.revision IS DISTINCT FROM NEW.revision) "
    "EXECUTE FUNCTION accountdesk_notify_customer()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS customers_notify_saved ON customers")
    op.execute("DROP TRIGGER IF EXISTS customers_notify_added_deleted ON customers")
    op.execute("DROP FUNCTION IF EXISTS accountdesk_notify_customer()")
