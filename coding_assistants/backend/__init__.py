"""Where the root stacks keep their Terraform state: the backend setting (its table of
options, the settings file's checks) and the backend block each stack gets. No framework."""
