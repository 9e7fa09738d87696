"""People & delegations: both tabs of the view and the person and delegation editors."""
