"""The conference's own settings and reference data: name, dates, timezone, hours; organisations; rooms."""
