"""The Incidents tab of the file view (a lazy tab: see `accountdesk.ui.app.EXTRA_TABS`)
and the Import incidents… dialog."""
