"""Search as you type: a background query, grouped results under the search field."""
