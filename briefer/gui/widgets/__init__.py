"""The pieces every view is built from: field widgets, date fields, pickers, list editors, labels, colours (tones), window fitting."""
