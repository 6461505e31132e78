"""The workspace client and the safety every command shares: deadline, masking, output."""
