"""Workshop at scale: a dedicated single-node cluster per attendee, from a warm instance pool,
under one cluster policy, in two stacks (``workshop-shared`` and ``workshop-fleet``).

Modules: ``props`` (settings and roster), ``settings`` (reading them), ``policy`` (the policy
definition), ``deployer`` (the deploying user, left out of access lists and grants),
``shared`` and ``fleet`` (the constructs), ``stacks``, ``docs``. See docs/workshop.md.
"""

from coding_assistants.workshop.props import WorkshopProps

__all__ = ["WorkshopProps"]
