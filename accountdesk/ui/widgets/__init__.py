"""Small reusable widgets and models: forms with field errors, row tables, combos."""
