"""Programme: the day's timetable (drag a bilateral, see conflicts) and the sessions list, with their editors."""
