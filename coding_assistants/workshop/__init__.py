"""Workshop at scale: a dedicated single-node cluster per attendee, from a warm instance pool,
under one cluster policy, in two stacks (``workshop-shared`` and ``workshop-fleet``), the
fleet split into ``workshop-fleet-NN`` stacks for large rosters.

Modules: ``props`` (settings and roster), ``settings`` (reading them), ``split`` (which fleet
stack holds which attendee), ``policy`` (the policy definition), ``deployer`` (the deploying
user, left out of access lists and grants), ``endpoint`` (CAN_QUERY on the model's serving
endpoint), ``shared`` and ``fleet`` (the constructs), ``stacks``, ``docs``. See
docs/workshop.md.
"""

from coding_assistants.workshop.props import WorkshopProps

__all__ = ["WorkshopProps"]
