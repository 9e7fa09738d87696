"""placeholder: filled in after the first mutation run of catalogue.py."""
