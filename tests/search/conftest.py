"""A database per test, and a small service-file population to search in."""

from __future__ import annotations

import pytest

from accountdesk.storage import tables as t
from accountdesk.storage.database import Database


@pytest.fixture
def db(database_target):
    database = Database(database_target, create=True)
    yield database
    database.close()


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    """For property tests, which run many examples against one database."""
    database = Database(tmp_path_factory.mktemp("search") / "shared.sqlite3", create=True)
    add_sample(database)
    yield database
    database.close()


def add_customer(db: Database, name: str, *, systems=(), contacts=(), **fields) -> int:
    """Save a customer with its systems and contacts through the ORM; return its id."""
    with db.transaction() as session:
        customer = t.Customer(name=name, **fields)
        customer.systems = [t.System(position=i, **s) for i, s in enumerate(systems)]
        customer.contacts = [t.Contact(position=i, **c) for i, c in enumerate(contacts)]
        session.add(customer)
        session.flush()
        return customer.id


def add_sample(db: Database) -> dict[str, int]:
    return {
        "acme": add_customer(
            db,
            "אקמה בע״מ",
            industry="בריאות",
            systems=[
                {
                    "name": "Exchange",
                    "host": "srv-db01.corp.local",
                    "address": "10.0.12.5",
                    "serial": "SN-7788",
                    "business_function": "דואר אלקטרוני",
                    "version": "2019",
                }
            ],
            contacts=[
                {
                    "name": "יוסי כהן",
                    "role": "תומכת צמודה",
                    "phone": "+97235551234",
                    "email": "yossi@acme.co.il",
                }
            ],
        ),
        "pars": add_customer(
            db,
            "شرکت فناوری پارس",
            industry="بانکداری",
            systems=[
                {
                    "name": "سامانه حسابداری",
                    "host": "acc-srv02.pars.local",
                    "business_function": "نرم‌افزار حسابداری",
                }
            ],
            contacts=[
                {"name": "علی کریمی", "role": "مدیر فناوری اطلاعات", "mobile": "+989121234567"}
            ],
        ),
        "shalom": add_customer(db, "מרכז רפואי שלום", industry="רפואה"),
    }


@pytest.fixture
def sample(db) -> dict[str, int]:
    return add_sample(db)


@pytest.fixture
def add(db):
    """add(name, systems=[{...}], contacts=[{...}], **customer_fields) -> customer id."""
    return lambda name, **kwargs: add_customer(db, name, **kwargs)
