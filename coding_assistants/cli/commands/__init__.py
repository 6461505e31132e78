"""One module per command of ``coding-assistants``; each imports from services and core only."""
