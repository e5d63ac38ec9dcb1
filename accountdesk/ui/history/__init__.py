"""The History tab: who changed what in a service file, and when."""
