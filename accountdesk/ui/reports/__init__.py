"""The Reports tab of the file view: the service report of a period, on screen and on paper."""
