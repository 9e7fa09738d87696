"""Meeting mode: a bilateral's brief beside the note editor during the meeting, what is captured in it, its one-page print."""
