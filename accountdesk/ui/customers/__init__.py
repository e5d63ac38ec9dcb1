"""The customer list: a lazy model over customer ids and its filters."""
