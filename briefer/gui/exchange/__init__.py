"""After the conference: export (reports, actions, bundle), import a bundle, resolve conflicts."""
