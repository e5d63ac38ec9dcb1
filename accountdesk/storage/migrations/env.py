"""Alembic environment: migrations run on the engine the application already opened."""

from alembic import context

from accountdesk.storage import tables  # noqa: F401 - registers every table
from accountdesk.storage.base import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite changes tables by copying them
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
