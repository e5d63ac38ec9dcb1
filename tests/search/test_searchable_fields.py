"""The fields declared searchable are the ones the search index covers, and whose
changes make a record's index entry stale."""

from accountdesk.domain.fields import declared_fields
from accountdesk.domain.service_file import ContactData, ServiceFile, SystemData
from accountdesk.storage import search_index
from accountdesk.storage import tables as t

# Besides the declared fields, what an entry depends on: its customer, and the country a
# contact's numbers are read in.
NOT_DECLARED = {"customer_id", "country"}


def test_the_fields_declared_searchable_are_the_ones_indexed():
    for table, record in (
        (t.Customer, ServiceFile),
        (t.System, SystemData),
        (t.Contact, ContactData),
    ):
        _kind, watched = search_index._MAPPED[table]
        searchable = {name for name, declared in declared_fields(record) if declared.searchable}
        assert searchable == set(watched) - NOT_DECLARED, record.__name__
