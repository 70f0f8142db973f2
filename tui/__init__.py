"""The newsview command line and Textual app."""
