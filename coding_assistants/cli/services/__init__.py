"""What the commands share about the workspace and the workshop: clusters, pools, users, the
serving route, the offline bundle, prices and the workshop file."""
