"""Tests of init_scripts/install-claude.sh and the helper commands it installs."""
